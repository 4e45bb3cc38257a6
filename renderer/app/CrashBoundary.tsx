/**
 * A React error boundary: a screen that fails to draw says so in Vietnamese — the data is
 * safe (every save went through the core, which writes whole transactions) — and offers to
 * reload. The error and its component stack go to the app's log file, not on screen.
 */
import { Alert, Button, Center, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { callApi } from '../api/client';

const MAX = 8000;

function report(error: unknown, info: ErrorInfo): void {
  const e = error instanceof Error ? error : new Error(String(error));
  void callApi('app.reportError', {
    message: `${e.name}: ${e.message}`.slice(0, 1000),
    stack: `${e.stack ?? ''}\n${info.componentStack ?? ''}`.slice(0, MAX),
  }).catch(() => undefined);
}

export function CrashNotice({ onReload, onBack }: { onReload: () => void; onBack?: () => void }) {
  return (
    <Center p="xl">
      <Stack maw={600}>
        <Alert color="red" title="Màn hình này gặp lỗi" icon={<IconAlertTriangle />} role="alert">
          <Text size="sm">
            Dữ liệu của văn phòng vẫn an toàn: mọi thông tin đã lưu được giữ nguyên trong máy. Hãy tải lại phần mềm để tiếp tục
            làm việc. Nếu lỗi lặp lại, chi tiết đã được ghi vào nhật ký của phần mềm để kỹ thuật viên xem.
          </Text>
        </Alert>
        <Group>
          <Button leftSection={<IconRefresh size={16} />} onClick={onReload}>
            Tải lại phần mềm
          </Button>
          {onBack && (
            <Button variant="default" onClick={onBack}>
              Về trang chủ
            </Button>
          )}
        </Group>
      </Stack>
    </Center>
  );
}

interface Props {
  children: ReactNode;
  /** Leaving the failed screen (another route) clears the error. */
  resetKey?: string;
  onBack?: () => void;
}

export class CrashBoundary extends Component<Props, { failedAt: string | null }> {
  override state = { failedAt: null as string | null };

  static getDerivedStateFromError(): { failedAt: string } {
    return { failedAt: '' };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ failedAt: this.props.resetKey ?? '' });
    report(error, info);
  }

  override componentDidUpdate(prev: Props): void {
    if (this.state.failedAt !== null && prev.resetKey !== this.props.resetKey && this.props.resetKey !== this.state.failedAt) {
      this.setState({ failedAt: null });
    }
  }

  override render(): ReactNode {
    if (this.state.failedAt === null) return this.props.children;
    return <CrashNotice onReload={() => window.location.reload()} {...(this.props.onBack ? { onBack: this.props.onBack } : {})} />;
  }
}
