import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { Task } from '../../shared/tasks/schema';
import { callApi } from '../api/client';
import { notifyError, notifySaved } from '../components/notify';

/** Asks first: a deleted task leaves the follow-up sheet, with its progress history. */
export function confirmDeleteTask(task: Task, onDeleted: () => void): void {
  const head = task.content.length > 160 ? `${task.content.slice(0, 160)}…` : task.content;
  modals.openConfirmModal({
    title: 'Xóa nhiệm vụ',
    children: (
      <>
        <Text size="sm" mb="xs">
          “{head}”
        </Text>
        <Text size="sm">
          Nhiệm vụ và lịch sử tiến độ của nó sẽ không còn trong danh sách và bảng theo dõi. Kết luận đã ban hành vẫn giữ nguyên.
        </Text>
      </>
    ),
    labels: { confirm: 'Xóa nhiệm vụ', cancel: 'Hủy' },
    confirmProps: { color: 'red' },
    onConfirm: () => {
      callApi('tasks.delete', { id: task.id })
        .then(() => {
          notifySaved('Nhiệm vụ không còn trong danh sách theo dõi.', 'Đã xóa nhiệm vụ');
          onDeleted();
        })
        .catch(notifyError);
    },
  });
}
