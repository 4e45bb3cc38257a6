import { Badge, Group, Text } from '@mantine/core';
import { formatShortDate } from '../../shared/text/party-date';

/**
 * A deadline as tables print it ("31/5/2026"), with a red "Quá hạn 12 ngày" badge when it has
 * passed: how late it is decides whom the office calls first.
 */
export function DueDate({ dueDate, overdue, daysOverdue }: { dueDate: string | null; overdue: boolean; daysOverdue?: number | null | undefined }) {
  if (!dueDate) {
    return (
      <Text size="sm" c="dimmed">
        Không ghi hạn
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
        {formatShortDate(dueDate)}
      </Text>
      {overdue && (
        <Badge color="red" variant="filled" size="sm" style={{ textTransform: 'none', flexShrink: 0 }}>
          {daysOverdue ? `Quá hạn ${daysOverdue} ngày` : 'Quá hạn'}
        </Badge>
      )}
    </Group>
  );
}
