import { SectionPlaceholder } from '../components/SectionPlaceholder';

export function MeetingsPage(_props: { path: string }) {
  return <SectionPlaceholder title="Hội nghị" text="Ghi hội nghị Ban Chấp hành, kỳ họp Ban Thường vụ và các cuộc họp của Thường trực." />;
}
