import { Alert, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import type { ImportPreview } from '../../shared/import/schema';
import { encodingNote, formatName } from './labels';

/** The text as read, beside the recognised structure, so each field can be checked against it. */
export function SourcePane({ source }: { source: ImportPreview['source'] }) {
  return (
    <Paper
      component="section"
      aria-label="Văn bản gốc"
      withBorder
      p="sm"
      style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 56px) + var(--mantine-spacing-md))' }}
    >
      <Stack gap="xs">
        <Stack gap={0}>
          <Title order={4}>Văn bản gốc</Title>
          <Text size="xs" c="dimmed" truncate title={source.fileName ?? undefined}>
            {source.fileName ?? 'Văn bản dán vào'} · {formatName(source)}
          </Text>
        </Stack>
        {source.converted ? (
          <Alert color="blue" role="status" icon={<IconLanguage size={18} />} p="xs" data-testid="encoding-note">
            <Text size="sm" fw={500}>
              {encodingNote(source)}
            </Text>
          </Alert>
        ) : (
          <Text size="xs" c="dimmed" data-testid="encoding-note">
            {encodingNote(source)}
          </Text>
        )}
        <ScrollArea h="calc(100vh - 250px)" type="auto" offsetScrollbars>
          <Text
            component="pre"
            ff="monospace"
            fz={13}
            lh={1.55}
            m={0}
            style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
            data-testid="source-text"
          >
            {source.text}
          </Text>
        </ScrollArea>
      </Stack>
    </Paper>
  );
}
