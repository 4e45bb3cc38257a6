import { Button, Group, Modal, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { documentTypes, type DocumentType } from '../../shared/register/schema';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { notifyError, notifySaved } from '../components/notify';

/**
 * For an office that starts using the app in the middle of a term: the last number already
 * used for each document type, so the next one continues the paper register.
 */
export function StartNumbersModal({ onClose }: { onClose: () => void }) {
  const current = useApiQuery('register.startNumbers', {});
  const [docType, setDocType] = useState<DocumentType>('TB');
  const [lastNumber, setLastNumber] = useState<number>(0);
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    try {
      await callApi('register.setStartNumber', { docType, lastNumber });
      notifySaved(`Số cuối đã dùng của loại ${docType}: ${lastNumber}`, 'Đã lưu số bắt đầu');
      current.reload();
    } catch (err) {
      notifyError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title="Số văn bản đã dùng trước khi dùng phần mềm" size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          Số văn bản chạy liên tục theo từng loại trong cả nhiệm kỳ. Nếu văn phòng bắt đầu dùng phần mềm giữa nhiệm kỳ, hãy
          nhập số cuối cùng đã cấp theo sổ giấy cho từng loại; văn bản tiếp theo sẽ nhận số kế tiếp.
        </Text>
        <Group align="flex-end">
          <Select
            label="Loại văn bản"
            data={Object.entries(documentTypes).map(([value, label]) => ({ value, label: `${label} (${value})` }))}
            value={docType}
            onChange={(v) => v && setDocType(v as DocumentType)}
            allowDeselect={false}
            searchable
          />
          <NumberInput label="Số cuối cùng đã dùng" min={0} max={99999} value={lastNumber} onChange={(v) => setLastNumber(Number(v) || 0)} allowDecimal={false} />
          <Button onClick={() => void save()} loading={saving}>
            Lưu
          </Button>
        </Group>
        <Table aria-label="Số đã dùng theo loại">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Loại</Table.Th>
              <Table.Th>Số cuối đã dùng</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(current.data ?? []).map((r) => (
              <Table.Tr key={r.docType}>
                <Table.Td>{documentTypes[r.docType as DocumentType] ?? r.docType}</Table.Td>
                <Table.Td>{r.lastNumber}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Modal>
  );
}
