/** "Ban hành (cấp số)": says what issuing does before it is done, and takes the issue date. */
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { conclusionKindLabels, type ConclusionKind } from '../../shared/conclusions/schema';
import { formatShortDate, parseIsoDate } from '../../shared/text/party-date';
import { useApiQuery } from '../api/use-api';
import { DateField } from '../components/DateField';
import { EarlierDateConfirm } from '../register/EarlierDateConfirm';
import { NotDeskConfirm } from '../register/NotDeskConfirm';

export type IssueAttempt = null | { dateError: string } | { confirm: string } | { deskError: string };

export function IssueModal({
  kind,
  meetingId,
  issuerAbbreviation,
  onClose,
  onIssue,
}: {
  kind: ConclusionKind;
  /** The meeting the document concludes: it cannot be issued before that day. */
  meetingId: string | null;
  issuerAbbreviation: string;
  onClose: () => void;
  /**
   * Resolves when the attempt is over: null when it went through (or failed elsewhere), the
   * core's message about the date (shown on the field, the dialog left open), or its question
   * about a date earlier than the last number (asked, then the issue repeated if confirmed).
   */
  onIssue: (issueDate: string | undefined, confirmEarlierDate: boolean, notDeskConfirmed: boolean) => Promise<IssueAttempt>;
}) {
  // Today as the core's clock says now, not the day the page was opened.
  const info = useApiQuery('app.info', {});
  const meeting = useApiQuery('meetings.get', { id: meetingId ?? '' }, meetingId ?? '');
  const [typed, setTyped] = useState<string | null>(null);
  const date = typed ?? info.data?.today ?? '';
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [notDeskConfirmed, setNotDeskConfirmed] = useState(false);
  const [deskError, setDeskError] = useState<string | null>(null);
  // What "Ban hành" will give now; the core still decides at the moment of issuing.
  const next = useApiQuery('register.nextNumber', { docType: kind }, kind);
  const meetingDate = meetingId && meeting.data?.id === meetingId ? meeting.data.date : null;

  async function attempt(confirmEarlierDate: boolean) {
    setBusy(true);
    const outcome = await onIssue(date, confirmEarlierDate, notDeskConfirmed);
    setBusy(false);
    setConfirm(outcome && 'confirm' in outcome ? outcome.confirm : null);
    if (outcome && 'dateError' in outcome) setError(outcome.dateError);
    // The desk was set on another PC after this dialog opened: the question is asked now.
    if (outcome && 'deskError' in outcome) {
      setDeskError(outcome.deskError);
      next.reload();
    }
  }

  async function submit() {
    if (!date) {
      setError('Chọn ngày ban hành');
      return;
    }
    if (!parseIsoDate(date)) {
      setError('Ngày ban hành chưa đúng: ghi ngày/tháng/năm, ví dụ 08/05/2026');
      return;
    }
    if (meetingDate && date < meetingDate) {
      setError(`Ngày ban hành không được trước ngày họp (${formatShortDate(meetingDate)})`);
      return;
    }
    await attempt(false);
  }

  if (confirm) {
    return <EarlierDateConfirm message={confirm} busy={busy} onBack={() => setConfirm(null)} onConfirm={() => void attempt(true)} />;
  }

  return (
    <Modal opened onClose={onClose} title="Ban hành và cấp số" size="lg" closeButtonProps={{ 'aria-label': 'Đóng' }}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">
            Văn bản sẽ được cấp số tiếp theo của loại {conclusionKindLabels[kind]} ({kind}) trong nhiệm kỳ:{' '}
            <Text span fw={700} data-testid="issue-number">
              {next.data ? next.data.numberSymbol : `…-${kind}/${issuerAbbreviation}`}
            </Text>
            .
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>Số chạy liên tục suốt nhiệm kỳ của cấp ủy, không bắt đầu lại theo năm.</List.Item>
            <List.Item>Văn bản được ghi vào sổ văn bản đi.</List.Item>
            <List.Item>Sau khi ban hành, văn bản chỉ xem, không sửa được. Muốn sửa phải tạo bản đính chính.</List.Item>
          </List>
          <DateField
            // Drawn afresh once today is known: the box keeps its text while it has the focus.
            key={info.data ? 'today' : 'loading'}
            label="Ngày ban hành"
            description="Mặc định là hôm nay; in thành “ngày … tháng … năm …” ở đầu văn bản."
            value={date}
            error={error}
            onChange={(v) => {
              setTyped(v);
              setError(null);
            }}
            data-autofocus
          />
          {next.data?.deskWarning && (
            <NotDeskConfirm
              warning={next.data.deskWarning}
              label="Vẫn cấp số ở máy này"
              checked={notDeskConfirmed}
              error={deskError}
              onChange={(v) => {
                setNotDeskConfirmed(v);
                setDeskError(null);
              }}
            />
          )}
          <Alert color="yellow" variant="light">
            Kiểm tra lại bản xem trước trước khi ban hành: số đã cấp không thu hồi được.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" loading={busy} disabled={Boolean(next.data?.deskWarning) && !notDeskConfirmed}>
              Ban hành
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
