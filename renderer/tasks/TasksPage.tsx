import { SectionPlaceholder } from '../components/SectionPlaceholder';

export function TasksPage(_props: { path: string }) {
  return <SectionPlaceholder title="Nhiệm vụ" text="Giao nhiệm vụ từ kết luận và theo dõi, đôn đốc đến khi hoàn thành." />;
}
