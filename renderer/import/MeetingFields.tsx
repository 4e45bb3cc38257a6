import { Checkbox, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { ImportedConclusionFields } from '../../shared/import/schema';
import { bodyOptions, isImportBody } from './labels';
import { DateField } from '../components/DateField';

type Meeting = ImportedConclusionFields['meeting'];

/** The meeting the preamble describes: when, which body, which session, who chaired. */
export function MeetingFields({
  meeting,
  createMeeting,
  errors,
  onChange,
  onCreateMeetingChange,
}: {
  meeting: Meeting;
  createMeeting: boolean;
  errors: Record<string, string>;
  onChange: (patch: Partial<Meeting>) => void;
  onCreateMeetingChange: (value: boolean) => void;
}) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateField
          label="Ngày họp"
          value={meeting.date ?? ''}
          onChange={(v) => onChange({ date: v })}
          error={errors['meeting.date']}
        />
        <Select
          label="Cơ quan họp"
          placeholder="Chưa nhận ra"
          data={bodyOptions}
          value={meeting.body}
          onChange={(v) => onChange({ body: isImportBody(v) ? v : null })}
          clearable
          error={errors['meeting.body']}
        />
        <TextInput
          label="Kỳ họp, hội nghị thứ"
          value={meeting.number ?? ''}
          onChange={(e) => onChange({ number: e.currentTarget.value })}
          error={errors['meeting.number']}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label="Người chủ trì"
          value={meeting.chair ?? ''}
          onChange={(e) => onChange({ chair: e.currentTarget.value })}
          error={errors['meeting.chair']}
        />
        <TextInput
          label="Chức vụ người chủ trì"
          value={meeting.chairTitle ?? ''}
          onChange={(e) => onChange({ chairTitle: e.currentTarget.value })}
          error={errors['meeting.chairTitle']}
        />
      </SimpleGrid>
      <TextInput
        label="Nội dung hội nghị"
        value={meeting.subject ?? ''}
        onChange={(e) => onChange({ subject: e.currentTarget.value })}
        error={errors['meeting.subject']}
      />
      <Checkbox
        label="Ghi hội nghị này vào mục Hội nghị"
        description={meeting.date ? undefined : 'Cần có ngày họp'}
        checked={createMeeting && meeting.date !== null && meeting.date !== ''}
        disabled={!meeting.date}
        onChange={(e) => onCreateMeetingChange(e.currentTarget.checked)}
      />
    </Stack>
  );
}
