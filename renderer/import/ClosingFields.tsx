import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { ImportedConclusionFields } from '../../shared/import/schema';
import { authorityOptions, isAuthority } from './labels';

type Signature = ImportedConclusionFields['signature'];

/** The closing block: Nơi nhận, one a line, and the signature as printed. */
export function ClosingFields({
  recipientsText,
  signature,
  errors,
  onRecipientsChange,
  onSignatureChange,
}: {
  recipientsText: string;
  signature: Signature;
  errors: Record<string, string>;
  onRecipientsChange: (text: string) => void;
  onSignatureChange: (patch: Partial<Signature>) => void;
}) {
  return (
    <Stack gap="sm">
      <Textarea
        label="Nơi nhận"
        description="Mỗi dòng một nơi nhận, như in ở văn bản"
        autosize
        minRows={3}
        maxRows={12}
        value={recipientsText}
        onChange={(e) => onRecipientsChange(e.currentTarget.value)}
        error={errors.recipients}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label="Thể thức ký"
          placeholder="Không ghi"
          data={authorityOptions}
          value={signature.authority}
          onChange={(v) => onSignatureChange({ authority: isAuthority(v) ? v : null })}
          clearable
          error={errors['signature.authority']}
        />
        <TextInput
          label="Thay mặt / thừa lệnh"
          placeholder="BAN THƯỜNG VỤ"
          value={signature.onBehalfOf ?? ''}
          onChange={(e) => onSignatureChange({ onBehalfOf: e.currentTarget.value })}
          error={errors['signature.onBehalfOf']}
        />
        <TextInput
          label="Chức vụ ký"
          value={signature.title ?? ''}
          onChange={(e) => onSignatureChange({ title: e.currentTarget.value })}
          error={errors['signature.title']}
        />
        <TextInput
          label="Người ký"
          value={signature.signer ?? ''}
          onChange={(e) => onSignatureChange({ signer: e.currentTarget.value })}
          error={errors['signature.signer']}
        />
      </SimpleGrid>
    </Stack>
  );
}
