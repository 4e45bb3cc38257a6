import { Badge, Code, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconHistory, IconUpload, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { openedPackageOf } from '../app/opened-files';
import { useApiQuery } from '../api/use-api';
import { ErrorPanel } from '../components/ErrorPanel';
import { ConflictsPanel } from './ConflictsPanel';
import { ExportPanel } from './ExportPanel';
import { HistoryPanel } from './HistoryPanel';
import { ImportPanel } from './ImportPanel';
import { InstallsPanel } from './InstallsPanel';

/** "Trao đổi dữ liệu": packages on a USB stick between this install and the others. */
export function ExchangePage({ path }: { path: string }) {
  const overview = useApiQuery('exchange.overview', {});
  // A package opened from Explorer (double-click) lands on its preview.
  const opened = openedPackageOf(path);
  const [tab, setTab] = useState<string | null>(opened ? 'import' : 'export');
  const [tick, setTick] = useState(0);
  const changed = () => {
    overview.reload();
    setTick((t) => t + 1);
  };
  const o = overview.data;
  return (
    <Stack>
      <Title order={2}>Trao đổi dữ liệu</Title>
      {overview.error && <ErrorPanel message={overview.error} onRetry={overview.reload} />}
      {o && (
        <Paper withBorder p="sm">
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Text size="sm" c="dimmed">
                Máy này
              </Text>
              <Text fw={600}>{o.identity.name}</Text>
            </Stack>
            <Stack gap={2} align="flex-end">
              <Text size="sm" c="dimmed">
                Dấu vân tay (đọc cho máy kia khi gọi điện đối chiếu)
              </Text>
              <Code fz="md" aria-label="Dấu vân tay của máy này" style={{ letterSpacing: 1 }}>
                {o.identity.fingerprint}
              </Code>
            </Stack>
          </Group>
          {o.backlog > 0 && (
            <Stack gap={2} mt="xs" aria-label="Thay đổi đang chờ">
              <Text size="sm" c="orange">
                {o.backlog} thay đổi đang chờ các gói trước đó (sẽ tự áp dụng khi nhận đủ).
              </Text>
              {o.waitingSets.map((w) => (
                <Text key={w.setId} size="sm" c="orange">
                  Gói {w.count} phần từ "{w.senderName}": {w.waiting} thay đổi đang chờ; còn thiếu {w.missing.length === 1 ? 'phần' : 'các phần'} {w.missing.join(', ')} (trên {w.count}).
                </Text>
              ))}
            </Stack>
          )}
        </Paper>
      )}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="export" leftSection={<IconUpload size={16} />}>
            Tạo gói dữ liệu
          </Tabs.Tab>
          <Tabs.Tab value="import" leftSection={<IconDownload size={16} />}>
            Nhận gói dữ liệu
          </Tabs.Tab>
          <Tabs.Tab
            value="conflicts"
            leftSection={<IconAlertTriangle size={16} />}
            rightSection={o && o.openConflicts > 0 ? <Badge color="orange" size="sm" circle>{o.openConflicts}</Badge> : null}
          >
            Xung đột dữ liệu
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
            Lịch sử gói
          </Tabs.Tab>
          <Tabs.Tab value="installs" leftSection={<IconUsers size={16} />}>
            Máy đã tin cậy
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="export" pt="md">
          <ExportPanel installs={o?.installs ?? []} onDone={changed} />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <ImportPanel key={opened?.handle ?? 'chosen'} onDone={changed} opened={opened} />
        </Tabs.Panel>
        <Tabs.Panel value="conflicts" pt="md">
          <ConflictsPanel key={tick} onDone={changed} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryPanel key={tick} />
        </Tabs.Panel>
        <Tabs.Panel value="installs" pt="md">
          <InstallsPanel installs={o?.installs ?? []} onDone={changed} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
