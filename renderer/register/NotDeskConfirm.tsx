/**
 * The numbering desk's question ("Máy này không phải máy cấp số"), the same wherever a number
 * is given on a PC that is not the office's desk for the type: Lấy số, Ban hành, công văn đôn đốc.
 */
import { Alert, Checkbox, Stack, Text } from '@mantine/core';

export function NotDeskConfirm({
  warning,
  label,
  checked,
  error,
  onChange,
}: {
  warning: string;
  label: string;
  checked: boolean;
  error?: string | null | undefined;
  onChange: (checked: boolean) => void;
}) {
  return (
    <Alert color="orange" title="Máy này không phải máy cấp số" data-testid="not-desk">
      <Stack gap="xs">
        <Text size="sm">{warning}</Text>
        <Checkbox label={label} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} error={error} />
      </Stack>
    </Alert>
  );
}
