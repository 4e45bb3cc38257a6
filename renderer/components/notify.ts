import { notifications } from '@mantine/notifications';
import { errorMessage, isCancelled } from '../api/client';

/**
 * A success toast titled by what happened ("Đã xóa nhiệm vụ"), the message saying on what.
 * The same toast twice replaces the first instead of stacking under it.
 */
export function notifySaved(message: string, title = 'Đã lưu'): void {
  const id = `ok:${title}:${message}`;
  notifications.hide(id);
  notifications.show({ id, color: 'green', title, message });
}

/** "Đã huỷ": a job the user cancelled, said in grey, not as an error. */
export function notifyCancelled(): void {
  notifications.hide('cancelled');
  notifications.show({ id: 'cancelled', color: 'gray', title: 'Đã huỷ', message: 'Công việc đã dừng theo yêu cầu. Không có tệp dở dang nào được để lại.' });
}

/** A failed call in a toast; a cancelled one says "Đã huỷ" instead. */
export function notifyError(err: unknown): void {
  if (isCancelled(err)) {
    notifyCancelled();
    return;
  }
  const message = errorMessage(err);
  const id = `error:${message}`;
  notifications.hide(id);
  notifications.show({ id, color: 'red', title: 'Không thực hiện được', message, autoClose: 8000 });
}
