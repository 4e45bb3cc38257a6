import { Alert, Button, Code, Group, List, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ApiOutput } from '../../shared/api/contract';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { ErrorPanel } from '../components/ErrorPanel';
import { notifyError, notifySaved } from '../components/notify';
import { ProfileForm } from '../profile/ProfileForm';
import { UnitsPanel } from '../units/UnitsPanel';

function DataPanel() {
  const info = useApiQuery('app.info', {});
  const [report, setReport] = useState<ApiOutput<'db.integrityCheck'> | null>(null);
  const [checking, setChecking] = useState(false);

  async function check() {
    setChecking(true);
    try {
      setReport(await callApi('db.integrityCheck', {}));
    } catch (err) {
      notifyError(err);
    } finally {
      setChecking(false);
    }
  }

  if (info.error) return <ErrorPanel message={info.error} onRetry={info.reload} />;
  return (
    <Stack>
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={220}>Phiên bản ứng dụng</Table.Th>
            <Table.Td>{info.data?.version}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Tệp dữ liệu</Table.Th>
            <Table.Td>
              <Code>{info.data?.dbPath}</Code>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Phiên bản lược đồ</Table.Th>
            <Table.Td>{info.data?.schemaVersion}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Mã máy (bản cài đặt)</Table.Th>
            <Table.Td>
              <Code>{info.data?.replicaId}</Code>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Group>
        <Button onClick={() => void check()} loading={checking} variant="light">
          Kiểm tra toàn vẹn dữ liệu
        </Button>
      </Group>
      {report &&
        (report.ok ? (
          <Alert color="green" title="Dữ liệu toàn vẹn">
            Không phát hiện lỗi nào.
          </Alert>
        ) : (
          <Alert color="red" title="Phát hiện lỗi dữ liệu">
            <List size="sm">
              {report.messages.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          </Alert>
        ))}
    </Stack>
  );
}

export function SettingsPage({ onProfileChanged }: { onProfileChanged: () => void }) {
  const profile = useApiQuery('profile.get', {});
  return (
    <Stack>
      <Title order={2}>Cài đặt</Title>
      <Tabs defaultValue="profile" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="profile">Thông tin cơ quan</Tabs.Tab>
          <Tabs.Tab value="units">Danh mục đơn vị</Tabs.Tab>
          <Tabs.Tab value="data">Dữ liệu</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <Paper withBorder p="lg" maw={900}>
            {profile.error && <ErrorPanel message={profile.error} onRetry={profile.reload} />}
            {profile.data !== undefined && (
              <ProfileForm
                initial={profile.data}
                submitLabel="Lưu thông tin cơ quan"
                onSaved={() => {
                  notifySaved('Thông tin cơ quan');
                  onProfileChanged();
                }}
              />
            )}
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="units" pt="md">
          <UnitsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="data" pt="md">
          <DataPanel />
        </Tabs.Panel>
      </Tabs>
      <Text size="xs" c="dimmed">
        Dữ liệu được lưu trên máy này, không cần Internet.
      </Text>
    </Stack>
  );
}
