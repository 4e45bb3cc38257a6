import { AppShell, Button, Center, Group, Kbd, Loader, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { SearchSpotlight, useSearchHotkey } from '../search/SearchSpotlight';
import { StartupReminder } from '../tasks/StartupReminder';
import { useApiQuery } from '../api/use-api';
import { ErrorPanel } from '../components/ErrorPanel';
import { ExchangePage } from '../exchange/ExchangePage';
import { HomePage } from '../home/HomePage';
import { ImportPage } from '../import/ImportPage';
import { ConclusionsPage } from '../conclusions/ConclusionsPage';
import { MeetingsPage } from '../meetings/MeetingsPage';
import { FirstRunPage } from '../profile/FirstRunPage';
import { RegisterPage } from '../register/RegisterPage';
import { SettingsPage } from '../settings/SettingsPage';
import { TasksPage } from '../tasks/TasksPage';
import { activeNavPath, navItems } from './navigation';
import { CrashBoundary } from './CrashBoundary';
import { useOpenedFiles } from './opened-files';
import { navigate, useRoute } from './router';

function Page({ path, onProfileChanged }: { path: string; onProfileChanged: () => void }) {
  if (path.split('?')[0] === '/import') return <ImportPage path={path} />;
  const section = activeNavPath(path);
  switch (section) {
    case '/meetings':
      return <MeetingsPage path={path} />;
    case '/conclusions':
      return <ConclusionsPage path={path} />;
    case '/tasks':
      return <TasksPage path={path} />;
    case '/register':
      return <RegisterPage path={path} />;
    case '/exchange':
      return <ExchangePage path={path} />;
    case '/settings':
      return <SettingsPage onProfileChanged={onProfileChanged} />;
    default:
      return <HomePage />;
  }
}

export function App() {
  const path = useRoute();
  const profile = useApiQuery('profile.get', {});
  const [searching, setSearching] = useState(false);
  useSearchHotkey(() => setSearching(true));
  useOpenedFiles();

  if (profile.loading && profile.data === undefined) {
    return (
      <Center h="100vh">
        <Loader aria-label="Đang tải" />
      </Center>
    );
  }
  if (profile.error) return <ErrorPanel message={profile.error} onRetry={profile.reload} />;
  if (!profile.data) return <FirstRunPage onDone={profile.reload} />;

  const active = activeNavPath(path);
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Title order={4} c="red">
              Văn phòng Đảng ủy
            </Title>
            <Text size="sm" c="dimmed">
              {profile.data.committee}
            </Text>
          </Group>
          <Group gap="md">
            <Button
              variant="default"
              leftSection={<IconSearch size={16} />}
              // The name is the visible word; the key is said by aria-keyshortcuts, not read as "Ctrl K".
              rightSection={
                <Kbd size="xs" aria-hidden>
                  Ctrl K
                </Kbd>
              }
              aria-keyshortcuts="Control+K"
              onClick={() => setSearching(true)}
            >
              Tìm kiếm
            </Button>
            <Text size="sm" c="dimmed">
              Nhiệm kỳ {profile.data.term.startYear}–{profile.data.term.endYear}
            </Text>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Điều hướng chính">
        <ScrollArea>
          <Stack gap={2}>
            {navItems.map((item) => (
              <NavLink
                key={item.path}
                href={`#${item.path}`}
                label={item.label}
                leftSection={<item.icon size={18} stroke={1.6} />}
                active={active === item.path}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(item.path);
                }}
              />
            ))}
          </Stack>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <CrashBoundary resetKey={path} onBack={() => navigate('/')}>
          <Page path={path} onProfileChanged={profile.reload} />
        </CrashBoundary>
      </AppShell.Main>
      <SearchSpotlight opened={searching} onClose={() => setSearching(false)} />
      <StartupReminder />
    </AppShell>
  );
}
