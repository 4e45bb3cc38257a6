/** The meeting form kept on this computer until the core has it ("new" for a meeting not yet saved). */
import { localCopies } from '../components/local-copy';
import type { MeetingDraft } from './meeting-draft';

export const NEW_MEETING_COPY = 'new';

export const meetingCopies = localCopies<MeetingDraft>(
  'meeting',
  (v): v is MeetingDraft => typeof v === 'object' && v !== null && 'subject' in v && 'attendees' in v && Array.isArray((v as MeetingDraft).attendees),
);
