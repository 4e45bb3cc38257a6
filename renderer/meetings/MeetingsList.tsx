import { Anchor, Badge, Button, EmptyState, Group, Input, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { meetingBodies, meetingBodyLabels } from '../../shared/meetings/schema';
import type { MeetingSummary } from '../../shared/meetings/summary';
import { formatShortDate } from '../../shared/text/party-date';
import { useApiQuery } from '../api/use-api';
import { usePagedList } from '../api/use-paged-list';
import { navigate } from '../app/router';
import { ErrorPanel } from '../components/ErrorPanel';
import { YearSelect } from '../components/YearSelect';
import { MoreRows } from '../components/MoreRows';
import { meetingKindAndNumber } from './labels';
import { rememberedFilters, rememberFilters, type BodyFilter, type MeetingFilters } from './list-filters';
import { openableProps } from '../components/open-by-keyboard';

/** The years a person may want: the current term, plus any year a meeting was recorded in. */
function yearOptions(term: { startYear: number; endYear: number } | undefined, held: number[], selected: number | null): number[] {
  const years = new Set<number>(held);
  if (term) for (let y = term.startYear; y <= term.endYear; y += 1) years.add(y);
  if (selected !== null) years.add(selected);
  return [...years].sort((a, b) => b - a);
}

export function MeetingsList() {
  const [filters, setFiltersState] = useState<MeetingFilters>(rememberedFilters);
  const setFilters = (f: MeetingFilters) => {
    rememberFilters(f);
    setFiltersState(f);
  };
  const profile = useApiQuery('profile.get', {});
  const input = { ...(filters.body !== 'all' ? { body: filters.body } : {}), ...(filters.year !== null ? { year: filters.year } : {}) };
  const meetings = usePagedList('meetings.list', input);

  const list = meetings.items ?? [];
  const filtered = filters.body !== 'all' || filters.year !== null;
  const years = yearOptions(profile.data?.term, meetings.years, filters.year);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>Hội nghị</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/meetings/new')}>
          Ghi hội nghị mới
        </Button>
      </Group>

      <Group align="flex-end" gap="md">
        <Stack gap={4}>
          <Input.Label id="meetings-body-filter" labelElement="div">
            Cơ quan họp
          </Input.Label>
          <SegmentedControl<BodyFilter>
            aria-labelledby="meetings-body-filter"
            value={filters.body}
            onChange={(body) => setFilters({ ...filters, body })}
            data={[{ value: 'all', label: 'Tất cả' }, ...meetingBodies.map((b) => ({ value: b, label: meetingBodyLabels[b] }))]}
          />
        </Stack>
        <YearSelect years={years} value={filters.year} onChange={(year) => setFilters({ ...filters, year })} />
        {meetings.loading && <Loader size="sm" aria-label="Đang tải danh sách" />}
      </Group>

      {meetings.error ? (
        <ErrorPanel message={meetings.error} onRetry={meetings.reload} />
      ) : meetings.items === undefined ? null : list.length === 0 ? (
        <EmptyState
          icon={<IconUsersGroup size={32} stroke={1.5} />}
          withIndicatorBackground
          title={filtered ? 'Không có hội nghị nào khớp bộ lọc' : 'Chưa ghi hội nghị nào'}
          description={
            filtered
              ? 'Chọn “Tất cả” hoặc một năm khác để xem các hội nghị đã ghi.'
              : 'Ghi lại hội nghị Ban Chấp hành, kỳ họp Ban Thường vụ hay cuộc họp Thường trực để soạn thông báo kết luận từ đó.'
          }
          py="xl"
        >
          {!filtered && (
            <EmptyState.Actions>
              <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => navigate('/meetings/new')}>
                Ghi hội nghị đầu tiên
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <>
          <MeetingsTable meetings={list} />
          <MoreRows
            list={meetings}
            noun="hội nghị"
            order="mới nhất ở trên"
          />
        </>
      )}
    </Stack>
  );
}

/** Newest first, as the core sends them: the office looks for the latest meeting. */
function MeetingsTable({ meetings }: { meetings: MeetingSummary[] }) {
  return (
    <Table striped highlightOnHover aria-label="Danh sách hội nghị" verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>Ngày</Table.Th>
          <Table.Th w={170}>Cơ quan họp</Table.Th>
          <Table.Th w={170}>Loại, số</Table.Th>
          <Table.Th>Nội dung</Table.Th>
          <Table.Th w={190}>Chủ trì</Table.Th>
          <Table.Th w={100} ta="center">
            Kết luận
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {meetings.map((m) => (
          <Table.Tr key={m.id} {...openableProps(() => navigate(`/meetings/${m.id}`))}>
            <Table.Td>{formatShortDate(m.date)}</Table.Td>
            <Table.Td>{meetingBodyLabels[m.body]}</Table.Td>
            <Table.Td>{meetingKindAndNumber(m.kind, m.sequenceNumber)}</Table.Td>
            <Table.Td>
              {/* A real link, so the row is reachable by keyboard and by name. */}
              <Anchor
                href={`#/meetings/${m.id}`}
                size="sm"
                c="inherit"
                onClick={(e) => {
                  e.stopPropagation();
                }}
              >
                <Text size="sm" lineClamp={2} span>
                  {m.subject || <Text span c="dimmed" fs="italic" size="sm">(chưa ghi nội dung)</Text>}
                </Text>
              </Anchor>
            </Table.Td>
            <Table.Td>{m.chairName}</Table.Td>
            <Table.Td ta="center">
              {m.conclusionCount > 0 ? (
                <Badge variant="light" color="red" aria-label={`${m.conclusionCount} kết luận`}>
                  {m.conclusionCount}
                </Badge>
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
