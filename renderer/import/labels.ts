/** Words the import screens show, in the office's own terms. */
import { conclusionKindLabels, conclusionKinds } from '../../shared/conclusions/schema';
import { encodingLabels, importBodies, type ConfidenceLevel, type ImportBody, type ImportPreview } from '../../shared/import/schema';

export const kindOptions = conclusionKinds.map((k) => ({ value: k, label: conclusionKindLabels[k] }));

export const bodyLabels: Record<ImportBody, string> = {
  BAN_CHAP_HANH: 'Ban Chấp hành',
  BAN_THUONG_VU: 'Ban Thường vụ',
  THUONG_TRUC: 'Thường trực',
};
export const bodyOptions = importBodies.map((b) => ({ value: b, label: bodyLabels[b] }));

export const authorities = ['T/M', 'K/T', 'T/L', 'T/UQ'] as const;
export type Authority = (typeof authorities)[number];
export const authorityOptions = [
  { value: 'T/M', label: 'T/M (thay mặt)' },
  { value: 'K/T', label: 'K/T (ký thay)' },
  { value: 'T/L', label: 'T/L (thừa lệnh)' },
  { value: 'T/UQ', label: 'T/UQ (thừa ủy quyền)' },
];

export function isAuthority(value: string | null): value is Authority {
  return authorities.some((a) => a === value);
}

export function isImportBody(value: string | null): value is ImportBody {
  return importBodies.some((b) => b === value);
}

const encodingNames = encodingLabels;

export const confidenceLabel: Record<ConfidenceLevel, string> = { high: 'cao', medium: 'trung bình', low: 'thấp' };

/** "Thông báo kết luận · độ tin cậy cao" or "Không phải kết luận". */
export function genreLabel(r: Pick<ImportPreview['recognition'], 'isConclusion' | 'confidence'>): string {
  return r.isConclusion ? `Văn bản kết luận · độ tin cậy ${confidenceLabel[r.confidence]}` : 'Không phải văn bản kết luận';
}

/** "Đã chuyển từ bảng mã TCVN3 sang Unicode" or "Bảng mã Unicode (UTF-8)". */
export function encodingNote(source: Pick<ImportPreview['source'], 'encoding' | 'converted'>): string {
  const name = encodingNames[source.encoding] ?? source.encoding;
  return source.converted ? `Đã chuyển từ bảng mã ${name} sang Unicode` : `Bảng mã ${name}`;
}

export function formatName(source: Pick<ImportPreview['source'], 'format'>): string {
  return source.format === 'docx' ? 'Văn bản Word (.docx)' : 'Văn bản thuần';
}

export const importFileFilters = [{ name: 'Văn bản Word hoặc văn bản thuần (.docx, .txt)', extensions: ['docx', 'txt'] }];
