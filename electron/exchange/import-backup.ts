/**
 * The backup taken before a package is applied: the data-safety stream's online backup into
 * the data folder (sealed, verified, rotated), with the reason "before-import".
 */
import { AppError } from '../../shared/api/errors';
import { backupDatabase } from '../backup';
import type { CoreContext } from '../core/context';

export async function backupBeforeImport(ctx: CoreContext): Promise<string> {
  try {
    return (await backupDatabase(ctx, { reason: 'before-import' })).path;
  } catch (err) {
    // The user must learn both things: the backup failed, so the package was not applied.
    if (err instanceof AppError) {
      throw new AppError(err.code, `Gói chưa được nhận vì chưa sao lưu được dữ liệu trước khi nhận. ${err.userMessage}`, `backup before import: ${err.message}`);
    }
    throw new AppError('IO', 'Không sao lưu được dữ liệu trước khi nhận gói (ổ đĩa đầy?). Gói chưa được nhận; dữ liệu không thay đổi.', `backup before import: ${String(err)}`);
  }
}
