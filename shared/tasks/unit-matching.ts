/**
 * Finds the directory units (đơn vị) a text names.
 *
 * Documents name the same body in many ways — "UBND xã", "Ủy ban nhân dân xã", "chính
 * quyền"; "UBMTTQVN xã", "Mặt trận Tổ quốc"; "Ban XDĐ" — with "Ủy"/"Uỷ" and any case.
 * Each unit is matched by its own names, by mechanical variants of them (abbreviations
 * expanded and contracted, the trailing "xã" dropped) and by the known forms of the body it
 * is (`defaultUnitAliases`). Matching is on folded words, so punctuation and diacritics do
 * not matter; the longest mention wins, so "Thường trực HĐND" is not read as "HĐND".
 */
import type { UnitRef } from '../units/types';
import { foldedWords, foldWithOrigin, tokenize, type FoldedText } from './text-scan';

// ---------------------------------------------------------------------------------------
// Tables

/** The seed list lives with the units directory; re-exported for the matcher's users. */
export { seedUnits, type SeedUnit } from '../units/seed';

/** Abbreviation ↔ expansion pairs applied word-wise to any unit's names, both ways. */
export const abbreviationExpansions: ReadonlyArray<readonly [string, string]> = [
  ['UBMTTQVN', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQVN', 'Mặt trận Tổ quốc Việt Nam'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['UBKT', 'Ủy ban Kiểm tra'],
  ['VPĐU', 'Văn phòng Đảng ủy'],
  ['BCHQS', 'Ban Chỉ huy Quân sự'],
  ['CHQS', 'Chỉ huy Quân sự'],
  ['XDĐ', 'Xây dựng Đảng'],
  ['TTPVHCC', 'Trung tâm Phục vụ hành chính công'],
  ['PVHCC', 'Phục vụ hành chính công'],
  ['BCH', 'Ban Chấp hành'],
  ['BTV', 'Ban Thường vụ'],
  ['ĐU', 'Đảng ủy'],
  ['VP', 'Văn phòng'],
  ['TT', 'Thường trực'],
  ['UB', 'Ủy ban'],
  ['VN', 'Việt Nam'],
  ['CT-XH', 'chính trị - xã hội'],
  ['TNCS', 'Thanh niên Cộng sản'],
  ['LHPN', 'Liên hiệp Phụ nữ'],
  ['CCB', 'Cựu chiến binh'],
  ['HCM', 'Hồ Chí Minh'],
];

export interface UnitAliasGroup {
  /** Names that identify a directory unit as this body (compared folded, variants included). */
  names: readonly string[];
  /** Further written forms of the body. */
  forms: readonly string[];
  /**
   * Forms of a wider body that mean this unit when the directory has no closer one: a
   * directory without an "HĐND xã" unit sends "HĐND" to its Thường trực HĐND.
   */
  broaderForms?: readonly string[];
}

export const defaultUnitAliases: readonly UnitAliasGroup[] = [
  {
    names: ['Thường trực Đảng ủy', 'Thường trực Đảng ủy xã', 'TT Đảng ủy', 'TTĐU'],
    forms: ['Thường trực ĐU', 'TT ĐU'],
  },
  {
    names: ['Thường trực HĐND', 'Thường trực HĐND xã', 'Thường trực Hội đồng nhân dân', 'Thường trực Hội đồng nhân dân xã', 'TT HĐND', 'TT HĐND xã'],
    forms: ['TTHĐND'],
    broaderForms: ['HĐND xã', 'HĐND', 'Hội đồng nhân dân xã', 'Hội đồng nhân dân'],
  },
  {
    names: ['HĐND xã', 'HĐND', 'Hội đồng nhân dân xã', 'Hội đồng nhân dân'],
    forms: [],
  },
  {
    names: ['UBND xã', 'UBND', 'Ủy ban nhân dân xã', 'Ủy ban nhân dân'],
    forms: ['UB nhân dân xã', 'Chính quyền xã'],
    broaderForms: ['chính quyền'],
  },
  {
    names: [
      'Ủy ban MTTQ Việt Nam xã', 'Ủy ban MTTQ xã', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Ủy ban Mặt trận Tổ quốc xã',
      'UBMTTQVN xã', 'UBMTTQ xã', 'MTTQ xã', 'MTTQ', 'Mặt trận Tổ quốc xã', 'Mặt trận Tổ quốc', 'Mặt trận Tổ quốc Việt Nam xã',
    ],
    forms: [
      'Ủy ban MTTQ', 'Ủy ban MTTQ Việt Nam', 'Ủy ban MTTQVN xã', 'Ủy ban Mặt trận Tổ quốc', 'Ủy ban Mặt trận Tổ quốc Việt Nam',
      'UBMTTQVN', 'UBMTTQ', 'UB MTTQ', 'MTTQVN', 'Mặt trận Tổ quốc Việt Nam', 'Cơ quan Ủy ban MTTQ Việt Nam xã',
    ],
    broaderForms: ['Mặt trận'],
  },
  {
    names: ['Ban Xây dựng Đảng', 'Ban Xây dựng Đảng Đảng ủy', 'Ban Xây dựng Đảng Đảng ủy xã', 'Ban XDĐ'],
    forms: ['Ban XD Đảng', 'Ban XDĐ Đảng ủy', 'các Ban Xây dựng Đảng'],
  },
  {
    names: ['Ủy ban Kiểm tra Đảng ủy', 'Ủy ban Kiểm tra Đảng ủy xã', 'UBKT Đảng ủy', 'UBKT'],
    forms: ['UBKT ĐU', 'Ủy ban Kiểm tra'],
  },
  {
    names: ['Văn phòng Đảng ủy', 'Văn phòng Đảng ủy xã', 'VPĐU'],
    forms: ['VP ĐU', 'VP Đảng ủy'],
  },
  {
    names: ['Công an xã'],
    forms: ['CA xã'],
  },
  {
    names: ['Ban CHQS xã', 'Ban CHQS', 'Ban Chỉ huy Quân sự xã', 'Ban Chỉ huy Quân sự'],
    forms: ['BCHQS xã', 'BCHQS'],
  },
  {
    names: [
      'Các chi bộ, đảng bộ trực thuộc', 'Các chi bộ, đảng bộ trực thuộc Đảng ủy', 'Các chi bộ, đảng bộ trực thuộc Đảng ủy xã',
      'các chi bộ', 'chi bộ trực thuộc',
    ],
    forms: [
      'chi bộ, đảng bộ trực thuộc', 'các chi bộ trực thuộc', 'đảng bộ trực thuộc', 'các đảng bộ, chi bộ trực thuộc',
      'các đảng ủy, chi bộ trực thuộc', 'các chi bộ, đảng ủy trực thuộc', 'các chi, đảng bộ trực thuộc', 'chi, đảng bộ trực thuộc',
      'các tổ chức cơ sở đảng', 'tổ chức cơ sở đảng', 'cấp ủy chi bộ',
    ],
  },
  {
    names: ['Các tổ chức chính trị - xã hội', 'Các tổ chức chính trị - xã hội xã', 'các đoàn thể', 'đoàn thể'],
    forms: [
      'tổ chức chính trị - xã hội', 'các tổ chức CT-XH', 'các tổ chức đoàn thể', 'tổ chức đoàn thể',
      'các đoàn thể chính trị - xã hội', 'đoàn thể chính trị - xã hội', 'các hội, đoàn thể', 'đoàn thể',
    ],
  },
  {
    names: ['Đoàn Thanh niên xã', 'Đoàn Thanh niên', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã', 'Đoàn TN xã', 'Đoàn TNCS Hồ Chí Minh xã'],
    forms: ['Đoàn TN', 'Đoàn TNCS Hồ Chí Minh', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
  },
  {
    names: ['Hội Liên hiệp Phụ nữ xã', 'Hội Liên hiệp Phụ nữ', 'Hội LHPN xã', 'Hội LHPN', 'Hội Phụ nữ xã'],
    forms: ['Hội Phụ nữ', 'Hội LHPN Việt Nam xã', 'Hội Liên hiệp Phụ nữ Việt Nam xã', 'Hội LHPNVN xã'],
  },
  {
    names: ['Hội Nông dân xã', 'Hội Nông dân', 'Hội ND xã'],
    forms: ['Hội ND', 'Hội Nông dân Việt Nam xã'],
  },
  {
    names: ['Hội Cựu chiến binh xã', 'Hội Cựu chiến binh', 'Hội CCB xã', 'Hội CCB'],
    forms: ['Hội Cựu chiến binh Việt Nam xã', 'Hội CCBVN xã'],
  },
  {
    names: ['Trung tâm Phục vụ hành chính công', 'Trung tâm Phục vụ hành chính công xã', 'Trung tâm PVHCC', 'TTPVHCC'],
    forms: [],
  },
];

/**
 * Phrases that contain a unit form but do not name the unit: the e-government programme,
 * the "friendly government" model, and the bodies of the city or province. A directory unit
 * with exactly such a name still wins, because units outrank blockers on equal spans.
 */
const BLOCKERS: readonly string[] = [
  'chính quyền điện tử', 'chính quyền số', 'chính quyền thân thiện', 'chính quyền địa phương hai cấp', 'chính quyền địa phương 2 cấp',
  'chính quyền địa phương', 'chính quyền các cấp', 'chính quyền cơ sở',
  ...[
    'UBND', 'Ủy ban nhân dân', 'HĐND', 'Hội đồng nhân dân', 'MTTQ', 'Ủy ban MTTQ', 'Ủy ban MTTQ Việt Nam', 'Mặt trận Tổ quốc',
    'Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'UBKT', 'Ủy ban Kiểm tra', 'Công an',
    'Đoàn Thanh niên', 'Hội Liên hiệp Phụ nữ', 'Hội LHPN', 'Hội Phụ nữ', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Hội CCB',
  ].flatMap(
    (body) => ['thành phố', 'tỉnh', 'huyện', 'quận', 'các cấp', 'cấp trên', 'Trung ương'].map((level) => `${body} ${level}`),
  ),
  'Ủy ban Kiểm tra Thành ủy', 'Ủy ban Kiểm tra Trung ương', 'Văn phòng Thành ủy', 'Văn phòng Tỉnh ủy', 'Văn phòng HĐND và UBND',
  'Văn phòng HĐND', 'Văn phòng UBND', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
];

// ---------------------------------------------------------------------------------------
// Name variants

const LOCALITY = new Set(['xa', 'phuong']);

interface FoldedPair {
  abbr: string[];
  full: string[];
}

const foldedPairs: FoldedPair[] = abbreviationExpansions.map(([abbr, full]) => ({ abbr: foldedWords(abbr), full: foldedWords(full) }));
const abbreviationWords = new Set(foldedPairs.filter((p) => p.abbr.length === 1).map((p) => p.abbr[0] ?? ''));

function replaceSequence(words: string[], from: string[], to: string[]): string[] {
  if (from.length === 0) return words;
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    if (from.every((w, k) => words[i + k] === w)) {
      out.push(...to);
      i += from.length;
    } else {
      out.push(words[i] ?? '');
      i += 1;
    }
  }
  return out;
}

function expandAll(words: string[]): string[] {
  let out = words;
  for (const p of foldedPairs) out = replaceSequence(out, p.abbr, p.full);
  return out;
}

function contractAll(words: string[]): string[] {
  let out = words;
  // Longest expansions first, so "Ủy ban Mặt trận Tổ quốc Việt Nam" becomes UBMTTQVN, not UB + MTTQ + VN.
  for (const p of [...foldedPairs].sort((a, b) => b.full.length - a.full.length)) out = replaceSequence(out, p.full, p.abbr);
  return out;
}

/**
 * Drops the trailing "xã" (and "Đảng ủy" after a board's name) when what remains still
 * names something specific: "Ban CHQS xã" → "Ban CHQS", "Ủy ban Kiểm tra Đảng ủy" →
 * "Ủy ban Kiểm tra"; but not "Công an xã" → "Công an", which would catch the city police.
 */
function withoutSuffix(words: string[]): string[] | null {
  const specific = (rest: string[]): boolean => rest.length >= 3 || rest.some((w) => abbreviationWords.has(w));
  const last = words[words.length - 1];
  if (last !== undefined && LOCALITY.has(last)) {
    const rest = words.slice(0, -1);
    if (specific(rest)) return rest;
  }
  const n = words.length;
  if (n > 2 && words[n - 2] === 'dang' && words[n - 1] === 'uy') {
    const rest = words.slice(0, -2);
    if (rest.length >= 3) return rest;
  }
  return null;
}

function nameVariants(name: string): string[][] {
  const base = foldedWords(name);
  if (base.length === 0) return [];
  const seen = new Map<string, string[]>();
  const add = (words: string[]): void => {
    if (words.length > 0) seen.set(words.join(' '), words);
  };
  // A commune's unit is written for a ward too: "Công an xã" is the "Công an phường".
  const localities = (words: string[]): string[][] =>
    words[words.length - 1] === 'xa' ? [words, [...words.slice(0, -1), 'phuong'], [...words.slice(0, -1), 'thi', 'tran']] : [words];
  for (const words of [base, expandAll(base), contractAll(base)].flatMap(localities)) {
    add(words);
    let shorter = withoutSuffix(words);
    while (shorter !== null) {
      add(shorter);
      shorter = withoutSuffix(shorter);
    }
  }
  return [...seen.values()];
}

// ---------------------------------------------------------------------------------------
// The matcher

const PRIORITY_OWN = 4;
const PRIORITY_VARIANT = 3;
const PRIORITY_GROUP = 2;
const PRIORITY_BROADER = 1;
const PRIORITY_BLOCKER = 0;

interface FormEntry {
  words: string[];
  /** Index in the directory, or -1 for a blocker. */
  unitIndex: number;
  priority: number;
}

export interface UnitMention {
  unit: UnitRef;
  /** Positions in the NFC form of the text. */
  start: number;
  end: number;
  /** The mention as written. */
  text: string;
}

export interface UnitMatcher {
  /** All unit mentions of the text, in reading order, without overlaps. */
  find(text: string): UnitMention[];
  /** The same on an already folded text (positions still refer to `ft.source`). */
  findIn(ft: FoldedText): UnitMention[];
}

function ownNames(unit: UnitRef): string[] {
  return [unit.shortName, unit.fullName, ...unit.aliases].filter((n) => n.trim() !== '');
}

/**
 * Building a matcher expands every unit's written forms, which costs far more than matching;
 * the directory rarely changes, so the last few matchers are kept by the directory's content.
 */
const matcherCache = new Map<string, UnitMatcher>();
const MATCHER_CACHE_SIZE = 4;

export function createUnitMatcher(units: readonly UnitRef[]): UnitMatcher {
  const key = units.map((u) => `${u.id}\u0001${u.shortName}\u0001${u.fullName}\u0001${u.aliases.join('\u0002')}`).join('\u0003');
  const cached = matcherCache.get(key);
  if (cached) return cached;
  const matcher = buildUnitMatcher(units);
  if (matcherCache.size >= MATCHER_CACHE_SIZE) matcherCache.delete(matcherCache.keys().next().value!);
  matcherCache.set(key, matcher);
  return matcher;
}

function buildUnitMatcher(units: readonly UnitRef[]): UnitMatcher {
  const byFirstWord = new Map<string, FormEntry[]>();
  const add = (words: string[], unitIndex: number, priority: number): void => {
    const first = words[0];
    if (first === undefined) return;
    const list = byFirstWord.get(first) ?? [];
    const key = words.join(' ');
    const existing = list.find((e) => e.unitIndex === unitIndex && e.words.join(' ') === key);
    if (existing) {
      existing.priority = Math.max(existing.priority, priority);
      return;
    }
    list.push({ words, unitIndex, priority });
    byFirstWord.set(first, list);
  };

  const groupKeys = defaultUnitAliases.map((g) => new Set(g.names.flatMap((n) => nameVariants(n).map((w) => w.join(' ')))));

  units.forEach((unit, unitIndex) => {
    const variantKeys = new Set<string>();
    for (const name of ownNames(unit)) {
      add(foldedWords(name), unitIndex, PRIORITY_OWN);
      for (const words of nameVariants(name)) {
        add(words, unitIndex, PRIORITY_VARIANT);
        variantKeys.add(words.join(' '));
      }
    }
    defaultUnitAliases.forEach((group, g) => {
      const keys = groupKeys[g];
      if (!keys || ![...variantKeys].some((k) => keys.has(k))) return;
      for (const form of [...group.names, ...group.forms]) {
        for (const words of nameVariants(form)) add(words, unitIndex, PRIORITY_GROUP);
      }
      for (const form of group.broaderForms ?? []) {
        for (const words of nameVariants(form)) add(words, unitIndex, PRIORITY_BROADER);
      }
    });
  });
  for (const blocker of BLOCKERS) add(foldedWords(blocker), -1, PRIORITY_BLOCKER);

  const findIn = (ft: FoldedText): UnitMention[] => {
    const tokens = tokenize(ft.folded);
    interface Hit {
      from: number;
      to: number;
      entry: FormEntry;
    }
    const hits: Hit[] = [];
    tokens.forEach((token, i) => {
      for (const entry of byFirstWord.get(token.text) ?? []) {
        if (entry.words.every((w, k) => tokens[i + k]?.text === w)) hits.push({ from: i, to: i + entry.words.length, entry });
      }
    });
    // Longest first; on equal spans the unit's own name beats a default form, and any unit
    // beats a blocker; then reading order, then directory order.
    hits.sort(
      (a, b) =>
        b.to - b.from - (a.to - a.from) ||
        b.entry.priority - a.entry.priority ||
        a.from - b.from ||
        a.entry.unitIndex - b.entry.unitIndex,
    );
    const taken: Hit[] = [];
    for (const hit of hits) {
      if (taken.some((t) => hit.from < t.to && hit.to > t.from)) continue;
      taken.push(hit);
    }
    const mentions: UnitMention[] = [];
    for (const hit of taken.sort((a, b) => a.from - b.from)) {
      const unit = units[hit.entry.unitIndex];
      const first = tokens[hit.from];
      const last = tokens[hit.to - 1];
      if (!unit || !first || !last) continue;
      const start = ft.origin[first.start] ?? 0;
      const end = ft.origin[last.end] ?? ft.source.length;
      mentions.push({ unit, start, end, text: ft.source.slice(start, end) });
    }
    return mentions;
  };

  return { find: (text) => findIn(foldWithOrigin(text)), findIn };
}

function uniqueUnits(mentions: readonly UnitMention[]): UnitRef[] {
  const seen = new Set<string>();
  const out: UnitRef[] = [];
  for (const m of mentions) {
    if (seen.has(m.unit.id)) continue;
    seen.add(m.unit.id);
    out.push(m.unit);
  }
  return out;
}

/** The directory units a text names, in the order of their first mention. */
export function matchUnits(text: string, units: UnitRef[]): UnitRef[] {
  return uniqueUnits(createUnitMatcher(units).find(text));
}

// ---------------------------------------------------------------------------------------
// Roles

const COOPERATE = /(?<![\p{L}])phoi hop(?:\s*,?\s*(?:chat che|tot|thuong xuyen|dong bo|hieu qua|voi cac|cung cac))*\s+(?:voi|cung)(?![\p{L}])/gu;
const LIST_GLUE = new Set(['va', 'cac', 'voi', 'cung', 'hoac', 'nhung']);

/**
 * Indexes of the mentions that follow "phối hợp (chặt chẽ) với": X, Y và Z. The list ends
 * at the first word that is not a unit or a joining word ("và các cơ quan liên quan trong …").
 */
export function supportingMentionIndexes(ft: FoldedText, mentions: readonly UnitMention[]): Set<number> {
  const result = new Set<number>();
  for (const m of ft.folded.matchAll(COOPERATE)) {
    let cursor = m.index + m[0].length;
    for (let i = 0; i < mentions.length; i += 1) {
      const mention = mentions[i];
      if (!mention) continue;
      const start = ft.position[mention.start] ?? 0;
      if (start < cursor) continue;
      const gap = ft.folded.slice(cursor, start);
      if (/[.;:!?()]/.test(gap)) break;
      const words = gap.split(/[\s,]+/).filter((w) => w !== '');
      if (!words.every((w) => LIST_GLUE.has(w))) break;
      result.add(i);
      cursor = ft.position[mention.end] ?? start;
    }
  }
  return result;
}

export interface UnitRoles {
  lead: UnitRef[];
  supporting: UnitRef[];
}

/**
 * Units named in a text, split by role: those after "phối hợp với" support; the others are
 * read as leads. A unit named in both roles is a lead.
 */
export function matchUnitRoles(text: string, units: UnitRef[]): UnitRoles {
  const ft = foldWithOrigin(text);
  const mentions = createUnitMatcher(units).findIn(ft);
  const supportingIdx = supportingMentionIndexes(ft, mentions);
  const lead = uniqueUnits(mentions.filter((_, i) => !supportingIdx.has(i)));
  const leadIds = new Set(lead.map((u) => u.id));
  const supporting = uniqueUnits(mentions.filter((m, i) => supportingIdx.has(i) && !leadIds.has(m.unit.id)));
  return { lead, supporting };
}
