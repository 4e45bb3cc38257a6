/**
 * Genre variations the corpus does not show, from synthetic conclusions
 * (synthetic-documents.ts), and inputs that must not crash the parser.
 */
import { describe, expect, it } from 'vitest';
import { importConclusionFile } from '../../../electron/import/import-conclusion';
import { ImportFileError } from '../../../electron/import/import-errors';
import { encodeSingleByte, unicodeToTcvn3, unicodeToVni } from '../../../electron/import/legacy-encoding';
import { parseConclusionText } from '../../../electron/import/parse-conclusion';
import { blockText } from '../../../shared/document/outline';
import {
  conferenceConclusion,
  flattenedTables,
  permanentBoardBriefing,
  sessionWithoutHeader,
} from './synthetic-documents';

describe('a BCH conference conclusion ("Số:", UỶ, lần thứ Hai, skipped number)', () => {
  const parsed = parseConclusionText(conferenceConclusion);

  it('reads the header, keeping the committee spelling as printed', () => {
    expect(parsed.superiorCommittee).toBe('ĐẢNG BỘ TỈNH NGHỆ AN');
    expect(parsed.committee).toBe('ĐẢNG UỶ XÃ NAM ĐÀN');
    expect(parsed.numberSymbol).toBe('12-KL/ĐU');
    expect(parsed.place).toBe('Nam Đàn');
    expect(parsed.issueDate).toBe('2026-03-05');
  });

  it('reads a KẾT LUẬN title and its trích yếu, stopping at the rule line', () => {
    expect(parsed.kind).toBe('KL');
    expect(parsed.title).toBe('KẾT LUẬN CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ');
    expect(parsed.subtitle).toBe('CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ');
    expect(parsed.summary).toBe('về công tác chuẩn bị Đại hội Chi bộ nhiệm kỳ 2026 - 2028');
  });

  it('reads the conference ordinal, chair written after "Chủ trì hội nghị:", and both paper forms', () => {
    expect(parsed.meeting).toEqual({
      date: '2026-03-03',
      body: 'BAN_CHAP_HANH',
      number: 'Hai',
      chair: 'Hoàng Văn Bình',
      chairTitle: 'Bí thư Đảng ủy xã',
      subject: 'đánh giá công tác chuẩn bị Đại hội các chi bộ trực thuộc',
      presentedDocuments: [
        { numberSymbol: '45-BC/ĐU', date: '2026-03-01' },
        { numberSymbol: '07-TTr/ĐU', date: '2026-03-02' },
      ],
    });
  });

  it('keeps a skipped number as printed and warns about it; "a)" nests under "II."', () => {
    expect(parsed.sections).toEqual([
      {
        number: 'I.',
        heading: 'ĐÁNH GIÁ CÔNG TÁC CHUẨN BỊ',
        children: [
          { number: '1.', heading: 'Về văn kiện', children: [] },
          { number: '3.', heading: 'Về nhân sự', children: [] },
        ],
      },
      {
        number: 'II.',
        heading: 'NHIỆM VỤ TRỌNG TÂM',
        children: [
          { number: 'a)', heading: 'Hoàn thiện văn kiện trước ngày 20/3/2026.', children: [] },
          { number: 'b)', heading: 'Tổ chức Đại hội điểm tại Chi bộ xóm 3.', children: [] },
        ],
      },
    ]);
    expect(parsed.warnings).toEqual(['Số mục không liên tục: sau “1.” là “3.”; đã giữ nguyên số như bản in.']);
    expect(parsed.outline.map((b) => [b.kind, b.label ?? null])).toEqual([
      ['heading1', 'I.'],
      ['heading2', '1.'],
      ['paragraph', null],
      ['heading2', '3.'],
      ['paragraph', null],
      ['heading1', 'II.'],
      ['heading4', 'a)'],
      ['heading4', 'b)'],
      ['subBullet', '+'],
      ['subBullet', '+'],
    ]);
    expect(blockText(parsed.outline[2] ?? { runs: [] })).toBe(
      'Các chi bộ đã xây dựng dự thảo báo cáo chính trị đúng hướng dẫn; một số chi bộ còn chậm tiến độ so với kế hoạch.',
    );
  });

  it('reads "Lưu: VPĐU" and a T/M signature, ignoring "(Đã ký)"', () => {
    expect(parsed.recipients).toEqual([
      'Ban Thường vụ Huyện ủy (để báo cáo)',
      'Các đồng chí Ủy viên BCH Đảng bộ xã',
      'Các chi bộ trực thuộc',
      'Lưu: VPĐU',
    ]);
    expect(parsed.signature).toEqual({ authority: 'T/M', onBehalfOf: 'BAN CHẤP HÀNH', title: 'BÍ THƯ', signer: 'Hoàng Văn Bình' });
  });
});

describe('a BTV session conclusion without a header (kỳ họp thứ 10, K/T)', () => {
  const parsed = parseConclusionText(sessionWithoutHeader);

  it('leaves the header fields null and says so', () => {
    expect(parsed.superiorCommittee).toBeNull();
    expect(parsed.committee).toBeNull();
    expect(parsed.numberSymbol).toBeNull();
    expect(parsed.place).toBeNull();
    expect(parsed.issueDate).toBeNull();
    expect(parsed.warnings).toEqual([
      'Văn bản không có phần đầu (tên cấp ủy, số và ký hiệu, địa danh và ngày ban hành); các trường này để trống.',
    ]);
  });

  it('reads the BTV abbreviation, the session number and a chair with a long title', () => {
    expect(parsed.meeting.body).toBe('BAN_THUONG_VU');
    expect(parsed.meeting.number).toBe('10');
    expect(parsed.meeting.date).toBe('2026-04-14');
    expect(parsed.meeting.chair).toBe('Lê Thị Mai');
    expect(parsed.meeting.chairTitle).toBe('Phó Bí thư Thường trực Đảng ủy');
    expect(parsed.meeting.subject).toBe('cho ý kiến về Kế hoạch chuyển đổi số năm 2026');
  });

  it('reads "Một là," ordinals as sections and ends the preamble at "như sau:"', () => {
    expect(parsed.sections.map((s) => s.number)).toEqual(['Một là,', 'Hai là,']);
    expect(parsed.preamble.split('\n')).toHaveLength(2);
    expect(parsed.outline[0]?.kind).toBe('ordinal');
  });

  it('reads a K/T signature and ignores "(Handwritten signature)"', () => {
    expect(parsed.signature).toEqual({
      authority: 'K/T',
      onBehalfOf: 'BÍ THƯ',
      title: 'PHÓ BÍ THƯ THƯỜNG TRỰC',
      signer: 'Lê Thị Mai',
    });
  });
});

describe('a Thường trực conclusion from an Đảng bộ phường', () => {
  const parsed = parseConclusionText(permanentBoardBriefing);

  it('reads a city-level superior, a ward committee and a numeric issue date', () => {
    expect(parsed.superiorCommittee).toBe('THÀNH ỦY HÀ NỘI');
    expect(parsed.committee).toBe('ĐẢNG BỘ PHƯỜNG HÀ ĐÔNG');
    expect(parsed.numberSymbol).toBe('105-TB/ĐU');
    expect(parsed.issueDate).toBe('2026-06-26');
  });

  it('recognises the Thường trực and a T/L signature', () => {
    expect(parsed.meeting.body).toBe('THUONG_TRUC');
    expect(parsed.meeting.date).toBe('2026-06-25');
    expect(parsed.meeting.chair).toBe('Trịnh Quốc Huy');
    expect(parsed.signature).toEqual({
      authority: 'T/L',
      onBehalfOf: 'THƯỜNG TRỰC ĐẢNG ỦY',
      title: 'CHÁNH VĂN PHÒNG',
      signer: 'Ngô Minh Tuấn',
    });
    expect(parsed.title).toBe('THÔNG BÁO Kết luận của Thường trực Đảng ủy tại buổi làm việc với Chi bộ Tổ dân phố số 5');
  });
});

describe('tables flattened by copy-paste (tab-separated cells, interleaved closing)', () => {
  const parsed = parseConclusionText(flattenedTables);

  it('splits the header cells back apart', () => {
    expect(parsed.superiorCommittee).toBe('ĐẢNG BỘ HUYỆN GIA LÂM');
    expect(parsed.committee).toBe('ĐẢNG ỦY XÃ ĐA TỐN');
    expect(parsed.place).toBe('Đa Tốn');
    expect(parsed.issueDate).toBe('2026-02-10');
    expect(parsed.numberSymbol).toBe('31-TB/ĐU');
  });

  it('separates recipients from an interleaved, lower-case "t/m" signature', () => {
    expect(parsed.recipients).toEqual(['Thường trực Huyện ủy (b/c)', 'Các chi bộ trực thuộc', 'Lưu VT, VPĐU']);
    expect(parsed.signature).toEqual({ authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', signer: 'Vũ Văn Hải' });
    expect(parsed.warnings).toEqual([]);
  });
});

describe('less common layouts', () => {
  it('accepts a sentence-case type line and a chair named after the title', () => {
    const parsed = parseConclusionText(
      [
        'Thông báo kết luận của Ban Thường vụ Đảng ủy',
        'về công tác tháng 5 năm 2026',
        '',
        'Ngày 07/5/2026, Ban Thường vụ Đảng ủy xã họp phiên thường kỳ. Đồng chí Bí thư Đảng ủy Nguyễn Văn An chủ trì.',
        '',
        '1. Nội dung một.',
        '',
        'Nơi nhận:',
        '- Lưu VPĐU.',
        '',
        'T/M BAN THƯỜNG VỤ',
        'BÍ THƯ',
        '',
        'Nguyễn Văn An',
      ].join('\n'),
    );
    expect(parsed.kind).toBe('TB');
    expect(parsed.title).toBe('Thông báo kết luận của Ban Thường vụ Đảng ủy');
    expect(parsed.summary).toBe('về công tác tháng 5 năm 2026');
    expect(parsed.meeting.chair).toBe('Nguyễn Văn An');
    expect(parsed.meeting.chairTitle).toBe('Bí thư Đảng ủy');
  });

  it('takes the commune line as the issuer when "BAN THƯỜNG VỤ" is printed under it', () => {
    const parsed = parseConclusionText('ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY XÃ THẠCH HÀ\nBAN THƯỜNG VỤ\n*\nSố 9-TB/ĐU\n\nTHÔNG BÁO\nKẾT LUẬN');
    expect(parsed.superiorCommittee).toBe('ĐẢNG BỘ TỈNH HÀ TĨNH');
    expect(parsed.committee).toBe('ĐẢNG ỦY XÃ THẠCH HÀ');
  });
});

describe('input that is not a clean Unicode conclusion', () => {
  it('normalises decomposed (NFD) input first', () => {
    const nfd = parseConclusionText(conferenceConclusion.normalize('NFD'));
    const nfc = parseConclusionText(conferenceConclusion);
    expect(nfd).toEqual(nfc);
  });

  it('accepts Windows line endings and non-breaking spaces', () => {
    const crlf = conferenceConclusion.replace(/\n/g, '\r\n').replace(/Số: 12/, 'Số:\u00A012');
    expect(parseConclusionText(crlf)).toEqual(parseConclusionText(conferenceConclusion));
  });

  it('returns an empty result with a warning for empty text', () => {
    for (const text of ['', '   \n\n  \t\n']) {
      const parsed = parseConclusionText(text);
      expect(parsed.sections).toEqual([]);
      expect(parsed.title).toBe('');
      expect(parsed.warnings).toEqual(['Văn bản trống, không có nội dung để nhận dạng.']);
    }
  });

  it('does not crash on text that is not a conclusion', () => {
    const noise = Array.from({ length: 400 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 9000))).join('');
    for (const text of [noise, 'Hello world', '* ** *** ** *', 'I.\n\nII.\n\n-\n\n+', 'T/M\n\nNơi nhận:']) {
      const parsed = parseConclusionText(text);
      expect(parsed.warnings.length).toBeGreaterThan(0);
      expect(() => JSON.stringify(parsed)).not.toThrow();
    }
  });

  it('reads a year-less date with the reference year when there is no issue date', () => {
    const text = sessionWithoutHeader.replace('Chiều ngày 14/4/2026', 'Chiều ngày 14/4');
    expect(parseConclusionText(text).meeting.date).toBeNull();
    expect(parseConclusionText(text, { referenceYear: 2027 }).meeting.date).toBe('2027-04-14');
  });
});

describe('importConclusionFile on text files', () => {
  it('imports a TCVN3 text file and notes the conversion', async () => {
    const bytes = Buffer.from(encodeSingleByte(unicodeToTcvn3(conferenceConclusion)));
    const parsed = await importConclusionFile(bytes, { fileName: 'ket-luan.txt' });
    expect(parsed.source).toMatchObject({ format: 'text', encoding: 'tcvn3', converted: true });
    expect(parsed.warnings[0]).toMatch(/TCVN3/);
    expect(parsed.committee).toBe('ĐẢNG UỶ XÃ NAM ĐÀN');
    expect(parsed.numberSymbol).toBe('12-KL/ĐU');
    expect(parsed.signature.signer).toBe('Hoàng Văn Bình');
  });

  it('imports a VNI text file exactly', async () => {
    const bytes = Buffer.from(encodeSingleByte(unicodeToVni(conferenceConclusion)));
    const parsed = await importConclusionFile(bytes);
    expect(parsed.source).toMatchObject({ format: 'text', encoding: 'vni', converted: true });
    const { source: _source, text: _text, warnings, ...rest } = parsed;
    const { warnings: expectedWarnings, ...expected } = parseConclusionText(conferenceConclusion);
    expect(rest).toEqual(expected);
    expect(warnings.slice(1)).toEqual(expectedWarnings);
  });

  it('imports UTF-16 LE with a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sessionWithoutHeader, 'utf16le')]);
    const parsed = await importConclusionFile(bytes);
    expect(parsed.source).toMatchObject({ format: 'text', encoding: 'utf16le', converted: false });
    expect(parsed.meeting.number).toBe('10');
  });

  it('rejects an empty file and binary garbage with typed errors', async () => {
    await expect(importConclusionFile(Buffer.alloc(0))).rejects.toMatchObject({ name: 'ImportFileError', reason: 'empty' });
    const garbage = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256));
    const error = await importConclusionFile(garbage).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).reason).toBe('binary');
    expect((error as ImportFileError).toValue().code).toBe('BAD_FILE');
  });
});
