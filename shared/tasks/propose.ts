/**
 * Proposes the tasks of a conclusion from its outline, for the user to review.
 *
 * A conclusion assigns work in a few recurring shapes, all found in the corpus:
 *  - a heading names a unit ("1. Lãnh đạo UBND xã", "3.3. Văn phòng Đảng ủy") and the
 *    bullets under it are that unit's tasks;
 *  - bullets without a unit are followed by "Giao X, Y chỉ đạo tổ chức thực hiện các nhiệm
 *    vụ trên", which makes X and Y their leads;
 *  - a sentence assigns itself: "Giao Văn phòng Đảng ủy chủ trì theo dõi …", "Ban Thường vụ,
 *    … chịu trách nhiệm thực hiện Kết luận này", "Tám là, Ủy ban MTTQ xã phối hợp …";
 *  - a heading whose subject introduces the items below it ("2. Thời gian tới, Đảng ủy xã cần
 *    tập trung:") makes that subject lead its items "a) …", "b) …", short ones included;
 *  - a time adverbial before the subject ("Trong quý III, Hội Nông dân xã …") is skipped;
 *  - "phối hợp với X" makes X a supporting unit.
 * Only the sections about what to do produce tasks; "Kết quả …" and "Tồn tại, hạn chế" do
 * not. Everything here is a proposal: the review screen shows where each lead came from.
 */
import { blockText, computeLabels, type OutlineBlock, type OutlineBlockKind } from '../document/outline';
import { foldForMatching } from '../text/fold';
import type { UnitRef } from '../units/types';
import { readDeadline } from './deadline-phrases';
import type { TaskLeadSource, TaskProposal } from './proposal-types';
import { readRecurrence } from './recurrence';
import { foldWithOrigin, sentenceSpans, sourceSlice, tokenize, type FoldedText, type Token } from './text-scan';
import { createUnitMatcher, supportingMentionIndexes, type UnitMatcher, type UnitMention } from './unit-matching';

export interface ProposeContext {
  /** ISO date of the conclusion. */
  referenceDate: string;
}

// ---------------------------------------------------------------------------------------
// Analysed text of one block

interface Analysed {
  ft: FoldedText;
  tokens: Token[];
  mentions: UnitMention[];
  /** Folded start/end of each mention. */
  spans: Array<{ start: number; end: number }>;
  supporting: Set<number>;
  /** Folded index where the words start, after a bullet mark, heading label or ordinal. */
  bodyStart: number;
}

const BULLET_MARK = /^\s*[-–—+•]\s*/u;
const HEADING_LABEL = /^\s*(?:[ivxlc]+|\d{1,2}(?:\.\d{1,2})*)\s*[.)-]\s*|^\s*[a-z]\)\s*/u;
const ORDINAL_PREFIX = /^\s*(?:thu\s+\p{L}+|muoi(?:\s+(?:mot|hai|ba|bon|lam|nam|sau|bay|tam|chin))?|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin)\s+la\s*,\s*/u;

function analyse(text: string, kind: OutlineBlockKind, matcher: UnitMatcher): Analysed {
  const ft = foldWithOrigin(text);
  const mentions = matcher.findIn(ft);
  let bodyStart = 0;
  const rest = (): string => ft.folded.slice(bodyStart);
  if (kind === 'bullet' || kind === 'subBullet') bodyStart += BULLET_MARK.exec(rest())?.[0].length ?? 0;
  if (kind.startsWith('heading')) bodyStart += HEADING_LABEL.exec(rest())?.[0].length ?? 0;
  if (kind === 'ordinal' || kind === 'paragraph') bodyStart += ORDINAL_PREFIX.exec(rest())?.[0].length ?? 0;
  return {
    ft,
    tokens: tokenize(ft.folded),
    mentions,
    spans: mentions.map((m) => ({ start: ft.position[m.start] ?? 0, end: ft.position[m.end] ?? 0 })),
    supporting: supportingMentionIndexes(ft, mentions),
    bodyStart,
  };
}

// ---------------------------------------------------------------------------------------
// Subjects: who a sentence is about

/**
 * Words that end the subject of a task sentence: the verbs conclusions use and the
 * prepositions that follow a subject. Matching is word-wise on folded text, so "Đảng" and
 * "đang", "cán bộ" and "cần" would collide — those verbs are left out or guarded.
 */
const PREDICATE_MARKERS: readonly string[][] = [
  'chu tri', 'chu dong', 'thuc hien', 'to chuc', 'trien khai', 'chi dao', 'lanh dao', 'theo doi', 'phoi hop', 'tham muu',
  'chiu trach nhiem', 'co trach nhiem', 'tiep tuc', 'tap trung', 'khan truong', 'nghiem tuc', 'tang cuong', 'day manh',
  'day nhanh', 'nang cao', 'xay dung', 'bam sat', 'huong dan', 'ra soat', 'quan triet', 'ban hanh', 'duy tri', 'bao dam',
  'dam bao', 'kiem tra', 'giam sat', 'hoan thanh', 'hoan thien', 'tong hop', 'bao cao', 'xem xet', 'nghien cuu', 'don doc',
  'phat huy', 'doi moi', 'quan tam', 'quan ly', 'thong nhat', 'giai quyet', 'tuyen truyen', 'van dong', 'chuan bi', 'cung co',
  'kien toan', 'phan dau', 'nam bat', 'nam chac', 'uu tien', 'tich cuc', 'quyet liet', 'giu vung', 'cap nhat', 'thuong xuyen',
  'lam tot', 'phat dong', 'danh gia', 'so ket', 'tong ket', 'tham gia', 'ho tro', 'cham lo', 'tiep nhan', 'xu ly', 'de xuat',
  'cho y kien', 'ra quan', 'mo lop', 'mo rong', 'van dong', 'vinh danh', 'can', 'phai', 'se', 'duoc', 'theo', 'trong', 'tai', 'de', 've', 'nham', 'den',
].map((m) => m.split(' '));
/** A marker right after these words is a noun: "Ban Chỉ đạo", "các tổ chức", "cơ quan tham mưu". */
const NOUN_BEFORE = new Set(['ban', 'cac', 'nhung', 'quan', 'moi']);
/** …or right before these: "báo cáo viên", "tham mưu, giúp việc", "Đề án", "cán bộ", "tổ chức cơ sở đảng". */
const NOUN_AFTER: Readonly<Record<string, readonly string[]>> = {
  '*': ['vien'],
  'tham muu': ['giup'],
  de: ['an', 'nghi'],
  can: ['bo'],
  'to chuc': ['co'],
};

function tokenIndexAt(a: Analysed, folded: number): number {
  const i = a.tokens.findIndex((t) => t.start >= folded);
  return i === -1 ? a.tokens.length : i;
}

function insideMention(a: Analysed, pos: number): boolean {
  return a.spans.some((s) => pos >= s.start && pos < s.end);
}

const PREPOSITIONS = new Set(['theo', 'trong', 'tai', 'de', 've', 'nham', 'den']);
const RESPONSIBILITY = new Set(['chiu trach nhiem', 'co trach nhiem']);

/**
 * The first predicate marker at or after `from` and before `limit`: its folded start and
 * words. `skip` leaves some markers out, to look past "từ xã đến thôn" for the verb.
 */
function findPredicate(a: Analysed, from: number, limit: number, skip?: ReadonlySet<string>): { at: number; marker: string } | null {
  for (let i = tokenIndexAt(a, from); i < a.tokens.length; i += 1) {
    const token = a.tokens[i];
    if (!token || token.start >= limit) break;
    if (insideMention(a, token.start)) continue;
    for (const marker of PREDICATE_MARKERS) {
      if (skip?.has(marker.join(' '))) continue;
      if (!marker.every((w, k) => a.tokens[i + k]?.text === w)) continue;
      const end = a.tokens[i + marker.length - 1]?.end ?? token.end;
      if (end > limit) continue;
      const before = a.tokens[i - 1]?.text;
      if (before !== undefined && NOUN_BEFORE.has(before) && !insideMention(a, a.tokens[i - 1]?.start ?? 0)) continue;
      const after = a.tokens[i + marker.length]?.text;
      const key = marker.join(' ');
      if (after !== undefined && ((NOUN_AFTER['*'] ?? []).includes(after) || (NOUN_AFTER[key] ?? []).includes(after))) continue;
      return { at: token.start, marker: key };
    }
  }
  return null;
}

interface Leads {
  unitIds: string[];
  /** Every lead as written, matched or not, in reading order. */
  names: string[];
}

const SEPARATOR = /,|;|(?<![\p{L}])(?:va|cung|voi)(?![\p{L}])/gu;
const TRIM = /^[\s,;:.\-–—"“”'()*]+|[\s,;:.\-–—"“”'()*]+$/gu;
/** Pieces that stand for their own body even after a comma: "cấp ủy", "các xóm". */
const STANDALONE_START = /^(?:cac|nhung|cap uy|moi)(?![\p{L}])/u;

/**
 * The units and names in a subject span (folded positions): directory mentions become
 * units; the text between them, split at commas and "và", becomes names. Words glued to a
 * mention ("Cấp ủy các chi bộ", "các tổ chức … từ xã đến thôn") belong to it and are dropped.
 */
function leadsFromSpan(a: Analysed, start: number, end: number): Leads {
  const unitIds: string[] = [];
  const names: string[] = [];
  let lastWasName = false;
  const inSpan = a.mentions
    .map((m, i) => ({ m, span: a.spans[i] ?? { start: 0, end: 0 }, i }))
    .filter((x) => x.span.start >= start && x.span.end <= end && !a.supporting.has(x.i));

  const gap = (from: number, to: number, glueLeft: boolean, glueRight: boolean): void => {
    const text = a.ft.folded.slice(from, to);
    const pieces: Array<{ start: number; end: number; sepBefore: string }> = [];
    let cursor = 0;
    let sep = '';
    for (const m of text.matchAll(SEPARATOR)) {
      pieces.push({ start: cursor, end: m.index, sepBefore: sep });
      sep = m[0];
      cursor = m.index + m[0].length;
    }
    pieces.push({ start: cursor, end: text.length, sepBefore: sep });
    pieces.forEach((p, k) => {
      const foldedPiece = text.slice(p.start, p.end).trim();
      if (!/\p{L}/u.test(foldedPiece)) return;
      if (k === 0 && glueLeft) return;
      if (k === pieces.length - 1 && glueRight) return;
      const name = sourceSlice(a.ft, from + p.start, from + p.end).replace(TRIM, '');
      const previous = names[names.length - 1];
      // "Các đảng ủy phường, xã": a level after a comma continues a name that ends in a level.
      if (foldedPiece === 'xa' && lastWasName && previous !== undefined && p.sepBefore === ',' && /(?:xa|phuong|thi tran)$/u.test(foldForMatching(previous))) {
        names[names.length - 1] = `${previous}, ${name}`;
        return;
      }
      if (name === '' || /^(?:cac|va|xa)$/u.test(foldedPiece)) return;
      const startsLower = /^\p{Ll}/u.test(name);
      if (lastWasName && previous !== undefined && p.sepBefore === ',' && startsLower && !STANDALONE_START.test(foldedPiece)) {
        names[names.length - 1] = `${previous}, ${name}`;
      } else if (lastWasName && previous !== undefined && p.sepBefore === 'va' && !UNIT_HEAD.test(foldedPiece) && !STANDALONE_START.test(foldedPiece)) {
        // "Ban Tuyên giáo và Dân vận" is one body: what follows "và" is no body of its own.
        names[names.length - 1] = `${previous} và ${name}`;
      } else {
        names.push(name);
      }
      lastWasName = true;
    });
  };

  let cursor = start;
  inSpan.forEach((x, k) => {
    const between = a.ft.folded.slice(cursor, x.span.start);
    const startsWithSep = /^\s*(?:[,;]|(?:va|cung|voi)(?![\p{L}]))/u.test(between);
    const endsWithSep = /(?:[,;]|(?<![\p{L}])(?:va|cung|voi))\s*$/u.test(between);
    gap(cursor, x.span.start, k > 0 && !startsWithSep, !endsWithSep);
    if (!unitIds.includes(x.m.unit.id)) unitIds.push(x.m.unit.id);
    names.push(x.m.text.replace(TRIM, ''));
    lastWasName = false;
    cursor = x.span.end;
  });
  const tail = a.ft.folded.slice(cursor, end);
  const tailStartsWithSep = /^\s*(?:[,;]|(?:va|cung|voi)(?![\p{L}]))/u.test(tail);
  gap(cursor, end, inSpan.length > 0 && !tailStartsWithSep, false);
  return { unitIds, names };
}

const ASSIGN_START = /^\s*(?:giao(?:\s+nhiem vu)?(?:\s+cho)?|yeu cau|de nghi)\s+/u;
/** "… các nhiệm vụ trên", "nội dung nêu trên": the sentence assigns the blocks above it. */
const BACK_REFERENCE = /(?<![\p{L}])(?:neu tren|(?:nhiem vu|noi dung|cong viec|viec)\s+(?:neu\s+)?tren)(?![\p{L}])|(?<![\p{L}])tren\s*[.;]?\s*$/u;
/** A mention right after these is an object, not a subject: "hoạt động của HĐND". */
const OBJECT_BEFORE = new Set(['cua', 'do', 'cho', 'voi', 'giua', 'tai']);
const MAX_SUBJECT_WORDS = 30;

type OwnKind = 'assignment' | 'subject';

interface OwnLeads {
  leads: Leads;
  kind: OwnKind;
  /** The sentence refers to the tasks above it ("các nhiệm vụ trên"). */
  backReference: boolean;
}

const BODY_HEAD = /^(?:cac|dong chi|co quan|thu truong|nguoi dung dau|cap uy|moi|toan the)(?![\p{L}])/u;

/**
 * "Giao" and "Yêu cầu" also open ordinary phrases ("Giao thông nông thôn …", "giao ban hằng
 * tuần", "Yêu cầu đặt ra là …"). An addressee is a unit, a capitalised name ("Giao Các cơ
 * quan chuyên trách …") or a collective noun ("các cơ quan, đơn vị").
 */
function looksLikeAddressee(a: Analysed, start: number, end: number): boolean {
  if (a.spans.some((sp, i) => sp.start >= start && sp.end <= end && !a.supporting.has(i))) return true;
  if (/^\p{Lu}/u.test(sourceSlice(a.ft, start, end))) return true;
  return BODY_HEAD.test(a.ft.folded.slice(start, end));
}

function clauseEnd(folded: string, from: number, sentenceEnd: number): number {
  const m = /[;:]/.exec(folded.slice(from, sentenceEnd));
  return m ? from + m.index : sentenceEnd;
}

function hasLeads(l: Leads): boolean {
  return l.unitIds.length > 0 || l.names.length > 0;
}

/**
 * The leads a block names for itself: an explicit "Giao/Yêu cầu/Đề nghị X …" sentence
 * anywhere in it, or else a first sentence whose subject is a unit ("Tám là, Ủy ban MTTQ xã
 * phối hợp …") or which makes its subject answer for it ("… chịu trách nhiệm …").
 */
function ownLeads(a: Analysed): OwnLeads | null {
  const f = a.ft.folded;
  const sentences = sentenceSpans(f).filter((s) => s.end > a.bodyStart);
  for (const s of sentences) {
    const start = Math.max(s.start, a.bodyStart);
    const assign = ASSIGN_START.exec(f.slice(start, s.end));
    if (!assign) continue;
    const subjectStart = start + assign[0].length;
    const predicate = findPredicate(a, subjectStart, clauseEnd(f, subjectStart, s.end));
    if (!predicate || predicate.at <= subjectStart) continue;
    if (!looksLikeAddressee(a, subjectStart, predicate.at)) continue;
    const leads = leadsFromSpan(a, subjectStart, predicate.at);
    if (!hasLeads(leads)) continue;
    return { leads, kind: 'assignment', backReference: BACK_REFERENCE.test(f.slice(predicate.at, s.end)) };
  }

  const first = sentences[0];
  if (!first) return null;
  const opening = Math.max(first.start, a.bodyStart);
  // "Thời gian tới, Đảng ủy xã cần …", "Trong quý III, Ủy ban nhân dân xã …": the subject
  // comes after a time adverbial.
  const start = opening + (LEADING_ADVERBIAL.exec(f.slice(opening, first.end))?.[0].length ?? 0);
  const limit = clauseEnd(f, start, first.end);
  const wordsBefore = (at: number): number => a.tokens.filter((t) => t.start >= start && t.end <= at).length;

  // "X, Y … từ xã đến thôn chịu trách nhiệm …": the subject answers for the task.
  const verb = findPredicate(a, start, limit, PREPOSITIONS);
  if (verb && RESPONSIBILITY.has(verb.marker) && verb.at > start && wordsBefore(verb.at) <= MAX_SUBJECT_WORDS) {
    const leads = leadsFromSpan(a, start, verb.at);
    if (hasLeads(leads)) return { leads, kind: 'assignment', backReference: false };
  }

  const predicate = findPredicate(a, start, limit);
  if (!predicate || predicate.at <= start) return null;
  const words = wordsBefore(predicate.at);
  if (words === 0 || words > MAX_SUBJECT_WORDS) return null;
  const subjectMentions = a.spans.filter((sp, i) => {
    if (sp.start < start || sp.end > predicate.at || a.supporting.has(i)) return false;
    const before = a.tokens[tokenIndexAt(a, sp.start) - 1];
    return before === undefined || before.start < start || !OBJECT_BEFORE.has(before.text);
  });
  // A body the directory does not hold ("Ban Tuyên giáo Huyện ủy chủ trì …", "Trạm Y tế xã
  // tổ chức …") is a subject too when it is written as one: a capitalised body noun.
  if (subjectMentions.length === 0 && !(words <= MAX_NAMED_SUBJECT_WORDS && namesBody(a, start))) return null;
  const leads = leadsFromSpan(a, start, predicate.at);
  return hasLeads(leads) ? { leads, kind: 'subject', backReference: false } : null;
}

const MAX_NAMED_SUBJECT_WORDS = 10;

/**
 * A time adverbial that opens a sentence, before its subject, up to its comma: "Thời gian
 * tới,", "Trong thời gian tới,", "Năm 2026,", "Trong quý III/2025,", "Từ nay đến cuối năm,",
 * "Trước mắt,", "Sau kỳ họp này,". Folded text.
 */
const LEADING_ADVERBIAL = new RegExp(
  String.raw`^\s*(?:(?:trong|tu nay den|tu nay|den|ngay)\s+)?(?:` +
    [
      String.raw`(?:nhung\s+)?thoi gian (?:toi|sap toi)`,
      String.raw`(?:\d+\s+|nhung\s+)?thang cuoi nam(?:\s+\d{4})?`,
      String.raw`nam (?:toi|\d{4})`,
      String.raw`(?:cac\s+)?quy\s+(?:i|ii|iii|iv|[1-4])(?:\s*(?:\/|nam)\s*\d{4})?`,
      String.raw`thang\s+\d{1,2}(?:\s*\/\s*\d{4})?`,
      String.raw`giai doan(?:\s+\d{4}\s*[-–]\s*\d{4}|\s+toi)?`,
      String.raw`nhiem ky toi`,
      String.raw`cuoi nam(?:\s+\d{4})?`,
      String.raw`het nam(?:\s+\d{4})?`,
      String.raw`truoc mat`,
      String.raw`sau (?:ky hop|hoi nghi|phien hop|buoi lam viec)(?:\s+nay)?`,
    ].join('|') +
    String.raw`)\s*,\s*`,
  'u',
);

/** Does the text at `start` open with a capitalised body noun ("Ban …", "Hội …", "Trạm …")? */
function namesBody(a: Analysed, start: number): boolean {
  const from = start + (HEADING_PREFIX.exec(a.ft.folded.slice(start))?.[0].length ?? 0);
  const rest = a.ft.folded.slice(from);
  // The body that concludes ("Ban Thường vụ Tỉnh ủy cơ bản thống nhất …") is not an assignee.
  if (/^(?:ban thuong vu|ban chap hanh|thuong truc|btv|bch|hoi nghi)(?![\p{L}])/u.test(rest)) return false;
  return /^\p{Lu}/u.test(sourceSlice(a.ft, from, from + 1)) && UNIT_HEAD.test(rest);
}

/**
 * "Ủy ban nhân dân xã: Kiện toàn …", "- Văn phòng Đảng ủy:", "3. Đối với Đoàn Thanh niên
 * xã: …": a unit named before the first colon leads what follows it.
 */
function colonLeads(a: Analysed): { leads: Leads; rest: string } | null {
  const f = a.ft.folded;
  const colon = f.indexOf(':', a.bodyStart);
  if (colon < 0) return null;
  const words = a.tokens.filter((t) => t.start >= a.bodyStart && t.end <= colon).length;
  if (words === 0 || words > 12) return null;
  const start = a.bodyStart + (HEADING_PREFIX.exec(f.slice(a.bodyStart))?.[0].length ?? 0);
  const mentions = a.spans.some((sp, i) => sp.start >= start && sp.end <= colon && !a.supporting.has(i));
  if (!mentions && !namesBody(a, start)) return null;
  // The part before the colon names units only: no verb of its own.
  const verb = findPredicate(a, start, colon);
  if (verb !== null) return null;
  const leads = leadsFromSpan(a, start, colon);
  if (!hasLeads(leads)) return null;
  return { leads, rest: f.slice(colon + 1).trim() };
}

/**
 * "Biểu dương …", "Ban Thường vụ đánh giá cao …", "Hội nghị ghi nhận …": the meeting's own
 * judgement of what was done, whoever it names.
 */
const EVALUATION_START =
  /^\s*(?:(?:ban thuong vu|ban chap hanh|thuong truc|hoi nghi|tap the)(?:\s+(?:dang uy|dang bo|huyen uy|thanh uy|tinh uy|quan uy|thi uy|xa|phuong|thi tran))*\s+)?(?:bieu duong|ghi nhan|danh gia cao|danh gia|khen ngoi|hoan nghenh)(?![\p{L}])/u;

/**
 * A sentence that reports what was done ("… UBND xã và Ban CHQS xã đã kịp thời di dời …",
 * "trong quý II vừa qua …", "Biểu dương …") names units without assigning anything.
 */
function isEvaluation(a: Analysed): boolean {
  const f = a.ft.folded.slice(a.bodyStart);
  const first = sentenceSpans(f)[0];
  const sentence = first ? f.slice(first.start, first.end) : f;
  if (EVALUATION_START.test(sentence)) return true;
  if (/(?<![\p{L}])(?:vua qua|thoi gian qua)(?![\p{L}])/u.test(sentence) && !ASSIGN_START.test(sentence.trimStart())) return true;
  // "<subject> đã <verb>": a past deed ("Hợp tác xã đã duy trì …").
  const verb = findPredicate(a, a.bodyStart, a.bodyStart + (first?.end ?? f.length));
  if (verb) {
    const at = tokenIndexAt(a, verb.at);
    if (a.tokens[at - 1]?.text === 'da') return true;
  }
  // "<unit> đã …": a past deed of a unit.
  return a.tokens.some((t, i) => {
    if (t.text !== 'da' || t.start < a.bodyStart || t.start > a.bodyStart + (first?.end ?? f.length)) return false;
    const prev = a.tokens[i - 1];
    return prev !== undefined && a.spans.some((sp) => prev.start >= sp.start && prev.end <= sp.end);
  });
}

/** Partners named after "phối hợp với" that are not in the directory ("Hội Chữ thập đỏ xã"). */
function partnerNames(a: Analysed, skip: ReadonlySet<string>): string[] {
  const f = a.ft.folded;
  const out: string[] = [];
  for (const m of f.matchAll(/(?<![\p{L}])phoi hop(?:\s+chat che)?\s+voi\s+/gu)) {
    const from = m.index + m[0].length;
    if (a.spans.some((sp) => sp.start === from)) continue;
    if (!/^\p{Lu}/u.test(sourceSlice(a.ft, from, from + 1))) continue;
    const end = Math.min(clauseEnd(f, from, f.length), findPredicate(a, from, f.length)?.at ?? f.length);
    const words = a.tokens.filter((t) => t.start >= from && t.end <= end).length;
    if (words === 0 || words > 8) continue;
    for (const name of leadsFromSpan(a, from, end).names) if (!skip.has(foldForMatching(name))) out.push(name);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Headings

type SectionKind = 'tasks' | 'results' | 'weakTasks' | null;
type Status = 'tasks' | 'results' | null;

const STRONG_TASKS =
  /(?:^|\s)(?:phuong huong|nhiem vu trong tam|nhiem vu chu yeu|to chuc thuc hien|trien khai nhiem vu|nhiem vu thoi gian toi|nhiem vu tiep theo|nhiem vu giai phap|nhiem vu va giai phap)(?:\s|$)/u;
const RESULTS =
  /^(?:ve\s+)?(?:nhung\s+|mot so\s+)?(?:tinh hinh|ket qua|danh gia|ton tai|han che|khuyet diem|uu diem|nguyen nhan|bai hoc|nhan xet|thanh tuu)(?:\s|$)|(?:^|\s)ton tai han che(?:\s|$)/u;
const WEAK_TASKS = /^(?:ve\s+)?(?:cac\s+|mot so\s+|nhung\s+)?(?:nhiem vu|giai phap)(?:\s|$)|(?:^|\s)giai phap(?:\s|$)/u;

function classifyHeading(text: string, selfAssigning: boolean): SectionKind {
  if (selfAssigning) return 'tasks';
  const t = foldForMatching(text);
  if (STRONG_TASKS.test(t)) return 'tasks';
  if (RESULTS.test(t)) return 'results';
  if (WEAK_TASKS.test(t)) return 'weakTasks';
  return null;
}

/** A heading written as a whole sentence ("2.3. Các cấp ủy … tiếp tục đổi mới …"). */
function isSentenceHeading(a: Analysed): boolean {
  const words = a.tokens.filter((t) => t.start >= a.bodyStart);
  // "1. Giao Ủy ban nhân dân xã hoàn thành …" is an assignment however short it is.
  const assigns = ASSIGN_START.test(a.ft.folded.slice(a.bodyStart).trimStart());
  return assigns || words.length > 18 || sentenceSpans(a.ft.folded.slice(a.bodyStart)).length > 1;
}

const HEADING_PREFIX = /^\s*(?:lanh dao|doi voi|ve phia|rieng)\s+/u;
const HEADING_MODIFIERS = new Set([
  'cac', 'dong', 'chi', 'cap', 'uy', 'thu', 'truong', 'nguoi', 'dung', 'dau', 'lanh', 'dao', 'chu', 'tich', 'pho', 'bi', 'tap', 'the',
]);
const UNIT_HEAD =
  /^(?:cac\s+)?(?:dong chi|co quan|ban|uy ban|hoi(?!\s+(?:nghi|thi|dien))|doan|chi bo|dang bo|dang uy|cap uy|thuong truc|van phong|trung tam|tram|cong an|to chuc|thu truong|nguoi dung dau|bi thu|chu tich|huyen uy|thanh uy|tinh uy|quan uy|thi uy|hop tac xa|truong)(?![\p{L}])/u;

/** The leads a short heading names: "1. Lãnh đạo UBND xã", "4. Mặt trận Tổ quốc và …", "6. Các đồng chí Ủy viên …". */
function unitHeadingLeads(a: Analysed): Leads | null {
  const f = a.ft.folded;
  let start = a.bodyStart;
  start += HEADING_PREFIX.exec(f.slice(start))?.[0].length ?? 0;
  const end = f.replace(/[\s:.;,]+$/u, '').length;
  if (end <= start) return null;
  const opening = findPredicate(a, start, end);
  if (opening !== null && opening.at === (a.tokens[tokenIndexAt(a, start)]?.start ?? -1)) return null;
  const firstMention = a.spans.find((s) => s.start >= start);
  const wordsBefore = a.tokens.filter((t) => t.start >= start && t.end <= (firstMention?.start ?? start));
  const mentionOpens = firstMention !== undefined && wordsBefore.length <= 4 && wordsBefore.every((t) => HEADING_MODIFIERS.has(t.text));
  if (!mentionOpens && !UNIT_HEAD.test(f.slice(start))) return null;
  const leads = leadsFromSpan(a, start, end);
  return hasLeads(leads) ? leads : null;
}

// ---------------------------------------------------------------------------------------
// The walk

interface HeadingFrame {
  index: number;
  level: number;
  label: string;
  status: Status;
  leads: Leads | null;
  /** "… Đảng ủy xã cần tập trung:": the numbered blocks under it are its items. */
  introduces: boolean;
}

const KIND_RANK: Readonly<Record<OutlineBlockKind, number>> = {
  heading1: -1, heading2: -1, heading3: -1, heading4: -1, paragraph: 0, ordinal: 1, bullet: 2, subBullet: 3,
};

function headingLevel(kind: OutlineBlockKind): number {
  switch (kind) {
    case 'heading1': return 1;
    case 'heading2': return 2;
    case 'heading3': return 3;
    case 'heading4': return 4;
    default: return 0;
  }
}

interface Draft {
  proposal: TaskProposal;
  /** Index of the innermost heading above the block (or -1), to scope "các nhiệm vụ trên". */
  sectionIndex: number;
  hasOwnLeads: boolean;
}

function contentOf(a: Analysed, kind: OutlineBlockKind): string {
  const from = kind === 'bullet' || kind === 'subBullet' || kind.startsWith('heading') ? a.bodyStart : 0;
  return sourceSlice(a.ft, from, a.ft.folded.length).trim();
}

function supportingOf(a: Analysed, leadIds: readonly string[], leadNames: readonly string[] = []): { ids: string[]; names: string[] } {
  const ids: string[] = [];
  const names: string[] = [];
  a.mentions.forEach((m, i) => {
    if (!a.supporting.has(i) || leadIds.includes(m.unit.id) || ids.includes(m.unit.id)) return;
    ids.push(m.unit.id);
    names.push(m.text);
  });
  const known = new Set([...names, ...leadNames].map((n) => foldForMatching(n)));
  for (const name of partnerNames(a, known)) {
    known.add(foldForMatching(name));
    names.push(name);
  }
  return { ids, names };
}

export function proposeTasks(blocks: OutlineBlock[], units: UnitRef[], context: ProposeContext): TaskProposal[] {
  const matcher = createUnitMatcher(units);
  const labels = computeLabels(blocks);
  const stop = blocks.findIndex((b) => /^\s*noi nhan(?![\p{L}])/u.test(foldForMatching(blockText(b))));
  const end = stop === -1 ? blocks.length : stop;
  const analysed = blocks.slice(0, end).map((b) => analyse(blockText(b), b.kind, matcher));

  const stack: HeadingFrame[] = [];
  const drafts: Draft[] = [];
  let intro: { rank: number; leads: Leads | null } | null = null;
  /** Per section, the draft index after the last "… nhiệm vụ trên" sentence: its scope ends there. */
  const scopeStart = new Map<number, number>();

  const makeDraft = (
    blockIndex: number,
    a: Analysed,
    kind: OutlineBlockKind,
    leads: Leads | null,
    leadSource: TaskLeadSource,
    section: string | null,
    sectionIndex: number,
  ): Draft => {
    const block = blocks[blockIndex];
    const content = contentOf(a, kind);
    const deadline = readDeadline(content, { referenceDate: context.referenceDate });
    const leadIds = leads?.unitIds ?? [];
    const supporting = supportingOf(a, leadIds, leads?.names ?? []);
    return {
      proposal: {
        content,
        leadUnitIds: [...leadIds],
        supportingUnitIds: supporting.ids,
        leadUnitNames: [...(leads?.names ?? [])],
        supportingUnitNames: supporting.names,
        dueDate: deadline?.dueDate ?? null,
        dueDatePhrase: deadline?.phrase ?? null,
        sourceBlockId: block?.id ?? '',
        sourceSection: section,
        recurrence: readRecurrence(content),
        leadSource: leads ? leadSource : 'none',
      },
      sectionIndex,
      hasOwnLeads: leads !== null,
    };
  };

  for (let i = 0; i < end; i += 1) {
    const block = blocks[i];
    const a = analysed[i];
    if (!block || !a) continue;
    const level = headingLevel(block.kind);

    if (level > 0) {
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
      const parent = stack[stack.length - 1];
      const next = i + 1 < end ? blocks[i + 1] : undefined;
      const nextLevel = next === undefined ? -1 : headingLevel(next.kind);
      const hasChildren = nextLevel === 0 || nextLevel > level;
      // "2. Ban Chỉ huy Quân sự xã: Chủ trì …" — the unit, then its task on the same line.
      const colon = colonLeads(a);
      const colonTask = colon !== null && /\p{L}+\s+\p{L}+/u.test(colon.rest) && !/:\s*$/u.test(colon.rest);
      const subject = ownLeads(a);
      // A short numbered sentence whose subject is a unit ("3. Ban Xây dựng Đảng tham mưu
      // tổng kết …") is a task as much as a long one.
      const unitSentence = subject !== null && /[.;]\s*$/u.test(a.ft.folded);
      // An item under an introducing heading is a task however short it is ("a) Lãnh đạo
      // hoàn thành việc sáp nhập các ấp.").
      const item = parent?.introduces === true && /\p{L}+\s+\p{L}+/u.test(a.ft.folded.slice(a.bodyStart));
      const sentence = isSentenceHeading(a) || colonTask || unitSentence || item;
      const evaluation = isEvaluation(a);
      const own = sentence ? (subject ?? (colon ? { leads: colon.leads, kind: 'subject' as const, backReference: false } : null)) : null;
      const kind = classifyHeading(sourceSlice(a.ft, a.bodyStart, a.ft.folded.length), own?.kind === 'assignment');
      const parentStatus = parent?.status ?? null;
      const status: Status = kind === 'weakTasks' ? (parentStatus === 'results' ? 'results' : 'tasks') : kind ?? parentStatus;
      // "2. Thời gian tới, Đảng ủy xã cần tập trung:" introduces the items below it: its
      // subject leads them, and they are tasks (a past deed, "Thời gian qua, … đã …:", is not).
      const introduces = /:\s*$/u.test(a.ft.folded) && hasChildren && !evaluation;
      const introLeads = introduces && !sentence && subject?.kind === 'subject' ? subject.leads : null;
      const introStatus: Status = introduces && (introLeads ?? (sentence ? own?.leads : null)) && parentStatus !== 'results' ? 'tasks' : status;
      const leads = sentence ? own?.leads ?? null : unitHeadingLeads(a) ?? introLeads;
      const label = labels[i] ?? '';
      stack.push({ index: i, level, label, status: introStatus, leads, introduces: introduces && introStatus === 'tasks' });
      intro = null;

      // A numbered sentence with nothing under it is itself a task ("2.3. Các cấp ủy …"),
      // and so is an explicit assignment ("1. Giao Ủy ban nhân dân xã …") in any section.
      // So is a numbered sentence with a unit for subject outside any results section, even
      // with a paragraph under it (not a list of its own sub-tasks).
      const listFollows = next !== undefined && (next.kind === 'bullet' || next.kind === 'subBullet' || next.kind === 'ordinal');
      const selfContained = own !== null && !listFollows && !introduces;
      const taskSection = introStatus === 'tasks' || own?.kind === 'assignment' || (introStatus === null && own !== null);
      if (sentence && !evaluation && (!hasChildren || selfContained) && taskSection) {
        // "a) Rà soát nguồn …" under "2. … Đảng ủy xã cần tập trung:": the unit of a heading
        // above leads a numbered task that names none of its own.
        const above = own ? null : [...stack].reverse().find((h) => h.index !== i && h.leads !== null);
        const leadSource: TaskLeadSource = own ? (colonTask && !subject ? 'heading' : own.kind) : above ? 'heading' : 'none';
        drafts.push(makeDraft(i, a, block.kind, own?.leads ?? above?.leads ?? null, leadSource, label, i));
      }
      continue;
    }

    const inner = stack[stack.length - 1];
    const status: Status = inner?.status ?? null;
    const sectionIndex = inner?.index ?? -1;
    const section = inner?.label ?? null;
    const rank = KIND_RANK[block.kind];
    if (intro !== null && rank <= intro.rank) intro = null;

    const text = a.ft.folded.slice(a.bodyStart).trim();
    if (text === '') continue;
    const colon = colonLeads(a);
    const own = ownLeads(a) ?? (colon && colon.rest !== '' ? { leads: colon.leads, kind: 'subject' as const, backReference: false } : null);
    const next = i + 1 < end ? blocks[i + 1] : undefined;

    // "… như sau:" introduces the blocks below; its own leads, if any, pass to them. So does
    // a unit's name alone on its line ("Ủy ban nhân dân xã", "- Văn phòng Đảng ủy:").
    if (/:\s*$/u.test(text)) {
      intro = { rank, leads: own?.leads ?? colon?.leads ?? (a.tokens.length <= 12 ? unitHeadingLeads(a) : null) };
      continue;
    }
    const nextIsList = next !== undefined && KIND_RANK[next.kind] > rank;
    if (nextIsList && !/[.;]\s*$/u.test(text) && a.tokens.length <= 12) {
      const named = unitHeadingLeads(a);
      if (named) {
        intro = { rank, leads: named };
        continue;
      }
    }
    if (status === 'results') continue;
    if (isEvaluation(a) && own?.kind !== 'assignment') continue;

    const headingFrame = [...stack].reverse().find((h) => h.leads !== null);
    // Outside a section about tasks, a list item with no unit anywhere above it is a point
    // of the discussion ("(i) Phát triển du lịch … phải gắn với …"), not a task.
    const listItemWithLeads = block.kind !== 'paragraph' && (stack.length === 0 || own !== null || intro?.leads != null);
    const eligible =
      status === 'tasks' ||
      listItemWithLeads ||
      own?.kind === 'assignment' ||
      headingFrame !== undefined;
    if (!eligible) continue;

    if (own?.kind === 'assignment' && own.backReference) {
      const from = scopeStart.get(sectionIndex) ?? 0;
      const targets = drafts.filter((d, k) => k >= from && d.sectionIndex === sectionIndex && !d.hasOwnLeads);
      scopeStart.set(sectionIndex, drafts.length);
      if (targets.length > 0) {
        const supporting = supportingOf(a, own.leads.unitIds, own.leads.names);
        for (const t of targets) {
          const p = t.proposal;
          p.leadUnitIds = [...own.leads.unitIds];
          p.leadUnitNames = [...own.leads.names];
          p.supportingUnitIds = [...new Set([...p.supportingUnitIds, ...supporting.ids])].filter((id) => !p.leadUnitIds.includes(id));
          p.supportingUnitNames = [...new Set([...p.supportingUnitNames, ...supporting.names])];
          p.leadSource = 'followingAssignment';
          t.hasOwnLeads = true;
        }
        continue;
      }
    }

    let leads: Leads | null = null;
    let source: TaskLeadSource = 'none';
    if (own) {
      leads = own.leads;
      source = own.kind;
    } else if (intro?.leads) {
      leads = intro.leads;
      source = 'intro';
    } else if (headingFrame?.leads) {
      leads = headingFrame.leads;
      source = 'heading';
    }
    drafts.push(makeDraft(i, a, block.kind, leads, source, section, sectionIndex));
  }

  return drafts.map((d) => d.proposal);
}
