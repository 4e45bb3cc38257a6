/**
 * "Bắt đầu nhiệm kỳ mới": the only way numbering restarts. The dialog says so before the
 * clerk confirms, and the core refuses years that make no sense beside the current term.
 */
import { Alert, Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Profile, TermInput } from '../../shared/profile/schema';
import { nextTermName } from '../../shared/profile/term-names';
import { ApiError, callApi } from '../api/client';
import { notifyError } from '../components/notify';

function NoWrap({ children }: { children: ReactNode }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{children}</span>;
}

export function NewTermModal({ current, issuerAbbreviation, onClose, onStarted }: {
  current: Profile['term'];
  issuerAbbreviation: string;
  onClose: () => void;
  onStarted: (profile: Profile) => void;
}) {
  const [term, setTerm] = useState<TermInput>(() => ({
    name: nextTermName(current.name),
    startYear: current.endYear,
    endYear: current.endYear + 5,
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const set = (patch: Partial<TermInput>, field: string) => {
    setTerm((old) => ({ ...old, ...patch }));
    setErrors(({ [field]: _gone, ...rest }) => rest);
  };

  async function submit() {
    setBusy(true);
    try {
      onStarted(await callApi('profile.startNewTerm', { term }));
    } catch (err) {
      if (err instanceof ApiError && err.value.fields) setErrors(err.value.fields);
      else notifyError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title="Bắt đầu nhiệm kỳ mới" size="lg" closeButtonProps={{ 'aria-label': 'Đóng' }}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // React carries the event through the portal to the profile form around the dialog.
          e.stopPropagation();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">
            Dùng khi đại hội đã bầu cấp ủy khóa mới. Nhiệm kỳ đang dùng:{' '}
            <b>
              {current.name} ({current.startYear}–{current.endYear})
            </b>
            .
          </Text>
          <Group grow align="flex-start">
            <TextInput
              label="Khóa mới"
              placeholder="Ví dụ: khóa II"
              value={term.name}
              onChange={(e) => set({ name: e.currentTarget.value }, 'term.name')}
              error={errors['term.name']}
              data-autofocus
              required
            />
            <NumberInput
              label="Từ năm"
              value={term.startYear}
              onChange={(v) => set({ startYear: Number(v) || 0 }, 'term.startYear')}
              error={errors['term.startYear']}
              allowDecimal={false}
            />
            <NumberInput
              label="Đến năm"
              value={term.endYear}
              onChange={(v) => set({ endYear: Number(v) || 0 }, 'term.endYear')}
              error={errors['term.endYear']}
              allowDecimal={false}
            />
          </Group>
          <Alert color="orange" variant="light" title="Số văn bản bắt đầu lại từ 01">
            <Text size="sm">
              Trong nhiệm kỳ mới, mọi loại văn bản được đánh số lại từ 01 (văn bản đầu tiên là <NoWrap>01-TB/{issuerAbbreviation}</NoWrap>,{' '}
              <NoWrap>01-BC/{issuerAbbreviation}</NoWrap>…). Sổ văn bản đi của nhiệm kỳ {current.name} giữ nguyên, vẫn xem và xuất được.
            </Text>
            <Text size="sm" mt={4}>
              Chỉ đổi tên khóa hay sửa năm của nhiệm kỳ đang dùng thì không bấm ở đây: sửa ở phần “Nhiệm kỳ hiện tại” rồi lưu, số văn bản vẫn chạy tiếp.
            </Text>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" color="orange" loading={busy}>
              Bắt đầu nhiệm kỳ mới, đánh số lại từ 01
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
