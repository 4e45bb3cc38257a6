/**
 * "Tạo kết luận": kind, the meeting it concludes (its preamble is written from the meeting) or
 * else the concluding body, and a template of the usual sections. Opens the new draft.
 */
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { MAX_PAGE_SIZE } from '../../shared/api/paging';
import { conclusionKinds, type ConclusionKind } from '../../shared/conclusions/schema';
import { meetingBodies, meetingBodyLabels, type MeetingBody } from '../../shared/meetings/schema';
import type { MeetingSummary } from '../../shared/meetings/summary';
import { formatShortDate } from '../../shared/text/party-date';
import { ApiError, callApi } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { navigate } from '../app/router';
import { markNewDraft } from './new-draft-focus';
import { notifyError } from '../components/notify';
import { fieldErrorsFrom, kindOptions } from './labels';

function meetingLabel(m: MeetingSummary): string {
  const subject = m.subject.trim() || '(chưa ghi nội dung)';
  return `${formatShortDate(m.date)} · ${meetingBodyLabels[m.body]} · ${subject}`;
}

export function CreateConclusionModal({ onClose }: { onClose: () => void }) {
  const templates = useApiQuery('conclusions.templates', {});
  // The newest 500 meetings: a conclusion is drafted from a recent one.
  const meetings = useApiQuery('meetings.list', { limit: MAX_PAGE_SIZE });
  const [kind, setKind] = useState<ConclusionKind>('TB');
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [body, setBody] = useState<MeetingBody>('standingCommittee');
  const [templateKey, setTemplateKey] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [creating, setCreating] = useState(false);

  // The first template is the usual monthly shape; preselect it once the list arrives.
  const chosenTemplate = templateKey ?? templates.data?.[0]?.key ?? null;
  const template = templates.data?.find((t) => t.key === chosenTemplate);
  const meetingList = [...(meetings.data?.items ?? [])].sort((a, b) => b.date.localeCompare(a.date));

  async function create() {
    setCreating(true);
    setErrors({});
    try {
      const created = await callApi('conclusions.create', {
        kind,
        meetingId,
        ...(meetingId ? {} : { body }),
        templateKey: chosenTemplate,
      });
      onClose();
      markNewDraft(created.id);
      navigate(`/conclusions/${created.id}`);
    } catch (err) {
      if (err instanceof ApiError) setErrors(fieldErrorsFrom(err.value.fields));
      notifyError(err);
      setCreating(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title="Tạo kết luận" size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="create-kind-label">
              Loại văn bản
            </Text>
            <SegmentedControl<ConclusionKind>
              aria-labelledby="create-kind-label"
              value={kind}
              onChange={setKind}
              data={kindOptions.filter((o) => conclusionKinds.includes(o.value))}
              fullWidth
            />
          </Stack>
          <Select
            label="Hội nghị"
            description="Phần mở đầu được viết sẵn từ hội nghị: ngày họp, người chủ trì, thành phần, tài liệu trình."
            placeholder={meetings.data && meetingList.length === 0 ? 'Chưa ghi hội nghị nào' : 'Không gắn với hội nghị'}
            data={meetingList.map((m) => ({ value: m.id, label: meetingLabel(m) }))}
            value={meetingId}
            onChange={setMeetingId}
            searchable
            clearable
            nothingFoundMessage="Không có hội nghị nào khớp"
            error={errors.meetingId}
          />
          {!meetingId && (
            <Select
              label="Cơ quan kết luận"
              data={meetingBodies.map((b) => ({ value: b, label: meetingBodyLabels[b] }))}
              value={body}
              allowDeselect={false}
              onChange={(v) => {
                const next = meetingBodies.find((b) => b === v);
                if (next) setBody(next);
              }}
              error={errors.body}
            />
          )}
          <Select
            label="Mẫu văn bản"
            data={(templates.data ?? []).map((t) => ({ value: t.key, label: t.label }))}
            value={chosenTemplate}
            onChange={setTemplateKey}
            allowDeselect={false}
            description={template?.description ?? (templates.error ? `Không tải được danh sách mẫu: ${templates.error}` : undefined)}
            error={errors.templateKey}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" loading={creating} disabled={templates.data === undefined && !templates.error}>
              Tạo bản dự thảo
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
