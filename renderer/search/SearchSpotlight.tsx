import { Badge, Group, Kbd, Loader, Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { SearchHit } from '../../shared/search/schema';
import { callApi } from '../api/client';
import { navigate } from '../app/router';
import { notifyError } from '../components/notify';
import { Highlighted } from './Highlighted';

const typeLabels: Record<SearchHit['entityType'], { label: string; color: string; route: string }> = {
  meeting: { label: 'Hội nghị', color: 'blue', route: '/meetings/' },
  conclusion: { label: 'Kết luận', color: 'red', route: '/conclusions/' },
  task: { label: 'Nhiệm vụ', color: 'green', route: '/tasks/' },
};

/**
 * One search box over meetings, conclusions and tasks (Ctrl+K). Typing without accents
 * finds accented text: the folding happens in the core.
 */
export function SearchSpotlight({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 150);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [loading, setLoading] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    let alive = true;
    if (!debounced.trim()) {
      setHits([]);
      return;
    }
    setLoading(true);
    callApi('search.query', { q: debounced, limit: 30 })
      .then((r) => {
        if (!alive) return;
        setHits(r);
        setActive(0);
      })
      .catch(notifyError)
      .finally(() => alive && setLoading(false));
    return () => {
      alive = false;
    };
  }, [debounced]);

  function open(hit: SearchHit) {
    navigate(`${typeLabels[hit.entityType].route}${hit.entityId}`);
    onClose();
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Tìm kiếm" size="xl" yOffset="8vh">
      <Stack gap="sm">
        <TextInput
          data-autofocus
          label="Tìm trong hội nghị, kết luận, nhiệm vụ"
          description="Gõ có dấu hoặc không dấu đều được, ví dụ: dang uy kien minh"
          leftSection={<IconSearch size={16} />}
          rightSection={loading ? <Loader size="xs" /> : null}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((a) => Math.min(a + 1, hits.length - 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === 'Enter' && hits[active]) {
              e.preventDefault();
              open(hits[active]);
            }
          }}
        />
        <ScrollArea.Autosize mah="60vh">
          <Stack gap={4} role="listbox" aria-label="Kết quả tìm kiếm">
            {debounced.trim() && !loading && hits.length === 0 && (
              <Text c="dimmed" size="sm" p="sm">
                Không tìm thấy kết quả nào cho “{debounced}”.
              </Text>
            )}
            {hits.map((hit, i) => (
              <UnstyledButton
                key={`${hit.entityType}-${hit.entityId}`}
                role="option"
                aria-selected={i === active}
                onClick={() => open(hit)}
                onMouseEnter={() => setActive(i)}
                p="sm"
                style={{ borderRadius: 6, background: i === active ? 'var(--mantine-color-gray-1)' : undefined }}
              >
                <Group gap="xs" wrap="nowrap" mb={4}>
                  {/* The badge keeps its width; the title is what gets cut ("NHIỆM …" was the bug). */}
                  <Badge size="sm" variant="light" color={typeLabels[hit.entityType].color} style={{ flexShrink: 0, overflow: 'visible' }}>
                    {typeLabels[hit.entityType].label}
                  </Badge>
                  <Text size="sm" fw={600} lineClamp={1}>
                    <Highlighted parts={hit.titleParts} />
                  </Text>
                </Group>
                {hit.context && (
                  <Text size="xs" c="red" lineClamp={1} mb={2}>
                    {hit.context}
                  </Text>
                )}
                <Text size="sm" c="dimmed" lineClamp={3}>
                  <Highlighted parts={hit.snippet} />
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
        <Text size="xs" c="dimmed">
          <Kbd>↑</Kbd> <Kbd>↓</Kbd> chọn, <Kbd>Enter</Kbd> mở, <Kbd>Esc</Kbd> đóng
        </Text>
      </Stack>
    </Modal>
  );
}

/** The header button and the Ctrl+K shortcut. */
export function useSearchHotkey(open: () => void): void {
  useHotkeys([['mod+K', open]], []);
}
