import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';

function show(value: string | number | null): string {
  if (value === null) return '(trống)';
  const text = String(value);
  if (text.startsWith('[') || text.startsWith('{')) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (Array.isArray(parsed)) return parsed.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('; ') || '(trống)';
    } catch {
      // shown as it is
    }
  }
  return text;
}

function LabelledValue({ label, value }: { label: string; value: string | number | null }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {show(value).slice(0, 600)}
      </Text>
    </Stack>
  );
}

/** Two values of one field side by side: the one kept and the other one. */
export function ValuePair(props: { title: string; kept: string | number | null; other: string | number | null; keptLabel: string; otherLabel: string; children?: React.ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {props.title}
        </Text>
        <SimpleGrid cols={2}>
          <LabelledValue label={props.keptLabel} value={props.kept} />
          <LabelledValue label={props.otherLabel} value={props.other} />
        </SimpleGrid>
        {props.children}
      </Stack>
    </Paper>
  );
}
