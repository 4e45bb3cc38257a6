/**
 * "/conclusions": drafts and issued conclusions, filtered by state and year (in the address,
 * so going back from a document returns to the same view), and "Tạo kết luận".
 */
import { Anchor, Badge, Button, EmptyState, Group, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileImport, IconFileText, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { conclusionKindLabels, type ConclusionStatus } from '../../shared/conclusions/schema';
import type { ConclusionSummary } from '../../shared/conclusions/summary';
import { meetingBodyLabels } from '../../shared/meetings/schema';
import { formatShortDate } from '../../shared/text/party-date';
import { useApiQuery } from '../api/use-api';
import { usePagedList } from '../api/use-paged-list';
import { navigate } from '../app/router';
import { ErrorPanel } from '../components/ErrorPanel';
import { YearSelect } from '../components/YearSelect';
import { MoreRows } from '../components/MoreRows';
import { CreateConclusionModal } from './CreateConclusionModal';
import { openableProps } from '../components/open-by-keyboard';

type StatusFilter = ConclusionStatus | 'all';

interface Filters {
  status: StatusFilter;
  year: number | null;
}

function readFilters(path: string): Filters {
  const params = new URLSearchParams(path.split('?')[1] ?? '');
  const status = params.get('status');
  const year = Number(params.get('year'));
  return {
    status: status === 'draft' || status === 'issued' ? status : 'all',
    year: Number.isInteger(year) && year > 0 ? year : null,
  };
}

function writeFilters(f: Filters): void {
  const params = new URLSearchParams();
  if (f.status !== 'all') params.set('status', f.status);
  if (f.year !== null) params.set('year', String(f.year));
  const query = params.toString();
  navigate(query ? `/conclusions?${query}` : '/conclusions');
}

/** The term's years, and any year the core says a conclusion was issued or edited in. */
function yearOptions(term: { startYear: number; endYear: number } | undefined, listed: number[], selected: number | null): number[] {
  const years = new Set<number>(listed);
  if (term) for (let y = term.startYear; y <= term.endYear; y += 1) years.add(y);
  if (selected !== null) years.add(selected);
  return [...years].sort((a, b) => b - a);
}

const statusOptions: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'Tất cả' },
  { value: 'draft', label: 'Dự thảo' },
  { value: 'issued', label: 'Đã ban hành' },
];

export function ConclusionsList({ path }: { path: string }) {
  const filters = readFilters(path);
  const profile = useApiQuery('profile.get', {});
  const input = { ...(filters.status !== 'all' ? { status: filters.status } : {}), ...(filters.year !== null ? { year: filters.year } : {}) };
  const list = usePagedList('conclusions.list', input);
  const [creating, setCreating] = useState(false);

  const items = list.items ?? [];
  const filtered = filters.status !== 'all' || filters.year !== null;
  const years = yearOptions(profile.data?.term, list.years, filters.year);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>Kết luận</Title>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => navigate('/import')}>
            Nhập văn bản đã có
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            Tạo kết luận
          </Button>
        </Group>
      </Group>

      <Group align="flex-end" gap="md">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="conclusions-status-filter">
            Trạng thái
          </Text>
          <SegmentedControl<StatusFilter>
            aria-labelledby="conclusions-status-filter"
            value={filters.status}
            onChange={(status) => writeFilters({ ...filters, status })}
            data={statusOptions}
          />
        </Stack>
        <YearSelect years={years} value={filters.year} onChange={(year) => writeFilters({ ...filters, year })} />
        {list.loading && <Loader size="sm" aria-label="Đang tải danh sách" />}
      </Group>

      {list.error ? (
        <ErrorPanel message={list.error} onRetry={list.reload} />
      ) : list.items === undefined ? null : items.length === 0 ? (
        <EmptyState
          icon={<IconFileText size={32} stroke={1.5} />}
          withIndicatorBackground
          title={filtered ? 'Không có kết luận nào khớp bộ lọc' : 'Chưa có kết luận nào'}
          description={
            filtered
              ? 'Chọn “Tất cả” hoặc một năm khác để xem các kết luận đã soạn.'
              : 'Soạn thông báo kết luận từ một hội nghị đã ghi: phần mở đầu được viết sẵn, các mục theo mẫu.'
          }
          py="xl"
        >
          {!filtered && (
            <EmptyState.Actions>
              <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                Tạo kết luận đầu tiên
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <>
          <ConclusionsTable items={items} />
          <MoreRows
            list={list}
            noun="văn bản"
            order="mới sửa gần nhất ở trên"
          />
        </>
      )}

      {creating && <CreateConclusionModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}

function ConclusionsTable({ items }: { items: ConclusionSummary[] }) {
  return (
    <Table striped highlightOnHover aria-label="Danh sách kết luận" verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={130}>Số, ký hiệu</Table.Th>
          <Table.Th w={140}>Ngày ban hành</Table.Th>
          <Table.Th w={170}>Loại</Table.Th>
          <Table.Th>Trích yếu</Table.Th>
          <Table.Th w={200}>Hội nghị</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((c) => (
          <Table.Tr key={c.id} {...openableProps(() => navigate(`/conclusions/${c.id}`))}>
            <Table.Td>
              {c.numberSymbol ?? (
                <Badge variant="light" color="yellow">
                  Dự thảo
                </Badge>
              )}
            </Table.Td>
            <Table.Td>{c.issueDate ? formatShortDate(c.issueDate) : '—'}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                <Text size="sm">{conclusionKindLabels[c.kind]}</Text>
                {c.replacesId && (
                  <Badge size="xs" variant="outline" color="orange">
                    Đính chính
                  </Badge>
                )}
                {c.imported && (
                  <Badge size="xs" variant="outline" color="gray">
                    Nhập từ tệp
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              {/* A real link, so the row is reachable by keyboard and by name. */}
              <Anchor href={`#/conclusions/${c.id}`} size="sm" c="inherit" onClick={(e) => e.stopPropagation()}>
                <Text size="sm" lineClamp={2} span>
                  {c.summary.trim() || (
                    <Text span c="dimmed" fs="italic" size="sm">
                      (chưa có trích yếu)
                    </Text>
                  )}
                </Text>
              </Anchor>
            </Table.Td>
            <Table.Td>
              {c.meetingId && c.meetingDate ? (
                <Anchor href={`#/meetings/${c.meetingId}`} size="sm" onClick={(e) => e.stopPropagation()}>
                  {meetingBodyLabels[c.body]}, {formatShortDate(c.meetingDate)}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
