import { Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import type { ImportedConclusionFields, ImportPreview, NumberCheck } from '../../shared/import/schema';
import { callApi } from '../api/client';
import { notifyError } from '../components/notify';
import { ClosingFields } from './ClosingFields';
import { DocumentFields } from './DocumentFields';
import { fieldErrors, saveImport, type SavedImport } from './import-actions';
import { draftFromPreview, saveInputFromDraft, type ReviewDraft, type TaskDraft } from './import-draft';
import { MeetingFields } from './MeetingFields';
import { NumberCheckAlert, numberFieldError } from './NumberCheckAlert';
import { notifyImported } from './notify-imported';
import { ProposedTasksTable } from './ProposedTasksTable';
import { ArchiveLineAlert, DuplicateAlert, NotConclusionAlert, WarningsAlert } from './ReviewAlerts';
import { recipientLines } from './import-draft';
import { SectionTree } from './SectionTree';
import { SourcePane } from './SourcePane';

function ReviewSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-label={title} withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * The number as it stands in the form, checked against the register whenever the clerk changes
 * it or the issue date (the term and so the register page depend on the date).
 */
function useNumberCheck(preview: ImportPreview, numberSymbol: string | null, issueDate: string | null): NumberCheck {
  const [check, setCheck] = useState<NumberCheck>(preview.numberCheck);
  useEffect(() => {
    let current = true;
    const symbol = numberSymbol?.trim() || null;
    const date = issueDate && /^\d{4}-\d{2}-\d{2}$/.test(issueDate) ? issueDate : null;
    callApi('import.checkNumber', { numberSymbol: symbol, issueDate: date }).then(
      (c) => {
        if (current) setCheck(c);
      },
      // The save checks again and says why if it refuses; a failed check here changes nothing.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [numberSymbol, issueDate]);
  return check;
}

/**
 * The review screen of one document: the source text on the left, what was recognised on
 * the right (editable), the proposed tasks below; "Lưu vào dữ liệu" saves it all at once.
 */
export function ImportReview({
  preview,
  heading,
  notify = true,
  onSaved,
  onSkip,
}: {
  preview: ImportPreview;
  /** "Xem lại văn bản" or, in a batch, "Xem lại văn bản 2/5: tên tệp". */
  heading: string;
  /** Announce the save in a notification (a batch lists its results instead). */
  notify?: boolean;
  onSaved: (saved: SavedImport) => void;
  onSkip: () => void;
}) {
  const [draft, setDraft] = useState<ReviewDraft>(() => draftFromPreview(preview));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const duplicate = preview.duplicateOf;
  const recognition = preview.recognition;
  const notConclusion = !recognition.isConclusion;
  const numberCheck = useNumberCheck(preview, draft.fields.numberSymbol, draft.fields.issueDate);
  const [correction, setCorrection] = useState(false);
  const [jumpConfirmed, setJumpConfirmed] = useState(false);
  const numberKey = `${numberCheck.state}:${numberCheck.entry?.id ?? numberCheck.number ?? ''}`;
  // A confirmation is for one number: another number typed asks again.
  useEffect(() => {
    setCorrection(false);
    setJumpConfirmed(false);
  }, [numberKey]);
  const numberError = numberFieldError(numberCheck, correction, jumpConfirmed);
  const blocked = duplicate !== null || notConclusion || numberError !== undefined;
  const recipients = recipientLines(draft.recipientsText);
  const lastRecipient = recipients[recipients.length - 1] ?? null;
  const applyArchiveLine = () => {
    const line = recognition.archiveLine;
    if (!line) return;
    setDraft((d) => {
      const lines = recipientLines(d.recipientsText);
      if (lines[lines.length - 1] === line.typed) lines[lines.length - 1] = line.suggested;
      return { ...d, recipientsText: lines.join('\n') };
    });
  };
  const accepted = draft.tasks.filter((t) => t.accepted).length;

  const setFields = (patch: Partial<ImportedConclusionFields>) => setDraft((d) => ({ ...d, fields: { ...d.fields, ...patch } }));
  const setMeeting = (patch: Partial<ImportedConclusionFields['meeting']>) =>
    setDraft((d) => ({ ...d, fields: { ...d.fields, meeting: { ...d.fields.meeting, ...patch } } }));
  const setSignature = (patch: Partial<ImportedConclusionFields['signature']>) =>
    setDraft((d) => ({ ...d, fields: { ...d.fields, signature: { ...d.fields.signature, ...patch } } }));
  const setTask = (key: string, patch: Partial<TaskDraft>) =>
    setDraft((d) => ({ ...d, tasks: d.tasks.map((t) => (t.key === key ? { ...t, ...patch } : t)) }));

  async function save() {
    setSaving(true);
    try {
      const saved = await saveImport({
        ...saveInputFromDraft(draft, preview.source.hash),
        correctionOf: correction && numberCheck.state === 'taken' ? (numberCheck.entry?.id ?? null) : null,
        confirmNumberJump: jumpConfirmed && numberCheck.state === 'jump',
      });
      if (notify) notifyImported(saved);
      onSaved(saved);
    } catch (err) {
      setErrors(fieldErrors(err));
      notifyError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      noValidate
      aria-label="Xem lại văn bản nhập"
      onSubmit={(e) => {
        e.preventDefault();
        if (!blocked) void save();
      }}
    >
      <Stack>
        <Stack gap={4}>
          <Title order={3}>{heading}</Title>
          <Text size="sm" c="dimmed">
            Đối chiếu từng ô với văn bản gốc bên trái, sửa chỗ đọc sai, bỏ chọn những đoạn không phải nhiệm vụ rồi bấm “Lưu vào dữ liệu”.
          </Text>
        </Stack>
        {duplicate && <DuplicateAlert duplicate={duplicate} onSkip={onSkip} />}
        {notConclusion && <NotConclusionAlert recognition={recognition} onSkip={onSkip} />}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <SourcePane source={preview.source} recognition={recognition} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack>
              <WarningsAlert warnings={preview.warnings} />
              <ReviewSection title="Văn bản">
                <DocumentFields fields={draft.fields} errors={numberError ? { ...errors, numberSymbol: numberError } : errors} onChange={setFields} />
                <NumberCheckAlert
                  check={numberCheck}
                  correction={correction}
                  jumpConfirmed={jumpConfirmed}
                  onCorrectionChange={setCorrection}
                  onJumpConfirmedChange={setJumpConfirmed}
                />
              </ReviewSection>
              <ReviewSection title="Hội nghị">
                <MeetingFields
                  meeting={draft.fields.meeting}
                  createMeeting={draft.createMeeting}
                  errors={errors}
                  onChange={setMeeting}
                  onCreateMeetingChange={(createMeeting) => setDraft((d) => ({ ...d, createMeeting }))}
                />
              </ReviewSection>
              <ReviewSection title="Bố cục">
                <SectionTree sections={preview.sections} />
              </ReviewSection>
              <ReviewSection title="Nơi nhận và chữ ký">
                {recognition.archiveLine && (
                  <ArchiveLineAlert archiveLine={recognition.archiveLine} current={lastRecipient} onApply={applyArchiveLine} />
                )}
                <ClosingFields
                  recipientsText={draft.recipientsText}
                  signature={draft.fields.signature}
                  errors={errors}
                  onRecipientsChange={(recipientsText) => setDraft((d) => ({ ...d, recipientsText }))}
                  onSignatureChange={setSignature}
                />
              </ReviewSection>
            </Stack>
          </Grid.Col>
        </Grid>
        <ReviewSection title="Nhiệm vụ đề xuất">
          <ProposedTasksTable tasks={draft.tasks} issueDate={draft.fields.issueDate} onChange={setTask} />
        </ReviewSection>
        <Paper
          withBorder
          shadow="sm"
          p="sm"
          style={{ position: 'sticky', bottom: 0, zIndex: 5 }}
          aria-label="Lưu văn bản nhập"
          component="section"
        >
          <Group justify="space-between">
            <Text size="sm" c={blocked ? 'red' : 'dimmed'}>
              {duplicate
                ? 'Văn bản đã có trong dữ liệu nên không lưu lại.'
                : notConclusion
                  ? 'Tệp này không phải văn bản kết luận nên không lưu được.'
                  : numberError
                    ? `Chưa lưu được: ${numberError.charAt(0).toLowerCase()}${numberError.slice(1)}.`
                    : `Lưu thành văn bản đã ban hành${draft.fields.numberSymbol ? ` số ${draft.fields.numberSymbol}` : ''}, kèm ${accepted} nhiệm vụ đã nhận.`}
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={onSkip} disabled={saving}>
                Bỏ qua
              </Button>
              <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={saving} disabled={blocked}>
                Lưu vào dữ liệu
              </Button>
            </Group>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}
