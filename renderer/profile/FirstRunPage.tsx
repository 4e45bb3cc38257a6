import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { StartNumbersStep } from '../register/StartNumbersStep';
import { ProfileForm } from './ProfileForm';

/**
 * Shown until the office profile exists: everything printed depends on it. Then one question
 * the register needs before the first number: where each type's numbering stands this term.
 */
export function FirstRunPage({ onDone }: { onDone: () => void }) {
  const [step, setStep] = useState<'profile' | 'numbers'>('profile');
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        {step === 'profile' ? (
          <>
            <div>
              <Title order={2}>Chào mừng đến với Văn phòng Đảng ủy</Title>
              <Text c="dimmed" mt="xs">
                Trước khi bắt đầu, hãy khai báo thông tin cơ quan. Các thông tin này được in ở tiêu đề, số ký hiệu và phần
                chữ ký của mọi văn bản; có thể sửa lại trong mục Cài đặt.
              </Text>
            </div>
            <Paper withBorder p="lg">
              <ProfileForm initial={null} submitLabel="Lưu và tiếp tục" onSaved={() => setStep('numbers')} />
            </Paper>
          </>
        ) : (
          <StartNumbersStep onDone={onDone} />
        )}
      </Stack>
    </Container>
  );
}
