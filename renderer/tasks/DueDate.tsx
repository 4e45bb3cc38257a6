import { Badge, Group, Text } from '@mantine/core';
import { formatShortDate } from '../../shared/text/party-date';

/** A deadline as tables print it ("31/5/2026"), with a red "Quá hạn" badge when it has passed. */
export function DueDate({ dueDate, overdue }: { dueDate: string | null; overdue: boolean }) {
  if (!dueDate) {
    return (
      <Text size="sm" c="dimmed">
        Không ghi hạn
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c={overdue ? 'red.8' : undefined} fw={overdue ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
        {formatShortDate(dueDate)}
      </Text>
      {overdue && (
        <Badge color="red" variant="filled" size="sm" style={{ textTransform: 'none' }}>
          Quá hạn
        </Badge>
      )}
    </Group>
  );
}
