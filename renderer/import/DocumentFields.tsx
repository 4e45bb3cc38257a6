import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { ImportedConclusionFields } from '../../shared/import/schema';
import { kindOptions } from './labels';
import { DateField } from '../components/DateField';

type Patch = (patch: Partial<ImportedConclusionFields>) => void;

/** The recognised header and title of the document: who issued it, its number, date and name. */
export function DocumentFields({ fields, errors, onChange }: { fields: ImportedConclusionFields; errors: Record<string, string>; onChange: Patch }) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label="Loại văn bản"
          data={kindOptions}
          value={fields.kind}
          onChange={(v) => onChange({ kind: v === 'KL' ? 'KL' : 'TB' })}
          allowDeselect={false}
          error={errors.kind}
        />
        <TextInput
          label="Số, ký hiệu"
          placeholder="62-TB/ĐU"
          value={fields.numberSymbol ?? ''}
          onChange={(e) => onChange({ numberSymbol: e.currentTarget.value })}
          error={errors.numberSymbol}
        />
        <TextInput
          label="Địa danh"
          value={fields.place ?? ''}
          onChange={(e) => onChange({ place: e.currentTarget.value })}
          error={errors.place}
        />
        <DateField
          label="Ngày ban hành"
          value={fields.issueDate ?? ''}
          onChange={(v) => onChange({ issueDate: v })}
          error={errors.issueDate}
        />
        <TextInput
          label="Đảng bộ cấp trên"
          value={fields.superiorCommittee ?? ''}
          onChange={(e) => onChange({ superiorCommittee: e.currentTarget.value })}
          error={errors.superiorCommittee}
        />
        <TextInput
          label="Tên Đảng ủy"
          value={fields.committee ?? ''}
          onChange={(e) => onChange({ committee: e.currentTarget.value })}
          error={errors.committee}
        />
      </SimpleGrid>
      <TextInput label="Tiêu đề" value={fields.title} onChange={(e) => onChange({ title: e.currentTarget.value })} error={errors.title} />
      <TextInput
        label="Dòng tiêu đề thứ hai"
        value={fields.subtitle ?? ''}
        onChange={(e) => onChange({ subtitle: e.currentTarget.value })}
        error={errors.subtitle}
      />
      <Textarea
        label="Trích yếu"
        autosize
        minRows={2}
        value={fields.summary ?? ''}
        onChange={(e) => onChange({ summary: e.currentTarget.value })}
        error={errors.summary}
      />
    </Stack>
  );
}
