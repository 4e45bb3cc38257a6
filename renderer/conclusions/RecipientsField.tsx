/**
 * Nơi nhận: units picked from the directory (superiors marked "để báo cáo" by rule), free lines
 * for anyone else, and the archive line that the rule adds and the person cannot remove.
 */
import { ActionIcon, Button, Checkbox, Group, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconLock, IconPlus, IconTrash } from '@tabler/icons-react';
import type { Recipient } from '../../shared/conclusions/schema';
import { buildRecipientLines } from '../../shared/document/document-parts';
import type { Unit } from '../../shared/units/schema';
import { isUnitRecipient, orderRecipients, setUnitRecipients } from './draft-rules';
import { errorUnder } from './labels';
import type { FieldsProps } from './TitleFields';

export function RecipientsField({ content, change, errors, readOnly, units, issuerAbbreviation }: FieldsProps & { units: Unit[]; issuerAbbreviation: string }) {
  const recipients = content.recipients;
  const chosen = recipients.filter((r) => isUnitRecipient(r, units)).map((r) => r.unitId ?? '');
  // Stopped units stay listed when a draft already names them, so the choice is not lost.
  const options = units
    .filter((u) => u.active || chosen.includes(u.id))
    .map((u) => ({ value: u.id, label: u.isSuperior ? `${u.shortName} (để báo cáo)` : u.shortName }));
  const free = recipients.map((r, index) => ({ r, index })).filter(({ r }) => !isUnitRecipient(r, units));
  const lines = buildRecipientLines(recipients.filter((r) => r.text.trim()), issuerAbbreviation);
  const archive = (lines[lines.length - 1]?.text ?? '').replace(/^-\s*/u, '').replace(/\.$/u, '');

  const setRecipients = (update: (list: Recipient[]) => Recipient[]) =>
    change((c) => ({ ...c, recipients: orderRecipients(update(c.recipients), units) }));
  const updateLine = (index: number, patch: Partial<Recipient>) =>
    setRecipients((list) => list.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  return (
    <Stack gap="xs">
      <MultiSelect
        label="Nơi nhận"
        description="Chọn từ danh mục đơn vị; cơ quan cấp trên tự ghi “(để báo cáo)”."
        placeholder={readOnly ? undefined : 'Chọn đơn vị…'}
        data={options}
        value={chosen}
        searchable
        readOnly={readOnly}
        error={errorUnder(errors, 'recipients')}
        onChange={(ids) => change((c) => ({ ...c, recipients: setUnitRecipients(c.recipients, ids, units) }))}
      />
      {free.map(({ r, index }, n) => (
        <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            style={{ flex: 1 }}
            label={`Nơi nhận khác ${n + 1}`}
            placeholder="Ví dụ: Đ/c Bùi Văn Thăng, UVBTVTU, phụ trách Đảng bộ xã"
            value={r.text}
            readOnly={readOnly}
            error={errors[`recipients.${index}.text`]}
            onChange={(e) => updateLine(index, { text: e.currentTarget.value })}
          />
          <Checkbox
            mt={30}
            label="Để báo cáo"
            aria-label={`Để báo cáo: nơi nhận khác ${n + 1}`}
            checked={r.forReport}
            disabled={readOnly}
            onChange={(e) => updateLine(index, { forReport: e.currentTarget.checked })}
          />
          {!readOnly && (
            <ActionIcon
              mt={28}
              variant="subtle"
              color="red"
              aria-label={`Xóa nơi nhận khác ${n + 1}`}
              onClick={() => setRecipients((list) => list.filter((_, i) => i !== index))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {!readOnly && (
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => change((c) => ({ ...c, recipients: [...c.recipients, { unitId: null, text: '', forReport: false }] }))}
        >
          Thêm nơi nhận khác
        </Button>
      )}
      <Group gap={6} wrap="nowrap">
        <IconLock size={14} color="var(--mantine-color-dimmed)" aria-hidden />
        <Text size="sm" c="dimmed" aria-label="Dòng lưu">
          {archive} — dòng lưu, máy tự thêm ở cuối Nơi nhận.
        </Text>
      </Group>
    </Stack>
  );
}
