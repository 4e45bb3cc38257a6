import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { AgendaItem, PresentedDocument } from '../../shared/meetings/schema';
import { presentedKindOptions } from './labels';
import { blankAgendaItem, blankDocument, patchRow, type Keyed } from './meeting-draft';
import { DateField } from '../components/DateField';

/** Tờ trình, báo cáo … heard at the meeting; the conclusion's preamble cites them by number and date. */
export function PresentedDocumentsFields({
  rows,
  onChange,
  errors,
}: {
  rows: Keyed<PresentedDocument>[];
  onChange: (rows: Keyed<PresentedDocument>[]) => void;
  errors: Record<string, string>;
}) {
  return (
    <Stack gap="sm">
      {rows.map((r, i) => {
        const n = i + 1;
        const err = (field: string) => errors[`presentedDocuments.${i}.${field}`];
        return (
          <Paper key={r.key} withBorder p="sm" radius="sm">
            <Stack gap="xs">
              <Group align="flex-start" wrap="nowrap">
                <Select
                  w={190}
                  label="Loại văn bản"
                  aria-label={`Loại văn bản (tài liệu ${n})`}
                  data={presentedKindOptions}
                  value={r.kind || null}
                  onChange={(kind) => onChange(patchRow(rows, i, { kind: kind ?? '' }))}
                  error={err('kind')}
                  searchable
                  allowDeselect={false}
                />
                <TextInput
                  w={170}
                  label="Số, ký hiệu"
                  aria-label={`Số, ký hiệu (tài liệu ${n})`}
                  placeholder={r.kind ? `27-${r.kind}/ĐU` : '27-TTr/ĐU'}
                  value={r.numberSymbol}
                  onChange={(e) => onChange(patchRow(rows, i, { numberSymbol: e.currentTarget.value }))}
                  error={err('numberSymbol')}
                />
                <DateField
                  w={160}
                  label="Ngày văn bản"
                  aria-label={`Ngày văn bản (tài liệu ${n})`}
                  value={r.date ?? ''}
                  onChange={(v) => onChange(patchRow(rows, i, { date: v || null }))}
                  error={err('date')}
                />
                <TextInput
                  style={{ flex: 1 }}
                  label="Cơ quan, người trình bày"
                  aria-label={`Cơ quan, người trình bày (tài liệu ${n})`}
                  placeholder="Ban Thường vụ Đảng ủy; đồng chí Phó Bí thư Thường trực"
                  value={r.presenter}
                  onChange={(e) => onChange(patchRow(rows, i, { presenter: e.currentTarget.value }))}
                  error={err('presenter')}
                />
                <ActionIcon variant="subtle" color="gray" size="lg" mt={24} aria-label={`Bỏ tài liệu ${n}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              <TextInput
                label="Trích yếu"
                aria-label={`Trích yếu (tài liệu ${n})`}
                placeholder="về kết quả thực hiện nhiệm vụ 6 tháng đầu năm …"
                value={r.title}
                onChange={(e) => onChange(patchRow(rows, i, { title: e.currentTarget.value }))}
                error={err('title')}
              />
            </Stack>
          </Paper>
        );
      })}
      <Group>
        <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => onChange([...rows, blankDocument()])}>
          Thêm tài liệu
        </Button>
      </Group>
    </Stack>
  );
}

/** The items discussed, each with what was said about it. */
export function AgendaFields({
  rows,
  onChange,
  errors,
}: {
  rows: Keyed<AgendaItem>[];
  onChange: (rows: Keyed<AgendaItem>[]) => void;
  errors: Record<string, string>;
}) {
  return (
    <Stack gap="sm">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          Chưa ghi nội dung nào. Mỗi nội dung hội nghị cho ý kiến là một mục, kèm ý kiến thảo luận.
        </Text>
      )}
      {rows.map((r, i) => {
        const n = i + 1;
        return (
          <Paper key={r.key} withBorder p="sm" radius="sm">
            <Stack gap="xs">
              <Group align="flex-start" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  label={`Nội dung ${n}`}
                  value={r.title}
                  onChange={(e) => onChange(patchRow(rows, i, { title: e.currentTarget.value }))}
                  error={errors[`agenda.${i}.title`]}
                />
                <ActionIcon variant="subtle" color="gray" size="lg" mt={24} aria-label={`Bỏ nội dung ${n}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              <Textarea
                label="Ý kiến thảo luận"
                aria-label={`Ý kiến thảo luận (nội dung ${n})`}
                autosize
                minRows={3}
                maxRows={16}
                value={r.notes}
                onChange={(e) => onChange(patchRow(rows, i, { notes: e.currentTarget.value }))}
                error={errors[`agenda.${i}.notes`]}
              />
            </Stack>
          </Paper>
        );
      })}
      <Group>
        <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => onChange([...rows, blankAgendaItem()])}>
          Thêm nội dung
        </Button>
      </Group>
    </Stack>
  );
}
