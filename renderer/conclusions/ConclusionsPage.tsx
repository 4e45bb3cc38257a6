import { SectionPlaceholder } from '../components/SectionPlaceholder';

export function ConclusionsPage(_props: { path: string }) {
  return <SectionPlaceholder title="Kết luận" text="Soạn thông báo kết luận từ hội nghị, cấp số và ban hành." />;
}
