import { Anchor, Badge, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { FileOutcome, OutcomeStatus } from './import-actions';
import type { FileRef } from '../../shared/api/file-handle';

const statusLabels: Record<OutcomeStatus, string> = {
  imported: 'Đã nhập',
  duplicate: 'Trùng — bỏ qua',
  skipped: 'Bỏ qua',
  error: 'Lỗi',
};
const statusColors: Record<OutcomeStatus, string> = { imported: 'green', duplicate: 'yellow', skipped: 'gray', error: 'red' };

/** "Đã nhập 2, trùng 1, lỗi 1" (and "bỏ qua N" when the clerk skipped some). */
export function batchSummary(results: readonly FileOutcome[]): string {
  const count = (s: OutcomeStatus) => results.filter((r) => r.status === s).length;
  const parts = [`Đã nhập ${count('imported')}`, `trùng ${count('duplicate')}`, `lỗi ${count('error')}`];
  if (count('skipped') > 0) parts.push(`bỏ qua ${count('skipped')}`);
  return parts.join(', ');
}

/** The bar over the whole batch, with the file in hand. */
export function BatchProgress({ files, current, done, finished }: { files: readonly FileRef[]; current: number; done: number; finished: boolean }) {
  const total = files.length;
  const name = files[current];
  return (
    <Stack gap={6}>
      <Progress value={total === 0 ? 100 : (done / total) * 100} size="lg" aria-label="Tiến độ nhập" animated={!finished} striped={!finished} />
      <Text size="sm" c="dimmed" data-testid="batch-status">
        {finished ? `Đã xử lý ${done}/${total} tệp.` : `Đang xử lý tệp ${Math.min(current + 1, total)}/${total}${name ? `: ${name.name}` : ''}…`}
      </Text>
    </Stack>
  );
}

/** The file just handled, while the batch goes on to the next one. */
export function LastOutcome({ result }: { result: FileOutcome }) {
  return (
    <Text size="sm" data-testid="batch-last">
      Vừa xong {result.fileName}:{' '}
      <Text span inherit c={statusColors[result.status] === 'gray' ? 'dimmed' : `${statusColors[result.status]}.9`} fw={600}>
        {statusLabels[result.status]}
      </Text>{' '}
      — {result.message}
    </Text>
  );
}

function ResultItem({ result }: { result: FileOutcome }) {
  return (
    <Paper component="li" withBorder p="xs" data-status={result.status} style={{ listStyle: 'none' }}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <Badge color={statusColors[result.status]} variant="light" style={{ textTransform: 'none', flexShrink: 0 }}>
              {statusLabels[result.status]}
            </Badge>
            <Text size="sm" fw={600} truncate>
              {result.fileName}
            </Text>
          </Group>
          <Text size="sm" c={result.status === 'error' ? 'red' : undefined}>
            {result.message}
          </Text>
          {result.notes.map((n) => (
            <Text key={n} size="sm" c="orange">
              {n}
            </Text>
          ))}
          {result.encoding && (
            <Text size="xs" c="dimmed">
              {result.encoding}
            </Text>
          )}
        </Stack>
        {result.conclusionId && (
          <Anchor href={`#/conclusions/${encodeURIComponent(result.conclusionId)}`} size="sm" style={{ flexShrink: 0 }}>
            Mở văn bản
          </Anchor>
        )}
      </Group>
    </Paper>
  );
}

/** One line per file: what became of it, in the core's own words. */
export function BatchResults({ results }: { results: readonly FileOutcome[] }) {
  if (results.length === 0) return null;
  return (
    <Stack gap="xs">
      <Text fw={600} data-testid="batch-summary">
        {batchSummary(results)}
      </Text>
      <Stack component="ul" aria-label="Kết quả nhập từng tệp" gap={6} m={0} p={0}>
        {results.map((r) => (
          <ResultItem key={r.handle} result={r} />
        ))}
      </Stack>
    </Stack>
  );
}
