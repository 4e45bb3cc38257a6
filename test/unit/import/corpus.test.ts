/**
 * The three real conclusions of the corpus against hand-written expectations
 * (test/fixtures/import/<name>.expected.json), field by field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutBoldMarks } from '../../../shared/document/bold-marks';
import { blockText } from '../../../shared/document/outline';
import { isLowerLetter } from '../../../electron/import/fold-index';
import { parseConclusionText, type ParsedConclusion, type ParsedSection } from '../../../electron/import/parse-conclusion';
import { corpusDir, describeCorpus } from '../../support/corpus';

const fixtureDir = path.resolve(process.cwd(), 'test/fixtures/import');

interface ExpectedSection {
  number: string | null;
  heading: string;
  children: ExpectedSection[];
}

interface Expected {
  kind: ParsedConclusion['kind'];
  title: string;
  summary: string | null;
  superiorCommittee: string | null;
  committee: string | null;
  numberSymbol: string | null;
  place: string | null;
  issueDate: string | null;
  meeting: ParsedConclusion['meeting'];
  sections: ExpectedSection[];
  recipients: string[];
  signature: ParsedConclusion['signature'];
  preambleStartsWith: string;
  preambleEndsWith: string;
  joinedPageBreaks: string[];
  warningsMention: string[];
}

const names = [
  'tb-ket-luan-btv-thang-04-2026-kien-minh',
  'tb-ket-luan-thang-02-2026',
  'tb-ket-luan-bch-6-thang-2026',
];

function load(name: string): { text: string; expected: Expected } {
  return {
    text: readFileSync(path.join(corpusDir, `${name}.txt`), 'utf8'),
    expected: JSON.parse(readFileSync(path.join(fixtureDir, `${name}.expected.json`), 'utf8')) as Expected,
  };
}

/** Compares section trees; an expected heading ending in "…" is a prefix. */
function expectSections(actual: readonly ParsedSection[], expected: readonly ExpectedSection[], where: string): void {
  expect(actual.map((s) => s.number), `numbers ${where}`).toEqual(expected.map((s) => s.number));
  expected.forEach((exp, i) => {
    const act = actual[i];
    if (!act) throw new Error(`missing section ${where}/${i}`);
    if (exp.heading.endsWith('…')) {
      expect(act.heading.startsWith(exp.heading.slice(0, -1)), `heading of ${where} ${exp.number ?? ''}: ${act.heading}`).toBe(
        true,
      );
    } else {
      expect(act.heading, `heading of ${where} ${exp.number ?? ''}`).toBe(exp.heading);
    }
    expectSections(act.children, exp.children, `${where} ${exp.number ?? ''}`);
  });
}

describeCorpus('the three conclusions of the corpus', () => describe.each(names)('corpus: %s', (name) => {
  const { text, expected } = load(name);
  const parsed = parseConclusionText(text);

  it('reads the kind, title and summary', () => {
    expect(parsed.kind).toBe(expected.kind);
    expect(parsed.title).toBe(expected.title);
    expect(parsed.summary).toBe(expected.summary);
  });

  it('reads the header block', () => {
    expect(parsed.superiorCommittee).toBe(expected.superiorCommittee);
    expect(parsed.committee).toBe(expected.committee);
    expect(parsed.numberSymbol).toBe(expected.numberSymbol);
    expect(parsed.place).toBe(expected.place);
    expect(parsed.issueDate).toBe(expected.issueDate);
  });

  it('reads the meeting from the preamble', () => {
    expect(parsed.meeting.date).toBe(expected.meeting.date);
    expect(parsed.meeting.body).toBe(expected.meeting.body);
    expect(parsed.meeting.number).toBe(expected.meeting.number);
    expect(parsed.meeting.chair).toBe(expected.meeting.chair);
    expect(parsed.meeting.chairTitle).toBe(expected.meeting.chairTitle);
    expect(parsed.meeting.subject).toBe(expected.meeting.subject);
    expect(parsed.meeting.presentedDocuments).toEqual(expected.meeting.presentedDocuments);
  });

  it('keeps the preamble apart from the body, its bold as **…** and no other marker', () => {
    const plain = withoutBoldMarks(parsed.preamble);
    expect(plain.startsWith(expected.preambleStartsWith)).toBe(true);
    expect(plain.endsWith(expected.preambleEndsWith)).toBe(true);
    expect(plain).not.toMatch(/\*/);
  });

  it('builds the tree of numbered sections with printed numbers', () => {
    expectSections(parsed.sections, expected.sections, 'root');
  });

  it('reads the recipients and the signature', () => {
    expect(parsed.recipients).toEqual(expected.recipients);
    expect(parsed.signature).toEqual(expected.signature);
  });

  it('joins paragraphs split by a page break', () => {
    const body = parsed.outline.map((b) => blockText(b)).join('\n');
    for (const joined of expected.joinedPageBreaks) expect(body).toContain(joined);
    // No block may start with the lower-case tail of a broken sentence.
    for (const block of parsed.outline) {
      if (block.kind === 'paragraph') expect(isLowerLetter(blockText(block).charAt(0)), blockText(block)).toBe(false);
    }
  });

  it('gives outline blocks sequential ids, printed labels and no leftover markers', () => {
    parsed.outline.forEach((block, i) => expect(block.id).toBe(`b${i + 1}`));
    for (const block of parsed.outline) {
      expect(blockText(block)).not.toMatch(/\*\*/);
      if (block.kind !== 'paragraph') expect(block.label).toBeTruthy();
    }
    const headingLabels = parsed.outline.filter((b) => b.kind.startsWith('heading') || b.kind === 'ordinal').map((b) => b.label);
    const flatten = (s: readonly ParsedSection[]): Array<string | null> => s.flatMap((x) => [x.number, ...flatten(x.children)]);
    expect(headingLabels).toEqual(flatten(parsed.sections));
  });

  it('warns only about what is really missing or odd', () => {
    if (expected.warningsMention.length === 0) expect(parsed.warnings).toEqual([]);
    for (const mention of expected.warningsMention) {
      expect(parsed.warnings.some((w) => w.includes(mention)), `${mention} in ${JSON.stringify(parsed.warnings)}`).toBe(true);
    }
  });

  it('is deterministic and JSON-serialisable', () => {
    expect(JSON.parse(JSON.stringify(parseConclusionText(text)))).toEqual(JSON.parse(JSON.stringify(parsed)));
  });
}));

describeCorpus('corpus formatting', () => {
  it('carries bold and italic runs into the outline', () => {
    const { text } = load('tb-ket-luan-bch-6-thang-2026');
    const parsed = parseConclusionText(text);
    const boldRuns = parsed.outline.flatMap((b) => b.runs.filter((r) => r.bold).map((r) => r.text));
    expect(boldRuns).toEqual(expect.arrayContaining(['25/33', '08', '23/28', '05']));
    const italic = parsed.outline.flatMap((b) => b.runs.filter((r) => r.italic).map((r) => r.text));
    expect(italic).toEqual(expect.arrayContaining(['Về công tác chính trị, tư tưởng:', 'Công tác dân vận']));
    // "-Tập trung chỉ đạo …" (no space after the dash) is still a bullet.
    expect(parsed.outline.some((b) => b.kind === 'bullet' && blockText(b).startsWith('Tập trung chỉ đạo sản xuất vụ Mùa'))).toBe(
      true,
    );
  });
  // Parsing speed is measured by `npm run bench import`, not asserted here.
});
