import { Anchor, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { importedMessage } from './import-draft';
import type { SavedImport } from './import-actions';

/** "Đã nhập văn bản số … và N nhiệm vụ", with a link to the conclusion and the core's remarks. */
export function notifyImported(saved: SavedImport): void {
  notifications.show({
    color: 'green',
    title: 'Đã nhập',
    autoClose: 10_000,
    message: (
      <Stack gap={4}>
        <Text size="sm">{importedMessage(saved.numberSymbol, saved.taskCount)}.</Text>
        {saved.warnings.map((w) => (
          <Text key={w} size="sm" c="orange">
            {w}
          </Text>
        ))}
        <Anchor href={`#/conclusions/${encodeURIComponent(saved.conclusionId)}`} size="sm">
          Mở văn bản đã nhập
        </Anchor>
      </Stack>
    ),
  });
}
