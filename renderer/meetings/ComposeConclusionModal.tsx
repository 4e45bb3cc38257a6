import { Alert, Button, Group, Input, Loader, Modal, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { conclusionKindLabels, conclusionKinds, type ConclusionKind } from '../../shared/conclusions/schema';
import type { MeetingBody, MeetingKind } from '../../shared/meetings/schema';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { navigate } from '../app/router';
import { notifyError } from '../components/notify';
import { suggestTemplateKey } from './labels';

/**
 * Starts a conclusion draft from this meeting. The core fills the preamble from the meeting
 * (date, body, chair, attendance, papers heard), so the meeting must be saved first.
 */
export function ComposeConclusionModal({
  meeting,
  onClose,
}: {
  meeting: { id: string; body: MeetingBody; kind: MeetingKind; subject: string };
  onClose: () => void;
}) {
  const templates = useApiQuery('conclusions.templates', {});
  const [kind, setKind] = useState<ConclusionKind>('TB');
  const [templateKey, setTemplateKey] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  // Until the person picks one, the template that fits the meeting is preselected.
  const chosen = templateKey ?? suggestTemplateKey(meeting, (templates.data ?? []).map((t) => t.key));

  async function create() {
    setCreating(true);
    try {
      const conclusion = await callApi('conclusions.create', { kind, meetingId: meeting.id, templateKey: chosen });
      onClose();
      navigate(`/conclusions/${conclusion.id}`);
    } catch (err) {
      notifyError(err);
      setCreating(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title="Soạn kết luận từ hội nghị" size="lg">
      <Stack>
        <Stack gap={4}>
          <Input.Label id="compose-kind-label" labelElement="div">
            Loại văn bản
          </Input.Label>
          <SegmentedControl<ConclusionKind>
            aria-labelledby="compose-kind-label"
            value={kind}
            onChange={setKind}
            data={conclusionKinds.map((k) => ({ value: k, label: `${conclusionKindLabels[k]} (${k})` }))}
            fullWidth
          />
          <Text size="xs" c="dimmed">
            {kind === 'TB'
              ? 'Thông báo kết luận của hội nghị, số dạng 62-TB/ĐU; thường do Chánh Văn phòng ký thừa lệnh.'
              : 'Kết luận của cấp ủy, số dạng 15-KL/ĐU; do Bí thư hoặc Phó Bí thư ký thay mặt.'}
          </Text>
        </Stack>

        {templates.error ? (
          <Alert color="red" title="Không tải được danh sách mẫu">
            {templates.error}
          </Alert>
        ) : templates.data === undefined ? (
          <Loader size="sm" aria-label="Đang tải mẫu" />
        ) : (
          <Radio.Group label="Mẫu văn bản" value={chosen ?? ''} onChange={setTemplateKey}>
            <Stack gap="xs" mt="xs">
              {templates.data.map((t) => (
                <Radio.Card key={t.key} value={t.key} p="sm" radius="sm">
                  <Group wrap="nowrap" align="flex-start">
                    <Radio.Indicator />
                    <div>
                      <Text size="sm" fw={500}>
                        {t.label}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t.description}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
        )}

        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button onClick={() => void create()} loading={creating} disabled={templates.data === undefined}>
            Tạo bản thảo
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
