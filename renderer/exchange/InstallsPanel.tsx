import { Button, Code, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { KnownInstallView } from '../../shared/exchange/schema';
import { callApi } from '../api/client';
import { notifyError } from '../components/notify';

/** The installs this one trusts, by name and fingerprint. */
export function InstallsPanel({ installs, onDone }: { installs: KnownInstallView[]; onDone: () => void }) {
  if (installs.length === 0) {
    return <Text c="dimmed">Chưa tin cậy máy nào. Máy khác được tin cậy khi nhận gói đầu tiên của nó và đối chiếu dấu vân tay.</Text>;
  }
  const forget = (i: KnownInstallView) =>
    modals.openConfirmModal({
      title: 'Bỏ tin cậy máy này?',
      children: <Text size="sm">Gói từ "{i.name}" sẽ không được nhận cho tới khi đối chiếu dấu vân tay và tin cậy lại.</Text>,
      labels: { confirm: 'Bỏ tin cậy', cancel: 'Không' },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        callApi('exchange.forgetInstall', { installId: i.installId }).then(onDone, notifyError);
      },
    });
  return (
    <Table striped aria-label="Máy đã tin cậy">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Máy</Table.Th>
          <Table.Th>Dấu vân tay</Table.Th>
          <Table.Th w={170}>Gói gần nhất</Table.Th>
          <Table.Th w={130} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {installs.map((i) => (
          <Table.Tr key={i.installId}>
            <Table.Td>{i.name}</Table.Td>
            <Table.Td>
              <Code>{i.fingerprint}</Code>
            </Table.Td>
            <Table.Td>{i.lastPackageAt ? new Date(i.lastPackageAt).toLocaleString('vi-VN') : '—'}</Table.Td>
            <Table.Td>
              <Button size="xs" variant="subtle" color="red" onClick={() => forget(i)}>
                Bỏ tin cậy
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
