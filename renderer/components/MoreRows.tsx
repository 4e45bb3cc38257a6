/**
 * Under a long list: how many rows are shown of how many, and "Xem thêm" for the next page.
 * The rows already shown stay where they are, so the clerk reads on from the same place.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { DEFAULT_PAGE_SIZE } from '../../shared/api/paging';
import type { PagedList } from '../api/use-paged-list';

const count = new Intl.NumberFormat('vi-VN');

export function MoreRows({
  list,
  noun,
  order,
  pageSize = DEFAULT_PAGE_SIZE,
}: {
  list: PagedList<unknown>;
  /** What the rows are, as counted: "kết luận", "hội nghị", "văn bản". */
  noun: string;
  /** How the list is sorted, e.g. "mới nhất ở trên". */
  order: string;
  pageSize?: number;
}) {
  const shown = list.items?.length ?? 0;
  const { total, hasMore, moreError: error } = list;
  const next = Math.min(pageSize, total - shown);
  return (
    <Stack gap="xs" align="center" className="no-print">
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="list-count">
        {shown < total ? `Đang hiện ${count.format(shown)} trong ${count.format(total)} ${noun}` : `${count.format(total)} ${noun}`}, {order}.
      </Text>
      {error && (
        <Text size="sm" c="red" role="alert">
          Chưa tải được phần tiếp theo: {error}
        </Text>
      )}
      {hasMore && next > 0 && (
        <Group>
          <Button variant="default" leftSection={<IconChevronDown size={16} />} loading={list.loadingMore} onClick={list.loadMore}>
            {error ? 'Thử lại' : `Xem thêm ${count.format(next)} ${noun}`}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
