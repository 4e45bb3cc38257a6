import { Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconNumbers } from '@tabler/icons-react';
import { useState } from 'react';
import { documentTypes, type DocumentType } from '../../shared/register/schema';
import { formatShortDate } from '../../shared/text/party-date';
import { useApiQuery } from '../api/use-api';
import { navigate } from '../app/router';
import { ErrorPanel } from '../components/ErrorPanel';
import { StartNumbersModal } from './StartNumbersModal';

/** Sổ đăng ký văn bản đi: every number given, filterable by term, year and type. */
export function RegisterPage(_props: { path: string }) {
  const terms = useApiQuery('register.terms', {});
  const [termId, setTermId] = useState<string | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [docType, setDocType] = useState<string | null>(null);
  const [startNumbers, setStartNumbers] = useState(false);
  const filter = {
    ...(termId ? { termId } : {}),
    ...(year ? { year: Number(year) } : {}),
    ...(docType ? { docType } : {}),
  };
  const entries = useApiQuery('register.list', filter, JSON.stringify(filter));
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 12 }, (_, i) => String(thisYear + 1 - i));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Sổ văn bản đi</Title>
        <Button variant="light" leftSection={<IconNumbers size={16} />} onClick={() => setStartNumbers(true)}>
          Số đã dùng trước đây
        </Button>
      </Group>
      <Paper withBorder p="sm">
        <Group>
          <Select
            label="Nhiệm kỳ"
            placeholder="Tất cả"
            data={(terms.data ?? []).map((t) => ({ value: t.id, label: `${t.name} (${t.startYear}–${t.endYear})${t.current ? ' — hiện tại' : ''}` }))}
            value={termId}
            onChange={setTermId}
            clearable
          />
          <Select label="Năm" placeholder="Tất cả" data={years} value={year} onChange={setYear} clearable />
          <Select
            label="Loại văn bản"
            placeholder="Tất cả"
            data={Object.entries(documentTypes).map(([value, label]) => ({ value, label: `${label} (${value})` }))}
            value={docType}
            onChange={setDocType}
            clearable
            searchable
          />
        </Group>
      </Paper>
      {entries.error && <ErrorPanel message={entries.error} onRetry={entries.reload} />}
      <Table striped highlightOnHover aria-label="Sổ văn bản đi">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Số</Table.Th>
            <Table.Th w={130}>Số, ký hiệu</Table.Th>
            <Table.Th w={110}>Ngày</Table.Th>
            <Table.Th w={150}>Loại</Table.Th>
            <Table.Th>Trích yếu</Table.Th>
            <Table.Th w={160}>Người ký</Table.Th>
            <Table.Th>Nơi nhận</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(entries.data ?? []).map((e) => (
            <Table.Tr
              key={e.id}
              onClick={() => e.conclusionId && navigate(`/conclusions/${e.conclusionId}`)}
              style={{ cursor: e.conclusionId ? 'pointer' : undefined }}
            >
              <Table.Td>{e.number}</Table.Td>
              <Table.Td>
                <Text fw={600} size="sm">
                  {e.numberSymbol}
                </Text>
              </Table.Td>
              <Table.Td>{formatShortDate(e.issueDate)}</Table.Td>
              <Table.Td>{documentTypes[e.docType as DocumentType] ?? e.docType}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {e.summary}
                </Text>
              </Table.Td>
              <Table.Td>{e.signerName}</Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {e.recipientsText}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {entries.data && entries.data.length === 0 && (
        <Text c="dimmed" size="sm">
          Chưa có văn bản nào được cấp số{termId || year || docType ? ' theo bộ lọc này' : ''}. Văn bản vào sổ khi được ban hành từ mục Kết luận.
        </Text>
      )}
      {startNumbers && <StartNumbersModal onClose={() => setStartNumbers(false)} />}
    </Stack>
  );
}
