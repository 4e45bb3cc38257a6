import { Button, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { daysInMonth } from '../../shared/text/party-date';
import { ApiError, callApi } from '../api/client';
import { notifyError } from '../components/notify';
import { JobProgress } from '../components/JobProgress';
import { notifyFileSaved } from './saved-file';
import { DateField } from '../components/DateField';

/** The current month, the period offices usually report on. */
function monthPeriod(today: string | undefined): { from: string; to: string } {
  if (!today) return { from: '', to: '' };
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return { from: `${today.slice(0, 7)}-01`, to: `${today.slice(0, 7)}-${String(daysInMonth(year, month)).padStart(2, '0')}` };
}

/** "Báo cáo kết quả thực hiện" for a period, as an official Word document. */
export function ReportModal({ today, onClose }: { today: string | undefined; onClose: () => void }) {
  // Until the clerk types a date, the period follows the core's month (today may still be loading).
  const [edited, setEdited] = useState<{ from?: string; to?: string }>({});
  const period = { ...monthPeriod(today), ...edited };
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function makeReport() {
    const missing: Record<string, string> = {};
    if (!period.from) missing.from = 'Chọn ngày bắt đầu';
    if (!period.to) missing.to = 'Chọn ngày kết thúc';
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const r = await callApi('followup.report', { from: period.from, to: period.to });
      notifyFileSaved('Đã lập báo cáo kết quả thực hiện', r.path);
      if (r.path) onClose();
    } catch (err) {
      if (err instanceof ApiError && err.value.fields) setErrors(err.value.fields);
      notifyError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title="Báo cáo kết quả thực hiện kết luận" size="md">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void makeReport();
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            Báo cáo tổng hợp các nhiệm vụ có thời hạn trong kỳ: đã hoàn thành, đang thực hiện, quá hạn. Tệp Word theo thể thức văn
            bản của Đảng.
          </Text>
          <SimpleGrid cols={2}>
            <DateField
              label="Từ ngày"
              value={period.from}
              onChange={(v) => setEdited({ ...edited, from: v })}
              error={errors.from}
              required
            />
            <DateField
              label="Đến ngày"
              value={period.to}
              onChange={(v) => setEdited({ ...edited, to: v })}
              error={errors.to}
              required
            />
          </SimpleGrid>
          <JobProgress active={busy} kinds={['document.writeDocx']} fallback="Đang tạo báo cáo" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" loading={busy}>
              Lập báo cáo
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
