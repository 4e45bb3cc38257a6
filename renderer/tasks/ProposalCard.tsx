import { ActionIcon, Badge, Checkbox, type ComboboxData, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { recurrenceLabels } from '../../shared/tasks/schema';
import type { OutlineParagraph, ProposalDraft } from './proposal-draft';
import { DateField } from '../components/DateField';

function dueDescription(d: ProposalDraft): string {
  if (d.dueDatePhrase) return `hạn đọc từ: “${d.dueDatePhrase}”`;
  if (d.dueDate === null) return 'Văn bản không ghi hạn: dùng thời hạn chung';
  return 'Thời hạn nhập tay';
}

/**
 * One proposed task under review: accept it or not, correct its text, units and deadline.
 * A task added by hand also chooses the paragraph of the conclusion it comes from.
 */
export function ProposalCard({
  draft,
  index,
  unitData,
  commonDue,
  paragraphs,
  contentError,
  onChange,
  onRemove,
}: {
  draft: ProposalDraft;
  index: number;
  unitData: ComboboxData;
  commonDue: string;
  paragraphs: readonly OutlineParagraph[];
  contentError: string | undefined;
  onChange: (patch: Partial<ProposalDraft>) => void;
  onRemove: () => void;
}) {
  const name = `Nhiệm vụ ${index + 1}`;
  return (
    <Paper
      withBorder
      p="md"
      role="group"
      aria-label={name}
      data-testid="proposal"
      style={{ opacity: draft.accepted ? 1 : 0.6, borderLeft: `4px solid var(--mantine-color-${draft.accepted ? 'red-7' : 'gray-4'})` }}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm">
            <Checkbox
              label={`Giao ${name.toLowerCase()}`}
              checked={draft.accepted}
              onChange={(e) => onChange({ accepted: e.currentTarget.checked })}
            />
            {draft.sourceSection && (
              <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
                Mục {draft.sourceSection}
              </Badge>
            )}
            {draft.manual && (
              <Badge variant="light" color="blue" style={{ textTransform: 'none' }}>
                Thêm tay
              </Badge>
            )}
            {draft.recurrence && (
              <Badge variant="light" color="teal" style={{ textTransform: 'none' }}>
                {recurrenceLabels[draft.recurrence]}
              </Badge>
            )}
            {draft.alreadyAssigned && (
              <Badge variant="light" color="orange" style={{ textTransform: 'none' }}>
                Đã giao trước đây
              </Badge>
            )}
          </Group>
          {draft.manual && (
            <ActionIcon variant="subtle" color="red" aria-label={`Bỏ ${name.toLowerCase()}`} onClick={onRemove}>
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
        {draft.manual && (
          <Select
            label="Đoạn trong kết luận"
            placeholder="Không gắn với đoạn nào"
            searchable
            clearable
            data={paragraphs.map((p) => ({ value: p.id, label: p.text.length > 140 ? `${p.text.slice(0, 140)}…` : p.text }))}
            value={draft.sourceBlockId}
            onChange={(id) => {
              const p = paragraphs.find((x) => x.id === id);
              onChange({
                sourceBlockId: id,
                sourceSection: p?.section ?? null,
                // The paragraph's words start the task; whatever the clerk typed stays.
                ...(p && draft.content.trim() === '' ? { content: p.text.replace(/^[-+•]\s*/, '') } : {}),
              });
            }}
            nothingFoundMessage="Không có đoạn nào khớp"
          />
        )}
        <Textarea
          label="Nội dung nhiệm vụ"
          autosize
          minRows={2}
          maxRows={10}
          value={draft.content}
          onChange={(e) => onChange({ content: e.currentTarget.value })}
          error={contentError}
        />
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          <MultiSelect
            label="Đơn vị chủ trì"
            wrapperProps={{ 'data-testid': 'lead-units' }}
            placeholder={draft.lead.length ? undefined : 'Chọn đơn vị'}
            searchable
            data={unitData}
            value={draft.lead}
            onChange={(lead) => onChange({ lead })}
            nothingFoundMessage="Không có đơn vị nào khớp"
          />
          <MultiSelect
            label="Đơn vị phối hợp"
            wrapperProps={{ 'data-testid': 'supporting-units' }}
            placeholder={draft.supporting.length ? undefined : 'Không có'}
            searchable
            data={unitData}
            value={draft.supporting}
            onChange={(supporting) => onChange({ supporting })}
            nothingFoundMessage="Không có đơn vị nào khớp"
          />
          <DateField
            label="Thời hạn"
            value={draft.dueDate ?? commonDue}
            onChange={(v) => onChange({ dueDate: v })}
            description={dueDescription(draft)}
            // Below the field, so the three inputs of the row line up.
            inputWrapperOrder={['label', 'input', 'description', 'error']}
          />
        </SimpleGrid>
        {!draft.manual && draft.lead.length === 0 && (
          <Text size="xs" c="orange">
            Không nhận ra đơn vị chủ trì trong văn bản: chọn đơn vị trước khi giao.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
