import { Badge } from '@mantine/core';
import type { TaskStatus } from '../../shared/tasks/schema';
import { statusLabel, taskStatusColors } from './labels';

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  return (
    // Long labels ("Không thực hiện được/chuyển kỳ sau") wrap instead of being cut off.
    <Badge
      color={taskStatusColors[status]}
      variant="light"
      maw="100%"
      styles={{ root: { textTransform: 'none', height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal' } }}
    >
      {statusLabel(status)}
    </Badge>
  );
}
