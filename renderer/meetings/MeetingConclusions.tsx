import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { ConclusionSummary } from '../../shared/conclusions/summary';
import { formatShortDate } from '../../shared/text/party-date';
import { conclusionKindLabel, conclusionStatusLabels } from './labels';

/** The conclusions already drafted or issued from this meeting, each a link to open it. */
export function MeetingConclusions({ conclusions }: { conclusions: ConclusionSummary[] }) {
  if (conclusions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Chưa soạn kết luận nào từ hội nghị này.
      </Text>
    );
  }
  return (
    <Table aria-label="Kết luận từ hội nghị này" verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={170}>Loại</Table.Th>
          <Table.Th w={130}>Số, ký hiệu</Table.Th>
          <Table.Th w={110}>Ngày ban hành</Table.Th>
          <Table.Th>Trích yếu</Table.Th>
          <Table.Th w={120}>Trạng thái</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {conclusions.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>{conclusionKindLabel(c.kind)}</Table.Td>
            <Table.Td>{c.numberSymbol ?? <Text span size="sm" c="dimmed">Chưa cấp số</Text>}</Table.Td>
            <Table.Td>{c.issueDate ? formatShortDate(c.issueDate) : '—'}</Table.Td>
            <Table.Td>
              <Anchor href={`#/conclusions/${c.id}`} size="sm">
                {c.summary.trim() || `${conclusionKindLabel(c.kind)} (chưa có trích yếu)`}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={c.status === 'issued' ? 'green' : 'yellow'}>
                {conclusionStatusLabels[c.status]}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
