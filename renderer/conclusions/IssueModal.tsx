/** "Ban hành (cấp số)": says what issuing does before it is done, and takes the issue date. */
import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { conclusionKindLabels, type ConclusionKind } from '../../shared/conclusions/schema';
import { parseIsoDate } from '../../shared/text/party-date';
import { useApiQuery } from '../api/use-api';

export function IssueModal({
  kind,
  today,
  issuerAbbreviation,
  onClose,
  onIssue,
}: {
  kind: ConclusionKind;
  today: string;
  issuerAbbreviation: string;
  onClose: () => void;
  /** Resolves when the attempt is over (issued or refused); the modal closes either way. */
  onIssue: (issueDate: string | undefined) => Promise<void>;
}) {
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // What "Ban hành" will give now; the core still decides at the moment of issuing.
  const next = useApiQuery('register.nextNumber', { docType: kind }, kind);

  async function submit() {
    if (date && !parseIsoDate(date)) {
      setError('Ngày ban hành không hợp lệ');
      return;
    }
    setBusy(true);
    await onIssue(date || undefined);
    setBusy(false);
  }

  return (
    <Modal opened onClose={onClose} title="Ban hành và cấp số" size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">
            Văn bản sẽ được cấp số tiếp theo của loại {conclusionKindLabels[kind]} ({kind}) trong nhiệm kỳ:{' '}
            <Text span fw={700} data-testid="issue-number">
              {next.data ? next.data.numberSymbol : `…-${kind}/${issuerAbbreviation}`}
            </Text>
            .
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>Số chạy liên tục suốt nhiệm kỳ của cấp ủy, không bắt đầu lại theo năm.</List.Item>
            <List.Item>Văn bản được ghi vào sổ văn bản đi.</List.Item>
            <List.Item>Sau khi ban hành, văn bản chỉ xem, không sửa được. Muốn sửa phải tạo bản đính chính.</List.Item>
          </List>
          <TextInput
            type="date"
            label="Ngày ban hành"
            description="Mặc định là hôm nay; in thành “ngày … tháng … năm …” ở đầu văn bản."
            value={date}
            error={error}
            onChange={(e) => {
              setDate(e.currentTarget.value);
              setError(null);
            }}
            data-autofocus
          />
          <Alert color="yellow" variant="light">
            Kiểm tra lại bản xem trước trước khi ban hành: số đã cấp không thu hồi được.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" loading={busy}>
              Ban hành
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
