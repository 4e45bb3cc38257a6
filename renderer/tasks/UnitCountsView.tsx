import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { ApiOutput } from '../../shared/api/contract';
import { openableProps } from '../components/open-by-keyboard';

type ByUnit = ApiOutput<'tasks.counters'>['byUnit'];

/**
 * "Theo đơn vị": how many open tasks each unit leads and how many are late. Choosing a unit
 * lists its tasks, led ones only, so the list shows the same number as the count.
 */
export function UnitCountsView({ byUnit, onPick }: { byUnit: ByUnit; onPick: (unitId: string) => void }) {
  if (byUnit.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Không có đơn vị nào đang chủ trì nhiệm vụ chưa hoàn thành.
      </Text>
    );
  }
  return (
    <Table striped highlightOnHover aria-label="Nhiệm vụ theo đơn vị" verticalSpacing="sm" maw={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Đơn vị chủ trì</Table.Th>
          <Table.Th w={150} ta="right">
            Đang theo dõi
          </Table.Th>
          <Table.Th w={150} ta="right">
            Quá hạn
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {byUnit.map((u) => (
          <Table.Tr key={u.unitId} {...openableProps(() => onPick(u.unitId))}>
            <Table.Td>
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={(e) => {
                  e.stopPropagation();
                  onPick(u.unitId);
                }}
              >
                {u.unitName}
              </Anchor>
            </Table.Td>
            <Table.Td ta="right">{u.open}</Table.Td>
            <Table.Td ta="right">
              {u.overdue > 0 ? (
                <Badge color="red" variant="filled">
                  {u.overdue}
                </Badge>
              ) : (
                <Text size="sm" c="dimmed" span>
                  0
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
