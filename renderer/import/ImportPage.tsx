import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { FileRef } from '../../shared/api/file-handle';
import type { ImportPreview } from '../../shared/import/schema';
import { importedMessage } from './import-draft';
import type { SavedImport } from './import-actions';
import { ImportBatch } from './ImportBatch';
import { ImportReview } from './ImportReview';
import { ImportStart } from './ImportStart';

type Stage =
  | { kind: 'start'; lastSaved: SavedImport | null }
  | { kind: 'review'; preview: ImportPreview }
  | { kind: 'batch'; files: FileRef[]; origin: string; id: number };

function LastSaved({ saved }: { saved: SavedImport }) {
  return (
    <Alert color="green" icon={<IconCircleCheck />} title="Vừa nhập xong">
      <Group gap="sm">
        <Text size="sm">{importedMessage(saved.numberSymbol, saved.taskCount)}.</Text>
        <Anchor href={`#/conclusions/${encodeURIComponent(saved.conclusionId)}`} size="sm">
          Mở văn bản
        </Anchor>
      </Group>
    </Alert>
  );
}

function ImportFlow() {
  const [stage, setStage] = useState<Stage>({ kind: 'start', lastSaved: null });
  const restart = (lastSaved: SavedImport | null = null) => setStage({ kind: 'start', lastSaved });

  switch (stage.kind) {
    case 'review':
      return (
        <ImportReview
          key={stage.preview.source.hash}
          preview={stage.preview}
          heading={`Xem lại văn bản${stage.preview.source.fileName ? `: ${stage.preview.source.fileName}` : ' dán vào'}`}
          onSaved={(saved) => restart(saved)}
          onSkip={() => restart()}
        />
      );
    case 'batch':
      return <ImportBatch key={stage.id} files={stage.files} origin={stage.origin} onDone={() => restart()} />;
    default:
      return (
        <Stack>
          {stage.lastSaved && <LastSaved saved={stage.lastSaved} />}
          <ImportStart
            onPreview={(preview) => setStage({ kind: 'review', preview })}
            onQueue={(files, origin) => setStage({ kind: 'batch', files, origin, id: Date.now() })}
          />
        </Stack>
      );
  }
}

/**
 * "/import": bringing the office's existing conclusions (Word or text files, years of them)
 * in as real records — issued, numbered in the register, searchable, their tasks followed.
 */
export function ImportPage({ path }: { path: string }) {
  return (
    <Stack>
      <Anchor href="#/conclusions" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          Kết luận
        </Group>
      </Anchor>
      <Stack gap={4}>
        <Title order={2}>Nhập văn bản đã có</Title>
        <Text size="sm" c="dimmed">
          Đưa các thông báo kết luận, kết luận đã ban hành vào dữ liệu để tra cứu và theo dõi nhiệm vụ. Mỗi văn bản được đọc, nhận ra số, ngày,
          hội nghị, bố cục và các đoạn giao việc; anh chị xem lại trước khi lưu.
        </Text>
      </Stack>
      {/* A new visit to the address starts afresh. */}
      <ImportFlow key={path} />
    </Stack>
  );
}
