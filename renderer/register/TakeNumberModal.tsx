/**
 * "Lấy số văn bản": a Báo cáo, Công văn, Kế hoạch… written in Word takes its number here.
 * The modal shows the number it will take as the type changes; the core gives the real one
 * (someone else may take a number in between) and the result says which it was.
 */
import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { commonOutgoingTypes, documentTypes, type DocumentType, type RegisterEntry } from '../../shared/register/schema';
import { ApiError, callApi } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { notifyError } from '../components/notify';
import { DateField } from '../components/DateField';
import { EarlierDateConfirm } from './EarlierDateConfirm';
import { NotDeskConfirm } from './NotDeskConfirm';

export function documentTypeOptions() {
  const common = new Set<string>(commonOutgoingTypes);
  const rest = (Object.keys(documentTypes) as DocumentType[]).filter((t) => !common.has(t));
  return [...commonOutgoingTypes, ...rest].map((value) => ({ value, label: `${documentTypes[value]} (${value})` }));
}

export function TakeNumberModal({ today, onClose, onTaken }: { today: string; onClose: () => void; onTaken: (entry: RegisterEntry) => void }) {
  const profile = useApiQuery('profile.get', {});
  const [docType, setDocType] = useState<DocumentType>('BC');
  const next = useApiQuery('register.nextNumber', { docType }, docType);
  const [summary, setSummary] = useState('');
  const [issueDate, setIssueDate] = useState(today);
  const [signerName, setSignerName] = useState<string | null>(null);
  const [recipientsText, setRecipientsText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [taken, setTaken] = useState<RegisterEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [notDeskConfirmed, setNotDeskConfirmed] = useState(false);
  const deskWarning = next.data?.deskWarning ?? null;
  const [confirm, setConfirm] = useState<string | null>(null);

  async function submit(confirmEarlierDate = false) {
    setBusy(true);
    try {
      const entry = await callApi('register.takeNumber', { docType, summary, issueDate, signerName: signerName ?? '', recipientsText, notDeskConfirmed, confirmEarlierDate });
      setConfirm(null);
      setTaken(entry);
      onTaken(entry);
    } catch (err) {
      setConfirm(null);
      if (err instanceof ApiError && err.value.code === 'NEEDS_CONFIRMATION') setConfirm(err.value.message);
      else if (err instanceof ApiError && err.value.fields) setErrors(err.value.fields);
      else notifyError(err);
    } finally {
      setBusy(false);
    }
  }

  const clear = (field: string) => setErrors(({ [field]: _gone, ...rest }) => rest);

  if (taken) {
    return (
      <Modal opened onClose={onClose} title="Đã lấy số văn bản" size="md">
        <Stack>
          <Text size="sm">Văn bản đã được ghi vào sổ văn bản đi với số:</Text>
          <Text fz={28} fw={700} ta="center" data-testid="taken-number">
            Số {taken.numberSymbol}
          </Text>
          <Text size="sm" c="dimmed">
            Ghi số này vào văn bản trong Word (dòng “Số …” dưới tên cơ quan) trước khi trình ký.
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>Xong</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  if (confirm) {
    return <EarlierDateConfirm message={confirm} busy={busy} onBack={() => setConfirm(null)} onConfirm={() => void submit(true)} />;
  }

  return (
    <Modal opened onClose={onClose} title="Lấy số văn bản" size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Group grow align="flex-start">
            <Select
              label="Loại văn bản"
              data={documentTypeOptions()}
              value={docType}
              onChange={(v) => v && setDocType(v as DocumentType)}
              allowDeselect={false}
              searchable
            />
            <DateField
              label="Ngày văn bản"
              value={issueDate}
              error={errors.issueDate}
              onChange={(v) => {
                setIssueDate(v);
                clear('issueDate');
              }}
            />
          </Group>
          <Alert variant="light" color="blue" p="xs">
            <Text size="sm">
              Số sẽ cấp: <b data-testid="next-number">{next.data ? next.data.numberSymbol : '…'}</b> — số tiếp theo của loại {documentTypes[docType]} trong nhiệm kỳ.
            </Text>
          </Alert>
          {deskWarning && (
            <NotDeskConfirm
              warning={deskWarning}
              label="Vẫn lấy số ở máy này"
              checked={notDeskConfirmed}
              error={errors.notDeskConfirmed}
              onChange={(v) => {
                setNotDeskConfirmed(v);
                clear('notDeskConfirmed');
              }}
            />
          )}
          <Textarea
            label="Trích yếu nội dung"
            description="Như dòng trích yếu dưới tên loại văn bản, ví dụ “sơ kết công tác 6 tháng đầu năm 2026”."
            autosize
            minRows={2}
            data-autofocus
            value={summary}
            error={errors.summary}
            onChange={(e) => {
              setSummary(e.currentTarget.value);
              clear('summary');
            }}
            required
          />
          <Select
            label="Người ký"
            placeholder="Chọn người ký"
            data={(profile.data?.signers ?? []).map((s) => ({ value: s.name, label: `${s.name} — ${s.title}` }))}
            value={signerName}
            onChange={setSignerName}
            clearable
          />
          <Textarea
            label="Nơi nhận"
            description="Các nơi nhận, cách nhau bằng dấu chấm phẩy."
            autosize
            minRows={2}
            value={recipientsText}
            onChange={(e) => setRecipientsText(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" loading={busy} disabled={deskWarning !== null && !notDeskConfirmed}>
              Lấy số
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
