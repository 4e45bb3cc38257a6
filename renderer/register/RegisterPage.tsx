import { ActionIcon, Button, Group, Menu, Paper, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconDots, IconDownload, IconHistory, IconNumbers, IconPencil, IconPlus, IconPrinter, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { documentTypes, registerSummary, type DocumentType, type RegisterEntry } from '../../shared/register/schema';
import { formatShortDate } from '../../shared/text/party-date';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { usePagedList } from '../api/use-paged-list';
import { navigate } from '../app/router';
import { ErrorPanel } from '../components/ErrorPanel';
import { JobProgressNotice } from '../components/JobProgress';
import { MoreRows } from '../components/MoreRows';
import { notifyError } from '../components/notify';
import { notifyFileSaved } from '../tasks/saved-file';
import { useToday } from '../tasks/use-today';
import { CancelNumberModal, EntryBadges, EntryHistoryModal, RenumberModal } from './EntryCorrections';
import { StartNumbersModal } from './StartNumbersModal';
import { documentTypeOptions, TakeNumberModal } from './TakeNumberModal';
import { openableProps } from '../components/open-by-keyboard';

interface Filters {
  termId: string | null;
  year: string | null;
  docType: string | null;
}

/** The filters live in the address, so going back from a document returns to the same view. */
function readFilters(path: string): Filters {
  const params = new URLSearchParams(path.split('?')[1] ?? '');
  const year = params.get('year');
  return { termId: params.get('term'), year: year && /^\d{4}$/.test(year) ? year : null, docType: params.get('type') };
}

function writeFilters(f: Filters): void {
  const params = new URLSearchParams();
  if (f.termId) params.set('term', f.termId);
  if (f.year) params.set('year', f.year);
  if (f.docType) params.set('type', f.docType);
  const query = params.toString();
  navigate(query ? `/register?${query}` : '/register');
}

/** Sổ đăng ký văn bản đi: every number given, filterable by term, year and type. */
export function RegisterPage({ path }: { path: string }) {
  const terms = useApiQuery('register.terms', {});
  const filters = readFilters(path);
  const { termId, year, docType } = filters;
  const [startNumbers, setStartNumbers] = useState(false);
  const [taking, setTaking] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [correcting, setCorrecting] = useState<{ entry: RegisterEntry; action: 'renumber' | 'cancel' | 'history' } | null>(null);
  const today = useToday();
  const filter = {
    ...(termId ? { termId } : {}),
    ...(year ? { year: Number(year) } : {}),
    ...(docType ? { docType } : {}),
  };
  const entries = usePagedList('register.list', filter);
  const thisYear = today ? Number(today.slice(0, 4)) : new Date().getFullYear();

  // The printed register holds every entry of the filters, not only the pages on screen: all
  // pages are read first, and the print dialog opens once they are drawn.
  const [printReady, setPrintReady] = useState(false);
  useEffect(() => {
    if (!printReady) return;
    setPrintReady(false);
    window.print();
  }, [printReady]);

  async function printRegister() {
    setPrinting(true);
    const complete = await entries.loadAll();
    setPrinting(false);
    if (complete) setPrintReady(true);
  }

  async function exportAs(format: 'xlsx' | 'docx') {
    setExporting(true);
    try {
      const r = await callApi('register.export', { format, ...filter });
      notifyFileSaved('Đã xuất sổ văn bản đi', r.path, `${r.rows} văn bản.`);
    } catch (err) {
      notifyError(err);
    } finally {
      setExporting(false);
    }
  }
  const years = Array.from({ length: 12 }, (_, i) => String(thisYear + 1 - i));

  return (
    <Stack>
      <Group justify="space-between" className="no-print">
        <Title order={2}>Sổ văn bản đi</Title>
        <Group gap="xs">
          <Button leftSection={<IconPlus size={16} />} onClick={() => setTaking(true)} disabled={!today}>
            Lấy số văn bản
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" leftSection={<IconDownload size={16} />} loading={exporting}>
                Xuất sổ
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void exportAs('xlsx')}>Bảng tính Excel (.xlsx)</Menu.Item>
              <Menu.Item onClick={() => void exportAs('docx')}>Văn bản Word (.docx)</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => void printRegister()} loading={printing}>
            In sổ
          </Button>
          <Button variant="subtle" leftSection={<IconNumbers size={16} />} onClick={() => setStartNumbers(true)}>
            Số đã dùng trước đây
          </Button>
        </Group>
      </Group>
      <JobProgressNotice active={exporting} kinds={['table.writeXlsx', 'document.writeDocx']} fallback="Đang tạo tệp sổ văn bản đi" />
      <Title order={3} className="print-only" ta="center">
        SỔ ĐĂNG KÝ VĂN BẢN ĐI
      </Title>
      <Paper withBorder p="sm" className="no-print">
        <Group>
          <Select
            label="Nhiệm kỳ"
            placeholder="Tất cả"
            data={(terms.data ?? []).map((t) => ({ value: t.id, label: `${t.name} (${t.startYear}–${t.endYear})${t.current ? ' — hiện tại' : ''}` }))}
            value={termId}
            onChange={(v) => writeFilters({ ...filters, termId: v })}
            clearable
          />
          <Select label="Năm" placeholder="Tất cả" data={years} value={year} onChange={(v) => writeFilters({ ...filters, year: v })} clearable />
          <Select
            label="Loại văn bản"
            placeholder="Tất cả"
            data={documentTypeOptions()}
            value={docType}
            onChange={(v) => writeFilters({ ...filters, docType: v })}
            clearable
            searchable
          />
        </Group>
      </Paper>
      {entries.error && <ErrorPanel message={entries.error} onRetry={entries.reload} />}
      <Table striped highlightOnHover aria-label="Sổ văn bản đi">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={120}>Số, ký hiệu</Table.Th>
            <Table.Th w={100}>Ngày tháng</Table.Th>
            <Table.Th>Tên loại và trích yếu nội dung</Table.Th>
            <Table.Th w={150}>Người ký</Table.Th>
            <Table.Th w={220}>Nơi nhận</Table.Th>
            <Table.Th w={190}>Ghi chú</Table.Th>
            <Table.Th w={48} className="no-print">
              <VisuallyHidden>Sửa, huỷ</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(entries.items ?? []).map((e) => (
            <Table.Tr
              key={e.id}
              {...openableProps(e.conclusionId ? () => navigate(`/conclusions/${e.conclusionId}`) : undefined)}
            >
              <Table.Td>
                <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap', textDecoration: e.cancelled ? 'line-through' : undefined }} c={e.cancelled ? 'dimmed' : undefined}>
                  {e.numberSymbol}
                </Text>
              </Table.Td>
              <Table.Td>{formatShortDate(e.issueDate)}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} title={documentTypes[e.docType as DocumentType] ?? e.docType}>
                  {registerSummary(e)}
                </Text>
              </Table.Td>
              <Table.Td>{e.signerName}</Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {e.recipientsText}
                </Text>
              </Table.Td>
              <Table.Td>
                <EntryBadges entry={e} />
              </Table.Td>
              <Table.Td className="no-print" onClick={(ev) => ev.stopPropagation()}>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Sửa, huỷ số ${e.numberSymbol}`}>
                      <IconDots size={18} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconPencil size={14} />} disabled={e.cancelled} onClick={() => setCorrecting({ entry: e, action: 'renumber' })}>
                      Sửa số
                    </Menu.Item>
                    <Menu.Item leftSection={<IconX size={14} />} color="red" disabled={e.cancelled} onClick={() => setCorrecting({ entry: e, action: 'cancel' })}>
                      Huỷ số
                    </Menu.Item>
                    <Menu.Item leftSection={<IconHistory size={14} />} onClick={() => setCorrecting({ entry: e, action: 'history' })}>
                      Lịch sử sửa, huỷ
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {entries.items && entries.items.length > 0 && (
        <MoreRows
          list={entries}
          noun="văn bản"
          order="số mới nhất ở trên"
        />
      )}
      {entries.items && entries.items.length === 0 && (
        <Text c="dimmed" size="sm">
          Chưa có văn bản nào được cấp số{termId || year || docType ? ' theo bộ lọc này' : ''}. Văn bản vào sổ khi được ban hành từ mục Kết luận, hoặc bấm “Lấy số văn bản” cho văn bản soạn bằng Word.
        </Text>
      )}
      {correcting?.action === 'renumber' && (
        <RenumberModal
          entry={correcting.entry}
          onClose={() => setCorrecting(null)}
          onDone={() => {
            setCorrecting(null);
            entries.reload();
          }}
        />
      )}
      {correcting?.action === 'cancel' && (
        <CancelNumberModal
          entry={correcting.entry}
          onClose={() => setCorrecting(null)}
          onDone={() => {
            setCorrecting(null);
            entries.reload();
          }}
        />
      )}
      {correcting?.action === 'history' && <EntryHistoryModal entry={correcting.entry} onClose={() => setCorrecting(null)} />}
      {startNumbers && <StartNumbersModal onClose={() => setStartNumbers(false)} />}
      {taking && today && <TakeNumberModal today={today} onClose={() => setTaking(false)} onTaken={() => entries.reload()} />}
    </Stack>
  );
}
