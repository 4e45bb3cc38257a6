import { Alert, Anchor, Autocomplete, Badge, Button, Fieldset, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy, IconFilePlus, IconTrash } from '@tabler/icons-react';
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiOutput } from '../../shared/api/contract';
import { meetingBodies, meetingBodyLabels, meetingKindLabels, meetingKinds, type MeetingBody, type MeetingKind } from '../../shared/meetings/schema';
import type { Signer } from '../../shared/profile/schema';
import { formatPartyDate, formatShortDate, parseIsoDate } from '../../shared/text/party-date';
import { ApiError, callApi, errorMessage } from '../api/client';
import { navigate, useLeaveGuard } from '../app/router';
import { askBeforeLeaving } from '../components/confirm-leave';
import { SaveStatus } from '../conclusions/SaveStatus';
import { AUTOSAVE_DELAY_MS } from '../conclusions/use-conclusion-draft';
import { notifyError, notifySaved } from '../components/notify';
import { AttendeesFields, InvitedDelegatesFields } from './AttendeesFields';
import { ComposeConclusionModal } from './ComposeConclusionModal';
import { ExportMinutesButton } from './ExportMinutesButton';
import { confirmDeleteMeeting } from './delete-meeting';
import { commonTitles, defaultKindForBody, meetingKindAndNumber } from './labels';
import { rememberedFilters } from './list-filters';
import { MeetingConclusions } from './MeetingConclusions';
import { blankDraft, draftFromMeeting, draftSignature, draftToInput, fieldErrorsForDraft, typedSignature, type MeetingDraft } from './meeting-draft';
import { meetingCopies, NEW_MEETING_COPY } from './meeting-copy';
import { AgendaFields, PresentedDocumentsFields } from './PresentedDocumentsFields';
import { PreviousAttendanceOffer } from './PreviousAttendanceOffer';
import { DateField, TimeField } from '../components/DateField';

type LoadedMeeting = ApiOutput<'meetings.get'>;

/** The body a new meeting starts with: the one the list was filtered by, else the Ban Thường vụ (it meets most often). */
function initialBody(): MeetingBody {
  const { body } = rememberedFilters();
  return body === 'all' ? 'standingCommittee' : body;
}

function datePreview(iso: string): string | undefined {
  const d = parseIsoDate(iso);
  if (!d) return undefined;
  const weekday = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'][new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
  return `${weekday}, ${formatPartyDate(iso)}`;
}

export function MeetingEditor({
  meeting,
  today,
  signers,
  onReload,
}: {
  /** null = a new meeting, not yet saved. */
  meeting: LoadedMeeting | null;
  today: string;
  signers: Signer[];
  onReload?: () => void;
}) {
  const isNew = meeting === null;
  const copyId = meeting?.id ?? NEW_MEETING_COPY;
  const [draft, setDraft] = useState<MeetingDraft>(() => (meeting ? draftFromMeeting(meeting) : blankDraft(initialBody(), today)));
  // What the core holds (an existing meeting) or the untouched form (a new one).
  const [saved, setSaved] = useState(() => (meeting ? draftSignature(draftFromMeeting(meeting)) : typedSignature(draft)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [composing, setComposing] = useState(false);
  const [offered, setOffered] = useState(() => {
    const copy = meetingCopies.read(copyId);
    if (copy && (isNew ? typedSignature(copy.value) : draftSignature(copy.value)) === saved) {
      meetingCopies.forget(copyId);
      return null;
    }
    return copy;
  });
  const dirty = (isNew ? typedSignature(draft) : draftSignature(draft)) !== saved;

  // Refs hold the truth for saving at leave time and from timers.
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const savedRef = useRef(saved);
  savedRef.current = saved;
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  const set = <K extends keyof MeetingDraft>(key: K, v: MeetingDraft[K]) => {
    setDraft((old) => ({ ...old, [key]: v }));
    // A message goes as soon as its field is changed: it spoke of the old value.
    setErrors((old) => {
      const stale = Object.keys(old).filter((k) => k === key || k.startsWith(`${key}.`));
      if (stale.length === 0) return old;
      const next = { ...old };
      for (const k of stale) delete next[k];
      return next;
    });
  };

  // Every change is kept on this computer until the core has it.
  useEffect(() => {
    if (dirty) meetingCopies.keep(copyId, draft);
  }, [draft, dirty, copyId]);

  // Only the latest number request may land: bodies can be switched faster than the core answers.
  const suggestion = useRef(0);
  function suggestNumber(body: MeetingBody) {
    const ticket = ++suggestion.current;
    callApi('meetings.suggestNumber', { body })
      .then(({ sequenceNumber }) => {
        if (ticket === suggestion.current) setDraft((old) => (old.body === body ? { ...old, sequenceNumber } : old));
      })
      // A missing suggestion is no error: the person types the number.
      .catch(() => undefined);
  }

  useEffect(() => {
    if (isNew) suggestNumber(draft.body);
    // Once, for the body a new meeting starts with; later changes go through changeBody.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function changeBody(body: MeetingBody) {
    if (!isNew) {
      set('body', body);
      return;
    }
    // A new meeting takes the body's usual kind and next number; a recorded one keeps its own.
    setDraft((old) => ({ ...old, body, kind: defaultKindForBody(body), sequenceNumber: null }));
    suggestNumber(body);
  }

  // Autosave of a recorded meeting: quiet (no toast), the form left as typed (no trimming
  // under the cursor), one save at a time.
  const autosaving = useRef<Promise<boolean> | null>(null);
  const autosave = useCallback(async (): Promise<boolean> => {
    if (!meeting) return false;
    while (autosaving.current) await autosaving.current;
    const sent = draftRef.current;
    const signature = draftSignature(sent);
    if (signature === savedRef.current) return true;
    const { input, rowIndex } = draftToInput(sent);
    const run = (async () => {
      setSaving(true);
      try {
        await callApi('meetings.update', { id: meeting.id, ...input });
        savedRef.current = signature;
        setSaved(signature);
        setSavedAt(new Date());
        setSaveError(null);
        setErrors({});
        if (draftSignature(draftRef.current) === signature) meetingCopies.forget(meeting.id);
        return true;
      } catch (err) {
        setSaveError(errorMessage(err));
        if (err instanceof ApiError && err.value.fields) setErrors(fieldErrorsForDraft(err.value.fields, rowIndex));
        return false;
      } finally {
        setSaving(false);
      }
    })();
    autosaving.current = run;
    try {
      return await run;
    } finally {
      autosaving.current = null;
    }
  }, [meeting]);

  useEffect(() => {
    if (isNew || !dirty) return undefined;
    const timer = window.setTimeout(() => void autosave(), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, dirty, isNew, autosave]);

  // Closing the window: the last keystrokes are sent; the local copy stays until the core confirms.
  useEffect(() => {
    if (!meeting) return undefined;
    const leave = () => {
      if (dirtyRef.current) void autosave();
    };
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, [meeting, autosave]);

  async function save(options: { leaving?: boolean } = {}): Promise<string | null> {
    if (!draftRef.current.date) {
      // Said here, in words: the core would only say the date is not valid.
      setErrors({ date: 'Chọn hoặc gõ ngày họp (ngày/tháng/năm)' });
      return null;
    }
    setSaving(true);
    setErrors({});
    const { input, rowIndex } = draftToInput(draftRef.current);
    try {
      const result = meeting ? await callApi('meetings.update', { id: meeting.id, ...input }) : await callApi('meetings.create', input);
      meetingCopies.forget(copyId);
      notifySaved(`${meetingKindAndNumber(result.kind, result.sequenceNumber)} – ${meetingBodyLabels[result.body]}, ngày ${formatShortDate(result.date)}`, isNew ? 'Đã ghi hội nghị' : 'Đã lưu hội nghị');
      if (options.leaving) return result.id;
      if (isNew) {
        // The saved meeting opens at its own address; the route loads it afresh.
        released.current = true;
        navigate(`/meetings/${result.id}`);
      } else {
        // Show what the core stored (trimmed, blank rows dropped) and count it as saved.
        const stored = draftFromMeeting(result);
        setDraft(stored);
        setSaved(draftSignature(stored));
        setSavedAt(new Date());
        setSaveError(null);
        onReload?.();
      }
      return result.id;
    } catch (err) {
      if (err instanceof ApiError && err.value.fields) setErrors(fieldErrorsForDraft(err.value.fields, rowIndex));
      notifyError(err);
      return null;
    } finally {
      setSaving(false);
    }
  }
  const saveRef = useRef(save);
  saveRef.current = save;

  // Leaving the form: a recorded meeting saves first and goes if that worked; otherwise (or
  // for a new meeting) the clerk is asked, and staying is the default.
  const released = useRef(false);
  const askToLeave = (): boolean | Promise<boolean> => {
    if (released.current || !dirtyRef.current) return true;
    return askAfterTryingToSave();
  };
  async function askAfterTryingToSave(): Promise<boolean> {
    if (!isNew && (await autosave())) return true;
    const answer = await askBeforeLeaving(
      isNew
        ? 'Hội nghị mới chưa được lưu. Lưu lại trước khi rời trang, hay bỏ những gì đã nhập?'
        : 'Những thay đổi cuối của hội nghị này chưa lưu được (xem thông báo trên trang). Ở lại để sửa, hoặc bỏ các thay đổi đó.',
      { canSave: isNew },
    );
    if (answer === 'stay') return false;
    if (answer === 'save') return (await saveRef.current({ leaving: true })) !== null;
    meetingCopies.forget(copyId);
    return true;
  }
  useLeaveGuard(askToLeave);

  useHotkeys([['mod+S', () => void saveRef.current()]], [], true);

  async function composeConclusion() {
    // The core builds the preamble from the stored meeting: unsaved edits would be missed.
    if (dirty && !(await save())) return;
    setComposing(true);
  }

  const heading = isNew ? 'Ghi hội nghị mới' : `${meetingKindAndNumber(draft.kind, draft.sequenceNumber)} – ${meetingBodyLabels[draft.body]}`;
  const kindPreview = meetingKindAndNumber(draft.kind, draft.sequenceNumber);

  return (
    <Stack gap="md" pb={80}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Anchor
            href="#/meetings"
            size="sm"
            onClick={(e) => {
              e.preventDefault();
              navigate('/meetings');
            }}
          >
            <Group gap={4}>
              <IconArrowLeft size={14} />
              Danh sách hội nghị
            </Group>
          </Anchor>
          <Group gap="sm">
            <Title order={2}>{heading}</Title>
            {!isNew && dirty && !saving && (
              <Badge color="orange" variant="light">
                Chưa lưu
              </Badge>
            )}
          </Group>
          {!isNew && meeting.date && (
            <Text size="sm" c="dimmed">
              Ngày {formatShortDate(meeting.date)}
              {meeting.chair?.name ? ` · Chủ trì: đồng chí ${meeting.chair.name}` : ''}
            </Text>
          )}
        </Stack>
        {meeting && <SaveStatus status={{ saving, dirty, savedAt, error: saveError }} updatedAt={meeting.updatedAt} />}
      </Group>

      {offered && (
        <Alert color="orange" title="Có nội dung chưa lưu từ lần nhập trước" role="alert">
          <Stack gap="xs">
            <Text size="sm">
              Lần nhập trước (lúc {new Date(offered.at).toLocaleString('vi-VN')}) có thay đổi chưa kịp lưu vào dữ liệu. Khôi phục để tiếp tục từ nội
              dung đó, hoặc bỏ qua để giữ bản đã lưu.
            </Text>
            <Group gap="sm">
              <Button
                size="xs"
                onClick={() => {
                  setDraft(offered.value);
                  setOffered(null);
                }}
              >
                Khôi phục nội dung chưa lưu
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  meetingCopies.forget(copyId);
                  setOffered(null);
                }}
              >
                Bỏ qua
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {meeting && saveError && (
        <Alert color="red" variant="light" title="Chưa lưu được" role="alert">
          {saveError} Nội dung đang nhập vẫn còn nguyên trên màn hình và được giữ trên máy này; máy sẽ thử lưu lại khi bạn sửa tiếp.
        </Alert>
      )}

      <form
        noValidate
        id="meeting-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          <Fieldset legend="Hội nghị">
            <Stack gap="sm">
              <Group grow align="flex-start">
                <Select<MeetingBody>
                  label="Cơ quan họp"
                  data={meetingBodies.map((b) => ({ value: b, label: meetingBodyLabels[b] }))}
                  value={draft.body}
                  onChange={(b) => b && changeBody(b)}
                  error={errors.body}
                  allowDeselect={false}
                />
                <Select<MeetingKind>
                  label="Hình thức"
                  data={meetingKinds.map((k) => ({ value: k, label: meetingKindLabels[k] }))}
                  value={draft.kind}
                  onChange={(k) => k && set('kind', k)}
                  error={errors.kind}
                  allowDeselect={false}
                />
                <NumberInput
                  label="Số thứ tự"
                  description={`Ghi là: ${kindPreview}`}
                  // Under the box, so the three boxes of the row stay level.
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  value={draft.sequenceNumber ?? ''}
                  onChange={(v) => set('sequenceNumber', typeof v === 'number' ? v : v === '' ? null : Number(v) || null)}
                  error={errors.sequenceNumber}
                  min={1}
                  max={999}
                  allowDecimal={false}
                  allowNegative={false}
                />
              </Group>
              <Textarea
                label="Nội dung hội nghị"
                description="Viết như trong câu mở đầu của thông báo, ví dụ: đánh giá kết quả thực hiện nhiệm vụ tháng 04; triển khai nhiệm vụ trọng tâm tháng 05 năm 2026"
                autosize
                minRows={2}
                maxRows={6}
                value={draft.subject}
                onChange={(e) => set('subject', e.currentTarget.value)}
                error={errors.subject}
              />
              <Group align="flex-start" grow>
                <DateField
                  label="Ngày họp"
                  // The weekday beside the date: the check a clerk makes against the invitation.
                  description={datePreview(draft.date)}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  value={draft.date}
                  onChange={(v) => set('date', v)}
                  error={errors.date}
                  required
                />
                <TimeField
                  label="Giờ bắt đầu"
                  value={draft.startTime ?? ''}
                  onChange={(v) => set('startTime', v)}
                  error={errors.startTime}
                />
                <TimeField
                  label="Giờ kết thúc"
                  value={draft.endTime ?? ''}
                  onChange={(v) => set('endTime', v)}
                  error={errors.endTime}
                />
              </Group>
              <TextInput
                label="Địa điểm"
                placeholder="Hội trường Đảng ủy xã"
                value={draft.place}
                onChange={(e) => set('place', e.currentTarget.value)}
                error={errors.place}
              />
            </Stack>
          </Fieldset>

          <PreviousAttendanceOffer
            body={draft.body}
            date={draft.date}
            meetingId={meeting?.id ?? null}
            draft={draft}
            onCopy={(fields) => {
              for (const key of ['chair', 'secretary', 'attendanceSummary', 'attendees', 'invitedDelegates'] as const) set(key, fields[key]);
            }}
          />

          <Fieldset legend="Chủ trì, thư ký">
            <Stack gap="sm">
              <Group grow align="flex-start">
                <Autocomplete
                  label="Người chủ trì"
                  description="Họ và tên, không ghi “đồng chí”"
                  data={signers.map((s) => s.name)}
                  value={draft.chair.name}
                  onChange={(name) => set('chair', { ...draft.chair, name })}
                  // Picking a signer of the office profile brings their title when none is typed yet.
                  onOptionSubmit={(name) => {
                    const signer = signers.find((s) => s.name === name);
                    setDraft((old) => ({ ...old, chair: { name, title: old.chair.title.trim() ? old.chair.title : (signer?.title ?? '') } }));
                  }}
                  error={errors['chair.name']}
                />
                <Autocomplete
                  label="Chức vụ người chủ trì"
                  description="Ví dụ: Bí thư Đảng ủy, Chủ tịch HĐND xã"
                  data={commonTitles}
                  value={draft.chair.title}
                  onChange={(title) => set('chair', { ...draft.chair, title })}
                  error={errors['chair.title']}
                />
              </Group>
              <Group grow align="flex-start">
                <TextInput
                  label="Thư ký hội nghị"
                  value={draft.secretary.name}
                  onChange={(e) => set('secretary', { ...draft.secretary, name: e.currentTarget.value })}
                  error={errors['secretary.name']}
                />
                <Autocomplete
                  label="Chức vụ thư ký"
                  data={commonTitles}
                  value={draft.secretary.title}
                  onChange={(title) => set('secretary', { ...draft.secretary, title })}
                  error={errors['secretary.title']}
                />
              </Group>
            </Stack>
          </Fieldset>

          <Fieldset legend="Thành phần tham dự">
            <Stack gap="md">
              <Textarea
                label="Thành phần tham dự (ghi trong thông báo)"
                description="Câu “Tham dự có …” in ở phần mở đầu thông báo kết luận"
                placeholder="các đồng chí Ủy viên Ban Thường vụ Đảng ủy; đại diện Thường trực HĐND, lãnh đạo UBND xã; …"
                autosize
                minRows={2}
                maxRows={8}
                value={draft.attendanceSummary}
                onChange={(e) => set('attendanceSummary', e.currentTarget.value)}
                error={errors.attendanceSummary}
              />
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  Danh sách người dự
                </Text>
                <AttendeesFields rows={draft.attendees} onChange={(rows) => set('attendees', rows)} errors={errors} />
              </Stack>
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  Đại biểu cấp trên dự
                </Text>
                <InvitedDelegatesFields rows={draft.invitedDelegates} onChange={(rows) => set('invitedDelegates', rows)} errors={errors} />
              </Stack>
            </Stack>
          </Fieldset>

          <Fieldset legend="Tài liệu trình tại hội nghị">
            <PresentedDocumentsFields rows={draft.presentedDocuments} onChange={(rows) => set('presentedDocuments', rows)} errors={errors} />
          </Fieldset>

          <Fieldset legend="Nội dung và ý kiến thảo luận">
            <AgendaFields rows={draft.agenda} onChange={(rows) => set('agenda', rows)} errors={errors} />
          </Fieldset>

          <Fieldset legend="Ghi chú">
            <Textarea
              label="Ghi chú nội bộ"
              description="Chỉ để văn phòng theo dõi; không in trong biên bản"
              autosize
              minRows={3}
              maxRows={12}
              value={draft.notes}
              onChange={(e) => set('notes', e.currentTarget.value)}
              error={errors.notes}
            />
          </Fieldset>
        </Stack>
      </form>

      {!isNew && (
        <Fieldset legend="Kết luận từ hội nghị này">
          <MeetingConclusions conclusions={meeting.conclusions} />
        </Fieldset>
      )}

      {/* Kept in view while scrolling a long record: saving should never need a hunt. */}
      <Paper
        withBorder
        shadow="sm"
        p="sm"
        style={{ position: 'sticky', bottom: 8, zIndex: 5 }}
        role="toolbar"
        aria-label="Thao tác với hội nghị"
      >
        <Group justify="space-between">
          <Group gap="sm">
            <Button type="submit" form="meeting-form" loading={saving} leftSection={<IconDeviceFloppy size={16} />}>
              {isNew ? 'Lưu hội nghị' : 'Lưu thay đổi'}
            </Button>
            <Button
              variant="light"
              leftSection={<IconFilePlus size={16} />}
              onClick={() => void composeConclusion()}
              disabled={isNew}
              title={isNew ? 'Lưu hội nghị trước khi soạn kết luận' : undefined}
            >
              Soạn kết luận
            </Button>
            <ExportMinutesButton meetingId={meeting?.id ?? null} beforeExport={async () => !dirty || (await save()) !== null} />
          </Group>
          {!isNew && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() =>
                confirmDeleteMeeting(
                  {
                    id: meeting.id,
                    title: `${meetingKindAndNumber(meeting.kind, meeting.sequenceNumber)} – ${meetingBodyLabels[meeting.body]}, ngày ${formatShortDate(meeting.date)}`,
                    conclusionCount: meeting.conclusions.length,
                  },
                  () => navigate('/meetings'),
                )
              }
            >
              Xóa hội nghị
            </Button>
          )}
        </Group>
      </Paper>

      {composing && meeting && <ComposeConclusionModal meeting={{ id: meeting.id, body: draft.body, kind: draft.kind, subject: draft.subject }} onClose={() => setComposing(false)} />}
    </Stack>
  );
}
