import { SectionPlaceholder } from '../components/SectionPlaceholder';

export function ExchangePage() {
  return <SectionPlaceholder title="Trao đổi dữ liệu" text="Xuất và nhận gói dữ liệu qua USB giữa các máy và các văn phòng." />;
}
