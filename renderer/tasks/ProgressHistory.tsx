import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import type { Evidence, ProgressReport } from '../../shared/tasks/schema';
import { formatShortDate } from '../../shared/text/party-date';
import { callApi } from '../api/client';
import { notifyError } from '../components/notify';
import { TaskStatusBadge } from './TaskStatusBadge';

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** In the app: the system's viewer. In a browser (development, tests): a download. */
async function openEvidenceFile(e: Evidence): Promise<void> {
  try {
    if ((await callApi('tasks.openEvidence', { evidenceId: e.id })).opened) return;
    const { fileName, base64 } = await callApi('tasks.evidenceContent', { evidenceId: e.id });
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes]));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (err) {
    notifyError(err);
  }
}

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
          <Anchor component="button" type="button" size="sm" onClick={() => void openEvidenceFile(e)} aria-label={`Mở tệp ${e.fileName}`}>
            {e.fileName}
          </Anchor>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {fileSize(e.size)}
          </Text>
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
