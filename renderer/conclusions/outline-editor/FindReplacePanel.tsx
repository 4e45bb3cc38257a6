/**
 * The find and replace bar over the conclusion body (Ctrl+H or Ctrl+F): "Tìm", "Thay bằng",
 * how many places match, previous/next, "Thay", "Thay tất cả", and whether case and accents
 * count. Enter goes to the next match, Shift+Enter to the previous, Esc closes.
 */
import { ActionIcon, Button, Checkbox, CloseButton, Group, Paper, Text, TextInput } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useEditorState, type Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FindOptions } from './find-text';
import type { OutlineCommand } from './outline-commands';
import { defaultFindOptions, findStateOf, findStep, replaceAll, replaceCurrent, setFindQuery } from './find-replace';

function countText(query: string, current: number, total: number, replaced: number | null): string {
  if (replaced !== null) return `Đã thay ${replaced} chỗ`;
  if (query === '') return '';
  if (total === 0) return 'Không tìm thấy';
  return `Chỗ ${current + 1}/${total}`;
}

export function FindReplacePanel({ editor, initialQuery, onClose }: { editor: Editor; initialQuery: string; onClose: () => void }) {
  const [query, setQuery] = useState(initialQuery);
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>(defaultFindOptions);
  const [replaced, setReplaced] = useState<number | null>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const find = useEditorState({ editor, selector: ({ editor: e }) => (e ? findStateOf(e.state) : null) });
  const total = find?.matches.length ?? 0;
  const current = find?.current ?? -1;

  const exec = useCallback((command: OutlineCommand) => command(editor.state, (tr) => editor.view.dispatch(tr)), [editor]);

  useEffect(() => {
    exec(setFindQuery(query, options));
  }, [exec, query, options]);

  // Clears the highlights when the bar closes.
  useEffect(
    () => () => {
      if (!editor.isDestroyed) exec(setFindQuery('', defaultFindOptions));
    },
    [editor, exec],
  );

  useEffect(() => {
    findInput.current?.focus();
    findInput.current?.select();
  }, []);

  useEffect(() => {
    // ProseMirror scrolls only to a focused selection; focus stays in the bar, so scroll here.
    const el = editor.view.dom.querySelector('.vpdu-find-current');
    if (el instanceof HTMLElement) el.scrollIntoView({ block: 'center' });
  }, [editor, current, total]);

  function close() {
    onClose();
    editor.commands.focus();
  }

  function onFindKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') {
      e.preventDefault();
      exec(findStep(e.shiftKey ? -1 : 1));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  }

  function replaceOne() {
    setReplaced(null);
    exec(replaceCurrent(replacement));
  }

  function replaceEverywhere() {
    setReplaced(replaceAll(editor.state, replacement, (tr) => editor.view.dispatch(tr)));
  }

  return (
    <Paper withBorder p="xs" w="100%" role="search" aria-label="Tìm và thay" bg="gray.0">
      {/* Two rows as in Word's dialog: what to find with where it is, then what to put instead. */}
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          ref={findInput}
          size="xs"
          style={{ flex: 1 }}
          label="Tìm"
          value={query}
          onChange={(e) => {
            setReplaced(null);
            setQuery(e.currentTarget.value);
          }}
          onKeyDown={onFindKey}
        />
        <ActionIcon variant="default" size={30} aria-label="Chỗ trước (Shift+Enter)" title="Chỗ trước (Shift+Enter)" disabled={total === 0} onClick={() => exec(findStep(-1))}>
          <IconChevronUp size={16} />
        </ActionIcon>
        <ActionIcon variant="default" size={30} aria-label="Chỗ sau (Enter)" title="Chỗ sau (Enter)" disabled={total === 0} onClick={() => exec(findStep(1))}>
          <IconChevronDown size={16} />
        </ActionIcon>
        <Text size="sm" role="status" aria-live="polite" w={120} mb={5}>
          {countText(query, current, total, replaced)}
        </Text>
        <CloseButton aria-label="Đóng tìm và thay (Esc)" title="Đóng (Esc)" onClick={close} mb={3} />
      </Group>
      <Group gap="xs" align="flex-end" wrap="nowrap" mt={6}>
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          label="Thay bằng"
          value={replacement}
          onChange={(e) => setReplacement(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              replaceOne();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              close();
            }
          }}
        />
        <Button size="xs" variant="default" disabled={total === 0} onClick={replaceOne}>
          Thay
        </Button>
        <Button size="xs" variant="default" disabled={total === 0} onClick={replaceEverywhere} miw={150}>
          Thay tất cả
        </Button>
      </Group>
      <Group gap="md" mt={6}>
        <Checkbox
          size="xs"
          label="Phân biệt chữ hoa, chữ thường"
          checked={options.matchCase}
          onChange={(e) => {
            const matchCase = e.currentTarget.checked;
            setReplaced(null);
            setOptions((o) => ({ ...o, matchCase }));
          }}
        />
        <Checkbox
          size="xs"
          label="Phân biệt dấu (Lai khác Lại)"
          checked={options.matchDiacritics}
          onChange={(e) => {
            const matchDiacritics = e.currentTarget.checked;
            setReplaced(null);
            setOptions((o) => ({ ...o, matchDiacritics }));
          }}
        />
      </Group>
    </Paper>
  );
}
