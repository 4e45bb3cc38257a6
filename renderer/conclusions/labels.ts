/** Words the conclusions screens show, in the office's own terms. */
import type { ConclusionVersionInfo } from '../../shared/conclusions/summary';
import { conclusionKindLabels, conclusionKinds, type ConclusionKind } from '../../shared/conclusions/schema';
import type { OutlineBlockKind } from '../../shared/document/outline';

export const kindOptions: { value: ConclusionKind; label: string }[] = conclusionKinds.map((k) => ({
  value: k,
  label: `${conclusionKindLabels[k]} (${k})`,
}));

/** Names of the block kinds as a clerk says them, in the order of the outline's levels. */
export const outlineKindOptions: { value: OutlineBlockKind; label: string }[] = [
  { value: 'heading1', label: 'Mục I' },
  { value: 'heading2', label: 'Mục 1.' },
  { value: 'heading3', label: 'Mục 1.1.' },
  { value: 'heading4', label: 'Mục a)' },
  { value: 'ordinal', label: 'Một là' },
  { value: 'paragraph', label: 'Đoạn văn' },
  { value: 'bullet', label: 'Gạch đầu dòng -' },
  { value: 'subBullet', label: 'Gạch +' },
];

export const versionReasonLabels: Record<ConclusionVersionInfo['reason'], string> = {
  create: 'Tạo mới',
  autosave: 'Tự lưu',
  manual: 'Lưu',
  restore: 'Khôi phục',
  issue: 'Ban hành',
  beforeRemoval: 'Trước khi xóa nhiều nội dung',
  otherInstall: 'Bản từ máy khác (khi nhận gói)',
  keptOnIssue: 'Bản nháp trước khi nhận bản ban hành',
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "14:05" in the machine's local time. */
export function clockTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "08/05/2026 14:05" for a stored timestamp; the text itself when it is not a date. */
export function dateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${clockTime(date)}`;
}

/**
 * Field errors from the core, keyed the way the form names its fields. Saving reports paths
 * under the update's `content` ("content.summary"); issuing reports them bare ("summary").
 */
export function fieldErrorsFrom(fields: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields ?? {})) {
    const key = path.replace(/^content\./, '');
    out[key] ??= message;
  }
  return out;
}

/** The first error under a path prefix ("recipients" → "recipients.2.text"). */
export function errorUnder(errors: Record<string, string>, prefix: string): string | undefined {
  if (errors[prefix]) return errors[prefix];
  const key = Object.keys(errors).find((k) => k.startsWith(`${prefix}.`));
  return key ? errors[key] : undefined;
}
