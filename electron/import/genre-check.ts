/**
 * Is this text a Party conclusion at all? Import reads anything that looks like a document,
 * so a shopping list, an invitation or a letter would come out as a "conclusion" with a few
 * numbered items. The check weighs what the genre always has (a type line THÔNG BÁO /
 * KẾT LUẬN naming a conclusion, "… kết luận như sau", a TB/KL number, the header, the
 * signature, the recipients, a meeting) against the mark of another genre (GIẤY MỜI,
 * "14-GM/ĐU", BÁO CÁO …). Only a conclusion may be saved as an issued document.
 */
import { foldForMatching } from '../../shared/text/fold';
import { documentTypeOf } from './number-symbol';

export type GenreConfidence = 'high' | 'medium' | 'low';

export interface GenreCheck {
  isConclusion: boolean;
  confidence: GenreConfidence;
  /** 0–1: share of the genre's marks found. */
  score: number;
  /** What was found or missed, in Vietnamese, for the review screen. */
  reasons: string[];
  /** The other genre the text belongs to ("Giấy mời"), when one was recognised. */
  otherGenre: string | null;
}

export interface GenreInput {
  title: string;
  subtitle: string | null;
  summary: string | null;
  numberSymbol: string | null;
  committee: string | null;
  preamble: string;
  outlineBlocks: number;
  recipients: readonly string[];
  signatureAuthority: string | null;
  meetingDate: string | null;
  meetingBody: string | null;
  /** The first lines of the text, to spot another genre's type line. */
  firstLines: readonly string[];
}

/** Type lines and number-symbol types of the genres a Party office also writes. */
const OTHER_GENRES: ReadonlyArray<{ line: string; type: string; name: string }> = [
  { line: 'giay moi', type: 'GM', name: 'Giấy mời' },
  { line: 'cong van', type: 'CV', name: 'Công văn' },
  { line: 'to trinh', type: 'TTr', name: 'Tờ trình' },
  { line: 'bao cao', type: 'BC', name: 'Báo cáo' },
  { line: 'ke hoach', type: 'KH', name: 'Kế hoạch' },
  { line: 'quyet dinh', type: 'QĐ', name: 'Quyết định' },
  { line: 'nghi quyet', type: 'NQ', name: 'Nghị quyết' },
  { line: 'chi thi', type: 'CT', name: 'Chỉ thị' },
  { line: 'bien ban', type: 'BB', name: 'Biên bản' },
  { line: 'chuong trinh', type: 'CTr', name: 'Chương trình' },
  { line: 'huong dan', type: 'HD', name: 'Hướng dẫn' },
  { line: 'quy dinh', type: 'QĐi', name: 'Quy định' },
  { line: 'giay gioi thieu', type: 'GGT', name: 'Giấy giới thiệu' },
  { line: 'danh sach', type: 'DS', name: 'Danh sách' },
  { line: 'don', type: 'Đ', name: 'Đơn' },
];

const WEIGHTS = {
  titleNamesConclusion: 3,
  typeLine: 2,
  concludesPhrase: 2,
  conclusionNumber: 2,
  header: 1,
  signature: 1,
  recipients: 1,
  meeting: 1,
  outline: 1,
} as const;
const MAX_SCORE = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);

/** "KẾT LUẬN", "Ý KIẾN KẾT LUẬN", "kết luận như sau" … */
const NAMES_CONCLUSION = /(?<![\p{L}])ket luan(?![\p{L}])/u;

function otherGenreOf(input: GenreInput): string | null {
  const type = input.numberSymbol ? documentTypeOf(input.numberSymbol) : null;
  if (type && type !== 'TB' && type !== 'KL') {
    const byType = OTHER_GENRES.find((g) => g.type.toLowerCase() === type.toLowerCase());
    if (byType) return byType.name;
  }
  // A capitals type line of another genre before any THÔNG BÁO / KẾT LUẬN line.
  for (const line of input.firstLines) {
    const trimmed = line.replace(/\*+/g, '').trim();
    if (trimmed === '' || trimmed !== trimmed.toUpperCase()) continue;
    const folded = foldForMatching(trimmed);
    if (/^(?:thong bao|ket luan)(?![\p{L}])/u.test(folded)) return null;
    const genre = OTHER_GENRES.find((g) => folded === g.line || folded.startsWith(`${g.line} `));
    if (genre) return genre.name;
  }
  return null;
}

export function checkGenre(input: GenreInput): GenreCheck {
  const reasons: string[] = [];
  let score = 0;
  const mark = (weight: number, found: boolean, missing: string): void => {
    if (found) score += weight;
    else reasons.push(missing);
  };
  const titleText = foldForMatching([input.title, input.subtitle ?? '', input.summary ?? ''].join(' '));
  const titleNamesConclusion = NAMES_CONCLUSION.test(titleText);
  const concludes = NAMES_CONCLUSION.test(foldForMatching(input.preamble));
  const type = input.numberSymbol ? documentTypeOf(input.numberSymbol) : null;

  mark(WEIGHTS.titleNamesConclusion, titleNamesConclusion, 'tên văn bản không có chữ “kết luận”');
  mark(WEIGHTS.typeLine, input.title !== '', 'không có dòng tên loại THÔNG BÁO hoặc KẾT LUẬN');
  mark(WEIGHTS.concludesPhrase, concludes, 'phần mở đầu không có câu “… kết luận như sau”');
  mark(WEIGHTS.conclusionNumber, type === 'TB' || type === 'KL', 'không có số, ký hiệu của thông báo hoặc kết luận (…-TB/…, …-KL/…)');
  mark(WEIGHTS.header, input.committee !== null, 'không có tên cấp ủy ban hành');
  mark(WEIGHTS.signature, input.signatureAuthority !== null, 'không có phần chữ ký (T/M, K/T, T/L)');
  mark(WEIGHTS.recipients, input.recipients.length > 0, 'không có mục “Nơi nhận”');
  mark(WEIGHTS.meeting, input.meetingDate !== null || input.meetingBody !== null, 'không nói cuộc họp nào (ngày họp, cơ quan họp)');
  mark(WEIGHTS.outline, input.outlineBlocks >= 2, 'không có nội dung kết luận');

  const otherGenre = titleNamesConclusion ? null : otherGenreOf(input);
  const share = score / MAX_SCORE;
  // The genre needs the word itself — in the title or in "… kết luận như sau" — and
  // enough of its other marks; another genre's type line or number settles it.
  const isConclusion = otherGenre === null && (titleNamesConclusion || concludes) && score >= 6;
  let confidence: GenreConfidence;
  if (isConclusion) confidence = score >= 9 ? 'high' : 'medium';
  else confidence = otherGenre !== null || score <= 3 ? 'high' : 'low';
  if (otherGenre) reasons.unshift(`văn bản là ${otherGenre.toLowerCase()}, không phải thông báo kết luận`);
  return { isConclusion, confidence, score: Math.round(share * 100) / 100, reasons, otherGenre };
}

/** The sentence the review and the batch show for a text that is not a conclusion. */
export function notConclusionMessage(check: GenreCheck): string {
  const why = check.reasons.slice(0, 3).join('; ');
  return `Tệp này không phải là thông báo kết luận hoặc kết luận của cấp ủy (${why}). Không thể lưu như một văn bản đã ban hành.`;
}
