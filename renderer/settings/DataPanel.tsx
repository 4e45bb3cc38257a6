/**
 * "Dữ liệu" in Settings: this PC's name, where the data lives, how big it is, the last
 * backup and check, and the three actions (Sao lưu ngay, Khôi phục, Kiểm tra dữ liệu).
 */
import { Alert, Badge, Button, Code, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ApiOutput } from '../../shared/api/contract';
import type { FileRef } from '../../shared/api/file-handle';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { ErrorPanel } from '../components/ErrorPanel';
import { notifyError } from '../components/notify';
import { notifications } from '@mantine/notifications';
import { formatBytes, formatDateTime } from './data-format';
import { InstallName } from './InstallName';
import { JobProgress } from '../components/JobProgress';
import { RestorePreviewModal } from './RestorePreviewModal';

type Status = ApiOutput<'data.status'>;

function LastBackup({ status }: { status: Status }) {
  const last = status.lastAttempt;
  if (!last) return <Text c="dimmed">Chưa có bản sao lưu nào.</Text>;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text>{formatDateTime(last.at)}</Text>
        {last.ok ? <Badge color="green">Thành công, đã kiểm tra</Badge> : <Badge color="red">Không thành công</Badge>}
      </Group>
      {last.ok && last.path && (
        <Text size="sm" c="dimmed">
          <Code>{last.path}</Code>
        </Text>
      )}
      {!last.ok && <Text size="sm" c="red">{last.message}</Text>}
      {last.ok && last.message && (
        <Text size="sm" c="orange">
          {last.message}
        </Text>
      )}
      {!last.ok && status.lastSuccess && (
        <Text size="sm">Lần thành công gần nhất: {formatDateTime(status.lastSuccess.at)}</Text>
      )}
    </Stack>
  );
}

export function DataPanel() {
  const status = useApiQuery('data.status', {});
  const backups = useApiQuery('backup.list', {});
  const [report, setReport] = useState<ApiOutput<'db.integrityCheck'> | null>(null);
  const [busy, setBusy] = useState<'backup' | 'check' | 'open' | null>(null);
  /** The long call in flight (after the folder was chosen): its progress is shown under the buttons. */
  const [waiting, setWaiting] = useState<'backup' | 'check' | null>(null);
  const [preview, setPreview] = useState<FileRef | null>(null);

  const reload = () => {
    status.reload();
    backups.reload();
  };

  async function backupNow() {
    setBusy('backup');
    try {
      const chosen = await callApi('dialog.openFile', { title: 'Chọn thư mục để lưu bản sao lưu (ví dụ USB)', directory: true, multiple: false, filters: [] });
      const folder = chosen.files[0];
      if (!folder) return;
      setWaiting('backup');
      const result = await callApi('backup.now', { folder: folder.handle });
      const evidence = result.contents.evidence;
      const files = evidence.files > 0 ? `, kèm ${evidence.files - evidence.missing} tệp minh chứng trong thư mục “vpdu-minh-chung” bên cạnh` : '';
      notifications.show({ color: 'green', title: 'Đã sao lưu', message: `Bản sao lưu đã được kiểm tra và lưu tại ${result.path}${files}` });
      if (evidence.missing > 0) {
        notifications.show({ color: 'orange', title: `Thiếu ${evidence.missing} tệp minh chứng`, message: `Không còn trong thư mục dữ liệu nên không sao lưu được: ${evidence.missingNames.join(', ')}`, autoClose: 12000 });
      }
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
      setWaiting(null);
      reload();
    }
  }

  async function chooseBackupFile() {
    setBusy('open');
    try {
      const chosen = await callApi('dialog.openFile', {
        title: 'Chọn bản sao lưu cần khôi phục',
        directory: false,
        multiple: false,
        filters: [{ name: 'Bản sao lưu Văn phòng Đảng ủy', extensions: ['sqlite', 'db'] }],
      });
      if (chosen.files[0]) setPreview(chosen.files[0]);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  }

  async function check() {
    setBusy('check');
    setWaiting('check');
    try {
      setReport(await callApi('db.integrityCheck', {}));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
      setWaiting(null);
      status.reload();
    }
  }

  if (status.error) return <ErrorPanel message={status.error} onRetry={status.reload} />;
  const s = status.data;
  const readOnly = Boolean(s?.readOnlyReason);
  return (
    <Stack>
      {s?.readOnlyReason && (
        <Alert color="yellow" title="Chỉ xem, không sửa được">
          Dữ liệu đang mở ở chế độ chỉ xem vì {s.readOnlyReason}
        </Alert>
      )}
      <Table variant="vertical" withTableBorder aria-label="Thông tin dữ liệu">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={240}>Tên máy này</Table.Th>
            <Table.Td>
              <InstallName readOnly={readOnly} />
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Nơi lưu dữ liệu</Table.Th>
            <Table.Td>
              <Code>{s?.dbPath}</Code>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Dung lượng</Table.Th>
            <Table.Td>{s ? formatBytes(s.sizeBytes) : ''}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Sao lưu gần nhất</Table.Th>
            <Table.Td>{s && <LastBackup status={s} />}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Bản sao lưu tự động</Table.Th>
            <Table.Td>
              {s?.backupCount ?? 0} bản trong <Code>{s?.backupsDir}</Code>
              <Text size="xs" c="dimmed">
                Mỗi ngày một bản khi mở ứng dụng, và trước mỗi lần nhập gói dữ liệu, nâng cấp hay khôi phục; giữ 7 bản theo ngày, 4 theo tuần, 12 theo tháng. Tệp minh chứng được chép kèm vào thư mục “vpdu-minh-chung” cạnh các bản sao lưu.
              </Text>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Kiểm tra toàn vẹn gần nhất</Table.Th>
            <Table.Td>
              {s?.lastCheck ? (
                <Group gap="xs">
                  <Text>{formatDateTime(s.lastCheck.at)}</Text>
                  {s.lastCheck.ok ? <Badge color="green">Không có lỗi</Badge> : <Badge color="red">Có lỗi</Badge>}
                </Group>
              ) : (
                <Text c="dimmed">Chưa kiểm tra</Text>
              )}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Phiên bản ứng dụng</Table.Th>
            <Table.Td>
              {s?.appVersion} (lược đồ dữ liệu {s?.schemaVersion})
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Group>
        <Button onClick={() => void backupNow()} loading={busy === 'backup'}>
          Sao lưu ngay
        </Button>
        <Button variant="light" onClick={() => void chooseBackupFile()} loading={busy === 'open'} disabled={readOnly}>
          Khôi phục từ tệp…
        </Button>
        <Button variant="light" onClick={() => void check()} loading={busy === 'check'}>
          Kiểm tra dữ liệu
        </Button>
      </Group>
      <JobProgress active={waiting === 'backup'} kinds={['backup.copyAndSeal']} fallback="Đang sao lưu" />
      <JobProgress active={waiting === 'check'} kinds={['database.check']} fallback="Đang kiểm tra toàn bộ dữ liệu" />
      {report &&
        (report.ok ? (
          <Alert color="green" title="Dữ liệu toàn vẹn">
            Không phát hiện lỗi nào.
          </Alert>
        ) : (
          <Alert color="red" title="Phát hiện lỗi dữ liệu">
            <List size="sm">
              {report.messages.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
            <Text size="sm" mt="xs">
              Hãy khôi phục từ bản sao lưu gần nhất còn tốt (bên dưới). Dữ liệu hiện tại sẽ được giữ lại trước khi khôi phục.
            </Text>
          </Alert>
        ))}
      <Title order={4}>Khôi phục từ bản sao lưu tự động</Title>
      {backups.data && backups.data.length === 0 && <Text c="dimmed">Chưa có bản sao lưu tự động nào.</Text>}
      {backups.data && backups.data.length > 0 && (
        <Table withTableBorder striped aria-label="Bản sao lưu tự động">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Thời điểm</Table.Th>
              <Table.Th>Loại</Table.Th>
              <Table.Th>Dung lượng</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.data.map((b) => (
              <Table.Tr key={b.file.handle}>
                <Table.Td>{formatDateTime(b.at)}</Table.Td>
                <Table.Td>{b.reasonLabel}</Table.Td>
                <Table.Td>{formatBytes(b.sizeBytes)}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" disabled={readOnly} onClick={() => setPreview(b.file)} aria-label={`Xem và khôi phục bản ${formatDateTime(b.at)}`}>
                    Xem và khôi phục
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {preview && <RestorePreviewModal file={preview} onClose={() => setPreview(null)} />}
    </Stack>
  );
}
