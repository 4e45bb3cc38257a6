import { notifications } from '@mantine/notifications';
import { errorMessage } from '../api/client';

export function notifySaved(message: string): void {
  notifications.show({ color: 'green', title: 'Đã lưu', message });
}

export function notifyError(err: unknown): void {
  notifications.show({ color: 'red', title: 'Không thực hiện được', message: errorMessage(err), autoClose: 8000 });
}
