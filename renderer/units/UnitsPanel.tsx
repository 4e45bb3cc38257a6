import { ActionIcon, Badge, Button, Checkbox, Group, Modal, Select, Stack, Table, TagsInput, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { unitCategories, unitCategoryLabels, type Unit, type UnitCategory, type UnitInput } from '../../shared/units/schema';
import { ApiError, callApi } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { ErrorPanel } from '../components/ErrorPanel';
import { notifyError, notifySaved } from '../components/notify';
import { useCloseGuard } from '../components/use-close-guard';
import { matchesFolded } from '../components/folded-filter';

const blank: UnitInput = { shortName: '', fullName: '', category: 'other', aliases: [], isSuperior: false, active: true };

function UnitEditor({ unit, onClose, onSaved }: { unit: Unit | null; onClose: () => void; onSaved: () => void }) {
  const [start] = useState<UnitInput>(() =>
    unit
      ? { shortName: unit.shortName, fullName: unit.fullName, category: unit.category, aliases: unit.aliases, isSuperior: unit.isSuperior, active: unit.active }
      : blank,
  );
  const [value, setValue] = useState<UnitInput>(start);
  const requestClose = useCloseGuard(JSON.stringify(value) !== JSON.stringify(start), onClose);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    try {
      if (unit) await callApi('units.update', { id: unit.id, ...value });
      else await callApi('units.create', value);
      notifySaved(`Đơn vị “${value.shortName}”`, unit ? 'Đã sửa đơn vị' : 'Đã thêm đơn vị');
      onSaved();
    } catch (err) {
      if (err instanceof ApiError && err.value.fields) setErrors(err.value.fields);
      notifyError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={requestClose} title={unit ? 'Sửa đơn vị' : 'Thêm đơn vị'} size="lg" closeButtonProps={{ 'aria-label': 'Đóng' }}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack>
          <TextInput
            label="Tên viết tắt"
            description="Như viết trong văn bản: UBND xã, UBKT Đảng ủy"
            value={value.shortName}
            onChange={(e) => setValue({ ...value, shortName: e.currentTarget.value })}
            error={errors.shortName}
            required
            data-autofocus
          />
          <TextInput
            label="Tên đầy đủ"
            value={value.fullName}
            onChange={(e) => setValue({ ...value, fullName: e.currentTarget.value })}
            error={errors.fullName}
            required
          />
          <Select
            label="Nhóm"
            data={unitCategories.map((c) => ({ value: c, label: unitCategoryLabels[c] }))}
            value={value.category}
            onChange={(v) => setValue({ ...value, category: (v ?? 'other') as UnitCategory })}
            allowDeselect={false}
          />
          <TagsInput
            label="Cách viết khác"
            description="Các tên gọi khác để nhận ra đơn vị trong văn bản (nhấn Enter sau mỗi tên)"
            value={value.aliases}
            onChange={(aliases) => setValue({ ...value, aliases })}
          />
          <Checkbox
            label="Cơ quan cấp trên (ghi “để báo cáo” ở Nơi nhận)"
            checked={value.isSuperior}
            onChange={(e) => setValue({ ...value, isSuperior: e.currentTarget.checked })}
          />
          <Checkbox
            label="Đang sử dụng"
            checked={value.active}
            onChange={(e) => setValue({ ...value, active: e.currentTarget.checked })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={requestClose}>
              Hủy
            </Button>
            <Button type="submit" loading={saving}>
              Lưu
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function UnitsPanel() {
  const units = useApiQuery('units.list', { includeInactive: true });
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [filter, setFilter] = useState('');

  if (units.error) return <ErrorPanel message={units.error} onRetry={units.reload} />;
  const list = (units.data ?? []).filter((u) =>
    matchesFolded(`${u.shortName} ${u.fullName} ${u.aliases.join(' ')}`, filter),
  );

  function confirmDelete(unit: Unit) {
    modals.openConfirmModal({
      title: 'Xóa đơn vị',
      children: (
        <Text size="sm">
          Xóa “{unit.shortName}” khỏi danh mục? Các văn bản và nhiệm vụ đã ghi tên đơn vị này vẫn giữ nguyên.
        </Text>
      ),
      labels: { confirm: 'Xóa', cancel: 'Hủy' },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        callApi('units.delete', { id: unit.id })
          .then(() => {
            notifySaved(`Đơn vị “${unit.shortName}”`, 'Đã xóa đơn vị');
            units.reload();
          })
          .catch(notifyError);
      },
    });
  }

  return (
    <Stack>
      <Group justify="space-between">
        <TextInput placeholder="Lọc theo tên…" aria-label="Lọc đơn vị" value={filter} onChange={(e) => setFilter(e.currentTarget.value)} w={320} />
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          Thêm đơn vị
        </Button>
      </Group>
      <Table striped highlightOnHover aria-label="Danh mục đơn vị">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tên viết tắt</Table.Th>
            <Table.Th>Tên đầy đủ</Table.Th>
            <Table.Th>Nhóm</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {u.shortName}
                  </Text>
                  {!u.active && <Badge color="gray" variant="light">Ngừng dùng</Badge>}
                  {u.isSuperior && <Badge variant="light">Cấp trên</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>{u.fullName}</Table.Td>
              <Table.Td>{unitCategoryLabels[u.category]}</Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={`Sửa ${u.shortName}`} onClick={() => setEditing(u)}>
                    <IconPencil size={16} />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" aria-label={`Xóa ${u.shortName}`} onClick={() => confirmDelete(u)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed">
        {list.length} đơn vị{filter ? ' khớp bộ lọc' : ''}; sắp xếp theo thứ tự in ở Nơi nhận.
      </Text>
      {editing && (
        <UnitEditor
          unit={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            units.reload();
          }}
        />
      )}
    </Stack>
  );
}
