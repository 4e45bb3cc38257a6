/**
 * Reads a .docx into the corpus text form (`**bold**`, `*italic*`, one paragraph per line,
 * blank lines between) with mammoth. Anything that is not a readable Word document becomes
 * an ImportFileError, never a crash.
 */
import mammoth from 'mammoth';
import { htmlToMarkedText } from './html-to-marked-text';
import { ImportFileError } from './import-errors';
import { checkZipLimits } from './zip-limits';

export interface DocxText {
  text: string;
  /** Vietnamese notes for the user about what could not be carried over. */
  warnings: string[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export async function docxToMarkedText(buffer: Buffer): Promise<DocxText> {
  if (buffer.length === 0) throw new ImportFileError('empty', 'DOCX buffer is empty');
  if (startsWith(buffer, OLE_MAGIC)) throw new ImportFileError('legacy-doc', 'OLE compound file (.doc), not OOXML');
  if (!startsWith(buffer, ZIP_MAGIC)) throw new ImportFileError('not-docx', 'Buffer does not start with a ZIP signature');

  checkZipLimits(buffer);
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: true });
    html = result.value;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // mammoth says so when the ZIP holds no word/document.xml (an .xlsx, a plain archive).
    const notWord = /main document part|word\/document\.xml|not a valid docx|no such file/i.test(detail);
    throw new ImportFileError(notWord ? 'not-docx' : 'corrupt-docx', `mammoth failed: ${detail}`);
  }

  const { text, usedAutoNumbering } = htmlToMarkedText(html);
  const warnings: string[] = [];
  if (usedAutoNumbering) {
    warnings.push(
      'Văn bản dùng đánh số tự động của Word; số thứ tự các mục được đánh lại 1., 2., … và cần đối chiếu với bản in.',
    );
  }
  return { text, warnings };
}
