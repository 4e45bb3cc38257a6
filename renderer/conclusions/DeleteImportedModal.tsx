import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Conclusion } from '../../shared/conclusions/schema';
import { ApiError, callApi } from '../api/client';
import { navigate } from '../app/router';
import { notifyError, notifySaved } from '../components/notify';

/**
 * "Xoá văn bản nhập nhầm": the imported document and its tasks go; its number stays in the
 * register as "đã huỷ" with the reason, and the meeting the import made goes too unless it
 * holds something else (the core's message says which). Refused when a task has progress.
 */
export function DeleteImportedModal({ conclusion, onClose }: { conclusion: Conclusion; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  async function submit() {
    setBusy(true);
    try {
      const r = await callApi('conclusions.deleteImported', { id: conclusion.id, reason });
      notifySaved(r.message, 'Đã xoá văn bản nhập nhầm');
      navigate('/conclusions');
    } catch (err) {
      if (err instanceof ApiError && err.value.fields?.reason) setError(err.value.fields.reason);
      else notifyError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal opened onClose={onClose} title="Xoá văn bản nhập nhầm" size="md">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">
            Xoá văn bản {conclusion.numberSymbol ?? ''} đã nhập cùng các nhiệm vụ của nó. Chỉ xoá được khi chưa nhiệm vụ nào có báo cáo tiến độ.
          </Text>
          {conclusion.meetingId && (
            <Text size="sm">
              Hội nghị tạo ra khi nhập văn bản này cũng được xoá, trừ khi biên bản đã được sửa hoặc hội nghị còn văn bản kết luận khác; khi đó hội nghị được giữ lại.
            </Text>
          )}
          {conclusion.numberSymbol && (
            <Alert color="orange" title="Số văn bản không được cấp lại">
              Số {conclusion.numberSymbol} vẫn ở trong sổ văn bản đi, ghi “đã huỷ” cùng lý do dưới đây.
            </Alert>
          )}
          <Textarea label="Lý do xoá" autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={error} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Thôi
            </Button>
            <Button type="submit" color="red" loading={busy}>
              Xoá văn bản
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
