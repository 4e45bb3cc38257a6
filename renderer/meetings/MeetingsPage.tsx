import { matchRoute } from '../app/router';
import { MeetingEditorRoute } from './MeetingEditorRoute';
import { MeetingsList } from './MeetingsList';

/** "/meetings" lists, "/meetings/new" records a new meeting, "/meetings/<id>" opens one. */
export function MeetingsPage({ path }: { path: string }) {
  if (matchRoute('/meetings/new', path)) return <MeetingEditorRoute id={null} />;
  const open = matchRoute('/meetings/:id', path);
  if (open?.id) return <MeetingEditorRoute id={open.id} />;
  return <MeetingsList />;
}
