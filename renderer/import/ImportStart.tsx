import { Button, Grid, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClipboardText, IconFileText, IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import type { FileRef } from '../../shared/api/file-handle';
import type { ImportPreview } from '../../shared/import/schema';
import { callApi, errorMessage } from '../api/client';
import { JobProgress } from '../components/JobProgress';
import { notifyError } from '../components/notify';
import { chooseFiles, chooseFolder } from './import-actions';

type Busy = 'text' | 'files' | 'folder' | null;

export interface StartHandlers {
  /** One document read: review it. */
  onPreview: (preview: ImportPreview) => void;
  /** Several files: a batch. */
  onQueue: (files: FileRef[], origin: string) => void;
}

/** "Dán văn bản": the text copied out of Word or an e-mail, read as it is. */
function PasteForm({ busy, onRead }: { busy: Busy; onRead: (text: string) => Promise<string | null> }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-label="Dán văn bản" h="100%">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim() === '') {
            setError('Dán nội dung văn bản cần nhập');
            return;
          }
          void onRead(text).then(setError);
        }}
      >
        <Stack>
          <Group gap="xs">
            <IconClipboardText size={20} />
            <Title order={3}>Dán văn bản</Title>
          </Group>
          <Textarea
            label="Nội dung văn bản"
            description="Mở văn bản trong Word, chọn tất cả (Ctrl+A), sao chép (Ctrl+C) rồi dán vào đây (Ctrl+V)."
            placeholder="ĐẢNG BỘ …&#10;ĐẢNG ỦY XÃ …&#10;Số …-TB/ĐU …"
            autosize
            minRows={10}
            maxRows={18}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          />
          <Group>
            <Button type="submit" loading={busy === 'text'} disabled={busy !== null && busy !== 'text'}>
              Đọc văn bản
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** "Chọn tệp" / "Chọn thư mục": Word and text files from the archive. */
function FilePicker({ busy, onFiles, onFolder }: { busy: Busy; onFiles: () => void; onFolder: () => void }) {
  return (
    <Paper withBorder p="md" component="section" aria-label="Nhập từ tệp" h="100%">
      <Stack>
        <Group gap="xs">
          <IconFileText size={20} />
          <Title order={3}>Từ tệp trên máy</Title>
        </Group>
        <Text size="sm">
          Nhận tệp Word (.docx) và văn bản thuần (.txt). Bảng mã Unicode, TCVN3 (ABC, phông .VnTime) hay VNI đều được tự nhận ra và chuyển sang
          Unicode.
        </Text>
        <Text size="sm" c="dimmed">
          Tệp Word 97–2003 (.doc) cần mở bằng Word và lưu lại thành .docx trước khi nhập.
        </Text>
        <Stack gap="sm">
          <Button variant="light" leftSection={<IconFileText size={16} />} onClick={onFiles} loading={busy === 'files'} disabled={busy !== null && busy !== 'files'}>
            Chọn tệp
          </Button>
          <Button variant="light" leftSection={<IconFolderOpen size={16} />} onClick={onFolder} loading={busy === 'folder'} disabled={busy !== null && busy !== 'folder'}>
            Chọn thư mục
          </Button>
        </Stack>
        <JobProgress active={busy === 'files'} kinds={['import.readFile']} fallback="Đang đọc tệp" hideUntilJob />
        <Text size="sm" c="dimmed">
          Chọn nhiều tệp hoặc cả một thư mục để nhập hàng loạt: xem lại từng văn bản, hoặc nhập ngay với mọi nhiệm vụ đề xuất.
        </Text>
      </Stack>
    </Paper>
  );
}

/** The three ways in: paste, files, a folder. */
export function ImportStart({ onPreview, onQueue }: StartHandlers) {
  const [busy, setBusy] = useState<Busy>(null);

  async function withBusy(kind: Exclude<Busy, null>, job: () => Promise<void>) {
    setBusy(kind);
    try {
      await job();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  }

  async function readText(text: string): Promise<string | null> {
    setBusy('text');
    try {
      onPreview(await callApi('import.previewText', { text }));
      return null;
    } catch (err) {
      notifyError(err);
      return errorMessage(err);
    } finally {
      setBusy(null);
    }
  }

  const pickFiles = () =>
    withBusy('files', async () => {
      const files = await chooseFiles();
      if (files.length === 1) onPreview(await callApi('import.previewFile', { file: files[0]!.handle }));
      else if (files.length > 1) onQueue(files, `${files.length} tệp đã chọn`);
    });

  const pickFolder = () =>
    withBusy('folder', async () => {
      const chosen = await chooseFolder();
      if (!chosen) return;
      if (chosen.files.length === 0) {
        notifications.show({ color: 'orange', title: 'Không có tệp để nhập', message: `Thư mục “${chosen.folder}” không có tệp .docx hay .txt nào.` });
        return;
      }
      onQueue(chosen.files, `Trong thư mục ${chosen.folder}`);
    });

  return (
    <Grid gap="md" align="stretch">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <PasteForm busy={busy} onRead={readText} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <FilePicker busy={busy} onFiles={() => void pickFiles()} onFolder={() => void pickFolder()} />
      </Grid.Col>
    </Grid>
  );
}
