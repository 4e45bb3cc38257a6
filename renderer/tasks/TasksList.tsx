import { Badge, Button, EmptyState, Group, Input, Loader, Menu, Pagination, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconChecklist, IconChevronDown, IconFileExport, IconFileText, IconListCheck, IconMailForward, IconPlus, IconTable } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { taskViews, type TaskView } from '../../shared/tasks/schema';
import { useApiQuery } from '../api/use-api';
import { navigate } from '../app/router';
import { ErrorPanel } from '../components/ErrorPanel';
import { AssignFromConclusionModal } from './AssignFromConclusionModal';
import { monthOf } from './calendar-month';
import { ExportModal } from './ExportModal';
import { taskViewLabels } from './labels';
import { ReminderLetterModal } from './ReminderLetterModal';
import { ReportModal } from './ReportModal';
import { TaskCalendar } from './TaskCalendar';
import { TaskFilterBar } from './TaskFilterBar';
import { filtersFromQuery, hasNarrowingFilters, listFilterInput, setTaskFilters, showTasks, useTaskFilters, type TaskDisplay, type TaskListFilters } from './task-filters';
import { TaskFormModal } from './TaskFormModal';
import { TaskTable } from './TaskTable';
import { UnitCountsView } from './UnitCountsView';
import { useToday } from './use-today';

/** Lists can hold thousands of tasks: the core sends one page at a time. */
const PAGE_SIZE = 50;

type Dialog = 'assign' | 'create' | 'export' | 'report' | null | 'reminder';

function viewCount(view: TaskView, c: { open: number; overdue: number; dueThisWeek: number; done: number }): number {
  switch (view) {
    case 'all':
      return c.open + c.done;
    case 'open':
      return c.open;
    case 'overdue':
      return c.overdue;
    case 'week':
      return c.dueThisWeek;
    case 'done':
      return c.done;
  }
}

function TablePage({ filters, onEmptyAction }: { filters: TaskListFilters; onEmptyAction: () => void }) {
  const input = { ...listFilterInput(filters), limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE };
  const list = useApiQuery('tasks.list', input, JSON.stringify(input));
  if (list.error) return <ErrorPanel message={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loader aria-label="Đang tải danh sách nhiệm vụ" />;
  const { items, total } = list.data;
  const filtered = filters.view !== 'all' || hasNarrowingFilters(filters);
  if (total === 0) {
    return (
      <EmptyState
        icon={<IconChecklist size={32} stroke={1.5} />}
        withIndicatorBackground
        title={filtered ? 'Không có nhiệm vụ nào khớp bộ lọc' : 'Chưa giao nhiệm vụ nào'}
        description={
          filtered
            ? 'Chọn “Tất cả” hoặc bỏ lọc để xem các nhiệm vụ khác.'
            : 'Giao nhiệm vụ từ một thông báo kết luận đã ban hành: phần mềm đọc các đoạn giao việc để anh chị duyệt lại.'
        }
        py="xl"
      >
        {!filtered && (
          <EmptyState.Actions>
            <Button variant="light" leftSection={<IconListCheck size={16} />} onClick={onEmptyAction}>
              Giao nhiệm vụ từ kết luận
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    );
  }
  const pages = Math.ceil(total / PAGE_SIZE);
  const first = (filters.page - 1) * PAGE_SIZE + 1;
  return (
    <Stack gap="sm">
      <TaskTable tasks={items} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {total <= PAGE_SIZE ? `${total} nhiệm vụ` : `Nhiệm vụ ${first}–${first + items.length - 1} trong ${total}`}, hạn gần nhất ở trên.
        </Text>
        {pages > 1 && (
          <Pagination
            total={pages}
            value={filters.page}
            onChange={(page) => setTaskFilters({ page })}
            getControlProps={(control) => ({
              'aria-label': { first: 'Trang đầu', previous: 'Trang trước', next: 'Trang sau', last: 'Trang cuối' }[control],
            })}
          />
        )}
      </Group>
    </Stack>
  );
}

/** "/tasks": the follow-up list with its views, filters, per-unit counts and calendar. */
export function TasksList({ path }: { path: string }) {
  const filters = useTaskFilters();
  const today = useToday();
  const counters = useApiQuery('tasks.counters', {});
  const [dialog, setDialog] = useState<Dialog>(null);

  // A link that arrives with a query ("?view=overdue" from the home page) sets the filters once.
  useEffect(() => {
    const patch = filtersFromQuery(path);
    if (patch) showTasks(patch);
  }, [path]);

  const unfiltered = !hasNarrowingFilters(filters);
  const month = filters.month ?? (today ? monthOf(today) : null);

  let body: ReactNode;
  if (filters.display === 'units') {
    body = counters.error ? (
      <ErrorPanel message={counters.error} onRetry={counters.reload} />
    ) : (
      <UnitCountsView byUnit={counters.data?.byUnit ?? []} onPick={(unitId) => setTaskFilters({ unitId, leadOnly: true, view: 'open', display: 'table' })} />
    );
  } else if (filters.display === 'calendar') {
    body = month ? <TaskCalendar filters={filters} month={month} today={today} onMonthChange={(m) => setTaskFilters({ month: m })} /> : <Loader />;
  } else {
    body = <TablePage filters={filters} onEmptyAction={() => setDialog('assign')} />;
  }

  return (
    <Stack>
      {/* One row at 1280 px, also in the overdue view: the two papers made from the list share a menu. */}
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={2} style={{ whiteSpace: 'nowrap' }}>
          Nhiệm vụ
        </Title>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          {filters.view === 'overdue' && (counters.data?.overdue ?? 0) > 0 && (
            <Button variant="filled" color="red" leftSection={<IconMailForward size={16} />} onClick={() => setDialog('reminder')}>
              Công văn đôn đốc
            </Button>
          )}
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" leftSection={<IconFileExport size={16} />} rightSection={<IconChevronDown size={14} />}>
                Xuất bảng, báo cáo
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconTable size={16} />} onClick={() => setDialog('export')}>
                Bảng theo dõi thực hiện kết luận
              </Menu.Item>
              <Menu.Item leftSection={<IconFileText size={16} />} onClick={() => setDialog('report')}>
                Báo cáo kết quả thực hiện
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setDialog('create')}>
            Thêm nhiệm vụ
          </Button>
          <Button leftSection={<IconListCheck size={16} />} onClick={() => setDialog('assign')}>
            Giao nhiệm vụ từ kết luận
          </Button>
        </Group>
      </Group>

      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Input.Label id="tasks-display" labelElement="div">
            Cách xem
          </Input.Label>
          <SegmentedControl<TaskDisplay>
            aria-labelledby="tasks-display"
            value={filters.display}
            onChange={(display) => setTaskFilters({ display, page: filters.page })}
            data={[
              { value: 'table', label: 'Danh sách' },
              { value: 'units', label: 'Theo đơn vị' },
              { value: 'calendar', label: 'Lịch' },
            ]}
          />
        </Stack>
        {(counters.loading || !counters.data) && <Loader size="sm" aria-label="Đang tải số liệu" />}
      </Group>

      {filters.display === 'units' ? (
        body
      ) : (
        <>
          <TaskFilterBar filters={filters} />
          <Tabs value={filters.view} onChange={(v) => setTaskFilters({ view: (v ?? 'all') as TaskView })} keepMounted={false}>
            <Tabs.List aria-label="Nhóm nhiệm vụ">
              {taskViews.map((v) => {
                const n = counters.data ? viewCount(v, counters.data) : null;
                // The counts are office-wide: shown only while no filter narrows the list.
                const badge =
                  unfiltered && n !== null && n > 0 ? (
                    <Badge size="sm" variant={v === 'overdue' ? 'filled' : 'light'} color={v === 'overdue' ? 'red' : v === 'week' ? 'orange' : 'gray'}>
                      {n}
                    </Badge>
                  ) : undefined;
                return (
                  <Tabs.Tab key={v} value={v} rightSection={badge} color={v === 'overdue' ? 'red' : undefined}>
                    {taskViewLabels[v]}
                  </Tabs.Tab>
                );
              })}
            </Tabs.List>
            {taskViews.map((v) => (
              <Tabs.Panel key={v} value={v} pt="md">
                {v === filters.view ? body : null}
              </Tabs.Panel>
            ))}
          </Tabs>
        </>
      )}

      {dialog === 'assign' && <AssignFromConclusionModal onClose={() => setDialog(null)} />}
      {dialog === 'create' && (
        <TaskFormModal
          task={null}
          defaultConclusionId={filters.conclusionId}
          onClose={() => setDialog(null)}
          onSaved={(task) => {
            setDialog(null);
            navigate(`/tasks/${task.id}`);
          }}
        />
      )}
      {dialog === 'export' && <ExportModal defaults={{ unitId: filters.unitId, conclusionId: filters.conclusionId }} onClose={() => setDialog(null)} />}
      {dialog === 'reminder' && <ReminderLetterModal unitId={filters.unitId} onClose={() => setDialog(null)} />}
      {dialog === 'report' && <ReportModal today={today} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
