/** What a backup holds, checked in full, before the user agrees to put it back. */
import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { FileRef } from '../../shared/api/file-handle';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { notifyError } from '../components/notify';
import { JobProgress } from '../components/JobProgress';
import { formatBytes, formatDateTime } from './data-format';

const reasonText: Record<string, string> = {
  daily: 'tự động hằng ngày',
  'before-import': 'trước khi nhập gói dữ liệu',
  'before-migration': 'trước khi nâng cấp dữ liệu',
  'before-restore': 'trước khi khôi phục',
  manual: 'sao lưu ngay',
};

export function RestorePreviewModal({ file, onClose }: { file: FileRef; onClose: () => void }) {
  const preview = useApiQuery('backup.preview', { file: file.handle }, file.handle);
  const [restoring, setRestoring] = useState(false);

  async function restore() {
    setRestoring(true);
    try {
      await callApi('backup.restore', { file: file.handle });
      // Every screen shows other data now: start the renderer afresh, on the home screen.
      window.location.replace(`${window.location.pathname}${window.location.search}#/`);
      window.location.reload();
    } catch (err) {
      notifyError(err);
      setRestoring(false);
    }
  }

  const c = preview.data;
  return (
    <Modal opened onClose={onClose} title="Khôi phục từ bản sao lưu" size="lg">
      <JobProgress active={preview.loading} kinds={['backup.inspect']} fallback="Đang kiểm tra bản sao lưu" />
      {preview.error && (
        <Alert color="red" title="Không dùng được bản sao lưu này">
          {preview.error}
        </Alert>
      )}
      {c && (
        <Stack>
          <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {file.name}
          </Text>
          <Table variant="vertical" withTableBorder aria-label="Nội dung bản sao lưu">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={220}>Thời điểm sao lưu</Table.Th>
                <Table.Td>
                  {c.takenAt ? formatDateTime(c.takenAt) : 'không rõ (tệp dữ liệu thường)'}
                  {c.reason && reasonText[c.reason] ? ` — ${reasonText[c.reason]}` : ''}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Cơ quan</Table.Th>
                <Table.Td>{c.committee ?? 'chưa khai báo'}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Hội nghị</Table.Th>
                <Table.Td>{c.counts.meetings}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Kết luận, thông báo</Table.Th>
                <Table.Td>
                  {c.counts.conclusions} ({c.counts.issuedConclusions} đã ban hành)
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Nhiệm vụ</Table.Th>
                <Table.Td>{c.counts.tasks}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Số cuối theo loại văn bản</Table.Th>
                <Table.Td>
                  {c.lastNumbers.length === 0
                    ? 'chưa cấp số nào'
                    : c.lastNumbers.map((n) => `${n.docType}: số ${n.lastNumber}`).join('; ')}
                  {c.lastNumbers[0] ? ` (${c.lastNumbers[0].termName})` : ''}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Tệp minh chứng</Table.Th>
                <Table.Td>
                  {c.evidence.files === 0 ? 'không có' : c.evidence.missing === 0 ? `${c.evidence.files} tệp, đủ cả` : `${c.evidence.files} tệp, thiếu ${c.evidence.missing}`}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Dung lượng</Table.Th>
                <Table.Td>{formatBytes(c.sizeBytes)} — đã kiểm tra toàn vẹn, không có lỗi</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {c.evidence.missing > 0 && (
            <Alert color="orange" title={`Thiếu ${c.evidence.missing} tệp minh chứng`}>
              Không tìm thấy các tệp này trong thư mục “vpdu-minh-chung” cạnh bản sao lưu, cũng không có trên máy này: {c.evidence.missingNames.join(', ')}
              {c.evidence.missing > c.evidence.missingNames.length ? '…' : ''}. Có thể vẫn khôi phục; các tiến độ vẫn còn nhưng không mở được những tệp đó. Nếu chép bản sao lưu từ USB, hãy chép cả thư mục “vpdu-minh-chung” đi kèm.
            </Alert>
          )}
          <Alert color="yellow" title="Trước khi khôi phục">
            Dữ liệu hiện tại sẽ được sao lưu trước (loại “Trước khi khôi phục”) rồi được thay bằng bản này. Những gì nhập sau thời điểm sao lưu sẽ không còn trong dữ liệu đang dùng, nhưng vẫn nằm trong bản sao lưu vừa tạo. Máy này nhận mã cài đặt mới để trao đổi dữ liệu không bị trùng.
          </Alert>
          <JobProgress active={restoring} kinds={['backup.copyAndSeal', 'backup.stageRestore']} fallback="Đang sao lưu dữ liệu hiện tại" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={restoring}>
              Hủy
            </Button>
            <Button color="red" onClick={() => void restore()} loading={restoring}>
              Khôi phục bản này
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
