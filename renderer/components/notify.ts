import { notifications } from '@mantine/notifications';
import { errorMessage } from '../api/client';

/**
 * A success toast titled by what happened ("Đã xóa nhiệm vụ"), the message saying on what.
 * The same toast twice replaces the first instead of stacking under it.
 */
export function notifySaved(message: string, title = 'Đã lưu'): void {
  const id = `ok:${title}:${message}`;
  notifications.hide(id);
  notifications.show({ id, color: 'green', title, message });
}

export function notifyError(err: unknown): void {
  const message = errorMessage(err);
  const id = `error:${message}`;
  notifications.hide(id);
  notifications.show({ id, color: 'red', title: 'Không thực hiện được', message, autoClose: 8000 });
}
