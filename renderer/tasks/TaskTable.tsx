import { Anchor, Table, Text } from '@mantine/core';
import type { Task } from '../../shared/tasks/schema';
import { navigate } from '../app/router';
import { DueDate } from './DueDate';
import { conclusionRef } from './labels';
import { TaskStatusBadge } from './TaskStatusBadge';
import { openableProps } from '../components/open-by-keyboard';

function Units({ names }: { names: string[] }) {
  if (names.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return <Text size="sm">{names.join(', ')}</Text>;
}

/** One page of tasks: what, who leads, who supports, by when, how far, from which conclusion. */
export function TaskTable({ tasks }: { tasks: Task[] }) {
  return (
    <Table striped highlightOnHover aria-label="Danh sách nhiệm vụ" verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Nội dung</Table.Th>
          <Table.Th w={140}>Đơn vị chủ trì</Table.Th>
          <Table.Th w={140}>Phối hợp</Table.Th>
          <Table.Th w={185}>Thời hạn</Table.Th>
          <Table.Th w={150}>Tình trạng</Table.Th>
          <Table.Th w={95}>Kết luận</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {tasks.map((t) => (
          <Table.Tr key={t.id} {...openableProps(() => navigate(`/tasks/${t.id}`))}>
            <Table.Td>
              {/* A real link, so each task is reachable by keyboard and by name. */}
              <Anchor href={`#/tasks/${t.id}`} size="sm" c="inherit" onClick={(e) => e.stopPropagation()}>
                <Text size="sm" lineClamp={3} span>
                  {t.content}
                </Text>
              </Anchor>
              {t.lastNote && (
                <Text size="xs" c="dimmed" lineClamp={1} mt={2}>
                  Tiến độ: {t.lastNote}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Units names={t.leadUnits} />
            </Table.Td>
            <Table.Td>
              <Units names={t.supportingUnits} />
            </Table.Td>
            <Table.Td>
              <DueDate dueDate={t.dueDate} overdue={t.overdue} daysOverdue={t.daysOverdue} />
            </Table.Td>
            <Table.Td>
              <TaskStatusBadge status={t.status} />
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {conclusionRef(t.conclusionNumberSymbol) || '—'}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
