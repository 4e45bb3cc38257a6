import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCopy } from '@tabler/icons-react';
import type { ImportPreview } from '../../shared/import/schema';

/** The document is already in the data: saving it again is refused, so the way on is to skip it. */
export function DuplicateAlert({ duplicate, onSkip }: { duplicate: NonNullable<ImportPreview['duplicateOf']>; onSkip: () => void }) {
  return (
    <Alert color="red" variant="filled" icon={<IconCopy />} title="Văn bản này đã có trong dữ liệu">
      <Text size="sm" c="white">
        {duplicate.numberSymbol ? `Số ${duplicate.numberSymbol}. ` : ''}
        {duplicate.reason} Không nhập lại để tránh trùng.
      </Text>
      <Group mt="sm" gap="sm">
        <Button variant="white" color="red" onClick={onSkip}>
          Bỏ qua
        </Button>
        <Anchor href={`#/conclusions/${encodeURIComponent(duplicate.conclusionId)}`} c="white" size="sm" underline="always">
          Mở văn bản đã có
        </Anchor>
      </Group>
    </Alert>
  );
}

/** What the reading could not settle: to check against the source before saving. */
export function WarningsAlert({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle />} title="Cần kiểm tra lại">
      <List size="sm" spacing={2}>
        {warnings.map((w) => (
          <List.Item key={w}>{w}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
