import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { ErrorPanel } from '../components/ErrorPanel';
import { notifyError, notifySaved } from '../components/notify';
import { ValuePair } from './ValuePair';

/** "Xung đột dữ liệu": both installs changed one thing; the other value is kept here until someone chooses. */
export function ConflictsPanel({ onDone }: { onDone: () => void }) {
  const list = useApiQuery('exchange.conflicts', { includeResolved: false });
  const [busy, setBusy] = useState<string | null>(null);
  const resolve = async (id: string, choice: 'keep' | 'other') => {
    setBusy(id);
    try {
      await callApi('exchange.resolveConflict', { id, choice });
      notifySaved(choice === 'other' ? 'Đã chọn giá trị kia; thay đổi sẽ đi theo gói dữ liệu tiếp theo.' : 'Đã giữ giá trị hiện tại.');
      list.reload();
      onDone();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };
  if (list.error) return <ErrorPanel message={list.error} onRetry={list.reload} />;
  const items = list.data ?? [];
  return (
    <Stack maw={1000}>
      {items.length === 0 && !list.loading && (
        <Alert color="green" title="Không có xung đột dữ liệu">
          Khi hai máy cùng sửa một nội dung giữa hai lần trao đổi, giá trị không được dùng sẽ hiện ở đây để anh chị so sánh và chọn lại.
        </Alert>
      )}
      {items.map((c) => (
        <ValuePair
          key={c.id}
          title={`${c.kind === 'numbering' ? 'Trùng số văn bản — ' : c.kind === 'issued' ? 'Văn bản đã ban hành — ' : ''}${c.recordLabel} — ${c.fieldLabel}`}
          kept={c.kept}
          other={c.other}
          keptLabel={c.kind === 'numbering' ? `Cấp tại ${c.keptFrom}` : `Đang dùng (từ ${c.keptFrom})`}
          otherLabel={c.kind === 'numbering' ? `Cấp tại ${c.otherFrom}` : `Giá trị kia (từ ${c.otherFrom})`}
        >
          <Group>
            {c.kind === 'numbering' ? (
              // Both documents went out under the number: the clerk corrects or cancels one in the register.
              <Button size="xs" variant="light" component="a" href="#/register">
                Mở Sổ văn bản đi để sửa số hoặc huỷ số
              </Button>
            ) : (
              <Button size="xs" variant="light" onClick={() => void resolve(c.id, 'keep')} loading={busy === c.id}>
                Giữ giá trị đang dùng
              </Button>
            )}
            {c.canChooseOther && (
              <Button size="xs" color="orange" variant="light" onClick={() => void resolve(c.id, 'other')} loading={busy === c.id}>
                Chọn giá trị kia
              </Button>
            )}
            <Text size="xs" c="dimmed">
              Phát hiện lúc {new Date(c.detectedAt).toLocaleString('vi-VN')}
            </Text>
          </Group>
        </ValuePair>
      ))}
    </Stack>
  );
}
