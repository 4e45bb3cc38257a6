import { Anchor, Box, Paper, Stack, Text, Title } from '@mantine/core';
import type { ApiOutput } from '../../shared/api/contract';

type Source = NonNullable<ApiOutput<'tasks.get'>['source']>;

/**
 * Where the task was read from, as the conclusion prints it: the heading it sits under, the
 * paragraph itself highlighted, its neighbours dimmed — so the clerk can check the
 * assignment against the signed text.
 */
export function SourceContext({
  source,
  conclusionId,
  conclusionRef,
}: {
  source: Source;
  conclusionId: string | null;
  conclusionRef: string | null;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="task-source-title">
      <Stack gap="xs">
        <Title order={4} id="task-source-title">
          Trích từ kết luận
        </Title>
        {source.heading && (
          <Text size="sm" fw={700}>
            {source.heading}
          </Text>
        )}
        {source.before && (
          <Text size="sm" c="dimmed" lineClamp={3}>
            {source.before}
          </Text>
        )}
        <Box
          data-testid="task-source-paragraph"
          p="sm"
          bg="yellow.0"
          style={{ borderLeft: '4px solid var(--mantine-color-yellow-6)', borderRadius: 4 }}
        >
          <Text size="sm" style={{ textAlign: 'justify' }}>
            {source.paragraph}
          </Text>
        </Box>
        {source.after && (
          <Text size="sm" c="dimmed" lineClamp={3}>
            {source.after}
          </Text>
        )}
        {conclusionId && (
          <Anchor href={`#/conclusions/${conclusionId}`} size="sm">
            Mở kết luận {conclusionRef ?? ''}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
