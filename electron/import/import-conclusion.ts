/**
 * Entry point for importing a conclusion file (used by the service and the CLI): sniff the
 * format, read .docx with mammoth or decode a text file (UTF-8/16, TCVN3, VNI), then parse.
 */
import { docxToMarkedText } from './docx-text';
import { ImportFileError } from './import-errors';
import { convertLegacyVietnamese, decodeTextBuffer, type EncodingDetection, type TextEncodingName } from './legacy-encoding';
import { parseConclusionText, type ParseConclusionOptions, type ParsedConclusion } from './parse-conclusion';

export interface ImportSource {
  format: 'docx' | 'text';
  /** Text encoding of the source; for .docx, 'utf8' unless legacy fonts were converted. */
  encoding: TextEncodingName;
  converted: boolean;
  /** How sure the encoding is, with the share of real syllables of each reading tried. */
  detection: EncodingDetection;
}

export interface ImportedConclusion extends ParsedConclusion {
  source: ImportSource;
  /** The decoded text that was parsed (for the review screen and the duplicate check). */
  text: string;
}

export interface ImportConclusionOptions extends ParseConclusionOptions {
  /** Used only to sniff the format when the bytes do not tell. */
  fileName?: string;
}

const CONVERSION_NOTES: Partial<Record<TextEncodingName, string>> = {
  tcvn3: 'Tệp dùng bảng mã TCVN3 (ABC, phông .VnTime); đã chuyển sang Unicode. Chữ in hoa có dấu cần được kiểm tra lại.',
  vni: 'Tệp dùng bảng mã VNI (phông VNI-Times); đã chuyển sang Unicode.',
  cp1258: 'Tệp dùng bảng mã Windows-1258 (tiếng Việt của Windows); đã chuyển sang Unicode.',
};

/** Text that decodes to control characters or replacement marks is not a document. */
function assertLooksLikeText(text: string): void {
  let bad = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0 || code === 0xfffd || (code < 0x20 && ch !== '\n' && ch !== '\r' && ch !== '\t' && ch !== '\f')) {
      bad += 1;
    }
  }
  if (text.includes('\u0000') || bad / Math.max(1, text.length) > 0.01) {
    throw new ImportFileError('binary', `Decoded text has ${bad} control/replacement characters of ${text.length}`);
  }
}

export async function importConclusionFile(
  buffer: Buffer,
  options: ImportConclusionOptions = {},
): Promise<ImportedConclusion> {
  if (buffer.length === 0) throw new ImportFileError('empty', 'Input file is empty');
  const isZip = buffer[0] === 0x50 && buffer[1] === 0x4b;
  const isOle = buffer[0] === 0xd0 && buffer[1] === 0xcf && buffer[2] === 0x11 && buffer[3] === 0xe0;
  const namedDocx = /\.docx?$/i.test(options.fileName ?? '');

  const notes: string[] = [];
  let text: string;
  let source: ImportSource;
  if (isZip || isOle || namedDocx) {
    const docx = await docxToMarkedText(buffer);
    const legacy = convertLegacyVietnamese(docx.text);
    text = legacy.text;
    const encoding: TextEncodingName = legacy.encoding === 'unicode' ? 'utf8' : legacy.encoding;
    source = { format: 'docx', encoding, converted: legacy.converted, detection: legacy.detection };
    notes.push(...docx.warnings);
  } else {
    const decoded = decodeTextBuffer(buffer);
    assertLooksLikeText(decoded.text);
    text = decoded.text;
    source = { format: 'text', encoding: decoded.encoding, converted: decoded.converted, detection: decoded.detection };
  }
  const note = source.converted ? CONVERSION_NOTES[source.encoding] : undefined;
  if (note) notes.unshift(note);

  const parsed = parseConclusionText(text, options);
  return { ...parsed, warnings: [...notes, ...parsed.warnings], source, text };
}
