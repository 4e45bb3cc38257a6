import { Center, Loader } from '@mantine/core';
import type { ApiOutput } from '../../shared/api/contract';
import { useApiQuery } from '../api/use-api';
import { ErrorPanel } from '../components/ErrorPanel';
import { MeetingEditor } from './MeetingEditor';

function Loading() {
  return (
    <Center p="xl">
      <Loader aria-label="Đang tải hội nghị" />
    </Center>
  );
}

/** Loads what the editor needs before showing it, so the form never starts half-filled. */
export function MeetingEditorRoute({ id }: { id: string | null }) {
  // A new meeting is dated today as the core's clock sees it (tests move that clock).
  const info = useApiQuery('app.info', {});
  const profile = useApiQuery('profile.get', {});

  const error = info.error ?? profile.error;
  if (error) {
    return (
      <ErrorPanel
        message={error}
        onRetry={() => {
          info.reload();
          profile.reload();
        }}
      />
    );
  }
  if (info.data === undefined || profile.data === undefined) return <Loading />;
  const signers = profile.data?.signers ?? [];
  if (id === null) return <MeetingEditor key="new" meeting={null} today={info.data.today} signers={signers} />;
  return <ExistingMeeting key={id} id={id} today={info.data.today} signers={signers} />;
}

function ExistingMeeting({ id, today, signers }: { id: string; today: string; signers: NonNullable<ApiOutput<'profile.get'>>['signers'] }) {
  const meeting = useApiQuery('meetings.get', { id }, id);
  if (meeting.error) return <ErrorPanel message={meeting.error} onRetry={meeting.reload} />;
  // The hook keeps the previous value while loading; never show another meeting's data.
  if (meeting.data === undefined || meeting.data.id !== id) return <Loading />;
  return <MeetingEditor meeting={meeting.data} today={today} signers={signers} onReload={meeting.reload} />;
}
