/**
 * From the overdue view: the units that lead late tasks, each with one button that makes a
 * numbered "Công văn đôn đốc" (DOCX) listing its late tasks.
 */
import { Button, Modal, Stack, Table, Text } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError, callApi } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { JobProgress } from '../components/JobProgress';
import { notifyError } from '../components/notify';
import { NotDeskConfirm } from '../register/NotDeskConfirm';
import { notifyFileSaved } from './saved-file';

export function ReminderLetterModal({ unitId, onClose }: { unitId: string | null; onClose: () => void }) {
  const counters = useApiQuery('tasks.counters', {});
  const [busy, setBusy] = useState<string | null>(null);
  // Each letter takes a Công văn number: on a PC that is not the office's desk for CV, asked first.
  const next = useApiQuery('register.nextNumber', { docType: 'CV' });
  const [notDeskConfirmed, setNotDeskConfirmed] = useState(false);
  const [deskError, setDeskError] = useState<string | null>(null);
  const needsDesk = Boolean(next.data?.deskWarning) && !notDeskConfirmed;
  const units = (counters.data?.byUnit ?? []).filter((u) => u.overdue > 0 && (unitId === null || u.unitId === unitId));

  async function write(id: string) {
    setBusy(id);
    try {
      const r = await callApi('followup.reminderLetter', { unitId: id, notDeskConfirmed });
      next.reload();
      notifyFileSaved(r.numberSymbol ? `Đã tạo công văn đôn đốc số ${r.numberSymbol}` : 'Chưa tạo công văn', r.path, r.numberSymbol ? `${r.tasks} nhiệm vụ quá hạn; đã ghi vào sổ văn bản đi.` : undefined);
    } catch (err) {
      const deskField = err instanceof ApiError ? err.value.fields?.notDeskConfirmed : undefined;
      if (deskField) {
        setDeskError(deskField);
        next.reload();
      } else notifyError(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Modal opened onClose={onClose} title="Công văn đôn đốc" size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          Mỗi công văn gửi một đơn vị chủ trì, liệt kê các nhiệm vụ quá hạn của đơn vị đó, lấy số tiếp theo của loại Công văn (CV) trong sổ văn bản
          đi và lưu thành tệp Word để trình ký.
        </Text>
        {next.data?.deskWarning && (
          <NotDeskConfirm
            warning={next.data.deskWarning}
            label="Vẫn cấp số công văn ở máy này"
            checked={notDeskConfirmed}
            error={deskError}
            onChange={(v) => {
              setNotDeskConfirmed(v);
              setDeskError(null);
            }}
          />
        )}
        <JobProgress active={busy !== null} kinds={['document.renderDocx']} fallback="Đang tạo công văn" hideUntilJob />
        {counters.data && units.length === 0 && <Text size="sm">Không có đơn vị nào có nhiệm vụ quá hạn.</Text>}
        {units.length > 0 && (
          <Table aria-label="Đơn vị có nhiệm vụ quá hạn">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Đơn vị chủ trì</Table.Th>
                <Table.Th w={100}>Quá hạn</Table.Th>
                <Table.Th w={190} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {units.map((u) => (
                <Table.Tr key={u.unitId}>
                  <Table.Td>{u.unitName}</Table.Td>
                  <Table.Td>
                    <Text c="red" fw={600} size="sm">
                      {u.overdue} nhiệm vụ
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconMailForward size={14} />}
                      loading={busy === u.unitId}
                      disabled={needsDesk || (busy !== null && busy !== u.unitId)}
                      onClick={() => void write(u.unitId)}
                      aria-label={`Tạo công văn đôn đốc ${u.unitName}`}
                    >
                      Tạo công văn
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Modal>
  );
}
