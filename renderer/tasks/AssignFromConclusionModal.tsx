import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { navigate } from '../app/router';
import { conclusionOptions, useIssuedConclusions } from './use-lookups';

/** Chooses the issued conclusion whose tasks are to be assigned, then opens the review screen. */
export function AssignFromConclusionModal({ onClose }: { onClose: () => void }) {
  const conclusions = useIssuedConclusions();
  const [id, setId] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <Modal opened onClose={onClose} title="Giao nhiệm vụ từ kết luận" size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!id) {
            setError('Chọn một kết luận đã ban hành');
            return;
          }
          navigate(`/tasks/assign/${id}`);
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            Phần mềm đọc các đoạn giao việc trong kết luận (đơn vị chủ trì, phối hợp, thời hạn) và đề xuất từng nhiệm vụ để anh chị
            duyệt lại trước khi giao.
          </Text>
          <Select
            label="Kết luận đã ban hành"
            placeholder={conclusions.data?.length === 0 ? 'Chưa có kết luận nào được ban hành' : 'Chọn kết luận'}
            searchable
            data={conclusionOptions(conclusions.data ?? [])}
            value={id}
            onChange={(v) => {
              setId(v);
              setError(undefined);
            }}
            error={error ?? conclusions.error ?? undefined}
            nothingFoundMessage="Không có kết luận nào khớp"
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit">Đọc các nhiệm vụ</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
