import { Code, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import type { ProgressReport } from '../../shared/tasks/schema';
import { formatShortDate } from '../../shared/text/party-date';
import { shortHash } from './labels';
import { TaskStatusBadge } from './TaskStatusBadge';

function EvidenceList({ report }: { report: ProgressReport }) {
  if (report.evidence.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      {report.evidence.map((e) => (
        <Group key={e.id} gap={6} wrap="nowrap">
          <IconPaperclip size={14} aria-hidden />
          <Text size="sm">{e.fileName}</Text>
          {/* The fingerprint proves which file was filed, even if a copy is renamed later. */}
          <Tooltip label={`SHA-256: ${e.sha256}`} withinPortal>
            <Code aria-label={`SHA-256 ${e.sha256}`} style={{ whiteSpace: 'nowrap' }}>{shortHash(e.sha256)}</Code>
          </Tooltip>
        </Group>
      ))}
    </Stack>
  );
}

/** Every dated report on the task, newest first, with the evidence filed with it. */
export function ProgressHistory({ progress }: { progress: ProgressReport[] }) {
  if (progress.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Chưa ghi tiến độ lần nào.
      </Text>
    );
  }
  return (
    <Table aria-label="Lịch sử tiến độ" verticalSpacing="sm" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>Ngày</Table.Th>
          <Table.Th w={190}>Tình trạng</Table.Th>
          <Table.Th>Kết quả, tiến độ</Table.Th>
          <Table.Th w={330}>Minh chứng</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {progress.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td>{formatShortDate(p.reportDate)}</Table.Td>
            <Table.Td>
              <TaskStatusBadge status={p.status} />
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {p.note || <Text span c="dimmed" size="sm">(không ghi)</Text>}
              </Text>
            </Table.Td>
            <Table.Td>
              <EvidenceList report={p} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
