import { Anchor, Button, Center, Group, Loader, Paper, Stack, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useApiQuery } from '../api/use-api';
import { navigate } from '../app/router';
import { ErrorPanel } from '../components/ErrorPanel';
import { confirmDeleteTask } from './delete-task';
import { ProgressForm } from './ProgressForm';
import { ProgressHistory } from './ProgressHistory';
import { SourceContext } from './SourceContext';
import { TaskFacts } from './TaskFacts';
import { TaskFormModal } from './TaskFormModal';
import { TaskStatusBadge } from './TaskStatusBadge';
import { useToday } from './use-today';

/** "/tasks/<id>": the task, where it was read from, its progress, and the form to report more. */
export function TaskDetail({ id }: { id: string }) {
  const task = useApiQuery('tasks.get', { id }, id);
  const today = useToday();
  const [editing, setEditing] = useState(false);

  if (task.error) return <ErrorPanel message={task.error} onRetry={task.reload} />;
  const t = task.data;
  if (!t) {
    return (
      <Center p="xl">
        <Loader aria-label="Đang tải nhiệm vụ" />
      </Center>
    );
  }
  return (
    <Stack>
      <Anchor href="#/tasks" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          Danh sách nhiệm vụ
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={2}>Nhiệm vụ</Title>
          <TaskStatusBadge status={t.status} />
        </Group>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
            Sửa nhiệm vụ
          </Button>
          <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => confirmDeleteTask(t, () => navigate('/tasks'))}>
            Xóa
          </Button>
        </Group>
      </Group>

      <TaskFacts task={t} />
      {t.source && <SourceContext source={t.source} conclusionId={t.conclusionId} conclusionRef={t.conclusionNumberSymbol} />}

      {/* Keyed by the task's last change so the form starts from its new status after a report. */}
      <ProgressForm key={t.updatedAt} task={t} today={today} onRecorded={task.reload} />
      <Paper withBorder p="md" component="section" aria-labelledby="progress-history-title">
        <Title order={4} id="progress-history-title" mb="sm">
          Lịch sử tiến độ
        </Title>
        <ProgressHistory progress={t.progress} />
      </Paper>

      {editing && (
        <TaskFormModal
          task={t}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            task.reload();
          }}
        />
      )}
    </Stack>
  );
}
