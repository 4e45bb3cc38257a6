import { ActionIcon, Autocomplete, Button, Fieldset, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Profile, ProfileInput, Signer } from '../../shared/profile/schema';
import { ApiError, callApi } from '../api/client';
import { notifyError } from '../components/notify';
import { useFieldErrors } from '../components/field-errors';
import { NewTermModal } from './NewTermModal';

const SIGNER_TITLES = ['Bí thư', 'Phó Bí thư thường trực', 'Phó Bí thư', 'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Ủy viên Ban Thường vụ'];

function emptyProfile(): ProfileInput {
  const year = new Date().getFullYear();
  const start = year - ((year - 2025) % 5 + 5) % 5;
  return {
    superiorCommittee: '',
    committee: '',
    place: '',
    issuerAbbreviation: 'ĐU',
    term: { name: 'khóa I', startYear: start, endYear: start + 5 },
    signers: [
      { id: crypto.randomUUID(), name: '', title: 'Bí thư' },
      { id: crypto.randomUUID(), name: '', title: 'Chánh Văn phòng' },
    ],
  };
}

function fromProfile(p: Profile): ProfileInput {
  return {
    superiorCommittee: p.superiorCommittee,
    committee: p.committee,
    place: p.place,
    issuerAbbreviation: p.issuerAbbreviation,
    term: { name: p.term.name, startYear: p.term.startYear, endYear: p.term.endYear },
    signers: p.signers.map((s) => ({ ...s })),
  };
}

export function ProfileForm({
  initial,
  submitLabel,
  onSaved,
  onTermStarted,
}: {
  initial: Profile | null;
  submitLabel: string;
  onSaved: (p: Profile) => void;
  /** Offered once a profile exists (Settings): "Bắt đầu nhiệm kỳ mới". */
  onTermStarted?: (p: Profile) => void;
}) {
  const [value, setValue] = useState<ProfileInput>(() => (initial ? fromProfile(initial) : emptyProfile()));
  // The term in use as saved: the dialog starts the next one after it, not after unsaved edits.
  const [savedTerm, setSavedTerm] = useState<Profile['term'] | null>(initial?.term ?? null);
  const [newTermOpen, setNewTermOpen] = useState(false);
  const { errors, setErrors, clear } = useFieldErrors();
  const [saving, setSaving] = useState(false);

  // Changing a field takes its message away (errorKey: the part of the field that changed).
  const set = <K extends keyof ProfileInput>(key: K, v: ProfileInput[K], errorKey: string = key) => {
    setValue((old) => ({ ...old, [key]: v }));
    clear(errorKey);
  };
  const setSigner = (index: number, patch: Partial<Signer>) =>
    set(
      'signers',
      value.signers.map((s, i) => (i === index ? { ...s, ...patch } : s)),
      `signers.${index}.${Object.keys(patch)[0] ?? ''}`,
    );

  async function submit() {
    setSaving(true);
    setErrors({});
    try {
      // Empty signer rows are leftovers of the form, not signers.
      const signers = value.signers.filter((s) => s.name.trim() !== '');
      const saved = await callApi('profile.save', { ...value, signers });
      setSavedTerm(saved.term);
      onSaved(saved);
    } catch (err) {
      if (err instanceof ApiError && err.value.fields) setErrors(err.value.fields);
      notifyError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Fieldset legend="Cơ quan ban hành văn bản">
          <Stack gap="sm">
            <TextInput
              label="Đảng bộ cấp trên"
              description="Dòng đầu của tiêu đề văn bản, ví dụ: ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"
              value={value.superiorCommittee}
              onChange={(e) => set('superiorCommittee', e.currentTarget.value)}
              error={errors.superiorCommittee}
              required
            />
            <TextInput
              label="Tên Đảng ủy"
              description="Ví dụ: ĐẢNG ỦY XÃ KIẾN MINH (giữ nguyên cách viết ỦY/UỶ của cơ quan)"
              value={value.committee}
              onChange={(e) => set('committee', e.currentTarget.value)}
              error={errors.committee}
              required
            />
            <Group grow align="flex-start">
              <TextInput
                label="Địa danh ghi ngày tháng"
                description="Ví dụ: Kiến Minh"
                value={value.place}
                onChange={(e) => set('place', e.currentTarget.value)}
                error={errors.place}
                required
              />
              <TextInput
                label="Chữ viết tắt cơ quan ban hành"
                description="Dùng trong số, ký hiệu: 62-TB/ĐU"
                value={value.issuerAbbreviation}
                onChange={(e) => set('issuerAbbreviation', e.currentTarget.value.toUpperCase())}
                error={errors.issuerAbbreviation}
                required
              />
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend="Nhiệm kỳ hiện tại">
          <Text size="sm" c="dimmed" mb="xs">
            Số văn bản chạy liên tục theo từng loại trong cả nhiệm kỳ, không bắt đầu lại mỗi năm.
            {savedTerm && onTermStarted && ' Sửa tên khóa hoặc năm ở đây là sửa nhiệm kỳ đang dùng: số văn bản vẫn chạy tiếp.'}
          </Text>
          <Group grow align="flex-start">
            <TextInput
              label="Khóa"
              value={value.term.name}
              onChange={(e) => set('term', { ...value.term, name: e.currentTarget.value }, 'term.name')}
              error={errors['term.name']}
            />
            <NumberInput
              label="Từ năm"
              value={value.term.startYear}
              onChange={(v) => set('term', { ...value.term, startYear: Number(v) || 0 }, 'term.startYear')}
              error={errors['term.startYear']}
              allowDecimal={false}
            />
            <NumberInput
              label="Đến năm"
              value={value.term.endYear}
              onChange={(v) => set('term', { ...value.term, endYear: Number(v) || 0 }, 'term.endYear')}
              error={errors['term.endYear']}
              allowDecimal={false}
            />
          </Group>
          {savedTerm && onTermStarted && (
            <Group justify="space-between" mt="sm" wrap="nowrap">
              <Text size="sm" c="dimmed">
                Đại hội đã bầu cấp ủy khóa mới? Bắt đầu nhiệm kỳ mới để đánh số lại từ 01.
              </Text>
              <Button variant="light" color="orange" onClick={() => setNewTermOpen(true)}>
                Bắt đầu nhiệm kỳ mới
              </Button>
            </Group>
          )}
        </Fieldset>
        {newTermOpen && savedTerm && onTermStarted && (
          <NewTermModal
            current={savedTerm}
            issuerAbbreviation={initial?.issuerAbbreviation ?? value.issuerAbbreviation}
            onClose={() => setNewTermOpen(false)}
            onStarted={(p) => {
              setNewTermOpen(false);
              setSavedTerm(p.term);
              // Only the term changes: other fields being edited stay as typed.
              setValue((old) => ({ ...old, term: { name: p.term.name, startYear: p.term.startYear, endYear: p.term.endYear } }));
              clear('term');
              onTermStarted(p);
            }}
          />
        )}

        <Fieldset legend="Người ký văn bản">
          <Stack gap="xs">
            {value.signers.map((s, i) => (
              <Group key={s.id} align="flex-end" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  label={i === 0 ? 'Họ và tên' : undefined}
                  aria-label={`Họ và tên người ký ${i + 1}`}
                  value={s.name}
                  onChange={(e) => setSigner(i, { name: e.currentTarget.value })}
                  error={errors[`signers.${i}.name`]}
                />
                <Autocomplete
                  style={{ flex: 1 }}
                  label={i === 0 ? 'Chức vụ' : undefined}
                  aria-label={`Chức vụ người ký ${i + 1}`}
                  data={SIGNER_TITLES}
                  value={s.title}
                  onChange={(title) => setSigner(i, { title })}
                  error={errors[`signers.${i}.title`]}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={`Bỏ người ký ${i + 1}`}
                  onClick={() => set('signers', value.signers.filter((_, j) => j !== i))}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="subtle"
                leftSection={<IconPlus size={16} />}
                onClick={() => set('signers', [...value.signers, { id: crypto.randomUUID(), name: '', title: '' }])}
              >
                Thêm người ký
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
