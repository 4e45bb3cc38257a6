/**
 * The start when the database is damaged: say so in Vietnamese and offer the newest backup
 * that passes its check. The broken file is kept aside, never overwritten. The dialog is
 * passed in so the choice can be tested without Electron.
 */
import { AppError } from '../../shared/api/errors';
import { dataDirForDatabase } from '../backup/backup-files';
import { newestGoodBackup, restoreOverUnopenable } from '../backup/recover';
import { createCore, type Core, type CoreOptions } from '../core/create-core';

export interface StartDialogs {
  /** Returns the index of the button chosen. */
  ask(options: { title: string; message: string; detail: string; buttons: string[] }): number;
  error(message: string): void;
}

function when(iso: string | null): string {
  if (!iso) return 'không rõ ngày';
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ngày ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** Opens the core, or recovers from the newest good backup if the user agrees; null: quit. */
export function openCoreOrRecover(options: CoreOptions, dialogs: StartDialogs): Core | null {
  try {
    return createCore(options);
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'DB_CORRUPT') {
      dialogs.error(err instanceof AppError ? err.userMessage : `Không mở được dữ liệu: ${String(err)}`);
      return null;
    }
    const backup = newestGoodBackup(dataDirForDatabase(options.dbPath));
    if (!backup) {
      dialogs.error(`${err.userMessage}\n\nKhông tìm thấy bản sao lưu nào còn tốt trong thư mục dữ liệu. Nếu có bản sao lưu trên USB, hãy dùng lệnh khôi phục hoặc nhờ cán bộ kỹ thuật.`);
      return null;
    }
    const choice = dialogs.ask({
      title: 'Dữ liệu bị hỏng',
      message: 'Tệp dữ liệu bị hỏng nên không mở được. Ứng dụng không ghi đè lên tệp này.',
      detail:
        `Bản sao lưu gần nhất còn tốt: ${when(backup.takenAt)} — ${backup.counts.meetings} hội nghị, ${backup.counts.conclusions} kết luận, ${backup.counts.tasks} nhiệm vụ.\n` +
        'Khôi phục bản này? Tệp hỏng được giữ lại bên cạnh với tên mới để có thể cứu dữ liệu sau.',
      buttons: ['Khôi phục bản sao lưu này', 'Thoát'],
    });
    if (choice !== 0) return null;
    restoreOverUnopenable(options.dbPath, backup.path, new Date());
    return createCore(options);
  }
}
