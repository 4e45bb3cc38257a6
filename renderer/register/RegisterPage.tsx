import { SectionPlaceholder } from '../components/SectionPlaceholder';

export function RegisterPage(_props: { path: string }) {
  return <SectionPlaceholder title="Văn bản đi" text="Sổ đăng ký văn bản đi theo nhiệm kỳ." />;
}
