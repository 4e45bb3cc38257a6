import { Alert, Badge, Button, Checkbox, Code, Group, Paper, PasswordInput, Stack, Table, Text } from '@mantine/core';
import { IconDownload, IconFileImport, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { PackageFile, PackagePreviewView } from '../../shared/exchange/schema';
import { callApi, errorMessage, isCancelled } from '../api/client';
import { notifyCancelled, notifyError } from '../components/notify';
import { JobProgress } from '../components/JobProgress';
import { ValuePair } from './ValuePair';

export function ImportPanel({ onDone, opened }: { onDone: () => void; opened?: { handle: string; name: string } | null }) {
  const [file, setFile] = useState<PackageFile | null>(opened ? { file: opened.handle } : null);
  const [fileName, setFileName] = useState(opened?.name ?? '');
  const [preview, setPreview] = useState<PackagePreviewView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [needsPassphrase, setNeedsPassphrase] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  /** The changes being written ("Nhận gói dữ liệu" pressed), from the preview's counts. */
  const [applying, setApplying] = useState<number | null>(null);
  const [result, setResult] = useState<string | null>(null);

  const load = async (f: PackageFile, pass: string | null) => {
    setBusy(true);
    setError(null);
    setPreview(null);
    try {
      setPreview(await callApi('exchange.preview', { ...f, passphrase: pass }));
      setNeedsPassphrase(false);
    } catch (err) {
      if (isCancelled(err)) {
        notifyCancelled();
        return;
      }
      const message = errorMessage(err);
      if (/mật khẩu/.test(message)) setNeedsPassphrase(true);
      setError(message);
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (opened) void load({ file: opened.handle }, null);
    // Once per opened file: the panel is keyed by its handle.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const choose = async () => {
    setResult(null);
    setChecked(false);
    setPassphrase('');
    setNeedsPassphrase(false);
    try {
      const r = await callApi('dialog.openFile', { title: 'Chọn gói dữ liệu', filters: [{ name: 'Gói dữ liệu Văn phòng Đảng ủy', extensions: ['vpdu'] }], multiple: false });
      const chosen = r.files[0];
      if (!chosen) return;
      const f = { file: chosen.handle };
      setFile(f);
      setFileName(chosen.name);
      await load(f, null);
    } catch (err) {
      notifyError(err);
    }
  };

  const trust = async () => {
    if (!file || !preview) return;
    setBusy(true);
    try {
      await callApi('exchange.trustSender', { ...file, fingerprint: preview.sender.fingerprint });
      onDone();
      await load(file, passphrase || null);
    } catch (err) {
      notifyError(err);
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!file || !preview) return;
    setBusy(true);
    setApplying(preview.counts.new);
    try {
      const r = await callApi('exchange.import', { ...file, passphrase: passphrase || null, expectSha256: preview.fileSha256 });
      setResult(`${r.message}${r.backupPath ? ` Đã sao lưu dữ liệu trước khi nhận.` : ''}`);
      setPreview(null);
      onDone();
    } catch (err) {
      if (isCancelled(err)) notifyCancelled();
      else setError(errorMessage(err));
    } finally {
      setBusy(false);
      setApplying(null);
    }
  };

  return (
    <Stack maw={900}>
      <Group>
        <Button leftSection={<IconFileImport size={16} />} onClick={() => void choose()} disabled={busy}>
          Chọn gói dữ liệu (.vpdu)…
        </Button>
        {file && (
          <Text size="sm" c="dimmed">
            {fileName}
          </Text>
        )}
      </Group>
      {/*
        Reading, decrypting and the backup before the apply run in job threads and report their
        steps; the apply itself is one transaction on the core's main thread, which answers no
        poll meanwhile: the bar then says what it is doing, from the preview's counts.
      */}
      <JobProgress
        active={busy}
        kinds={['exchange.readSigned', 'exchange.openPayload', 'backup.copyAndSeal']}
        fallback="Đang đọc gói dữ liệu"
        thenStep={applying === null ? undefined : `Đang ghi ${applying} thay đổi vào dữ liệu`}
      />
      {error && (
        <Alert color="red" title="Không nhận được gói này" role="alert">
          {error}
        </Alert>
      )}
      {needsPassphrase && file && (
        <Paper withBorder p="md">
          <Group align="flex-end">
            <PasswordInput label="Mật khẩu của gói" value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} w={320} />
            <Button onClick={() => void load(file, passphrase)} disabled={!passphrase}>
              Mở gói
            </Button>
          </Group>
        </Paper>
      )}
      {result && (
        <Alert color="green" title="Đã nhận gói dữ liệu">
          {result}
        </Alert>
      )}
      {preview && preview.status === 'needs-trust' && (
        <Alert color="orange" title="Gói từ một máy chưa được tin cậy" icon={<IconShieldCheck />}>
          <Stack gap="xs">
            <Text size="sm">
              Máy gửi: <b>{preview.sender.name}</b>
            </Text>
            <Text size="sm">Dấu vân tay của máy gửi:</Text>
            <Code fz="xl" aria-label="Dấu vân tay của máy gửi" style={{ letterSpacing: 2 }}>
              {preview.sender.fingerprint}
            </Code>
            <Text size="sm">Hãy gọi điện cho người gửi, nhờ họ đọc dấu vân tay trên màn hình "Trao đổi dữ liệu" của máy họ, và đối chiếu từng nhóm số.</Text>
            <Checkbox label="Tôi đã đối chiếu: dấu vân tay trùng khớp từng nhóm số" checked={checked} onChange={(e) => setChecked(e.currentTarget.checked)} />
            <Button w="fit-content" color="orange" disabled={!checked || busy} onClick={() => void trust()}>
              Tin cậy máy này
            </Button>
          </Stack>
        </Alert>
      )}
      {preview && preview.status !== 'needs-trust' && (
        <Paper withBorder p="md">
          <Stack>
            <Group justify="space-between">
              <Group gap="xs">
                <Text fw={600}>Xem trước gói từ "{preview.sender.name}"</Text>
                {preview.part && (
                  <Badge variant="light" color="blue" aria-label="Phần của gói">
                    Phần {preview.part.index}/{preview.part.count}
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                {preview.sealed === 'recipient' ? 'Mã hóa cho máy này' : preview.sealed === 'passphrase' ? 'Bảo vệ bằng mật khẩu' : 'Không mã hóa'} · chữ ký hợp lệ
              </Text>
            </Group>
            <Alert color={preview.status === 'ready' ? 'blue' : 'gray'}>{preview.message}</Alert>
            {preview.kinds.length > 0 && (
              <Table aria-label="Những gì gói sẽ thay đổi" withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Loại</Table.Th>
                    <Table.Th w={100}>Thêm</Table.Th>
                    <Table.Th w={100}>Sửa</Table.Th>
                    <Table.Th w={100}>Xóa</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.kinds.map((k) => (
                    <Table.Tr key={k.kind}>
                      <Table.Td>{k.label}</Table.Td>
                      <Table.Td>{k.added}</Table.Td>
                      <Table.Td>{k.changed}</Table.Td>
                      <Table.Td>{k.deleted}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {preview.conflicts.length > 0 && (
              <Stack gap="xs">
                <Text fw={600} c="orange">
                  Xung đột: cả hai máy cùng sửa một nội dung ({preview.conflicts.length})
                </Text>
                {preview.conflicts.slice(0, 20).map((c, i) =>
                  c.numbering ? (
                    <ValuePair key={i} title={`Trùng số văn bản — ${c.recordLabel}`} kept={c.kept} other={c.other} keptLabel="Đã cấp ở máy này" otherLabel="Cấp ở máy gửi (cả hai được giữ; sổ ghi “Trùng số”, xử lý bằng Sửa số hoặc Huỷ số)" />
                  ) : (
                    <ValuePair key={i} title={`${c.recordLabel} — ${c.fieldLabel}`} kept={c.kept} other={c.other} keptLabel={c.incomingWins ? 'Sẽ dùng (từ gói)' : 'Giữ (máy này)'} otherLabel={c.incomingWins ? 'Lưu vào danh sách xung đột (máy này)' : 'Lưu vào danh sách xung đột (từ gói)'} />
                  ),
                )}
              </Stack>
            )}
            {preview.status === 'ready' && (
              <Group>
                <Button leftSection={<IconDownload size={16} />} onClick={() => void apply()} loading={busy}>
                  Nhận gói dữ liệu
                </Button>
                <Text size="sm" c="dimmed">
                  Dữ liệu được sao lưu trước khi nhận; gói được áp dụng trọn vẹn hoặc không áp dụng gì.
                </Text>
              </Group>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
