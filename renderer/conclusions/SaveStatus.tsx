/** The save state in one line: what the clerk needs to trust that nothing typed is lost. */
import { Text } from '@mantine/core';
import { clockTime, dateTime } from './labels';
import type { SaveStatus as Status } from './use-conclusion-draft';

export function SaveStatus({ status, updatedAt }: { status: Status; updatedAt: string }) {
  let text: string;
  let color = 'dimmed';
  if (status.saving) text = 'Đang lưu…';
  else if (status.error) {
    text = 'Chưa lưu được';
    color = 'red';
  } else if (status.dirty) text = 'Có thay đổi chưa lưu';
  else if (status.savedAt) text = `Đã lưu lúc ${clockTime(status.savedAt)}`;
  else text = `Lưu lần cuối ${dateTime(updatedAt)}`;
  return (
    <Text size="sm" c={color} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </Text>
  );
}
