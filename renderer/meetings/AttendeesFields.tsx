import { ActionIcon, Autocomplete, Button, Checkbox, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Attendee, Person } from '../../shared/meetings/schema';
import { attendeeCategories } from './labels';
import { blankAttendee, blankPerson, patchRow, type Keyed } from './meeting-draft';

/** Attendees one by one: who was there, and why the absent were absent. */
export function AttendeesFields({
  rows,
  onChange,
  errors,
}: {
  rows: Keyed<Attendee>[];
  onChange: (rows: Keyed<Attendee>[]) => void;
  errors: Record<string, string>;
}) {
  const absent = rows.filter((r) => !r.present).length;
  return (
    <Stack gap="xs">
      {rows.length > 0 && (
        <Table aria-label="Danh sách người dự" withRowBorders={false} verticalSpacing={4} horizontalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>#</Table.Th>
              <Table.Th w="20%">Họ và tên</Table.Th>
              <Table.Th w="30%">Chức vụ</Table.Th>
              <Table.Th w="20%">Thành phần</Table.Th>
              <Table.Th w={64} ta="center">
                Có mặt
              </Table.Th>
              <Table.Th>Lý do vắng</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => {
              const n = i + 1;
              const err = (field: string) => errors[`attendees.${i}.${field}`];
              return (
                <Table.Tr key={r.key}>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {n}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Họ và tên người dự ${n}`}
                      value={r.name}
                      onChange={(e) => onChange(patchRow(rows, i, { name: e.currentTarget.value }))}
                      error={err('name')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Chức vụ người dự ${n}`}
                      value={r.title}
                      onChange={(e) => onChange(patchRow(rows, i, { title: e.currentTarget.value }))}
                      error={err('title')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Autocomplete
                      aria-label={`Thành phần người dự ${n}`}
                      data={attendeeCategories}
                      value={r.category}
                      onChange={(category) => onChange(patchRow(rows, i, { category }))}
                      error={err('category')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group justify="center">
                      <Checkbox
                        aria-label={`Có mặt: người dự ${n}`}
                        checked={r.present}
                        // A present person has no absence reason to keep.
                        onChange={(e) => {
                          const present = e.currentTarget.checked;
                          onChange(patchRow(rows, i, present ? { present, absenceReason: '' } : { present }));
                        }}
                      />
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Lý do vắng mặt người dự ${n}`}
                      placeholder={r.present ? '' : 'Đi công tác, ốm, …'}
                      value={r.absenceReason}
                      disabled={r.present}
                      onChange={(e) => onChange(patchRow(rows, i, { absenceReason: e.currentTarget.value }))}
                      error={err('absenceReason')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Bỏ người dự ${n}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Group justify="space-between">
        <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => onChange([...rows, blankAttendee()])}>
          Thêm người dự
        </Button>
        {rows.length > 0 && (
          <Text size="sm" c="dimmed">
            {rows.length - absent} có mặt{absent > 0 ? `, ${absent} vắng mặt` : ''}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

/** Delegates from the level above (Thành ủy, Tỉnh ủy) who attended. */
export function InvitedDelegatesFields({
  rows,
  onChange,
  errors,
}: {
  rows: Keyed<Person>[];
  onChange: (rows: Keyed<Person>[]) => void;
  errors: Record<string, string>;
}) {
  return (
    <Stack gap="xs">
      {rows.map((r, i) => {
        const n = i + 1;
        return (
          <Group key={r.key} align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={i === 0 ? 'Họ và tên' : undefined}
              aria-label={`Họ và tên đại biểu ${n}`}
              value={r.name}
              onChange={(e) => onChange(patchRow(rows, i, { name: e.currentTarget.value }))}
              error={errors[`invitedDelegates.${i}.name`]}
            />
            <TextInput
              style={{ flex: 2 }}
              label={i === 0 ? 'Chức vụ, cơ quan' : undefined}
              aria-label={`Chức vụ đại biểu ${n}`}
              placeholder="Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch UBND thành phố"
              value={r.title}
              onChange={(e) => onChange(patchRow(rows, i, { title: e.currentTarget.value }))}
              error={errors[`invitedDelegates.${i}.title`]}
            />
            <ActionIcon variant="subtle" color="gray" size="lg" aria-label={`Bỏ đại biểu ${n}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => onChange([...rows, blankPerson()])}>
          Thêm đại biểu
        </Button>
      </Group>
    </Stack>
  );
}
