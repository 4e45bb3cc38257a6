import { Alert, Badge, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import type { ImportPreview } from '../../shared/import/schema';
import { confidenceLabel, encodingNote, formatName, genreLabel } from './labels';

/** The text as read, beside the recognised structure, so each field can be checked against it. */
export function SourcePane({ source, recognition }: { source: ImportPreview['source']; recognition: ImportPreview['recognition'] }) {
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
        <Group gap={6} data-testid="recognition">
          <Badge variant="light" color={recognition.isConclusion ? (recognition.confidence === 'high' ? 'teal' : 'yellow') : 'red'} style={{ textTransform: 'none' }}>
            {genreLabel(recognition)}
          </Badge>
          <Badge variant="light" color={recognition.encoding.confidence === 'low' ? 'orange' : 'gray'} style={{ textTransform: 'none' }}>
            Bảng mã {recognition.encoding.label} · độ tin cậy {confidenceLabel[recognition.encoding.confidence]}
          </Badge>
        </Group>
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
