/**
 * .docx import: a document built here with the `docx` package (header and signature as
 * borderless tables, bold/italic runs) is read back with mammoth and parsed.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxToMarkedText } from '../../../electron/import/docx-text';
import { htmlToMarkedText } from '../../../electron/import/html-to-marked-text';
import { importConclusionFile } from '../../../electron/import/import-conclusion';
import { ImportFileError } from '../../../electron/import/import-errors';
import { unicodeToTcvn3 } from '../../../electron/import/legacy-encoding';
import { blockText } from '../../../shared/document/outline';

type Line = string | TextRun[];

function para(line: Line): Paragraph {
  return new Paragraph({ children: typeof line === 'string' ? [new TextRun(line)] : line });
}

function cell(lines: Line[]): TableCell {
  return new TableCell({ children: lines.map(para) });
}

function row(left: Line[], right: Line[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ children: [cell(left), cell(right)] })],
  });
}

const bold = (text: string): TextRun[] => [new TextRun({ text, bold: true })];
const italic = (text: string): TextRun[] => [new TextRun({ text, italics: true })];

/** A conclusion laid out the way offices do it in Word; `map` lets a test re-encode the text. */
async function buildConclusion(map: (s: string) => string = (s) => s): Promise<Buffer> {
  const t = (s: string): string => map(s);
  const doc = new Document({
    sections: [
      {
        children: [
          row(
            [t('ĐẢNG BỘ TỈNH NINH BÌNH'), bold(t('ĐẢNG ỦY XÃ GIA VIỄN')), '*', t('Số 15-KL/ĐU')],
            [bold(t('ĐẢNG CỘNG SẢN VIỆT NAM')), italic(t('Gia Viễn, ngày 20 tháng 3 năm 2026'))],
          ),
          para(bold(t('KẾT LUẬN'))),
          para(bold(t('CỦA BAN THƯỜNG VỤ ĐẢNG ỦY'))),
          para(bold(t('về công tác chuyển đổi số năm 2026'))),
          para(
            t(
              'Ngày 18/3/2026, Ban Thường vụ Đảng ủy xã tổ chức kỳ họp thứ 12 để cho ý kiến về công tác chuyển đổi số. ' +
                'Đồng chí Phạm Thị Hoa, Bí thư Đảng ủy chủ trì kỳ họp. Sau khi nghe Tờ trình số 09-TTr/ĐU ngày 15/3/2026 ' +
                'của Văn phòng Đảng ủy, Ban Thường vụ kết luận như sau:',
            ),
          ),
          para(bold(t('1. Đánh giá chung'))),
          para([
            new TextRun(t('- Công tác chuyển đổi số có ')),
            new TextRun({ text: t('chuyển biến'), bold: true }),
            new TextRun(t(' tích cực; ')),
            new TextRun({ text: t('tuy nhiên'), italics: true }),
            new TextRun(t(' còn hạn chế.')),
          ]),
          para(bold(t('2. Nhiệm vụ thời gian tới'))),
          para(italic(t('a) Về hạ tầng'))),
          para(t('- Hoàn thành mạng nội bộ & wifi <quý II>.')),
          row(
            [t('Nơi nhận:'), t('- Thường trực Huyện ủy (để báo cáo),'), t('- Các chi bộ trực thuộc,'), t('- Lưu VPĐU.')],
            [bold(t('K/T BÍ THƯ')), bold(t('PHÓ BÍ THƯ')), t('(Đã ký)'), bold(t('Nguyễn Văn Nam'))],
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('docxToMarkedText', () => {
  it('reads paragraphs, table cells and bold/italic runs into the corpus form', async () => {
    const { text, warnings } = await docxToMarkedText(await buildConclusion());
    expect(warnings).toEqual([]);
    const paragraphs = text.split('\n\n');
    expect(paragraphs.slice(0, 6)).toEqual([
      'ĐẢNG BỘ TỈNH NINH BÌNH',
      '**ĐẢNG ỦY XÃ GIA VIỄN**',
      '*',
      'Số 15-KL/ĐU',
      '**ĐẢNG CỘNG SẢN VIỆT NAM**',
      '*Gia Viễn, ngày 20 tháng 3 năm 2026*',
    ]);
    expect(paragraphs).toContain('- Công tác chuyển đổi số có **chuyển biến** tích cực; *tuy nhiên* còn hạn chế.');
    expect(paragraphs).toContain('- Hoàn thành mạng nội bộ & wifi <quý II>.');
  });

  it('imports and parses the document', async () => {
    const parsed = await importConclusionFile(await buildConclusion(), { fileName: 'ket-luan.docx' });
    expect(parsed.source).toMatchObject({ format: 'docx', encoding: 'utf8', converted: false });
    expect(parsed.kind).toBe('KL');
    expect(parsed.title).toBe('KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY');
    expect(parsed.summary).toBe('về công tác chuyển đổi số năm 2026');
    expect(parsed.superiorCommittee).toBe('ĐẢNG BỘ TỈNH NINH BÌNH');
    expect(parsed.committee).toBe('ĐẢNG ỦY XÃ GIA VIỄN');
    expect(parsed.numberSymbol).toBe('15-KL/ĐU');
    expect(parsed.place).toBe('Gia Viễn');
    expect(parsed.issueDate).toBe('2026-03-20');
    expect(parsed.meeting).toEqual({
      date: '2026-03-18',
      body: 'BAN_THUONG_VU',
      number: '12',
      chair: 'Phạm Thị Hoa',
      chairTitle: 'Bí thư Đảng ủy',
      subject: 'cho ý kiến về công tác chuyển đổi số',
      presentedDocuments: [{ numberSymbol: '09-TTr/ĐU', date: '2026-03-15' }],
    });
    expect(parsed.sections).toEqual([
      { number: '1.', heading: 'Đánh giá chung', children: [] },
      { number: '2.', heading: 'Nhiệm vụ thời gian tới', children: [{ number: 'a)', heading: 'Về hạ tầng', children: [] }] },
    ]);
    expect(parsed.recipients).toEqual(['Thường trực Huyện ủy (để báo cáo)', 'Các chi bộ trực thuộc', 'Lưu VPĐU']);
    expect(parsed.signature).toEqual({ authority: 'K/T', onBehalfOf: 'BÍ THƯ', title: 'PHÓ BÍ THƯ', signer: 'Nguyễn Văn Nam' });
    expect(parsed.warnings).toEqual([]);

    const bullet = parsed.outline.find((b) => b.kind === 'bullet');
    expect(bullet?.label).toBe('-');
    expect(bullet?.runs).toEqual([
      { text: 'Công tác chuyển đổi số có ' },
      { text: 'chuyển biến', bold: true },
      { text: ' tích cực; ' },
      { text: 'tuy nhiên', italic: true },
      { text: ' còn hạn chế.' },
    ]);
    const heading = parsed.outline.find((b) => b.label === '1.');
    expect(heading?.kind).toBe('heading2');
    expect(heading?.runs).toEqual([{ text: 'Đánh giá chung', bold: true }]);
    expect(parsed.outline.map((b) => blockText(b)).join(' ')).not.toContain('*');
  });

  it('converts a .docx typed in the TCVN3 .VnTime font', async () => {
    const parsed = await importConclusionFile(await buildConclusion(unicodeToTcvn3));
    expect(parsed.source).toMatchObject({ format: 'docx', encoding: 'tcvn3', converted: true });
    expect(parsed.warnings[0]).toContain('TCVN3');
    expect(parsed.committee).toBe('ĐẢNG ỦY XÃ GIA VIỄN');
    expect(parsed.title).toBe('KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY');
    expect(parsed.numberSymbol).toBe('15-KL/ĐU');
    expect(parsed.signature.signer).toBe('Nguyễn Văn Nam');
  });

  it('notes Word automatic numbering, whose printed labels mammoth cannot see', () => {
    const { text, usedAutoNumbering } = htmlToMarkedText(
      '<ol><li>Đánh giá chung<ul><li>Ý một</li></ul></li><li>Nhiệm vụ</li></ol><p>Đoạn <strong>đậm</strong><br />dòng hai</p>',
    );
    expect(usedAutoNumbering).toBe(true);
    expect(text).toBe('1. Đánh giá chung\n\n+ Ý một\n\n2. Nhiệm vụ\n\nĐoạn **đậm**\ndòng hai');
  });

  it('drops footnote references and bodies', () => {
    const { text } = htmlToMarkedText(
      '<p>Nội dung<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> chính.</p><ol><li id="footnote-1"><p>Chú thích. <a href="#footnote-ref-1">↑</a></p></li></ol>',
    );
    expect(text).toBe('Nội dung chính.');
  });
});

describe('files that are not a readable .docx', () => {
  async function failure(buffer: Buffer): Promise<ImportFileError> {
    try {
      await docxToMarkedText(buffer);
    } catch (error) {
      if (error instanceof ImportFileError) return error;
      throw error;
    }
    throw new Error('expected an ImportFileError');
  }

  it('rejects an empty buffer', async () => {
    expect((await failure(Buffer.alloc(0))).reason).toBe('empty');
  });

  it('rejects bytes that are not a ZIP', async () => {
    const error = await failure(Buffer.from('Đây là văn bản thường, không phải Word.'));
    expect(error.reason).toBe('not-docx');
    expect(error.code).toBe('BAD_FILE');
    expect(error.userMessage).toMatch(/Word/);
  });

  it('rejects a ZIP of something else', async () => {
    const zip = Buffer.from(zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') }));
    expect((await failure(zip)).reason).toBe('not-docx');
  });

  it('rejects a truncated ZIP', async () => {
    const full = await buildConclusion();
    expect((await failure(full.subarray(0, 200))).reason).toBe('corrupt-docx');
  });

  it('rejects garbage that starts like a ZIP', async () => {
    const garbage = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(Array.from({ length: 500 }, (_, i) => (i * 37) % 256))]);
    expect(['corrupt-docx', 'not-docx']).toContain((await failure(garbage)).reason);
  });

  it('explains that a Word 97–2003 .doc must be saved as .docx', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const error = await failure(ole);
    expect(error.reason).toBe('legacy-doc');
    expect(error.userMessage).toMatch(/\.docx/);
  });
});
