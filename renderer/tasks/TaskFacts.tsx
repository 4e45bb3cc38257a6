import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Task } from '../../shared/tasks/schema';
import { formatShortDate } from '../../shared/text/party-date';
import { DueDate } from './DueDate';
import { recurrenceLabel } from './labels';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function names(list: string[]): ReactNode {
  return list.length ? <Text size="sm">{list.join(', ')}</Text> : <Text size="sm" c="dimmed">Không ghi</Text>;
}

/** What the task is and who answers for it by when. */
export function TaskFacts({ task }: { task: Task }) {
  return (
    <Paper withBorder p="md">
      <Stack>
        <Text style={{ whiteSpace: 'pre-wrap', textAlign: 'justify' }} aria-label="Nội dung nhiệm vụ">
          {task.content}
        </Text>
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="md" verticalSpacing="md">
          <Fact label="Đơn vị chủ trì">{names(task.leadUnits)}</Fact>
          <Fact label="Đơn vị phối hợp">{names(task.supportingUnits)}</Fact>
          <Fact label="Ủy viên BTV phụ trách">
            {task.responsibleMember ? <Text size="sm">{task.responsibleMember}</Text> : <Text size="sm" c="dimmed">Không ghi</Text>}
          </Fact>
          <Fact label="Thời hạn">
            <DueDate dueDate={task.dueDate} overdue={task.overdue} daysOverdue={task.daysOverdue} />
          </Fact>
          <Fact label="Lặp lại">
            <Text size="sm">{recurrenceLabel(task.recurrence)}</Text>
          </Fact>
          <Fact label="Kết luận giao">
            {task.conclusionId ? (
              <Anchor href={`#/conclusions/${task.conclusionId}`} size="sm">
                {task.conclusionNumberSymbol ?? 'Kết luận'}
                {task.conclusionDate ? `, ${formatShortDate(task.conclusionDate)}` : ''}
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed">
                Nhiệm vụ ghi tay
              </Text>
            )}
          </Fact>
          {task.completedDate && (
            <Fact label="Ngày hoàn thành">
              <Text size="sm">{formatShortDate(task.completedDate)}</Text>
            </Fact>
          )}
        </SimpleGrid>
        {task.remarks && (
          <Fact label="Ghi chú">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {task.remarks}
            </Text>
          </Fact>
        )}
      </Stack>
    </Paper>
  );
}
