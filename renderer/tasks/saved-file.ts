import { notifications } from '@mantine/notifications';

/** Says where a file went, or that the Save dialog was cancelled (nothing written). */
export function notifyFileSaved(title: string, path: string | null, detail?: string): void {
  if (path === null) {
    notifications.show({ color: 'gray', title: 'Chưa lưu tệp', message: 'Anh chị đã đóng hộp thoại lưu tệp; không có tệp nào được ghi.' });
    return;
  }
  notifications.show({ color: 'green', title, message: `${detail ? `${detail} ` : ''}Đã lưu tại: ${path}`, autoClose: 10_000 });
}
