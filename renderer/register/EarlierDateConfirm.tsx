/**
 * The core answered NEEDS_CONFIRMATION: the date is earlier than a number already issued of
 * that type. Numbers follow dates, so the clerk says whether the date is really meant (a
 * document signed earlier and numbered late) or goes back to correct it.
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';

export function EarlierDateConfirm({ message, busy, onBack, onConfirm }: { message: string; busy: boolean; onBack: () => void; onConfirm: () => void }) {
  return (
    <Modal opened onClose={onBack} title="Ngày sớm hơn số đã cấp trước" size="md" closeButtonProps={{ 'aria-label': 'Đóng' }}>
      <Stack>
        <Text size="sm">{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onBack} data-autofocus>
            Quay lại sửa ngày
          </Button>
          <Button color="orange" loading={busy} onClick={onConfirm}>
            Vẫn cấp số với ngày này
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
