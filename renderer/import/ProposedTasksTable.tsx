import { Badge, Checkbox, Group, MultiSelect, Stack, Table, Text } from '@mantine/core';
import { useApiQuery } from '../api/use-api';
import { recurrenceLabels } from '../../shared/tasks/schema';
import type { TaskDraft } from './import-draft';
import { DateField } from '../components/DateField';

function Units({ names }: { names: string[] }) {
  if (names.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {names.map((n) => (
        <Text key={n} size="sm">
          {n}
        </Text>
      ))}
    </Stack>
  );
}

interface UnitOption {
  value: string;
  label: string;
}

/**
 * Directory units of one role, editable; names the text gives that are not in the directory
 * stay listed under it and are saved as written.
 */
function UnitsField({ label, ids, freeNames, options, onChange }: { label: string; ids: string[]; freeNames: string[]; options: UnitOption[]; onChange: (ids: string[], names: string[]) => void }) {
  const nameOf = (id: string) => options.find((o) => o.value === id)?.label ?? id;
  return (
    <Stack gap={2}>
      <MultiSelect
        size="xs"
        aria-label={label}
        data={options}
        value={ids}
        searchable
        placeholder={ids.length === 0 ? 'Chọn đơn vị' : undefined}
        onChange={(next) => onChange(next, [...next.map(nameOf), ...freeNames])}
      />
      {freeNames.length > 0 && <Units names={freeNames} />}
    </Stack>
  );
}

/** "2026-05-15" → "15/05/2026". */
const dmy = (iso: string): string => iso.split('-').reverse().join('/');

function TaskRow({
  task,
  index,
  options,
  issueDate,
  onChange,
}: {
  task: TaskDraft;
  index: number;
  options: UnitOption[];
  issueDate: string | null;
  onChange: (patch: Partial<TaskDraft>) => void;
}) {
  const name = `nhiệm vụ ${index + 1}`;
  // Checked live against the issue date as either is edited: never saved silently.
  const early = task.accepted && task.dueDate !== null && issueDate !== null && task.dueDate < issueDate;
  return (
    <Table.Tr style={{ opacity: task.accepted ? 1 : 0.55 }} data-testid="proposed-task">
      <Table.Td>
        <Checkbox aria-label={`Nhận ${name}`} checked={task.accepted} onChange={(e) => onChange({ accepted: e.currentTarget.checked })} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{task.content}</Text>
        {task.recurrence && (
          <Badge mt={4} variant="light" color="teal" style={{ textTransform: 'none' }}>
            {recurrenceLabels[task.recurrence]}
          </Badge>
        )}
      </Table.Td>
      <Table.Td data-testid="lead-units">
        <UnitsField
          label={`Đơn vị chủ trì ${name}`}
          ids={task.leadUnitIds}
          freeNames={task.leadUnitNames}
          options={options}
          onChange={(leadUnitIds, leadUnits) => onChange({ leadUnitIds, leadUnits })}
        />
      </Table.Td>
      <Table.Td>
        <UnitsField
          label={`Đơn vị phối hợp ${name}`}
          ids={task.supportingUnitIds}
          freeNames={task.supportingUnitNames}
          options={options}
          onChange={(supportingUnitIds, supportingUnits) => onChange({ supportingUnitIds, supportingUnits })}
        />
      </Table.Td>
      <Table.Td>
        <DateField
          size="xs"
          aria-label={`Thời hạn ${name}`}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={task.dueDate ?? ''}
          onChange={(v) => onChange({ dueDate: v === '' ? null : v })}
          description={task.dueDatePhrase ? `đọc từ: “${task.dueDatePhrase}”` : task.dueDate ? undefined : 'Văn bản không ghi hạn'}
          error={early && issueDate ? `Hạn trước ngày ban hành (${dmy(issueDate)}): cần sửa` : undefined}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{task.sourceSection ?? '—'}</Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** The tasks read from the assigning paragraphs: each accepted unless unticked; units and deadlines editable. */
export function ProposedTasksTable({
  tasks,
  issueDate,
  onChange,
}: {
  tasks: TaskDraft[];
  /** The document's issue date as edited: a deadline before it is flagged. */
  issueDate: string | null;
  onChange: (key: string, patch: Partial<TaskDraft>) => void;
}) {
  const units = useApiQuery('units.list', { includeInactive: false });
  const options: UnitOption[] = (units.data ?? []).map((u) => ({ value: u.id, label: u.shortName }));
  const accepted = tasks.filter((t) => t.accepted).length;
  if (tasks.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Không tìm thấy đoạn giao việc nào trong văn bản. Có thể giao nhiệm vụ sau, từ màn hình của văn bản.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Checkbox
          label="Nhận tất cả nhiệm vụ đề xuất"
          checked={accepted === tasks.length}
          indeterminate={accepted > 0 && accepted < tasks.length}
          onChange={(e) => {
            const value = e.currentTarget.checked;
            for (const t of tasks) onChange(t.key, { accepted: value });
          }}
        />
        <Text size="sm" c="dimmed" data-testid="accepted-count">
          Nhận {accepted}/{tasks.length} nhiệm vụ
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={880}>
        <Table aria-label="Nhiệm vụ đề xuất" verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>Nhận</Table.Th>
              <Table.Th>Nội dung</Table.Th>
              <Table.Th w={190}>Chủ trì</Table.Th>
              <Table.Th w={190}>Phối hợp</Table.Th>
              <Table.Th w={160}>Thời hạn</Table.Th>
              <Table.Th w={60}>Mục</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tasks.map((t, i) => (
              <TaskRow key={t.key} task={t} index={i} options={options} issueDate={issueDate} onChange={(patch) => onChange(t.key, patch)} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
