import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  convertLegacyVietnamese,
  decodeTextBuffer,
  encodeSingleByte,
  tcvn3ToUnicode,
  unicodeToTcvn3,
  unicodeToVni,
  vniToUnicode,
} from '../../../electron/import/legacy-encoding';
import { parseConclusionText } from '../../../electron/import/parse-conclusion';
import { FLOW_FILES } from '../../support/corpus';

/** The project's own conclusions (test/support/corpus.ts), not the corpus beside the project. */
const own = (f: { dir: string; name: string }): string => readFileSync(path.join(f.dir, f.name), 'utf8');
const [kienMinh, quangPhu, dienChau] = FLOW_FILES.map(own) as [string, string, string];

/** Every Vietnamese letter with a diacritic, lower-case (NFC). */
const LOWER_LETTERS =
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';

function latin1Bytes(text: string): Buffer {
  return Buffer.from(encodeSingleByte(text));
}

describe('TCVN3 (ABC, .VnTime)', () => {
  it('reads strings typed in the old fonts', () => {
    // Written as such strings appear in old files opened without the .VnTime font.
    expect(tcvn3ToUnicode('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(tcvn3ToUnicode('§éc lËp - Tù do - H¹nh phóc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(tcvn3ToUnicode('Th«ng b¸o kÕt luËn cña Ban Th­êng vô')).toBe('Thông báo kết luận của Ban Thường vụ');
    expect(tcvn3ToUnicode('®ång chÝ BÝ th­ §¶ng uû')).toBe('đồng chí Bí thư Đảng uỷ');
  });

  it('restores capitals printed with .VnTimeH', () => {
    expect(tcvn3ToUnicode('§¶NG CéNG S¶N VIÖT NAM')).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(tcvn3ToUnicode('KÕT LUËN CñA BAN TH¦êNG Vô §¶NG ñY')).toBe('KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY');
    // One capital abbreviation on a line does not make it a capitals line.
    expect(tcvn3ToUnicode('Sè 62-TB/§U')).toBe('Số 62-TB/ĐU');
    // A toned vowel opening a sentence lost its capital with the font; it is restored.
    expect(tcvn3ToUnicode('ñy ban nh©n d©n x·. ñy ban MTTQ')).toBe('Ủy ban nhân dân xã. Ủy ban MTTQ');
  });

  it('round-trips every lower-case letter and every capital in a capitals word', () => {
    const lower = [...LOWER_LETTERS].map((ch) => `t${ch}ng`).join(' ');
    expect(tcvn3ToUnicode(unicodeToTcvn3(lower))).toBe(lower);
    const upper = [...LOWER_LETTERS].map((ch) => `T${ch.toUpperCase()}NG`).join(' ');
    expect(tcvn3ToUnicode(unicodeToTcvn3(upper))).toBe(upper);
  });

  it('decodes a whole conclusion saved as TCVN3 bytes', () => {
    const original = kienMinh;
    const decoded = decodeTextBuffer(latin1Bytes(unicodeToTcvn3(original)));
    expect(decoded.encoding).toBe('tcvn3');
    expect(decoded.converted).toBe(true);
    // Title-case toned capitals ("Ủy viên") cannot be told from lower case in TCVN3.
    expect(decoded.text.toLowerCase()).toBe(original.normalize('NFC').toLowerCase());
    const parsed = parseConclusionText(decoded.text);
    expect(parsed.committee).toBe('ĐẢNG ỦY XÃ KIẾN MINH');
    expect(parsed.numberSymbol).toBe('62-TB/ĐU');
    expect(parsed.issueDate).toBe('2026-05-08');
    expect(parsed.signature.signer?.toLowerCase()).toBe('đỗ đức úy');
  });

  it('keeps Windows-1252 punctuation of the old code page', () => {
    const bytes = Buffer.concat([Buffer.from([0x93]), latin1Bytes('ViÖt Nam'), Buffer.from([0x94, 0x20, 0x96, 0x20])]);
    expect(decodeTextBuffer(bytes).text).toBe('“Việt Nam” – ');
  });
});

describe('VNI (VNI-Times)', () => {
  it('reads strings typed in the old fonts', () => {
    expect(vniToUnicode('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(vniToUnicode('Ñoäc laäp - Töï do - Haïnh phuùc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(vniToUnicode('ÑAÛNG COÄNG SAÛN VIEÄT NAM')).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(vniToUnicode('Thöôøng vuï Ñaûng uûy, naêm 2026, kyø hoïp')).toBe('Thường vụ Đảng ủy, năm 2026, kỳ họp');
  });

  it('round-trips every letter in both cases exactly', () => {
    const all = [...LOWER_LETTERS].flatMap((ch) => [`t${ch}ng`, `T${ch.toUpperCase()}NG`, `${ch.toUpperCase()}p`]).join(' ');
    expect(vniToUnicode(unicodeToVni(all))).toBe(all);
  });

  it('decodes a whole conclusion saved as VNI bytes', () => {
    const original = dienChau;
    const decoded = decodeTextBuffer(latin1Bytes(unicodeToVni(original)));
    expect(decoded.encoding).toBe('vni');
    expect(decoded.converted).toBe(true);
    expect(decoded.text).toBe(original.normalize('NFC'));
  });
});

describe('Unicode files', () => {
  const sample = 'ĐẢNG ỦY XÃ KIẾN MINH\nThông báo kết luận của Ban Thường vụ Đảng ủy';

  it('decodes UTF-8 with and without BOM', () => {
    for (const bytes of [Buffer.from(sample, 'utf8'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)])]) {
      expect(decodeTextBuffer(bytes)).toMatchObject({ text: sample, encoding: 'utf8', converted: false });
    }
  });

  it('decodes UTF-16 LE and BE, with a BOM or sniffed without one', () => {
    const le = Buffer.from(sample, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeTextBuffer(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toMatchObject({ text: sample, encoding: 'utf16le', converted: false });
    expect(decodeTextBuffer(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text: sample, encoding: 'utf16be', converted: false });
    expect(decodeTextBuffer(le)).toMatchObject({ text: sample, encoding: 'utf16le', converted: false });
    expect(decodeTextBuffer(be)).toMatchObject({ text: sample, encoding: 'utf16be', converted: false });
  });

  it('normalises decomposed text to NFC', () => {
    const nfd = sample.normalize('NFD');
    expect(nfd).not.toBe(sample);
    expect(decodeTextBuffer(Buffer.from(nfd, 'utf8')).text).toBe(sample);
    expect(convertLegacyVietnamese(nfd)).toMatchObject({ text: sample, encoding: 'unicode', converted: false });
  });

  it('never converts ordinary Unicode Vietnamese or plain ASCII', () => {
    for (const [name, text] of Object.entries({ kienMinh, quangPhu, dienChau })) {
      expect(decodeTextBuffer(Buffer.from(text, 'utf8')).converted, name).toBe(false);
      expect(convertLegacyVietnamese(text).encoding, name).toBe('unicode');
    }
    const ascii = 'Report 2026: 25/33 targets met (75.8%).';
    expect(decodeTextBuffer(Buffer.from(ascii))).toMatchObject({ text: ascii, encoding: 'utf8', converted: false });
  });

  it('is not fooled by a few Latin-1 symbols in Unicode text', () => {
    const text = 'Nhiệt độ 30°C, «Dân vận khéo» © 2026 — giá ½ triệu đồng; khu vực § 3 và hòa, hoà, khỏe, khoẻ, thuỷ.';
    expect(convertLegacyVietnamese(text)).toMatchObject({ text, encoding: 'unicode', converted: false });
  });
});
