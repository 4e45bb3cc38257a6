import { ActionIcon, Anchor, Badge, Box, Button, Group, Paper, Popover, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { closedStatuses, type Task } from '../../shared/tasks/schema';
import { useApiQuery } from '../api/use-api';
import { ErrorPanel } from '../components/ErrorPanel';
import { monthBounds, monthGrid, monthTitle, shiftMonth, weekdayLabels } from './calendar-month';
import { listFilterInput, type TaskListFilters } from './task-filters';

/** How many tasks a day cell lists before "+N" (the rest open in a popover). */
const PER_DAY = 3;

function taskColor(t: Task): string | undefined {
  if (t.overdue) return 'red';
  if (closedStatuses.includes(t.status)) return 'green';
  return undefined;
}

function TaskLine({ task }: { task: Task }) {
  return (
    <Anchor href={`#/tasks/${task.id}`} size="xs" c={taskColor(task)} fw={task.overdue ? 600 : undefined} lineClamp={1} title={task.content}>
      {task.leadUnits.length > 0 ? `${task.leadUnits[0]}: ` : ''}
      {task.content}
    </Anchor>
  );
}

function DayCell({ date, tasks, today }: { date: string | null; tasks: Task[]; today: string | undefined }) {
  if (!date) return <Box bg="gray.0" mih={110} style={{ borderRadius: 4 }} />;
  const day = Number(date.slice(8, 10));
  const overdue = tasks.filter((t) => t.overdue).length;
  const rest = tasks.slice(PER_DAY);
  return (
    <Paper
      withBorder
      p={6}
      mih={110}
      aria-label={`Ngày ${day}: ${tasks.length} nhiệm vụ${overdue ? `, ${overdue} quá hạn` : ''}`}
      style={date === today ? { borderColor: 'var(--mantine-color-blue-6)', borderWidth: 2 } : undefined}
    >
      <Group justify="space-between" gap={4} mb={4} wrap="nowrap">
        <Text size="sm" fw={date === today ? 700 : 500} c={date === today ? 'blue' : undefined}>
          {day}
        </Text>
        {tasks.length > 0 && (
          <Badge size="xs" variant={overdue ? 'filled' : 'light'} color={overdue ? 'red' : 'blue'}>
            {tasks.length}
          </Badge>
        )}
      </Group>
      <Stack gap={2}>
        {tasks.slice(0, PER_DAY).map((t) => (
          <TaskLine key={t.id} task={t} />
        ))}
        {rest.length > 0 && (
          <Popover width={380} position="bottom-start" shadow="md" withinPortal>
            <Popover.Target>
              <Button variant="subtle" size="compact-xs" px={0} justify="flex-start">
                +{rest.length} nhiệm vụ khác
              </Button>
            </Popover.Target>
            <Popover.Dropdown>
              <ScrollArea.Autosize mah={320}>
                <Stack gap={4}>
                  {tasks.map((t) => (
                    <TaskLine key={t.id} task={t} />
                  ))}
                </Stack>
              </ScrollArea.Autosize>
            </Popover.Dropdown>
          </Popover>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * "Lịch": a month with each task on its due date, late ones in red, today framed. Drawn
 * with plain layout components; the list's filters (view, unit, conclusion) still apply.
 */
export function TaskCalendar({
  filters,
  month,
  today,
  onMonthChange,
}: {
  filters: TaskListFilters;
  month: string;
  today: string | undefined;
  onMonthChange: (month: string) => void;
}) {
  const input = { ...listFilterInput(filters), ...monthBounds(month), limit: 5000, offset: 0 };
  const list = useApiQuery('tasks.list', input, JSON.stringify(input));
  const byDay = new Map<string, Task[]>();
  for (const t of list.data?.items ?? []) {
    if (!t.dueDate) continue;
    byDay.set(t.dueDate, [...(byDay.get(t.dueDate) ?? []), t]);
  }
  return (
    <Stack gap="sm" component="section" aria-label={`Lịch nhiệm vụ ${monthTitle(month).toLowerCase()}`}>
      <Group justify="space-between">
        <Group gap="xs">
          <ActionIcon variant="default" aria-label="Tháng trước" onClick={() => onMonthChange(shiftMonth(month, -1))}>
            <IconChevronLeft size={16} />
          </ActionIcon>
          <Title order={4} miw={190} ta="center">
            {monthTitle(month)}
          </Title>
          <ActionIcon variant="default" aria-label="Tháng sau" onClick={() => onMonthChange(shiftMonth(month, 1))}>
            <IconChevronRight size={16} />
          </ActionIcon>
          {today && today.slice(0, 7) !== month && (
            <Button variant="subtle" size="xs" onClick={() => onMonthChange(today.slice(0, 7))}>
              Tháng này
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {list.data ? `${list.data.total} nhiệm vụ có hạn trong tháng` : ''}
        </Text>
      </Group>
      {list.error ? (
        <ErrorPanel message={list.error} onRetry={list.reload} />
      ) : (
        <>
          <SimpleGrid cols={7} spacing={4} verticalSpacing={4}>
            {weekdayLabels.map((d) => (
              <Text key={d} size="xs" fw={600} c="dimmed" ta="center">
                {d}
              </Text>
            ))}
            {monthGrid(month)
              .flat()
              .map((date, i) => (
                <DayCell key={date ?? `empty-${i}`} date={date} tasks={date ? (byDay.get(date) ?? []) : []} today={today} />
              ))}
          </SimpleGrid>
          <Group gap="md">
            <Text size="xs" c="red" fw={600}>
              ■ Quá hạn
            </Text>
            <Text size="xs" c="green">
              ■ Đã xong
            </Text>
            <Text size="xs" c="blue">
              □ Hôm nay
            </Text>
          </Group>
        </>
      )}
    </Stack>
  );
}
