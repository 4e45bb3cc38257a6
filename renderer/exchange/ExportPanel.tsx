import { Alert, Button, List, Paper, PasswordInput, Radio, Select, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { KnownInstallView } from '../../shared/exchange/schema';
import { callApi } from '../api/client';
import { notifyError } from '../components/notify';
import { JobProgress } from '../components/JobProgress';
import { notifyFileSaved } from '../tasks/saved-file';

const ALL = '__all__';

function sizeText(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2).replace('.', ',')} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
const UNIT = '__unit__';

export function ExportPanel({ installs, onDone }: { installs: KnownInstallView[]; onDone: () => void }) {
  const trusted = installs.filter((i) => i.trusted);
  const [target, setTarget] = useState<string>(trusted[0]?.installId ?? ALL);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ text: string; files: Array<{ fileName: string; path: string; bytes: number }> } | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  // The result (and its list of files) lies below the form: bring it into view.
  // A block body: Chromium's scrollIntoView may return a promise, and React would take it for a cleanup.
  useEffect(() => {
    void doneRef.current?.scrollIntoView({ block: 'nearest' });
  }, [done]);
  const [units, setUnits] = useState<Array<{ value: string; label: string }>>([]);
  const [unitId, setUnitId] = useState<string | null>(null);
  // The install that will open a unit's package, when it is known and trusted here: the package
  // is then sealed for it, as a package to a peer is; without one, a passphrase protects it.
  const [unitInstall, setUnitInstall] = useState<string | null>(null);
  useEffect(() => {
    if (target !== UNIT || units.length > 0) return;
    callApi('units.list', {})
      .then((list) => setUnits(list.filter((u) => u.active).map((u) => ({ value: u.id, label: u.shortName }))))
      .catch(notifyError);
  }, [target, units.length]);
  const sealedForUnit = target === UNIT && unitInstall !== null;
  const open = target === ALL || (target === UNIT && !sealedForUnit);

  const make = async () => {
    setBusy(true);
    setDone(null);
    try {
      if (target === UNIT && !unitId) throw new Error('Hãy chọn đơn vị.');
      const r = await callApi('exchange.export', {
        scope: target === ALL ? 'all' : target === UNIT ? 'unit' : 'peer',
        peerInstallId: target === UNIT ? unitInstall : open ? null : target,
        unitId: target === UNIT ? unitId : null,
        passphrase: open && passphrase ? passphrase : null,
      });
      const what = target === UNIT ? `${r.changes} bản ghi của đơn vị` : `${r.changes} thay đổi`;
      const split = r.parts.length > 1;
      // Split: the parts lie beside the chosen name, so the folder is what to show.
      const where = split && r.path ? r.path.slice(0, Math.max(r.path.lastIndexOf('/'), r.path.lastIndexOf('\\'))) : r.path;
      notifyFileSaved(split ? `Đã tạo ${r.parts.length} tệp gói dữ liệu` : 'Đã tạo gói dữ liệu', where, `${what}, ${r.files} tệp minh chứng.`);
      if (r.path) {
        const sealed = r.sealed === 'recipient' ? `Gói được mã hóa, chỉ "${r.recipientName ?? ''}" mở được.` : r.sealed === 'passphrase' ? 'Gói được bảo vệ bằng mật khẩu: hãy báo mật khẩu cho người nhận qua điện thoại, không viết lên USB.' : 'Gói có chữ ký nhưng không mã hóa (chưa biết khóa của máy nhận): hãy giữ USB cẩn thận.';
        setDone(
          split
            ? {
                text: `Gói (${what}) lớn hơn giới hạn một tệp gói (${sizeText(r.partBytes)}), nên đã được chia thành ${r.parts.length} tệp để chép được lên USB định dạng FAT32. Hãy chép đủ cả ${r.parts.length} tệp; máy nhận nhận từng tệp một, theo thứ tự bất kỳ. ${sealed}`,
                files: r.parts,
              }
            : { text: `Đã lưu gói ${r.fileName} (${what}). ${sealed}`, files: [] },
        );
      }
      onDone();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" maw={760}>
      <Stack>
        <Radio.Group label="Gói dữ liệu cho" value={target} onChange={setTarget} description="Gói chứa mọi thay đổi máy nhận chưa có; chép gói ra USB và nhận ở máy kia.">
          <Stack gap="xs" mt="xs">
            {trusted.map((i) => (
              <Radio key={i.installId} value={i.installId} label={i.name} description={`Dấu vân tay ${i.fingerprint}`} />
            ))}
            <Radio value={ALL} label="Tất cả dữ liệu" description="Cho lần trao đổi đầu tiên, hoặc cho một máy mới cài." />
            <Radio
              value={UNIT}
              label="Chỉ những gì liên quan đến một đơn vị"
              description="Nhiệm vụ đơn vị chủ trì hoặc phối hợp, báo cáo tiến độ và minh chứng, các văn bản đã ban hành giao các nhiệm vụ đó. Tiến độ đơn vị cập nhật được gửi về bằng gói thông thường."
            />
          </Stack>
        </Radio.Group>
        {target === UNIT && (
          <Stack gap="sm">
            <Select label="Đơn vị" placeholder="Chọn đơn vị" data={units} value={unitId} onChange={setUnitId} searchable maw={420} nothingFoundMessage="Không có đơn vị phù hợp" />
            <Select
              label="Máy của đơn vị"
              description={
                trusted.length > 0
                  ? 'Chọn máy của đơn vị đã tin cậy để mã hóa gói chỉ cho máy đó mở được; nếu đơn vị chưa có máy tin cậy, hãy đặt mật khẩu.'
                  : 'Chưa tin cậy máy nào: hãy đặt mật khẩu bảo vệ gói bên dưới.'
              }
              placeholder="Chưa có máy tin cậy (dùng mật khẩu)"
              data={trusted.map((i) => ({ value: i.installId, label: `${i.name} (dấu vân tay ${i.fingerprint.slice(0, 5)}…)` }))}
              value={unitInstall}
              onChange={setUnitInstall}
              clearable
              disabled={trusted.length === 0}
              maw={420}
            />
          </Stack>
        )}
        {open && (
          <PasswordInput
            label="Mật khẩu bảo vệ gói (không bắt buộc)"
            description="Gói cho máy chưa tin cậy nên đặt mật khẩu, để USB bị mất cũng không lộ hồ sơ."
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            maw={420}
          />
        )}
        <JobProgress active={busy} kinds={['exchange.writePackage']} fallback="Đang tạo gói dữ liệu" />
        <Button leftSection={<IconUpload size={16} />} onClick={() => void make()} loading={busy} w="fit-content">
          Tạo gói dữ liệu…
        </Button>
        {done && (
          <Alert ref={doneRef} color="green" title={done.files.length > 1 ? `Đã tạo ${done.files.length} tệp gói dữ liệu` : 'Đã tạo gói dữ liệu'}>
            <Stack gap="xs">
              <Text size="sm">{done.text}</Text>
              {done.files.length > 1 && (
                <List size="sm" aria-label="Các tệp đã tạo" spacing={2}>
                  {done.files.map((f) => (
                    <List.Item key={f.path}>
                      <Text span size="sm" ff="monospace">
                        {f.fileName}
                      </Text>{' '}
                      <Text span size="sm" c="dimmed">
                        ({sizeText(f.bytes)})
                      </Text>
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
