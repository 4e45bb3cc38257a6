/** The small recognisers the parser is built from. */
import { describe, expect, it } from 'vitest';
import { isContinuation, joinBrokenParagraphs } from '../../../electron/import/body-paragraphs';
import { readClosing } from '../../../electron/import/closing-block';
import { findDates, readFirstDate } from '../../../electron/import/date-phrases';
import { foldSameLength } from '../../../electron/import/fold-index';
import { readHeader } from '../../../electron/import/header-block';
import { parseMarkedRuns, stripMarkers } from '../../../electron/import/marked-text';
import { readMeeting } from '../../../electron/import/meeting-preamble';
import { documentTypeOf, tidyNumberSymbol } from '../../../electron/import/number-symbol';
import { matchLabel, romanValue } from '../../../electron/import/outline-labels';
import { toSourceLines } from '../../../electron/import/source-lines';
import { isVietnameseSyllable } from '../../../electron/import/vietnamese-syllable';

describe('date phrases', () => {
  it.each([
    ['ngày 08 tháng 05 năm 2026', '2026-05-08'],
    ['ngày 8 tháng 5 năm 2026', '2026-05-08'],
    ['Sáng ngày 29 tháng 01 năm 2026, BCH …', '2026-01-29'],
    ['29 tháng 01 năm 2026', '2026-01-29'],
    ['ngày 26/6/2026', '2026-06-26'],
    ['ngày 07/8/2025 của Ban Thường vụ', '2025-08-07'],
    ['ngày 26-6-2026', '2026-06-26'],
    ['ngày 26.06.2026', '2026-06-26'],
    ['trong hai ngày 26 và 27/6/2026', '2026-06-26'],
    ['NGÀY 20 THÁNG 02 NĂM 2018', '2018-02-20'],
  ])('%s → %s', (text, iso) => {
    expect(readFirstDate(text)).toBe(iso);
  });

  it('ignores month/year pairs, term ranges and impossible dates', () => {
    for (const text of ['tháng 02/2026', 'nhiệm kỳ 2026-2031', 'ngày 31/02/2026', '25/33 chỉ tiêu', 'năm 2026']) {
      expect(readFirstDate(text), text).toBeNull();
    }
  });

  it('reads a date without year only with a reference year', () => {
    expect(readFirstDate('ngày 26/6')).toBeNull();
    expect(readFirstDate('ngày 26/6', 2026)).toBe('2026-06-26');
    expect(readFirstDate('ngày 03 tháng 4', 2026)).toBe('2026-04-03');
  });

  it('reports positions in order', () => {
    const found = findDates('Tờ trình ngày 25/6/2026; Báo cáo ngày 22 tháng 6 năm 2026');
    expect(found.map((d) => d.iso)).toEqual(['2026-06-25', '2026-06-22']);
    expect(found[0]?.index).toBe(9);
  });
});

describe('number and symbol', () => {
  it('tidies spacing and reads the type', () => {
    expect(tidyNumberSymbol('62 - TB / ĐU.')).toBe('62-TB/ĐU');
    expect(documentTypeOf('62-TB/ĐU')).toBe('TB');
    expect(documentTypeOf('127/BC-ĐU')).toBe('BC');
    expect(documentTypeOf('01/2026/NQ-HĐND')).toBe('NQ');
  });
});

describe('outline labels', () => {
  it.each([
    ['I. Kết quả', 'roman', 'I.'],
    ['IV- Nhiệm vụ', 'roman', 'IV-'],
    ['2. Nhiệm vụ', 'arabic', '2.'],
    ['3) Nhiệm vụ', 'arabic', '3)'],
    ['2.1. Về công tác', 'decimal', '2.1.'],
    ['2.1 Về công tác', 'decimal', '2.1'],
    ['1.2.3. Chi tiết', 'decimal', '1.2.3.'],
    ['a) Về hạ tầng', 'letter', 'a)'],
    ['đ) Mục đ', 'letter', 'đ)'],
    ['Một là, tiếp tục', 'ordinal', 'Một là,'],
    ['Mười hai là, …', 'ordinal', 'Mười hai là,'],
    ['Thứ nhất, về', 'ordinal', 'Thứ nhất,'],
    ['- Tập trung', 'bullet', '-'],
    ['-Tập trung', 'bullet', '-'],
    ['– Tập trung', 'bullet', '–'],
    ['+ Chi bộ', 'subBullet', '+'],
    ['A. PHẦN MỘT', 'upperLetter', 'A.'],
  ])('%s', (text, style, label) => {
    const m = matchLabel(text);
    expect(m?.style).toBe(style);
    expect(m?.label).toBe(label);
  });

  it('does not take numbers in prose for labels', () => {
    for (const text of ['2026. Trung tâm', '3.500 lượt khách', '07/8/2025 của', '25/33 chỉ tiêu', 'Ban Thường vụ', 'Vì người nghèo']) {
      expect(matchLabel(text), text).toBeNull();
    }
    expect(romanValue('IIII')).toBeNull();
    expect(romanValue('XIV')).toBe(14);
  });
});

describe('marked text', () => {
  it('pairs markers, also across line breaks', () => {
    expect(parseMarkedRuns('**T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG**')).toEqual([
      { text: 'T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG', bold: true },
    ]);
    expect(parseMarkedRuns('- *Công tác dân vận*: Tăng cường **25/33**')).toEqual([
      { text: '- ' },
      { text: 'Công tác dân vận', italic: true },
      { text: ': Tăng cường ' },
      { text: '25/33', bold: true },
    ]);
  });

  it('keeps an ornament star and an unpaired marker literal', () => {
    expect(stripMarkers('ĐẢNG ỦY XÃ A\n*\nSố 5-TB/ĐU *Mật*')).toBe('ĐẢNG ỦY XÃ A\n*\nSố 5-TB/ĐU Mật');
    expect(stripMarkers('Giá 5* và **đậm**')).toBe('Giá 5* và đậm');
  });
});

describe('folding', () => {
  it('keeps the length and folds both ỦY and UỶ', () => {
    for (const text of ['ĐẢNG ỦY', 'ĐẢNG UỶ', 'Thường trực Đảng uỷ', 'x\u0301 (NFD mark)']) {
      expect(foldSameLength(text)).toHaveLength(text.length);
    }
    expect(foldSameLength('ĐẢNG ỦY')).toBe(foldSameLength('ĐẢNG UỶ'));
  });
});

describe('page-break joining', () => {
  it('joins a lower-case tail and a number that is not a heading', () => {
    const lines = toSourceLines('Quốc phòng - an ninh được giữ\n\nvững; an ninh ổn định.\n\nnăm\n\n2026. Trung tâm hoạt động.\n\n2. Mục mới');
    expect(joinBrokenParagraphs(lines).map((p) => p.text)).toEqual([
      'Quốc phòng - an ninh được giữ vững; an ninh ổn định. năm 2026. Trung tâm hoạt động.',
      '2. Mục mới',
    ].flatMap((t, i) => (i === 0 ? ['Quốc phòng - an ninh được giữ vững; an ninh ổn định.', 'năm 2026. Trung tâm hoạt động.'] : [t])));
  });

  it('never swallows a heading, a bullet or a new sentence', () => {
    expect(isContinuation('a) Về hạ tầng')).toBe(false);
    expect(isContinuation('2. Nhiệm vụ')).toBe(false);
    expect(isContinuation('- Tập trung')).toBe(false);
    expect(isContinuation('Trong tháng')).toBe(false);
    expect(isContinuation('học liệu số;')).toBe(true);
  });
});

describe('header block', () => {
  it('reads urgency, secrecy, a draft mark and a blank number', () => {
    const info = readHeader(
      toSourceLines('ĐẢNG BỘ TỈNH X\nĐẢNG ỦY XÃ Y\n*\nSố      -TB/ĐU\nKHẨN\nMẬT\nDỰ THẢO\nĐẢNG CỘNG SẢN VIỆT NAM\nY, ngày    tháng    năm 2026'),
    );
    expect(info).toMatchObject({
      superiorCommittee: 'ĐẢNG BỘ TỈNH X',
      committee: 'ĐẢNG ỦY XÃ Y',
      numberSymbol: null,
      blankNumber: true,
      urgency: 'KHẨN',
      secrecy: 'MẬT',
      draft: true,
      place: 'Y',
      issueDate: null,
      blankDate: true,
    });
  });

  it('joins a committee name wrapped over two lines', () => {
    const info = readHeader(toSourceLines('ĐẢNG BỘ TỈNH\nTHÁI BÌNH\nĐẢNG ỦY XÃ AN BÌNH\nSố 7-KL/ĐU'));
    expect(info.superiorCommittee).toBe('ĐẢNG BỘ TỈNH THÁI BÌNH');
    expect(info.committee).toBe('ĐẢNG ỦY XÃ AN BÌNH');
  });
});

describe('closing block', () => {
  it('reads the state-style "TM." and a title on the authority line', () => {
    const closing = readClosing(toSourceLines('Nơi nhận: - Như trên;\n- Lưu VPĐU.\n\nTM. BAN THƯỜNG VỤ\n\n(Ký, đóng dấu)\n\nNGUYỄN VĂN AN'));
    expect(closing.recipients).toEqual(['Như trên', 'Lưu VPĐU']);
    expect(closing.signature).toEqual({ authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', title: null, signer: 'NGUYỄN VĂN AN' });
  });

  it('splits "T/L BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG" printed on one line; reads T/UQ', () => {
    expect(readClosing(toSourceLines('T/L BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG\n\nĐỗ Đức Úy')).signature).toEqual({
      authority: 'T/L',
      onBehalfOf: 'BAN THƯỜNG VỤ',
      title: 'CHÁNH VĂN PHÒNG',
      signer: 'Đỗ Đức Úy',
    });
    expect(readClosing(toSourceLines('T/UQ BÍ THƯ\nCHÁNH VĂN PHÒNG\nLê Văn Tám')).signature.authority).toBe('T/UQ');
  });

  it('joins a recipient wrapped over two lines and reads items without dashes', () => {
    const closing = readClosing(
      toSourceLines('Nơi nhận:\n- Đ/c Bùi Văn Thăng, UVBTVTU, Giám đốc Sở Nông nghiệp và\nMôi trường (báo cáo),\nCác chi bộ;\nLưu VPĐU'),
    );
    expect(closing.recipients).toEqual([
      'Đ/c Bùi Văn Thăng, UVBTVTU, Giám đốc Sở Nông nghiệp và Môi trường (báo cáo)',
      'Các chi bộ',
      'Lưu VPĐU',
    ]);
  });
});

describe('meeting preamble', () => {
  it('reads "Hội nghị Ban Chấp hành … lần thứ Mười lăm" and a chair introduced by "do"', () => {
    const m = readMeeting(
      'Ngày 10/12/2026, Hội nghị Ban Chấp hành Đảng bộ xã lần thứ Mười lăm được tổ chức nhằm tổng kết công tác năm 2026, do đồng chí Nguyễn Thị Lan - Bí thư Đảng ủy chủ trì.',
    );
    expect(m).toMatchObject({
      date: '2026-12-10',
      body: 'BAN_CHAP_HANH',
      number: 'Mười lăm',
      chair: 'Nguyễn Thị Lan',
      chairTitle: 'Bí thư Đảng ủy',
      subject: 'tổng kết công tác năm 2026',
    });
  });

  it('does not mistake "phối hợp" for a meeting or a member of the BTV for the body', () => {
    const m = readMeeting(
      'Tham dự có các đồng chí Ủy viên Ban Thường vụ. Ngày 02/4/2026, Thường trực Đảng ủy họp phối hợp với Ủy ban MTTQ. Đồng chí Trần Văn A, Phó Bí thư Thường trực chủ trì.',
    );
    expect(m.body).toBe('THUONG_TRUC');
    expect(m.date).toBe('2026-04-02');
    expect(m.chair).toBe('Trần Văn A');
  });

  it('takes cited papers only after "nghe", not the legal basis before it', () => {
    const m = readMeeting(
      'Thực hiện Quy chế làm việc số 01-QC/ĐU ngày 05/01/2026, sau khi nghe Đề án số 03-ĐA/ĐU ngày 01/3/2026 và Kế hoạch số 12/KH-UBND, Ban Thường vụ kết luận:',
    );
    expect(m.presentedDocuments).toEqual([
      { numberSymbol: '03-ĐA/ĐU', date: '2026-03-01' },
      { numberSymbol: '12/KH-UBND', date: null },
    ]);
  });
});

describe('syllable check used by encoding detection', () => {
  it('accepts Vietnamese syllables and rejects legacy-encoded words', () => {
    for (const w of ['Nghiêng', 'khuỷu', 'gì', 'Đảng', 'thuở', 'quyết', 'hoà', 'ỦY']) expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of ['§¶NG', 'ViÖt', 'Vieät', 'x·', 'ñy', 'thaùng']) expect(isVietnameseSyllable(w), w).toBe(false);
  });
});
