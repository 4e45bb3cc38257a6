import { Button, Group, Modal, Radio, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ApiError, callApi } from '../api/client';
import { notifyError } from '../components/notify';
import { JobProgress } from '../components/JobProgress';
import { notifyFileSaved } from './saved-file';
import { conclusionOptions, unitOptions, useIssuedConclusions, useUnits } from './use-lookups';
import { DateField } from '../components/DateField';

type Format = 'xlsx' | 'docx';

/**
 * "Xuất bảng theo dõi": the follow-up sheet for a period, a unit or a conclusion, as Excel
 * or Word. No path is passed: the system's Save dialog lets the clerk choose where it goes.
 */
export function ExportModal({ defaults, onClose }: { defaults: { unitId: string | null; conclusionId: string | null }; onClose: () => void }) {
  const units = useUnits();
  const conclusions = useIssuedConclusions();
  const [format, setFormat] = useState<Format>('xlsx');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [unitId, setUnitId] = useState<string | null>(defaults.unitId);
  const [conclusionId, setConclusionId] = useState<string | null>(defaults.conclusionId);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function exportSheet() {
    if (from && to && from > to) {
      setErrors({ to: 'Ngày kết thúc phải sau ngày bắt đầu' });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const r = await callApi('followup.export', {
        format,
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(unitId ? { unitId } : {}),
        ...(conclusionId ? { conclusionId } : {}),
      });
      notifyFileSaved('Đã xuất bảng theo dõi', r.path, `${r.rows} nhiệm vụ.`);
      if (r.path) onClose();
    } catch (err) {
      if (err instanceof ApiError && err.value.fields) setErrors(err.value.fields);
      notifyError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title="Xuất bảng theo dõi thực hiện kết luận" size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void exportSheet();
        }}
      >
        <Stack>
          <Radio.Group label="Định dạng tệp" value={format} onChange={(v) => setFormat(v as Format)}>
            <Group mt={6}>
              <Radio value="xlsx" label="Excel (.xlsx)" />
              <Radio value="docx" label="Word (.docx)" />
            </Group>
          </Radio.Group>
          <SimpleGrid cols={2}>
            <DateField label="Thời hạn từ ngày" value={from} onChange={(v) => setFrom(v)} error={errors.from} />
            <DateField label="Đến ngày" value={to} onChange={(v) => setTo(v)} error={errors.to} />
          </SimpleGrid>
          <Select
            label="Đơn vị"
            placeholder="Tất cả đơn vị"
            searchable
            clearable
            data={unitOptions(units.data ?? [])}
            value={unitId}
            onChange={setUnitId}
          />
          <Select
            label="Kết luận"
            placeholder="Tất cả kết luận"
            searchable
            clearable
            data={conclusionOptions(conclusions.data ?? [])}
            value={conclusionId}
            onChange={setConclusionId}
          />
          <Text size="xs" c="dimmed">
            Để trống thời hạn để lấy mọi nhiệm vụ. Bảng ghi nội dung, kết luận giao, đơn vị chủ trì, phối hợp, thời hạn, tình trạng
            và kết quả, tiến độ mới nhất của từng nhiệm vụ.
          </Text>
          <JobProgress active={busy} kinds={['followup.writeXlsx', 'document.writeDocx']} fallback="Đang tạo tệp" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" loading={busy}>
              Xuất tệp
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
