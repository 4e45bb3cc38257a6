/**
 * The two questions a form asks before its work could go: leaving a screen with unsaved
 * changes, and closing a dialog with something typed in it. Both default to staying.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { ReactNode } from 'react';

export type LeaveAnswer = 'save' | 'discard' | 'stay';

export function askBeforeLeaving(message: ReactNode, options: { canSave: boolean }): Promise<LeaveAnswer> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (a: LeaveAnswer) => {
      if (answered) return;
      answered = true;
      modals.close(id);
      resolve(a);
    };
    const id = modals.open({
      title: 'Rời trang khi chưa lưu?',
      closeButtonProps: { 'aria-label': 'Đóng' },
      onClose: () => answer('stay'),
      children: (
        <Stack gap="md">
          <Text size="sm">{message}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => answer('discard')}>
              Bỏ thay đổi
            </Button>
            {options.canSave && (
              <Button variant="light" onClick={() => answer('save')}>
                Lưu rồi rời trang
              </Button>
            )}
            <Button data-autofocus onClick={() => answer('stay')}>
              Ở lại
            </Button>
          </Group>
        </Stack>
      ),
    });
  });
}

/** Resolves true when the person chose to drop what they typed. */
export function confirmDiscard(): Promise<boolean> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: 'Bỏ nội dung đang nhập?',
      closeButtonProps: { 'aria-label': 'Đóng' },
      children: <Text size="sm">Những gì vừa nhập trong hộp thoại này chưa được lưu và sẽ mất nếu đóng.</Text>,
      labels: { confirm: 'Bỏ nội dung', cancel: 'Tiếp tục nhập' },
      confirmProps: { color: 'red' },
      cancelProps: { 'data-autofocus': true },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
    });
  });
}
