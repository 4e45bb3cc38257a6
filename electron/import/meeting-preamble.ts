/**
 * The preamble of a conclusion tells about the meeting: when ("Ngày 07 tháng 05 năm 2026"),
 * which body met ("Ban Thường vụ Đảng ủy xã tổ chức hội nghị …"), its ordinal ("kỳ họp thứ
 * 10", "Hội nghị lần thứ Hai"), what about, who chaired ("Đồng chí Vũ Bình Dương - Bí thư
 * Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị") and which papers were presented ("Sau khi nghe
 * Tờ trình số 27-TTr/ĐU ngày 25/6/2026; Báo cáo số 127/BC-ĐU ngày 22/6/2026 …").
 */
import { findDates } from './date-phrases';
import { foldSameLength, isTitleCaseWord, isUpperWord, squashSpaces } from './fold-index';
import { NUMBER_SYMBOL_SOURCE, tidyNumberSymbol } from './number-symbol';

export type MeetingBody = 'BAN_CHAP_HANH' | 'BAN_THUONG_VU' | 'THUONG_TRUC';

export interface PresentedDocumentRef {
  numberSymbol: string;
  date: string | null;
}

export interface MeetingInfo {
  date: string | null;
  body: MeetingBody | null;
  number: string | null;
  chair: string | null;
  chairTitle: string | null;
  subject: string | null;
  presentedDocuments: PresentedDocumentRef[];
}

interface Sentence {
  text: string;
  folded: string;
}

function sentences(text: string): Sentence[] {
  return text
    .split(/(?<=[.!?…])\s+(?=[A-ZĐĂÂÊÔƠƯ\u00C0-\u00DD\u1EA0-\u1EF8\d“"(])/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => ({ text: s, folded: foldSameLength(s) }));
}

const MEETING_NOUN_FOLDED =
  /\b(?:hoi nghi|k[yi] hop|cuoc hop|phien hop|buoi hop|giao ban|buoi lam viec|lam viec voi|hop)\b/g;
const MEETING_VERB_FOLDED = /\b(?:to chuc|tien hanh|dien ra|khai mac)\b/;

/**
 * First meeting noun in a sentence. Matched on the folded text for speed, but a match
 * ending in "hop" must read "họp" in the original: folded, "phối hợp" looks the same.
 */
function findMeetingNoun(s: Sentence): { index: number; end: number } | null {
  for (const m of s.folded.matchAll(MEETING_NOUN_FOLDED)) {
    const end = m.index + m[0].length;
    if (m[0].endsWith('hop') && s.text.slice(end - 3, end).toLowerCase() !== 'họp') continue;
    return { index: m.index, end };
  }
  return null;
}

/** Body mentions, each with the folded pattern that finds it. Order matters for ties. */
const BODY_PATTERNS: ReadonlyArray<[RegExp, MeetingBody]> = [
  [/\b(?:ban thuong vu|thuong vu dang uy|btv(?:du)?)\b/g, 'BAN_THUONG_VU'],
  [/\b(?:thuong truc (?:dang uy|du|huyen uy|thanh uy|tinh uy|quan uy|thi uy)|tt dang uy|ttdu)\b/g, 'THUONG_TRUC'],
  [/\b(?:ban chap hanh|bch(?:db)?)\b/g, 'BAN_CHAP_HANH'],
];

interface BodyMention {
  body: MeetingBody;
  index: number;
  end: number;
}

function bodyMentions(folded: string): BodyMention[] {
  const out: BodyMention[] = [];
  for (const [re, body] of BODY_PATTERNS) {
    for (const m of folded.matchAll(re)) {
      // "Ủy viên Ban Thường vụ" names a member, not the body that met.
      const before = folded.slice(Math.max(0, m.index - 12), m.index);
      if (/uy vien\s*$/.test(before)) continue;
      out.push({ body, index: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Which body held the meeting described by this sentence. */
function bodyOfSentence(s: Sentence): MeetingBody | null {
  const mentions = bodyMentions(s.folded);
  const noun = findMeetingNoun(s);
  const verb = MEETING_VERB_FOLDED.exec(s.folded);
  const anchor = Math.min(noun?.index ?? Infinity, verb?.index ?? Infinity);
  if (Number.isFinite(anchor)) {
    // The subject of "… tổ chức hội nghị": the nearest mention before the verb/noun …
    const before = mentions.filter((m) => m.end <= anchor);
    const last = before[before.length - 1];
    if (last && anchor - last.end < 60) return last.body;
    // … or the one right after the noun: "Hội nghị Ban Chấp hành Đảng bộ lần thứ Hai".
    const after = mentions.find((m) => m.index >= anchor && m.index - anchor < 40);
    if (after) return after.body;
    // "Đảng ủy xã tổ chức Hội nghị" — the committee meeting as a whole.
    const committee = /\bdang uy(?: xa| phuong| thi tran)?\s*$/.exec(s.folded.slice(0, anchor).trimEnd());
    if (committee && !/thuong (?:truc|vu)\s*$/.test(s.folded.slice(0, committee.index))) return 'BAN_CHAP_HANH';
  }
  return null;
}

const NUMERAL_WORD = /^(?:\d{1,3}|[ivxlc]+|nhat|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)$/;

function meetingNumber(s: Sentence): string | null {
  const re = /\b(?:lan|ky hop|phien hop|phien|hoi nghi|cuoc hop)\s+thu\s+/g;
  for (const m of s.folded.matchAll(re)) {
    const start = m.index + m[0].length;
    const rest = s.folded.slice(start);
    const words = rest.split(/(?=[\s,.;:()])/);
    let length = 0;
    let count = 0;
    for (const w of words) {
      const word = w.trim();
      if (!NUMERAL_WORD.test(word) && !(count > 0 && /^(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|moi)$/.test(word))) break;
      if (count > 0 && /^\d/.test(word)) break;
      length += w.length;
      count += 1;
      if (/^\d/.test(word) || count >= 3) break;
    }
    if (count > 0) return s.text.slice(start, start + length).trim();
  }
  return null;
}

const SYMBOL_AT_END = new RegExp(`(?:${NUMBER_SYMBOL_SOURCE})\\s*,?\\s*$`);
const SYMBOL_AFTER_SO = new RegExp(`\\b[sS][oố]\\s*:?\\s*(${NUMBER_SYMBOL_SOURCE})`, 'g');

/** Dates that belong to a cited document ("số 27-TTr/ĐU ngày 25/6/2026") are not the meeting's. */
function isDocumentDate(text: string, index: number): boolean {
  return SYMBOL_AT_END.test(text.slice(Math.max(0, index - 50), index));
}

function meetingDate(s: Sentence, referenceYear: number | undefined): string | null {
  for (const d of findDates(s.text, referenceYear)) {
    if (!isDocumentDate(s.text, d.index)) return d.iso;
  }
  return null;
}

const TITLE_PAIR =
  /^(?:bi thu|pho bi|pho chu|pho truong|pho chanh|pho giam|chu tich|chu nhiem|uy vien|truong ban|truong phong|chanh van|giam doc|thuong truc|can bo|dai dien|tong bi|bo truong)$/;

interface ChairInfo {
  chair: string | null;
  chairTitle: string | null;
}

/** Splits "Vũ Bình Dương - Bí thư Đảng ủy, Chủ tịch HĐND xã" into name and title. */
function splitNameTitle(segment: string): ChairInfo {
  const words = segment.trim().split(/\s+/);
  const name: string[] = [];
  let stopped = false;
  for (const raw of words) {
    const w = raw.replace(/[,;:–—-]+$/, '');
    if (!isTitleCaseWord(w) && !isUpperWord(w)) break;
    name.push(w);
    if (w !== raw) {
      stopped = true;
      break;
    }
  }
  // A capitalised title word right after the name ("… Vy Bí thư Đảng ủy") is not the name.
  const rest = words.slice(name.length);
  if (!stopped) {
    while (name.length > 0) {
      const last = name[name.length - 1] ?? '';
      const nextWord = (rest[0] ?? '').replace(/[,;:]+$/, '');
      const pair = foldSameLength(`${last} ${nextWord}`);
      if (TITLE_PAIR.test(pair) || foldSameLength(last) === 'pho') {
        rest.unshift(name.pop() ?? '');
      } else {
        break;
      }
    }
  }
  const title = squashSpaces(rest.join(' ').replace(/^[\s,;:–—-]+/, '').replace(/[\s,;:.–—-]+$/, ''));
  return {
    chair: name.length >= 2 ? name.join(' ') : null,
    chairTitle: title || null,
  };
}

/** "Bí thư Đảng ủy Nguyễn Văn A": the title first, the name as the trailing capitalised words. */
function splitTitleName(segment: string): ChairInfo {
  const words = segment.trim().replace(/[,;:]+$/, '').split(/\s+/);
  let start = words.length;
  while (start > 0 && isTitleCaseWord(words[start - 1] ?? '')) start -= 1;
  const name = words.slice(start);
  const title = words.slice(0, start).join(' ').replace(/[\s,;:–—-]+$/, '');
  // Without a title before it, or with a run too short or long for a name, it is no name.
  if (name.length < 2 || name.length > 5 || title === '') return { chair: null, chairTitle: null };
  return { chair: name.join(' '), chairTitle: title };
}

function chairOf(all: readonly Sentence[]): ChairInfo {
  for (const s of all) {
    const at = s.folded.search(/\bchu tri\b/);
    if (at < 0) continue;
    // "Đồng chí X - title chủ trì …" / "do đồng chí X, title chủ trì …"
    const head = s.folded.slice(0, at);
    const comrade = [...head.matchAll(/\b(?:dong chi|d\/c)\s+/g)].pop();
    if (comrade) {
      const segment = s.text.slice(comrade.index + comrade[0].length, at);
      const info = splitNameTitle(segment);
      if (info.chair) return info;
      const titleFirst = splitTitleName(segment);
      if (titleFirst.chair) return titleFirst;
    }
    // "Chủ trì hội nghị: đồng chí X, title." / "Chủ trì hội nghị là đồng chí X - title"
    const tail = s.folded.slice(at);
    const after = /^chu tri(?:\s+(?:hoi nghi|ky hop|cuoc hop|phien hop))?\s*(?::|la|co|cua)?\s*(?:dong chi|d\/c)?\s*/.exec(tail);
    if (after) {
      // "… dưới sự chủ trì của đồng chí X, Bí thư Thành ủy, nghe Công văn …": the title ends
      // where the meeting's business starts.
      const segment = s.text
        .slice(at + after[0].length)
        .replace(/,\s*(?:nghe|xem xét|thảo luận|cho ý kiến|sau khi|với sự|có sự|đã)\s[\s\S]*$/iu, '')
        .replace(/[.;]\s*$/, '');
      const info = splitNameTitle(segment);
      if (info.chair) return info;
    }
    // Chaired by a title alone: "đồng chí Bí thư Đảng ủy chủ trì".
    if (comrade) {
      const title = squashSpaces(s.text.slice(comrade.index + comrade[0].length, at)).replace(/[,;:–—-]+$/, '').trim();
      if (title && title.length < 120) return { chair: null, chairTitle: title };
    }
  }
  return { chair: null, chairTitle: null };
}

const HEARD = /\b(?:nghe|xem xet|thao luan|cho y kien|nghien cuu|trinh)\b/;

function presentedDocuments(all: readonly Sentence[], referenceYear: number | undefined): PresentedDocumentRef[] {
  const out: PresentedDocumentRef[] = [];
  for (const s of all) {
    const heard = HEARD.exec(s.folded);
    if (!heard) continue;
    for (const m of s.text.matchAll(SYMBOL_AFTER_SO)) {
      // Papers cited before "nghe" are the legal basis ("Thực hiện Nghị quyết số …"), not
      // papers presented at the meeting.
      if (m.index < heard.index) continue;
      const symbol = tidyNumberSymbol(m[1] ?? '');
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const dateMatch = /^\s*,?\s*(?:ban hành\s+)?ngày\b/iu.test(after) ? findDates(after, referenceYear)[0] : undefined;
      if (!out.some((d) => d.numberSymbol === symbol)) {
        out.push({ numberSymbol: symbol, date: dateMatch?.iso ?? null });
      }
    }
  }
  return out;
}

// What may stand between the meeting noun and its subject, peeled off one at a time.
// Matched on the folded text; `check` confirms words that fold ambiguously ("de" is also
// "đề", "da" also "đa").
const SUBJECT_PEELS: ReadonlyArray<{ re: RegExp; check?: RegExp }> = [
  { re: /^\s*(?:cua\s+)?(?:ban thuong vu|ban chap hanh|thuong truc|bch|btv)(?:\s+dang\s+(?:uy|bo))?(?:\s+(?:xa|phuong|thi tran))?/ },
  { re: /^\s*(?:lan\s+)?thu\s+[a-z0-9]+(?:\s+(?:muoi|mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin)(?=[\s,.;:()]|$))*/ },
  { re: /^\s*\([^)]{0,30}\)/ },
  { re: /^\s*[,:–-]/ },
  { re: /^\s*(?:de|nham|ve)(?=\s)/, check: /^\s*(?:để|nhằm|về)$/ },
  // A second meeting noun: "họp kỳ họp thứ 12", "họp phiên thường kỳ".
  { re: /^\s*(?:k[yi] hop|hoi nghi|cuoc hop|phien hop|phien)(?=[\s,.]|$)/ },
];
// Where the subject ends: the chair, the venue or the attendance clause.
const SUBJECT_END =
  /(?:,\s*|\s+)(?:do\s+(?:dong chi|d\/c)|duoi su chu tri|chu tri|tai\s+(?:hoi truong|tru so|phong)|voi su tham du|co su tham du)(?=[\s,.:]|$)/;

function subjectOf(s: Sentence): string | null {
  const noun = findMeetingNoun(s);
  if (!noun) return null;
  let rest = s.text.slice(noun.end);
  let folded = s.folded.slice(noun.end);
  const cut = (n: number): void => {
    rest = rest.slice(n);
    folded = folded.slice(n);
  };
  for (let guard = 0; guard < 10; guard += 1) {
    let peeled = false;
    for (const { re, check } of SUBJECT_PEELS) {
      const m = re.exec(folded);
      if (!m || m[0].trim() === '') continue;
      if (check && !check.test(rest.slice(0, m[0].length).toLowerCase())) continue;
      cut(m[0].length);
      // The commune's name after "xã"/"phường": capitalised words.
      const name = /^(?:\s+[A-ZĐĂÂÊÔƠƯ\u00C0-\u00DD\u1EA0-\u1EF8][^\s,.;:]*)+/.exec(rest);
      if (name && /(?:xa|phuong|thi tran)$/.test(m[0])) cut(name[0].length);
      peeled = true;
      break;
    }
    if (!peeled) break;
  }
  // "… được tổ chức vào ngày … nhằm đánh giá …": the subject follows "nhằm"/"để".
  if (/^\s*(?:được|đã|diễn ra|vào)\s/.test(rest.toLowerCase())) {
    const purpose = /\s(?:nhằm|để|về)\s+/.exec(rest.toLowerCase());
    if (!purpose) return null;
    cut(purpose.index + purpose[0].length);
  }
  const end = SUBJECT_END.exec(folded);
  if (end) rest = rest.slice(0, end.index);
  const subject = squashSpaces(rest).replace(/[.;,:\s]+$/, '');
  return subject.length >= 3 ? subject : null;
}

export function readMeeting(preamble: string, referenceYear?: number): MeetingInfo {
  const all = sentences(preamble);
  const meetingSentences = all.filter((s) => findMeetingNoun(s) !== null);
  const withDate = meetingSentences.find((s) => meetingDate(s, referenceYear) !== null);
  const main = withDate ?? meetingSentences[0] ?? null;

  let date = main ? meetingDate(main, referenceYear) : null;
  if (!date) {
    for (const s of all) {
      date = meetingDate(s, referenceYear);
      if (date) break;
    }
  }

  let body: MeetingBody | null = null;
  for (const s of main ? [main, ...meetingSentences] : meetingSentences) {
    body = bodyOfSentence(s);
    if (body) break;
  }

  let number: string | null = null;
  for (const s of main ? [main, ...meetingSentences] : meetingSentences) {
    number = meetingNumber(s);
    if (number) break;
  }

  const { chair, chairTitle } = chairOf(all);
  return {
    date,
    body,
    number,
    chair,
    chairTitle,
    subject: main ? subjectOf(main) : null,
    presentedDocuments: presentedDocuments(all, referenceYear),
  };
}

/** Body and ordinal read from other places (the title, the signature) as a fallback. */
export function bodyFromText(text: string): MeetingBody | null {
  const mentions = bodyMentions(foldSameLength(text));
  return mentions[0]?.body ?? null;
}

export function numberFromText(text: string): string | null {
  return meetingNumber({ text, folded: foldSameLength(text) });
}
