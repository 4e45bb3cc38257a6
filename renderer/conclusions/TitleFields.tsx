/** Kind, body, the title lines and the opening paragraphs of a conclusion. */
import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { ConclusionContent, ConclusionKind } from '../../shared/conclusions/schema';
import { meetingBodies, meetingBodyLabels, type MeetingBody } from '../../shared/meetings/schema';
import { changeBody, changeKind } from './draft-rules';
import { kindOptions } from './labels';

export interface FieldsProps {
  content: ConclusionContent;
  change: (update: (content: ConclusionContent) => ConclusionContent) => void;
  errors: Record<string, string>;
  readOnly: boolean;
}

export function TitleFields({ content, change, errors, readOnly }: FieldsProps) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <Select
          label="Loại văn bản"
          data={kindOptions}
          value={content.kind}
          allowDeselect={false}
          readOnly={readOnly}
          error={errors.kind}
          onChange={(v) => {
            if (v === 'TB' || v === 'KL') change((c) => changeKind(c, v satisfies ConclusionKind));
          }}
        />
        <Select
          label="Cơ quan kết luận"
          data={meetingBodies.map((b) => ({ value: b, label: meetingBodyLabels[b] }))}
          value={content.body}
          allowDeselect={false}
          readOnly={readOnly}
          error={errors.body}
          onChange={(v) => {
            const body = meetingBodies.find((b) => b === v);
            if (body) change((c) => changeBody(c, body satisfies MeetingBody));
          }}
        />
      </SimpleGrid>
      <TextInput
        label="Dòng tiêu đề thứ hai"
        description="In đậm dưới chữ THÔNG BÁO, ví dụ “KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY”; để trống nếu không có."
        value={content.subtitle ?? ''}
        readOnly={readOnly}
        error={errors.subtitle}
        onChange={(e) => {
          const value = e.currentTarget.value;
          change((c) => ({ ...c, subtitle: value.trim() ? value : null }));
        }}
      />
      <Textarea
        label="Trích yếu"
        description="Bắt đầu bằng chữ thường “về …”; xuống dòng ở đâu thì bản in xuống dòng ở đó."
        autosize
        minRows={2}
        maxRows={6}
        value={content.summary}
        readOnly={readOnly}
        error={errors.summary}
        onChange={(e) => {
          const value = e.currentTarget.value;
          change((c) => ({ ...c, summary: value }));
        }}
      />
      <Textarea
        label="Phần mở đầu"
        description="Lấy từ hội nghị; sửa tự do. Mỗi dòng là một đoạn văn; chữ đặt giữa hai dấu ** (như **10/02/2026**) được in đậm."
        autosize
        minRows={4}
        maxRows={16}
        value={content.preamble}
        readOnly={readOnly}
        error={errors.preamble}
        onChange={(e) => {
          const value = e.currentTarget.value;
          change((c) => ({ ...c, preamble: value }));
        }}
      />
    </Stack>
  );
}
