import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import { ProfileForm } from './ProfileForm';

/** Shown until the office profile exists: everything printed depends on it. */
export function FirstRunPage({ onDone }: { onDone: () => void }) {
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={2}>Chào mừng đến với Văn phòng Đảng ủy</Title>
          <Text c="dimmed" mt="xs">
            Trước khi bắt đầu, hãy khai báo thông tin cơ quan. Các thông tin này được in ở tiêu đề, số ký hiệu và phần
            chữ ký của mọi văn bản; có thể sửa lại trong mục Cài đặt.
          </Text>
        </div>
        <Paper withBorder p="lg">
          <ProfileForm initial={null} submitLabel="Lưu và bắt đầu sử dụng" onSaved={onDone} />
        </Paper>
      </Stack>
    </Container>
  );
}
