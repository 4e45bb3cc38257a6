import { Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useApiQuery } from '../api/use-api';
import { ErrorPanel } from '../components/ErrorPanel';
import { notifySaved } from '../components/notify';
import { DataPanel } from './DataPanel';
import { AppLockPanel } from '../app-lock/AppLockPanel';
import { ProfileForm } from '../profile/ProfileForm';
import { UnitsPanel } from '../units/UnitsPanel';
import { NumberingDeskPanel } from '../register/NumberingDeskPanel';

export function SettingsPage({ onProfileChanged }: { onProfileChanged: () => void }) {
  const profile = useApiQuery('profile.get', {});
  return (
    <Stack>
      <Title order={2}>Cài đặt</Title>
      <Tabs defaultValue="profile" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="profile">Thông tin cơ quan</Tabs.Tab>
          <Tabs.Tab value="units">Danh mục đơn vị</Tabs.Tab>
          <Tabs.Tab value="numbering">Máy cấp số</Tabs.Tab>
          <Tabs.Tab value="data">Dữ liệu</Tabs.Tab>
          <Tabs.Tab value="lock">Khóa ứng dụng</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <Paper withBorder p="lg" maw={900}>
            {profile.error && <ErrorPanel message={profile.error} onRetry={profile.reload} />}
            {profile.data !== undefined && (
              <ProfileForm
                initial={profile.data}
                submitLabel="Lưu thông tin cơ quan"
                onSaved={() => {
                  notifySaved('Thông tin cơ quan', 'Đã lưu thông tin cơ quan');
                  onProfileChanged();
                }}
                onTermStarted={(p) => {
                  notifySaved(`Nhiệm kỳ ${p.term.name} (${p.term.startYear}–${p.term.endYear}): số văn bản bắt đầu lại từ 01.`, 'Đã bắt đầu nhiệm kỳ mới');
                  onProfileChanged();
                }}
              />
            )}
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="units" pt="md">
          <UnitsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="numbering" pt="md">
          <NumberingDeskPanel />
        </Tabs.Panel>
        <Tabs.Panel value="data" pt="md">
          <DataPanel />
        </Tabs.Panel>
        <Tabs.Panel value="lock" pt="md">
          <AppLockPanel />
        </Tabs.Panel>
      </Tabs>
      <Text size="xs" c="dimmed">
        Dữ liệu được lưu trên máy này, không cần Internet.
      </Text>
    </Stack>
  );
}
