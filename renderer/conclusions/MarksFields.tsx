/** Độ khẩn and độ mật: printed in capitals under the number when set. */
import { Select, SimpleGrid } from '@mantine/core';
import { secrecyMarks, urgencyMarks } from '../../shared/conclusions/schema';
import type { FieldsProps } from './TitleFields';

export function MarksFields({ content, change, errors, readOnly }: FieldsProps) {
  return (
    <SimpleGrid cols={2}>
      <Select
        label="Độ khẩn"
        placeholder="Không"
        data={[...urgencyMarks]}
        value={content.urgency}
        clearable
        readOnly={readOnly}
        error={errors.urgency}
        onChange={(v) => change((c) => ({ ...c, urgency: urgencyMarks.find((m) => m === v) ?? null }))}
      />
      <Select
        label="Độ mật"
        placeholder="Không"
        data={[...secrecyMarks]}
        value={content.secrecy}
        clearable
        readOnly={readOnly}
        error={errors.secrecy}
        onChange={(v) => change((c) => ({ ...c, secrecy: secrecyMarks.find((m) => m === v) ?? null }))}
      />
    </SimpleGrid>
  );
}
