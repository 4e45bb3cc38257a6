import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowBackUp, IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { PreviousAttendance } from '../../shared/meetings/attendance';
import { meetingBodyLabels, type MeetingBody } from '../../shared/meetings/schema';
import { formatShortDate } from '../../shared/text/party-date';
import { useApiQuery } from '../api/use-api';
import {
  applyAttendance,
  attendanceFields,
  describeAttendance,
  describeTyped,
  hasTypedAttendance,
  type AttendanceCopyMode,
  type AttendanceFields,
} from './attendance-copy';
import { meetingKindAndNumber } from './labels';
import type { MeetingDraft } from './meeting-draft';

type Found = NonNullable<PreviousAttendance>;

/** "Kỳ họp thứ 10 – Ban Thường vụ, ngày 05/5/2026" */
function meetingLabel(from: Found['from']): string {
  return `${meetingKindAndNumber(from.kind, from.sequenceNumber)} – ${meetingBodyLabels[from.body]}, ngày ${formatShortDate(from.date)}`;
}

/** Asked only when the form already holds some of the attendance; keeping it is the first choice. */
function askHowToCopy(typed: string, source: string): Promise<AttendanceCopyMode | null> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (a: AttendanceCopyMode | null) => {
      if (answered) return;
      answered = true;
      modals.close(id);
      resolve(a);
    };
    const id = modals.open({
      title: 'Đã có thành phần dự họp trong biểu mẫu',
      closeButtonProps: { 'aria-label': 'Đóng' },
      onClose: () => answer(null),
      children: (
        <Stack gap="md">
          <Text size="sm">
            Biểu mẫu đã có {typed}. Chép từ {source} thế nào?
          </Text>
          <Text size="sm" c="dimmed">
            “Chỉ điền chỗ còn trống” giữ nguyên những gì đã nhập và thêm những người chưa có trong danh sách. “Thay toàn bộ” xóa phần đã nhập, lấy
            đúng thành phần của lần họp trước.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => answer(null)}>
              Hủy
            </Button>
            <Button variant="light" color="red" onClick={() => answer('replace')}>
              Thay toàn bộ
            </Button>
            <Button data-autofocus onClick={() => answer('fillEmpty')}>
              Chỉ điền chỗ còn trống
            </Button>
          </Group>
        </Stack>
      ),
    });
  });
}

interface Copied {
  /** The request the copy answered: a change of body or date starts over. */
  request: string;
  text: string;
  before: AttendanceFields;
  after: AttendanceFields;
}

/** Whether the attendance is still exactly what the copy wrote (then "Hoàn tác" loses nothing). */
function untouchedSince(d: MeetingDraft, after: AttendanceFields): boolean {
  return (
    d.chair === after.chair &&
    d.secretary === after.secretary &&
    d.attendanceSummary === after.attendanceSummary &&
    d.attendees === after.attendees &&
    d.invitedDelegates === after.invitedDelegates
  );
}

/**
 * "Chép thành phần dự họp từ lần họp trước": chair, secretary, attendees and delegates of the
 * body's previous meeting, into the form. The form saves them as it saves anything typed.
 */
export function PreviousAttendanceOffer({
  body,
  date,
  meetingId,
  draft,
  onCopy,
}: {
  body: MeetingBody;
  date: string;
  meetingId: string | null;
  draft: MeetingDraft;
  onCopy: (fields: AttendanceFields) => void;
}) {
  const input = { body, date: date || null, meetingId };
  const request = JSON.stringify(input);
  const previous = useApiQuery('meetings.previousAttendance', input, request);
  const [copied, setCopied] = useState<Copied | null>(null);

  useEffect(() => {
    setCopied((c) => (c && c.request !== request ? null : c));
  }, [request]);

  if (copied) {
    const canUndo = untouchedSince(draft, copied.after);
    return (
      <Alert color="green" variant="light" role="status" title={copied.text} withCloseButton closeButtonLabel="Đóng thông báo" onClose={() => setCopied(null)}>
        <Group justify="space-between" gap="sm">
          <Text size="sm">
            {copied.after.attendees.length > 0 ? 'Mọi người được ghi là có mặt: bỏ dấu “Có mặt” ở người vắng lần này và ghi lý do. ' : ''}
            Sửa, thêm hay bỏ người nào thì sửa thẳng trong biểu mẫu.
          </Text>
          {canUndo && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconArrowBackUp size={14} />}
              onClick={() => {
                onCopy(copied.before);
                setCopied(null);
              }}
            >
              Hoàn tác
            </Button>
          )}
        </Group>
      </Alert>
    );
  }

  // Until the answer for this body and date is in, nothing to offer (and no stale one).
  if (previous.loading) return null;
  if (previous.error) {
    return (
      <Text size="sm" c="dimmed">
        Không tìm được lần họp trước để chép thành phần dự họp: {previous.error}
      </Text>
    );
  }
  const found = previous.data;
  if (!found) {
    return (
      <Text size="sm" c="dimmed" data-testid="previous-attendance-none">
        {meetingBodyLabels[body]} chưa có lần họp nào trước đó có ghi thành phần dự họp, nên chưa có gì để chép. Ghi lần này; từ lần họp sau có thể chép
        lại.
      </Text>
    );
  }

  const label = meetingLabel(found.from);
  async function copy(from: Found) {
    let mode: AttendanceCopyMode = 'replace';
    if (hasTypedAttendance(draft)) {
      const answer = await askHowToCopy(describeTyped(draft), label);
      if (!answer) return;
      mode = answer;
    }
    const before = attendanceFields(draft);
    const after = attendanceFields(applyAttendance(draft, from.attendance, mode));
    onCopy(after);
    setCopied({
      request,
      text: mode === 'replace' ? `Đã chép thành phần dự họp từ ${label}` : `Đã điền chỗ còn trống từ ${label}; phần đã nhập được giữ nguyên`,
      before,
      after,
    });
  }

  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            Lần họp trước: {label}
          </Text>
          <Text size="sm" c="dimmed">
            Có {describeAttendance(found.attendance)}. Chép sang để khỏi nhập lại, rồi sửa những chỗ khác.
          </Text>
        </Stack>
        <Button variant="light" leftSection={<IconCopy size={16} />} onClick={() => void copy(found)} style={{ flexShrink: 0 }}>
          Chép thành phần dự họp từ lần họp trước
        </Button>
      </Group>
    </Paper>
  );
}
