import { Badge, Table, Text } from '@mantine/core';
import { useApiQuery } from '../api/use-api';
import { ErrorPanel } from '../components/ErrorPanel';

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Every package made here and every package received, newest first. */
export function HistoryPanel() {
  const history = useApiQuery('exchange.history', { limit: 200 });
  if (history.error) return <ErrorPanel message={history.error} onRetry={history.reload} />;
  const rows = history.data ?? [];
  if (rows.length === 0 && !history.loading) return <Text c="dimmed">Chưa có gói nào được tạo hoặc nhận trên máy này.</Text>;
  return (
    <Table striped aria-label="Lịch sử gói dữ liệu">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150}>Thời gian</Table.Th>
          <Table.Th w={110}>Loại</Table.Th>
          <Table.Th>Máy</Table.Th>
          <Table.Th w={90}>Thay đổi</Table.Th>
          <Table.Th>Tệp</Table.Th>
          <Table.Th>Kết quả</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((h) => (
          <Table.Tr key={h.id}>
            <Table.Td>{new Date(h.at).toLocaleString('vi-VN')}</Table.Td>
            <Table.Td>
              <Badge color={h.direction === 'export' ? 'blue' : 'green'} variant="light" tt="none">
                {h.direction === 'export' ? 'Tạo gói' : 'Nhận gói'}
              </Badge>
            </Table.Td>
            <Table.Td>{h.peerName}</Table.Td>
            <Table.Td>{h.changes}</Table.Td>
            <Table.Td>
              <Text size="sm">{h.fileName}</Text>
              <Text size="xs" c="dimmed" title={h.fileSha256}>
                {sizeText(h.size)} · mã băm {h.fileSha256.slice(0, 12)}…
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{h.message}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
