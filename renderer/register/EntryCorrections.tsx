/**
 * Correcting the register after the fact: "Sửa số" (a number typed wrong, e.g. an import read
 * 6200 for 62), "Huỷ số" (a number that will not go out: the entry stays as "đã huỷ" and its
 * number is never given again) and the entry's history with the old values and the reasons.
 */
import { Alert, Badge, Button, Group, Modal, NumberInput, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { RegisterEntry, RegisterHistoryItem } from '../../shared/register/schema';
import { ApiError, callApi } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { notifyError, notifySaved } from '../components/notify';

function useCorrection<T>(run: () => Promise<T>, onDone: (value: T) => void) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  async function submit() {
    setBusy(true);
    try {
      onDone(await run());
    } catch (err) {
      if (err instanceof ApiError && err.value.fields) setErrors(err.value.fields);
      else notifyError(err);
    } finally {
      setBusy(false);
    }
  }
  return { errors, setErrors, busy, submit };
}

export function RenumberModal({ entry, onClose, onDone }: { entry: RegisterEntry; onClose: () => void; onDone: (entry: RegisterEntry) => void }) {
  const [number, setNumber] = useState<number | ''>('');
  const [reason, setReason] = useState('');
  const c = useCorrection(
    () => callApi('register.renumber', { id: entry.id, number: typeof number === 'number' ? number : Number.NaN, reason }),
    (updated) => {
      notifySaved(`Đã sửa số ${entry.numberSymbol} thành ${updated.numberSymbol}.`);
      onDone(updated);
    },
  );
  return (
    <Modal opened onClose={onClose} title={`Sửa số ${entry.numberSymbol}`} size="md">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void c.submit();
        }}
      >
        <Stack>
          <Text size="sm">
            Dùng khi số ghi trong sổ sai so với văn bản (ví dụ gõ nhầm khi nhập). Sổ lưu lại số cũ và lý do; văn bản gắn với mục này cũng mang số mới.
          </Text>
          <NumberInput
            label="Số đúng"
            min={1}
            max={99999}
            allowDecimal={false}
            value={number}
            onChange={(v) => setNumber(typeof v === 'number' ? v : '')}
            error={c.errors.number}
            data-autofocus
          />
          <Textarea label="Lý do sửa" autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={c.errors.reason} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Thôi
            </Button>
            <Button type="submit" loading={c.busy}>
              Sửa số
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function CancelNumberModal({ entry, onClose, onDone }: { entry: RegisterEntry; onClose: () => void; onDone: (entry: RegisterEntry) => void }) {
  const [reason, setReason] = useState('');
  const c = useCorrection(
    () => callApi('register.cancel', { id: entry.id, reason }),
    (updated) => {
      notifySaved(`Đã huỷ số ${entry.numberSymbol}.`);
      onDone(updated);
    },
  );
  return (
    <Modal opened onClose={onClose} title={`Huỷ số ${entry.numberSymbol}`} size="md">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void c.submit();
        }}
      >
        <Stack>
          <Alert color="orange" title="Số đã huỷ không được cấp lại">
            Mục này vẫn ở trong sổ, ghi “đã huỷ” cùng lý do. Số {entry.numberSymbol} không được cấp cho văn bản khác; văn bản sau lấy số tiếp theo.
          </Alert>
          <Textarea label="Lý do huỷ" autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={c.errors.reason} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Thôi
            </Button>
            <Button type="submit" color="red" loading={c.busy}>
              Huỷ số
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const FIELD_LABELS: Record<string, string> = {
  number: 'Số',
  number_symbol: 'Số, ký hiệu',
  conclusion_id: 'Văn bản',
  issue_date: 'Ngày',
  summary: 'Trích yếu',
  cancelled_at: 'Huỷ lúc',
  cancel_reason: 'Lý do huỷ',
  signer_name: 'Người ký',
  recipients_text: 'Nơi nhận',
};
const SHOWN = ['number_symbol', 'issue_date', 'summary'];

function changeText(item: RegisterHistoryItem): string {
  if (item.action === 'cancel' || item.action === 'delete-import') return 'Số vẫn giữ, không cấp lại';
  if (item.action === 'relink') return 'Mục trong sổ chuyển sang văn bản mới nhập';
  return SHOWN.filter((k) => k in item.new)
    .map((k) => `${FIELD_LABELS[k] ?? k}: ${String(item.old[k] ?? '—')} → ${String(item.new[k] ?? '—')}`)
    .join('; ');
}

const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { dateStyle: 'short', timeStyle: 'short' });

export function EntryHistoryModal({ entry, onClose }: { entry: RegisterEntry; onClose: () => void }) {
  const history = useApiQuery('register.history', { id: entry.id }, entry.id);
  return (
    <Modal opened onClose={onClose} title={`Lịch sử mục ${entry.numberSymbol}`} size="xl">
      <Table aria-label="Lịch sử mục trong sổ">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>Thời gian</Table.Th>
            <Table.Th w={150}>Việc</Table.Th>
            <Table.Th>Thay đổi</Table.Th>
            <Table.Th>Lý do</Table.Th>
            <Table.Th w={140}>Máy</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(history.data ?? []).map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>{when(h.at)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={h.action === 'renumber' || h.action === 'relink' ? 'blue' : 'red'}>
                  {h.actionLabel}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{changeText(h)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{h.reason}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{h.byInstall}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {history.data && history.data.length === 0 && (
        <Text size="sm" c="dimmed">
          Mục này chưa được sửa lần nào.
        </Text>
      )}
    </Modal>
  );
}

/** The "Ghi chú" column on screen: what the clerk must notice about an entry. */
export function EntryBadges({ entry }: { entry: RegisterEntry }) {
  return (
    <Group gap={4}>
      {entry.cancelled && (
        <Badge tt="none" color="gray" variant="filled" title={entry.cancelReason}>
          Đã huỷ
        </Badge>
      )}
      {entry.duplicateOf.length > 0 && (
        <Badge tt="none" color="red" variant="filled" title={entry.duplicateOf.map((d) => `${d.numberSymbol} cấp tại ${d.issuedBy}: ${d.summary}`).join('\n')}>
          Trùng số
        </Badge>
      )}
      {entry.issuedElsewhere && (
        <Badge tt="none" color="grape" variant="light">
          Cấp tại {entry.issuedElsewhere}
        </Badge>
      )}
      {!entry.conclusionId && (
        <Badge tt="none" color="gray" variant="light">
          Soạn ngoài phần mềm
        </Badge>
      )}
      {entry.historyCount > 0 && !entry.cancelled && (
        <Badge tt="none" color="blue" variant="light">
          Đã sửa {entry.historyCount} lần
        </Badge>
      )}
    </Group>
  );
}
