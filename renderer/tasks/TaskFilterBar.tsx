import { Button, Group, Select, Switch } from '@mantine/core';
import { taskStatuses, type TaskStatus } from '../../shared/tasks/schema';
import { statusLabel } from './labels';
import { hasNarrowingFilters, setTaskFilters, type TaskListFilters } from './task-filters';
import { conclusionOptions, unitOptions, useIssuedConclusions, useUnits } from './use-lookups';

/** Unit (with "chỉ đơn vị chủ trì"), conclusion and status filters of the task list. */
export function TaskFilterBar({ filters }: { filters: TaskListFilters }) {
  const units = useUnits();
  const conclusions = useIssuedConclusions();
  const filtered = hasNarrowingFilters(filters);
  return (
    <Group align="flex-end" gap="md">
      <Select
        label="Đơn vị"
        placeholder="Tất cả đơn vị"
        w={230}
        searchable
        clearable
        nothingFoundMessage="Không có đơn vị nào khớp"
        data={unitOptions(units.data ?? [])}
        value={filters.unitId}
        onChange={(unitId) => setTaskFilters({ unitId })}
      />
      <Switch
        label="Chỉ đơn vị chủ trì"
        checked={filters.leadOnly}
        disabled={filters.unitId === null}
        onChange={(e) => setTaskFilters({ leadOnly: e.currentTarget.checked })}
        mb={8}
      />
      <Select
        label="Kết luận"
        placeholder="Tất cả kết luận"
        w={320}
        searchable
        clearable
        nothingFoundMessage="Không có kết luận nào khớp"
        data={conclusionOptions(conclusions.data ?? [])}
        value={filters.conclusionId}
        onChange={(conclusionId) => setTaskFilters({ conclusionId })}
        comboboxProps={{ width: 480, position: 'bottom-start' }}
      />
      <Select
        label="Tình trạng"
        placeholder="Mọi tình trạng"
        w={230}
        clearable
        data={taskStatuses.map((s) => ({ value: s, label: statusLabel(s) }))}
        value={filters.status}
        onChange={(status) => setTaskFilters({ status: status as TaskStatus | null })}
      />
      {filters.dueMonth && (
        <Button variant="light" color="red" mb={2} onClick={() => setTaskFilters({ dueMonth: null })} aria-label="Bỏ lọc theo tháng đến hạn">
          Hạn trong tháng {Number(filters.dueMonth.slice(5))}/{filters.dueMonth.slice(0, 4)} ✕
        </Button>
      )}
      {filtered && (
        <Button variant="subtle" onClick={() => setTaskFilters({ unitId: null, leadOnly: false, conclusionId: null, status: null, dueMonth: null })}>
          Bỏ lọc
        </Button>
      )}
    </Group>
  );
}
