import { Anchor, Button, Group, List, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconBolt, IconEye, IconPlayerStop } from '@tabler/icons-react';
import { JobProgress } from '../components/JobProgress';
import { BatchProgress, BatchResults, LastOutcome } from './BatchResults';
import { previewOutcome, savedOutcome } from './import-actions';
import { ImportReview } from './ImportReview';
import type { FileRef } from '../../shared/api/file-handle';
import { useImportBatch, type ImportBatch as Batch } from './use-import-batch';

/** Before the start: the files in the queue and the two ways to take them. */
function BatchChoice({ files, origin, onStart, onCancel }: { files: readonly FileRef[]; origin: string; onStart: Batch['start']; onCancel: () => void }) {
  return (
    <Paper withBorder p="md" component="section" aria-label="Hàng đợi nhập">
      <Stack>
        <Stack gap={2}>
          <Title order={3}>Đã chọn {files.length} tệp</Title>
          <Text size="sm" c="dimmed">
            {origin}
          </Text>
        </Stack>
        <ScrollArea.Autosize mah={220} type="auto">
          <List size="sm" spacing={2} aria-label="Các tệp sẽ nhập">
            {files.map((f) => (
              <List.Item key={f.handle}>{f.name}</List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
        <Text size="sm">
          Nhập lần lượt từng tệp. Tệp không đọc được hoặc đã có trong dữ liệu được ghi lại và bỏ qua, không làm dừng các tệp khác.
        </Text>
        <Group>
          <Button leftSection={<IconEye size={16} />} onClick={() => onStart('review')}>
            Xem lại từng văn bản
          </Button>
          <Button variant="light" leftSection={<IconBolt size={16} />} onClick={() => onStart('direct')}>
            Nhập ngay, nhận mọi nhiệm vụ đề xuất
          </Button>
          <Button variant="default" onClick={onCancel}>
            Hủy
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** A queue of files (chosen, or found in a folder): the choice of way, the progress, the results. */
export function ImportBatch({ files, origin, onDone }: { files: readonly FileRef[]; origin: string; onDone: () => void }) {
  const batch = useImportBatch(files);
  if (batch.mode === null) return <BatchChoice files={files} origin={origin} onStart={batch.start} onCancel={onDone} />;

  const pending = batch.reviewing;
  const stopNow = () => {
    batch.stop();
    pending?.finish(previewOutcome(pending.file, pending.preview, 'skipped', 'Dừng nhập: văn bản này chưa được lưu.', null));
  };

  return (
    <Stack>
      <Paper withBorder p="md" component="section" aria-label="Tiến độ nhập hàng loạt">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3}>{batch.mode === 'direct' ? 'Nhập ngay các tệp đã chọn' : 'Xem lại từng văn bản'}</Title>
            {batch.running && !batch.stopped && (
              <Button variant="default" size="xs" leftSection={<IconPlayerStop size={14} />} onClick={stopNow}>
                Dừng nhập
              </Button>
            )}
          </Group>
          <BatchProgress files={files} current={batch.current} done={batch.results.length} finished={batch.finished} />
          {/* The file in hand, while its reading runs in the core: "Huỷ" skips it, the batch goes on. */}
          <JobProgress active={batch.running && !pending} kinds={['import.readFile']} fallback="Đang đọc tệp" hideUntilJob />
          {pending && batch.results.length > 0 && <LastOutcome result={batch.results[batch.results.length - 1]!} />}
          {batch.finished && batch.stopped && batch.results.length < files.length && (
            <Text size="sm" c="orange">
              Đã dừng: {files.length - batch.results.length} tệp còn lại chưa được nhập.
            </Text>
          )}
        </Stack>
      </Paper>
      {pending ? (
        <ImportReview
          key={pending.file.handle}
          preview={pending.preview}
          heading={`Xem lại văn bản ${pending.index + 1}/${files.length}: ${pending.file.name}`}
          notify={false}
          onSaved={(saved) => pending.finish(savedOutcome(pending.file, pending.preview, saved))}
          onSkip={() => pending.finish(previewOutcome(pending.file, pending.preview, 'skipped', 'Bỏ qua theo lựa chọn khi xem lại.', null))}
        />
      ) : (
        <BatchResults results={batch.results} />
      )}
      {batch.finished && (
        <Group>
          <Button onClick={onDone}>Nhập thêm văn bản</Button>
          <Anchor href="#/conclusions" size="sm">
            Đến danh sách kết luận
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}
