import { Paper, Stack, Text, Title } from '@mantine/core';

/** A section whose features arrive with a later release: says so plainly. */
export function SectionPlaceholder({ title, text }: { title: string; text: string }) {
  return (
    <Stack>
      <Title order={2}>{title}</Title>
      <Paper withBorder p="lg">
        <Text c="dimmed">{text}</Text>
      </Paper>
    </Stack>
  );
}
