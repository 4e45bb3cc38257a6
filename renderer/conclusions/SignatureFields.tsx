/**
 * Người ký and the lines printed above the name. Choosing a signer proposes the authority, the
 * body and the title by rule (signatureFor); each line can then be corrected by hand.
 */
import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { Signature } from '../../shared/conclusions/schema';
import { signatureAuthorities, type SignatureAuthority } from '../../shared/document/model';
import type { Signer } from '../../shared/profile/schema';
import { chooseSigner } from './draft-rules';
import type { FieldsProps } from './TitleFields';

const authorityLabels: Record<SignatureAuthority, string> = {
  'T/M': 'T/M (thay mặt)',
  'K/T': 'K/T (ký thay)',
  'T/L': 'T/L (thừa lệnh)',
  'T/UQ': 'T/UQ (thừa ủy quyền)',
};

export function SignatureFields({ content, change, errors, readOnly, signers }: FieldsProps & { signers: Signer[] }) {
  const sig = content.signature;
  const setSig = (patch: Partial<Signature>) => change((c) => ({ ...c, signature: { ...c.signature, ...patch } }));
  const signerError = errors['signature.signerName'] ?? errors['signature.signerId'];

  return (
    <Stack gap="xs">
      <Select
        label="Người ký"
        placeholder="Chọn người ký"
        data={signers.map((s) => ({ value: s.id, label: `${s.name} — ${s.title}` }))}
        value={sig.signerId && signers.some((s) => s.id === sig.signerId) ? sig.signerId : null}
        clearable
        readOnly={readOnly}
        error={signerError}
        onChange={(id) => change((c) => chooseSigner(c, signers.find((s) => s.id === id) ?? null))}
      />
      <SimpleGrid cols={{ base: 1, xl: 2 }}>
        <Select
          label="Thể thức ký"
          data={signatureAuthorities.map((a) => ({ value: a, label: authorityLabels[a] }))}
          value={sig.authority}
          clearable
          placeholder="Không (ký cá nhân)"
          readOnly={readOnly}
          error={errors['signature.authority']}
          onChange={(v) => setSig({ authority: signatureAuthorities.find((a) => a === v) ?? null })}
        />
        <TextInput
          label="Thay mặt / thừa lệnh"
          description="Ví dụ: BAN THƯỜNG VỤ"
          value={sig.onBehalfOf}
          readOnly={readOnly}
          error={errors['signature.onBehalfOf']}
          onChange={(e) => setSig({ onBehalfOf: e.currentTarget.value })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xl: 2 }}>
        <TextInput
          label="Chức vụ ký"
          description="Ví dụ: BÍ THƯ, CHÁNH VĂN PHÒNG"
          value={sig.title}
          readOnly={readOnly}
          error={errors['signature.title']}
          onChange={(e) => setSig({ title: e.currentTarget.value })}
        />
        <TextInput
          label="Họ tên in dưới chữ ký"
          description="Không ghi học hàm, học vị"
          value={sig.signerName}
          readOnly={readOnly}
          error={errors['signature.signerName']}
          onChange={(e) => setSig({ signerName: e.currentTarget.value })}
        />
      </SimpleGrid>
    </Stack>
  );
}
