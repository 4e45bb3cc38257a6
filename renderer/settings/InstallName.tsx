/**
 * "Tên máy này" on the data page: the name other installs see on the packages this PC sends
 * and in conflicts ("VPĐU Kiến Minh — máy Chánh VP"). Renaming keeps the install's id.
 */
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ApiError, callApi } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { notifyError, notifySaved } from '../components/notify';

export function InstallName({ readOnly }: { readOnly: boolean }) {
  const identity = useApiQuery('install.identity', {});
  const profile = useApiQuery('profile.get', {});
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const example = `VPĐU ${profile.data?.place ?? 'tên xã'} — máy Chánh VP`;

  async function save(name: string) {
    setSaving(true);
    setError(null);
    try {
      const renamed = await callApi('install.rename', { name });
      notifySaved(`Tên máy này: ${renamed.name}`, 'Đã đổi tên máy');
      setDraft(null);
      identity.reload();
    } catch (err) {
      if (err instanceof ApiError && err.value.fields?.name) setError(err.value.fields.name);
      else notifyError(err);
    } finally {
      setSaving(false);
    }
  }

  if (identity.error) return <Text c="red">{identity.error}</Text>;
  if (draft === null) {
    return (
      <Stack gap={4}>
        <Group gap="sm">
          <Text fw={600}>{identity.data?.name}</Text>
          <Button size="xs" variant="light" disabled={readOnly || !identity.data} onClick={() => setDraft(identity.data?.name ?? '')}>
            Đổi tên
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Tên hiện trên các gói dữ liệu máy này gửi đi, để nơi nhận biết gói đến từ máy nào. Mã máy: {identity.data?.installId}
        </Text>
      </Stack>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save(draft);
      }}
    >
      <Stack gap="xs" maw={520}>
        <TextInput
          aria-label="Tên máy này"
          description={`Ví dụ: ${example}`}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          error={error}
          data-autofocus
          autoFocus
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={saving}>
            Lưu tên máy
          </Button>
          <Button
            size="xs"
            variant="subtle"
            onClick={() => {
              setDraft(null);
              setError(null);
            }}
          >
            Hủy
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
