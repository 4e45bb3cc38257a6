import { Alert, Button, Center, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

export function ErrorPanel({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <Center p="xl">
      <Stack maw={560}>
        <Alert color="red" title="Không thực hiện được" icon={<IconAlertTriangle />} role="alert">
          {message}
        </Alert>
        {onRetry && (
          <Button variant="light" onClick={onRetry}>
            Thử lại
          </Button>
        )}
      </Stack>
    </Center>
  );
}
