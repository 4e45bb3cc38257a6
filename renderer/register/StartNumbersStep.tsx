/**
 * First run, second step: the last number already used for each common type in this term,
 * so the first "Ban hành" or "Lấy số" continues the paper register instead of starting at 01.
 */
import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { commonOutgoingTypes, documentTypes, type DocumentType } from '../../shared/register/schema';
import { callApi } from '../api/client';
import { notifyError } from '../components/notify';

export function StartNumbersStep({ onDone }: { onDone: () => void }) {
  const [values, setValues] = useState<Partial<Record<DocumentType, number>>>({});
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    try {
      const entries = commonOutgoingTypes.filter((t) => (values[t] ?? 0) > 0).map((docType) => ({ docType, lastNumber: values[docType] ?? 0 }));
      if (entries.length > 0) await callApi('register.setStartNumbers', { entries });
      onDone();
    } catch (err) {
      notifyError(err);
      setSaving(false);
    }
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Số văn bản đã dùng trong nhiệm kỳ</Title>
        <Text c="dimmed" mt="xs">
          Số văn bản chạy liên tục theo từng loại suốt nhiệm kỳ. Nếu văn phòng đã cấp số bằng sổ giấy, nhập số cuối cùng đã
          dùng của từng loại; văn bản đầu tiên trong phần mềm sẽ nhận số kế tiếp. Để trống nếu loại đó chưa có văn bản nào.
          Có thể sửa sau ở mục Sổ văn bản đi.
        </Text>
      </div>
      <Paper withBorder p="lg">
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          {commonOutgoingTypes.map((t) => (
            <NumberInput
              key={t}
              label={`${documentTypes[t]} (${t})`}
              placeholder="Chưa có"
              min={0}
              max={99999}
              allowDecimal={false}
              allowNegative={false}
              value={values[t] ?? ''}
              onChange={(v) => setValues((prev) => ({ ...prev, [t]: typeof v === 'number' ? v : Number(v) || 0 }))}
            />
          ))}
        </SimpleGrid>
        <Group justify="flex-end" mt="lg">
          <Button onClick={() => void save()} loading={saving}>
            Lưu và bắt đầu sử dụng
          </Button>
        </Group>
      </Paper>
    </Stack>
  );
}
