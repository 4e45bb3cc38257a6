/**
 * What the printed page showed wrong (issue 12), checked on the produced XML: bold only on the
 * heading part, keep-with-next only on short heading lines, the header that never wraps
 * "ĐẢNG CỘNG SẢN VIỆT NAM", mirrored margins, the recipients' punctuation, and the one date
 * rule in generated text.
 */
import { describe, expect, it } from 'vitest';
import { withMirrorMargins } from '../../../electron/export/docx/settings-part';
import { buildPreamble } from '../../../shared/conclusions/drafting-rules';
import { buildConclusionDocument } from '../../../shared/document/conclusion-document';
import {
  defaultFormatRules,
  estimateTextWidthTwips,
  headerColumnWidths,
  headerNameLines,
  pageGeometry,
  withFormatSettings,
} from '../../../shared/document/format-rules';
import { headingPartLength, styledBlockRuns } from '../../../shared/document/heading-emphasis';
import type { PartyDocument } from '../../../shared/document/model';
import type { OutlineBlock } from '../../../shared/document/outline';
import type { Meeting } from '../../../shared/meetings/schema';
import { kienMinhConclusion } from '../../support/corpus-documents';
import { longNameProfile, shortNameProfile } from '../../support/printed-documents';
import { has, isBold, paragraphsOf, paragraphWith, renderAndUnzip } from './docx-xml';

const TASK_TEXT =
  'Tham mưu tổ chức tuyên truyền kỷ niệm các ngày lễ lớn; nắm bắt tình hình tư tưởng, dư luận xã hội, định hướng thông tin kịp thời; rà soát, đánh giá kết quả thực hiện các chỉ tiêu được giao; báo cáo kết quả về Văn phòng Đảng ủy trước ngày 15/12/2026 để tổng hợp.';

function withOutline(blocks: Array<Pick<OutlineBlock, 'kind'> & { text: string }>): PartyDocument {
  const doc = kienMinhConclusion();
  return {
    ...doc,
    body: blocks.map((b, i) => ({ type: 'block', block: { id: `x${i}`, kind: b.kind, runs: [{ text: b.text }] }, label: `${i + 1}.` })),
  };
}

describe('bold only on the heading part', () => {
  it('a numbered unit heading with its tasks in the same paragraph: label and lead-in bold, the task text regular', async () => {
    const docx = await renderAndUnzip(withOutline([{ kind: 'heading2', text: `Ban Tuyên giáo và Dân vận: ${TASK_TEXT}` }]));
    const p = paragraphWith(docx.document, 'Ban Tuyên giáo và Dân vận:');
    const bold = p.runs.filter(isBold).map((r) => r.text).join('');
    const regular = p.runs.filter((r) => !isBold(r)).map((r) => r.text).join('');
    expect(bold).toBe('1. Ban Tuyên giáo và Dân vận:');
    expect(regular.trim()).toBe(TASK_TEXT);
  });

  it('a heading line alone stays bold throughout, and so does a two-line heading without a colon', async () => {
    const long = 'Tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ, giải pháp phát triển kinh tế - xã hội, quốc phòng - an ninh';
    const docx = await renderAndUnzip(
      withOutline([
        { kind: 'heading2', text: 'Ủy ban nhân dân xã' },
        { kind: 'heading2', text: long },
        { kind: 'heading2', text: 'Nhiệm vụ trọng tâm tháng 5:' },
      ]),
    );
    for (const text of ['Ủy ban nhân dân xã', long, 'Nhiệm vụ trọng tâm tháng 5:']) {
      const p = paragraphWith(docx.document, text);
      expect(p.runs.every(isBold)).toBe(true);
    }
  });

  it('a long heading paragraph without a colon: the first sentence is its heading; a run the user made bold stays bold', () => {
    const text = `Về công tác xây dựng Đảng. ${TASK_TEXT} ${TASK_TEXT}`;
    expect(headingPartLength(text)).toBe('Về công tác xây dựng Đảng.'.length);
    const runs = styledBlockRuns(
      { kind: 'heading3', runs: [{ text: 'Đoàn Thanh niên: ' }, { text: 'tổ chức ' }, { text: 'Tháng Thanh niên', bold: true }, { text: ` ${TASK_TEXT}` }] },
      '2.1.',
      defaultFormatRules,
    );
    expect(runs.filter((r) => r.bold).map((r) => r.text)).toEqual(['2.1. ', 'Đoàn Thanh niên:', 'Tháng Thanh niên']);
    // "a)" is italic: the same split applies to its emphasis.
    const italic = styledBlockRuns({ kind: 'heading4', runs: [{ text: `Về kinh tế: ${TASK_TEXT}` }] }, 'a)', defaultFormatRules);
    expect(italic.filter((r) => r.italic).map((r) => r.text)).toEqual(['a) ', 'Về kinh tế:']);
    // A numbered sentence ("1. Việc đổi mới … còn hạn chế; … cấp trên.") is not a heading: its label alone is bold.
    const sentence = 'Việc đổi mới, nâng cao chất lượng sinh hoạt chi bộ còn hạn chế; nội dung sinh hoạt chuyên đề tại một số chi bộ chưa đầy đủ.';
    expect(headingPartLength(sentence)).toBe(0);
    expect(styledBlockRuns({ kind: 'heading2', runs: [{ text: sentence }] }, '1.', defaultFormatRules).filter((r) => r.bold).map((r) => r.text)).toEqual(['1. ']);
    expect(headingPartLength('Về công tác cán bộ.')).toBe('Về công tác cán bộ.'.length);
    // A plain paragraph is never bold, whatever its colon.
    const plain = styledBlockRuns({ kind: 'paragraph', runs: [{ text: `Kết quả: ${TASK_TEXT}` }] }, '', defaultFormatRules);
    expect(plain.some((r) => r.bold)).toBe(false);
  });
});

describe('keep-with-next only on short heading lines', () => {
  it('a short heading line keeps with its paragraph; a long headed paragraph and body text do not', async () => {
    const docx = await renderAndUnzip(
      withOutline([
        { kind: 'heading2', text: 'Ủy ban nhân dân xã' },
        { kind: 'paragraph', text: TASK_TEXT },
        { kind: 'heading2', text: `Ban Tuyên giáo và Dân vận: ${TASK_TEXT}` },
        { kind: 'heading2', text: `Đoàn Thanh niên xã: ${TASK_TEXT}` },
        { kind: 'paragraph', text: 'Giao Văn phòng Đảng ủy theo dõi, đôn đốc.' },
      ]),
    );
    const keep = (text: string) => has(paragraphWith(docx.document, text).props, 'w:keepNext');
    expect(keep('Ủy ban nhân dân xã')).toBe(true);
    expect(keep(TASK_TEXT.slice(0, 40))).toBe(false);
    expect(keep('Ban Tuyên giáo và Dân vận:')).toBe(false);
    expect(keep('Đoàn Thanh niên xã:')).toBe(false);
    // The last paragraph keeps with the signature.
    expect(keep('Giao Văn phòng Đảng ủy theo dõi')).toBe(true);
  });

  it('never chains more than three headings in a row (a template with empty sections)', async () => {
    const headings = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu'].map((n) => ({ kind: 'heading2' as const, text: `Đơn vị ${n}` }));
    const docx = await renderAndUnzip(withOutline([...headings, { kind: 'paragraph', text: TASK_TEXT }]));
    const kept = headings.map((h) => has(paragraphWith(docx.document, h.text).props, 'w:keepNext'));
    expect(kept).toEqual([true, true, true, false, true, true]);
  });
});

describe('the header never wraps "ĐẢNG CỘNG SẢN VIỆT NAM"', () => {
  const rules = defaultFormatRules;
  const { textWidthTwips } = pageGeometry(rules, 'portrait');
  const hb = rules.headerBlock;
  // Among the longest real names and dates: four-syllable communes, provinces with a dash.
  const cases: Array<[string, string, string]> = [
    ['ĐẢNG BỘ TỈNH BÀ RỊA – VŨNG TÀU', 'ĐẢNG ỦY XÃ NGUYỄN LƯƠNG BẰNG', 'Nguyễn Lương Bằng, ngày 28 tháng 12 năm 2026'],
    ['ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ', 'ĐẢNG ỦY PHƯỜNG HƯƠNG VINH', 'Hương Vinh, ngày 08 tháng 02 năm 2026'],
    ['ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH', 'ĐẢNG ỦY XÃ PHẠM VĂN CỘI', 'Phạm Văn Cội, ngày 31 tháng 10 năm 2026'],
    ['ĐẢNG BỘ TỈNH QUẢNG NGÃI', 'ĐẢNG ỦY XÃ BÌNH CHƯƠNG', 'Bình Chương, ngày 20 tháng 11 năm 2026'],
    ['ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH THANH HÓA', 'ĐẢNG ỦY XÃ HOẰNG THANH', 'Hoằng Thanh, ngày 28 tháng 12 năm 2026'],
    ['ĐẢNG BỘ TỈNH BẮC NINH', 'ĐẢNG ỦY XÃ ĐÔNG', 'Đông, ngày 05 tháng 3 năm 2026'],
  ];

  it.each(cases)('%s / %s: the right column holds both its lines with room to spare', (superior, committee, placeDate) => {
    const [left, right] = headerColumnWidths(rules, textWidthTwips, {
      left: [
        { text: superior, style: hb.superiorCommittee },
        { text: committee, style: hb.committee },
      ],
      right: [
        { text: hb.partyName.text, style: hb.partyName.style },
        { text: placeDate, style: hb.placeDate },
      ],
    });
    expect(left + right).toBe(textWidthTwips);
    const usable = right - 2 * rules.layoutTable.cellMarginTwips;
    expect(estimateTextWidthTwips(hb.partyName.text, hb.partyName.style)).toBeLessThanOrEqual(usable - 150);
    expect(estimateTextWidthTwips(placeDate, hb.placeDate)).toBeLessThanOrEqual(usable - 150);
    // The left column's names break at most once, each part fitting its column.
    for (const [text, style] of [[committee, hb.committee], [superior, hb.superiorCommittee]] as const) {
      const lines = headerNameLines(rules, text, style, left);
      if (lines.length === 2) for (const line of lines) expect(estimateTextWidthTwips(line, style)).toBeLessThanOrEqual(left);
    }
  });

  it('breaks a long name after its organisational prefix, so the place keeps its whole name', () => {
    expect(headerNameLines(rules, 'ĐẢNG ỦY XÃ NGUYỄN LƯƠNG BẰNG', hb.committee, 3400)).toEqual(['ĐẢNG ỦY XÃ', 'NGUYỄN LƯƠNG BẰNG']);
    expect(headerNameLines(rules, 'ĐẢNG BỘ TỈNH BÀ RỊA – VŨNG TÀU', hb.superiorCommittee, 3400)).toEqual(['ĐẢNG BỘ TỈNH', 'BÀ RỊA – VŨNG TÀU']);
    expect(headerNameLines(rules, 'ĐẢNG ỦY XÃ ĐÔNG', hb.committee, 3400)).toEqual(['ĐẢNG ỦY XÃ ĐÔNG']);
    // No known prefix: the most even break, never beside the dash.
    expect(headerNameLines(rules, 'CHI BỘ TRƯỜNG TRUNG HỌC CƠ SỞ LIÊN – XÃ', hb.committee, 3400)).not.toContainEqual(expect.stringMatching(/–$/u));
  });

  it('gives the party name the whole right column (no indents), the line under it on a paragraph of its own', async () => {
    const doc = buildConclusionDocument({ ...kienMinhInputFor(longNameProfile.committee) });
    const docx = await renderAndUnzip(doc);
    const party = paragraphWith(docx.document, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(has(party.props, 'w:ind')).toBe(false);
    const paragraphs = paragraphsOf(docx.document);
    const rule = paragraphs[paragraphs.findIndex((p) => p.text === 'ĐẢNG CỘNG SẢN VIỆT NAM') + 1]!;
    expect(rule.props).toContain('<w:top w:val="single"');
  });
});

function kienMinhInputFor(committee: string) {
  return {
    profile: { ...shortNameProfile, committee },
    kind: 'TB' as const,
    body: 'standingCommittee' as const,
    meetingId: null,
    templateKey: null,
    subtitle: null,
    summary: 'về công tác cán bộ',
    preamble: '',
    outline: [{ id: 'a', kind: 'paragraph' as const, runs: [{ text: 'Thống nhất.' }] }],
    recipients: [],
    signature: { authority: 'T/M' as const, onBehalfOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', signerName: 'Nguyễn Văn A', signerId: null },
    urgency: null,
    secrecy: null,
    numberSymbol: '01-TB/ĐU',
    issueDate: '2026-01-02',
    status: 'issued' as const,
  };
}

describe('mirrored margins for duplex printing', () => {
  it('sets w:mirrorMargins in settings.xml, in its schema place before w:defaultTabStop', async () => {
    const docx = await renderAndUnzip(kienMinhConclusion());
    const settings = docx.files['word/settings.xml'] ?? '';
    expect(settings).toContain('<w:mirrorMargins/>');
    expect(settings.indexOf('<w:mirrorMargins/>')).toBeLessThan(settings.indexOf('<w:defaultTabStop'));
    expect(settings.indexOf('<w:mirrorMargins/>')).toBeGreaterThan(settings.indexOf('<w:displayBackgroundShape/>'));
    // The inside (left) margin stays 30 mm, the outside 15 mm.
    expect(docx.document).toContain('w:left="1701"');
  });

  it('is added once, and not at all when the rule set turns it off', async () => {
    const xml = '<w:settings><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/></w:settings>';
    const once = withMirrorMargins(xml);
    expect(once).toBe('<w:settings><w:zoom w:percent="100"/><w:mirrorMargins/><w:defaultTabStop w:val="720"/></w:settings>');
    expect(withMirrorMargins(once)).toBe(once);
    const off = { ...defaultFormatRules, page: { ...defaultFormatRules.page, mirrorMargins: false } };
    const docx = await renderAndUnzip(kienMinhConclusion(), withFormatSettings(off, {}));
    expect(docx.files['word/settings.xml']).not.toContain('mirrorMargins');
  });
});

describe('recipients keep the rule’s punctuation', () => {
  it('"- …," on every line, superiors "(để báo cáo)", the archive line last with "."', async () => {
    const doc = buildConclusionDocument({
      ...kienMinhInputFor('ĐẢNG ỦY XÃ ĐÔNG'),
      recipients: [
        { unitId: null, text: 'Lưu VT', forReport: false },
        { unitId: null, text: 'Thường trực Tỉnh ủy', forReport: true },
        { unitId: null, text: '- Các chi bộ trực thuộc;', forReport: false },
        { unitId: null, text: 'UBND xã.', forReport: false },
      ],
    });
    const docx = await renderAndUnzip(doc);
    const at = paragraphsOf(docx.document).findIndex((p) => p.text === 'Nơi nhận:');
    const lines = paragraphsOf(docx.document)
      .slice(at + 1, at + 5)
      .map((p) => p.text);
    expect(lines).toEqual(['- Thường trực Tỉnh ủy (để báo cáo),', '- Các chi bộ trực thuộc,', '- UBND xã,', '- Lưu VT.']);
  });
});

describe('one date rule in generated text', () => {
  it('the generated opening writes documents\' dates as the rule does: "ngày 05/5/2026"', () => {
    const meeting = {
      id: 'm',
      createdAt: '',
      updatedAt: '',
      body: 'standingCommittee',
      kind: 'conference',
      sequenceNumber: null,
      termId: null,
      subject: 'công tác cán bộ',
      date: '2026-05-07',
      startTime: null,
      endTime: null,
      place: '',
      chair: null,
      secretary: null,
      attendanceSummary: '',
      attendees: [],
      invitedDelegates: [],
      presentedDocuments: [{ kind: 'TTr', numberSymbol: '27-TTr/ĐU', date: '2026-05-05', presenter: '', title: 'về công tác cán bộ' }],
      agenda: [],
      notes: '',
    } satisfies Meeting;
    const preamble = buildPreamble(meeting);
    expect(preamble).toContain('Tờ trình số 27-TTr/ĐU ngày 05/5/2026');
    expect(preamble).toContain('Ngày 07 tháng 5 năm 2026');
    expect(buildPreamble({ ...meeting, presentedDocuments: [{ ...meeting.presentedDocuments[0]!, date: '2026-02-09' }] })).toContain('ngày 09/02/2026');
  });
});
