import { ActionIcon, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconPaperclip, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { FileRef } from '../../shared/api/file-handle';
import { taskStatuses, type Task, type TaskStatus } from '../../shared/tasks/schema';
import { callApi, ApiError } from '../api/client';
import { notifyError, notifySaved } from '../components/notify';
import { statusLabel } from './labels';
import { DateField } from '../components/DateField';

// "Hoàn thành quá hạn" is not chosen: the core writes it when "Hoàn thành" comes after the deadline.
const choosable = taskStatuses.filter((s) => s !== 'doneLate');

/** A task still waiting is most often reported as under way; otherwise its status stays. */
function nextStatus(task: Task): TaskStatus {
  if (task.status === 'notStarted') return 'inProgress';
  return task.status === 'doneLate' ? 'done' : task.status;
}

/** "Ghi tiến độ": a dated status, what was done, and the files that prove it. */
export function ProgressForm({ task, today, onRecorded }: { task: Task; today: string | undefined; onRecorded: () => void }) {
  const [status, setStatus] = useState<TaskStatus>(() => nextStatus(task));
  const [date, setDate] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<FileRef[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const reportDate = date ?? today ?? '';

  async function attach() {
    try {
      const r = await callApi('dialog.openFile', { title: 'Chọn tệp minh chứng', multiple: true });
      if (r.files.length > 0) setFiles((current) => [...current, ...r.files]);
    } catch (err) {
      notifyError(err);
    }
  }

  async function record() {
    setSaving(true);
    setErrors({});
    try {
      const updated = await callApi('tasks.recordProgress', {
        taskId: task.id,
        status,
        note,
        ...(reportDate ? { reportDate } : {}),
        evidenceFiles: files.map((f) => f.handle),
      });
      notifySaved(`Tình trạng: ${statusLabel(updated.status)}.`, 'Đã ghi tiến độ');
      setNote('');
      setFiles([]);
      setDate(null);
      onRecorded();
    } catch (err) {
      if (err instanceof ApiError && err.value.fields) setErrors(err.value.fields);
      notifyError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="progress-form-title">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void record();
        }}
      >
        <Stack>
          <Title order={4} id="progress-form-title">
            Ghi tiến độ
          </Title>
          <Group align="flex-start" grow>
            <Select
              label="Tình trạng"
              data={choosable.map((s) => ({ value: s, label: statusLabel(s) }))}
              value={status}
              onChange={(v) => v && setStatus(v as TaskStatus)}
              allowDeselect={false}
              description="Hoàn thành sau thời hạn được ghi là “Hoàn thành quá hạn”."
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              error={errors.status}
            />
            <DateField
              label="Ngày báo cáo"
              value={reportDate}
              onChange={(v) => setDate(v)}
              error={errors.reportDate}
            />
          </Group>
          <Textarea
            label="Kết quả, tiến độ"
            placeholder="Đơn vị đã làm được gì, còn vướng mắc gì"
            autosize
            minRows={3}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
          />
          <Stack gap={6}>
            <Group>
              <Button variant="default" leftSection={<IconPaperclip size={16} />} onClick={() => void attach()}>
                Đính kèm minh chứng
              </Button>
              <Text size="xs" c="dimmed">
                Văn bản, báo cáo, ảnh chụp… Tệp được sao lưu vào dữ liệu của phần mềm.
              </Text>
            </Group>
            {files.length > 0 && (
              <Stack gap={4} aria-label="Tệp minh chứng đã chọn" role="list">
                {files.map((f) => (
                  <Group key={f.handle} gap={6} role="listitem" wrap="nowrap">
                    <IconPaperclip size={14} aria-hidden />
                    <Text size="sm">
                      {f.name}
                    </Text>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="sm"
                      aria-label={`Bỏ tệp ${f.name}`}
                      onClick={() => setFiles(files.filter((x) => x !== f))}
                    >
                      <IconX size={14} />
                    </ActionIcon>
                  </Group>
                ))}
              </Stack>
            )}
            {errors.evidenceFiles && (
              <Text size="sm" c="red">
                {errors.evidenceFiles}
              </Text>
            )}
          </Stack>
          <Group justify="flex-end">
            <Button type="submit" loading={saving}>
              Ghi tiến độ
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
