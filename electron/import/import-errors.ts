/**
 * Errors of the import feature. They are AppErrors with code BAD_FILE, so the contract
 * layer turns them into a Vietnamese message for the user like any other error; `reason`
 * tells tests and logs which check failed.
 */
import { AppError } from '../../shared/api/errors';

export type ImportFailure =
  | 'empty' // no bytes at all
  | 'not-docx' // not a ZIP, or a ZIP without a Word document inside
  | 'legacy-doc' // a Word 97–2003 .doc (OLE compound file)
  | 'corrupt-docx' // a ZIP that mammoth could not read
  | 'too-large-docx' // a ZIP whose parts inflate past the limits (a zip bomb)
  | 'binary'; // bytes that are not text in any supported encoding

const MESSAGES: Record<ImportFailure, string> = {
  empty: 'Tệp rỗng, không có nội dung để nhập.',
  'not-docx': 'Tệp không phải văn bản Word (.docx) hợp lệ.',
  'legacy-doc': 'Tệp Word 97–2003 (.doc) chưa được hỗ trợ. Hãy mở tệp trong Word và lưu lại dưới dạng .docx.',
  'corrupt-docx': 'Tệp Word (.docx) bị hỏng hoặc không đọc được.',
  'too-large-docx': 'Tệp Word (.docx) chứa nội dung nén quá lớn so với một văn bản kết luận (có thể là tệp độc hại); không có gì được nhập.',
  binary: 'Tệp không phải văn bản (có thể là tệp nhị phân hoặc đã hỏng).',
};

export class ImportFileError extends AppError {
  readonly reason: ImportFailure;

  constructor(reason: ImportFailure, detail: string) {
    super('BAD_FILE', MESSAGES[reason], detail);
    this.name = 'ImportFileError';
    this.reason = reason;
  }
}
