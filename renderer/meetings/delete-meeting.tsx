import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { callApi } from '../api/client';
import { notifyError } from '../components/notify';

/**
 * Asks before deleting, saying plainly what happens to the conclusions made from the
 * meeting: they stay (an issued document is in the register and cannot disappear).
 */
export function confirmDeleteMeeting(meeting: { id: string; title: string; conclusionCount: number }, onDeleted: () => void): void {
  modals.openConfirmModal({
    title: 'Xóa hội nghị',
    children: (
      <>
        <Text size="sm" mb="xs">
          Xóa “{meeting.title}” khỏi danh sách hội nghị?
        </Text>
        <Text size="sm">
          {meeting.conclusionCount === 0
            ? 'Chưa có văn bản kết luận nào soạn từ hội nghị này.'
            : `Đã có ${meeting.conclusionCount} văn bản kết luận soạn từ hội nghị này. ${
                meeting.conclusionCount === 1 ? 'Văn bản đó' : 'Các văn bản đó'
              } được giữ nguyên, chỉ không còn gắn với hội nghị.`}
        </Text>
      </>
    ),
    labels: { confirm: 'Xóa hội nghị', cancel: 'Hủy' },
    confirmProps: { color: 'red' },
    onConfirm: () => {
      callApi('meetings.delete', { id: meeting.id })
        .then((result) => {
          // Not notifySaved: its title says "Đã lưu", which is not what happened.
          notifications.show({
            color: 'green',
            title: 'Đã xóa hội nghị',
            message:
              result.conclusionsKept > 0
                ? `“${meeting.title}”; giữ lại ${result.conclusionsKept} văn bản kết luận soạn từ hội nghị này.`
                : `“${meeting.title}”.`,
          });
          onDeleted();
        })
        .catch(notifyError);
    },
  });
}
