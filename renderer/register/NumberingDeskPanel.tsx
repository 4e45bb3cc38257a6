/**
 * "Máy cấp số" in Settings: which PC gives the numbers of each type. With two PCs in one office,
 * one of them is the numbering desk; the others draft and ask the desk for the number, so the
 * same number is never given twice between two exchanges of data.
 */
import { Alert, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { commonOutgoingTypes, documentTypes } from '../../shared/register/schema';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { ErrorPanel } from '../components/ErrorPanel';
import { notifyError } from '../components/notify';

export function NumberingDeskPanel() {
  const desks = useApiQuery('register.desks', {});
  const [busy, setBusy] = useState<string | null>(null);
  if (desks.error) return <ErrorPanel message={desks.error} onRetry={desks.reload} />;
  const byType = new Map((desks.data?.desks ?? []).map((d) => [d.docType, d]));

  async function toggle(docType: (typeof commonOutgoingTypes)[number], on: boolean) {
    setBusy(docType);
    try {
      await callApi('register.setDesk', { docType, thisInstall: on });
      desks.reload();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Paper withBorder p="lg" maw={900}>
      <Stack>
        <Title order={4}>Máy cấp số</Title>
        <Text size="sm">
          Văn phòng dùng nhiều máy thì mỗi loại văn bản chỉ nên có một máy cấp số. Các máy khác vẫn soạn văn bản, nhưng khi lấy số sẽ được nhắc nhờ máy cấp
          số; nếu hai máy cùng cấp một số trước lần trao đổi dữ liệu, cả hai văn bản được giữ và báo “Trùng số” để xử lý.
        </Text>
        {desks.data && (
          <Text size="sm" c="dimmed">
            Máy này: <b>{desks.data.thisInstall.name}</b>
          </Text>
        )}
        <Table aria-label="Máy cấp số theo loại văn bản">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Loại văn bản</Table.Th>
              <Table.Th>Máy cấp số hiện nay</Table.Th>
              <Table.Th w={170}>Máy này cấp số</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {commonOutgoingTypes.map((t) => {
              const desk = byType.get(t);
              return (
                <Table.Tr key={t}>
                  <Table.Td>
                    {documentTypes[t]} ({t})
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={desk ? undefined : 'dimmed'}>
                      {desk ? (desk.isThisInstall ? `${desk.installName} (máy này)` : desk.installName) : 'Chưa chọn — máy nào cũng cấp số'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Switch
                      aria-label={`Máy này cấp số ${documentTypes[t]}`}
                      checked={desk?.isThisInstall ?? false}
                      disabled={busy !== null}
                      onChange={(e) => void toggle(t, e.currentTarget.checked)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Alert color="blue" variant="light">
          Bật ở máy này thì máy cấp số cũ (nếu có) thôi cấp số loại đó sau lần trao đổi dữ liệu tới.
        </Alert>
      </Stack>
    </Paper>
  );
}
