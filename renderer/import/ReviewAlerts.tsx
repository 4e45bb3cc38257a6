import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconArchive, IconCopy, IconFileAlert } from '@tabler/icons-react';
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

/** The file is not a Party conclusion: shown for checking, never saved as an issued document. */
export function NotConclusionAlert({ recognition, onSkip }: { recognition: ImportPreview['recognition']; onSkip: () => void }) {
  return (
    <Alert color="red" variant="filled" icon={<IconFileAlert />} title="Không phải văn bản kết luận" data-testid="not-conclusion">
      <Text size="sm" c="white">
        {recognition.message}
      </Text>
      <Group mt="sm" gap="sm">
        <Button variant="white" color="red" onClick={onSkip}>
          Bỏ qua tệp này
        </Button>
      </Group>
    </Alert>
  );
}

/** "Lưu VT" / "Lưu: VPĐU" typed in Nơi nhận: the rule's form is proposed, applied only on request. */
export function ArchiveLineAlert({
  archiveLine,
  current,
  onApply,
}: {
  archiveLine: NonNullable<ImportPreview['recognition']['archiveLine']>;
  /** The last recipient line as it now stands in the form. */
  current: string | null;
  onApply: () => void;
}) {
  if (current !== archiveLine.typed) return null;
  return (
    <Alert color="yellow" icon={<IconArchive />} title="Dòng lưu văn bản chưa đúng thể thức" data-testid="archive-line">
      <Text size="sm">
        Văn bản ghi “{archiveLine.typed}”; theo Hướng dẫn 36-HD/VPTW dòng cuối của Nơi nhận là “{archiveLine.suggested}”.
      </Text>
      <Group mt="xs" gap="sm">
        <Button size="xs" variant="light" color="yellow" onClick={onApply}>
          Sửa thành “{archiveLine.suggested}”
        </Button>
        <Text size="xs" c="dimmed">
          Không bấm thì giữ nguyên như văn bản gốc.
        </Text>
      </Group>
    </Alert>
  );
}
