import { Alert, Anchor, Checkbox, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconNumbers } from '@tabler/icons-react';
import type { NumberCheck } from '../../shared/import/schema';

/**
 * The document's number against the outgoing register. A number the register already holds is
 * refused (a number is given once) unless the clerk says this is that entry's document; a number
 * far above the highest is saved only once the clerk says it is right.
 */
export function NumberCheckAlert({
  check,
  correction,
  jumpConfirmed,
  onCorrectionChange,
  onJumpConfirmedChange,
}: {
  check: NumberCheck;
  correction: boolean;
  jumpConfirmed: boolean;
  onCorrectionChange: (value: boolean) => void;
  onJumpConfirmedChange: (value: boolean) => void;
}) {
  if (check.state === 'taken' && check.entry) {
    const entry = check.entry;
    return (
      <Alert color={correction ? 'blue' : 'red'} icon={<IconNumbers />} title="Số này đã có trong sổ văn bản đi" data-testid="number-taken">
        <Stack gap="xs">
          <Text size="sm">{check.message}</Text>
          {entry.conclusionId && (
            <Anchor href={`#/conclusions/${encodeURIComponent(entry.conclusionId)}`} size="sm">
              Mở văn bản đang giữ số {entry.numberSymbol}
            </Anchor>
          )}
          <Checkbox
            checked={correction}
            onChange={(e) => onCorrectionChange(e.currentTarget.checked)}
            label={`Văn bản này chính là văn bản số ${entry.numberSymbol} trong sổ: thay mục đó bằng văn bản này (sổ lưu lại liên kết cũ)`}
          />
        </Stack>
      </Alert>
    );
  }
  if (check.state === 'jump') {
    return (
      <Alert color="orange" icon={<IconAlertTriangle />} title="Số văn bản cao bất thường" data-testid="number-jump">
        <Stack gap="xs">
          <Text size="sm">{check.message}</Text>
          <Checkbox
            checked={jumpConfirmed}
            onChange={(e) => onJumpConfirmedChange(e.currentTarget.checked)}
            label={`Tôi đã đối chiếu với văn bản gốc: số ${check.number ?? ''} là đúng`}
          />
        </Stack>
      </Alert>
    );
  }
  return null;
}

/** The short message on the number field itself while the number stops the save. */
export function numberFieldError(check: NumberCheck, correction: boolean, jumpConfirmed: boolean): string | undefined {
  if (check.state === 'taken' && !correction) return `Số ${check.entry?.numberSymbol ?? ''} đã có trong sổ văn bản đi`;
  if (check.state === 'jump' && !jumpConfirmed) return `Cao hơn nhiều so với số lớn nhất đã có (${check.lastNumber ?? ''}); cần xác nhận`;
  return undefined;
}
