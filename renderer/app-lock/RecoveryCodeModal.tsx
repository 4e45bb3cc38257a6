/** The recovery code, shown this once: the core keeps only its scrypt key. */
import { Alert, Button, Code, Modal, Stack, Text } from '@mantine/core';

export function RecoveryCodeModal({ code, onDone }: { code: string; onDone: () => void }) {
  return (
    <Modal opened onClose={() => undefined} withCloseButton={false} closeOnClickOutside={false} closeOnEscape={false} title="Mã khôi phục" size="md">
      <Stack>
        <Text>Đây là mã duy nhất để đặt lại mật khẩu nếu quên. Mã chỉ hiện một lần này: hãy chép ra giấy và cất ở nơi an toàn.</Text>
        <Code block fz="xl" ta="center" aria-label="Mã khôi phục">
          {code}
        </Code>
        <Alert color="yellow">Mất cả mật khẩu và mã khôi phục thì không mở được ứng dụng trên máy này.</Alert>
        <Button onClick={onDone}>Tôi đã ghi lại mã này</Button>
      </Stack>
    </Modal>
  );
}
