/**
 * Lịch sử phiên bản: every kept version (created, saved, autosaved, restored, issued), one
 * shown read-only as it would print, and a draft brought back to an earlier version.
 */
import { Badge, Button, Drawer, Group, Loader, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocumentProfile } from '../../shared/document/document-parts';
import { useApiQuery } from '../api/use-api';
import { ErrorPanel } from '../components/ErrorPanel';
import { notifyError } from '../components/notify';
import { ConclusionPreview } from './ConclusionPreview';
import { dateTime, versionReasonLabels } from './labels';

/** Number and date a document was issued with; the issue version is shown with them. */
export interface IssuedAs {
  numberSymbol: string;
  issueDate: string;
}

function VersionView({
  versionId,
  profile,
  canRestore,
  onRestore,
  when,
  issuedAs,
}: {
  versionId: string;
  profile: DocumentProfile;
  canRestore: boolean;
  onRestore: () => void;
  when: string;
  issuedAs: IssuedAs | null;
}) {
  const version = useApiQuery('conclusions.version', { versionId }, versionId);
  if (version.error) return <ErrorPanel message={version.error} onRetry={version.reload} />;
  if (!version.data) return <Loader size="sm" aria-label="Đang tải phiên bản" />;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          Phiên bản lúc {when} (chỉ xem)
        </Text>
        {canRestore && (
          <Button size="xs" variant="light" leftSection={<IconRestore size={14} />} onClick={onRestore}>
            Khôi phục phiên bản này
          </Button>
        )}
      </Group>
      <ConclusionPreview
        content={version.data.content}
        profile={profile}
        numberSymbol={issuedAs?.numberSymbol ?? null}
        issueDate={issuedAs?.issueDate ?? null}
        status={issuedAs ? 'issued' : 'draft'}
        label="Nội dung phiên bản"
        zoom={0.78}
      />
    </Stack>
  );
}

export function VersionHistoryDrawer({
  conclusionId,
  profile,
  canRestore,
  issuedAs,
  onClose,
  onRestore,
}: {
  conclusionId: string;
  profile: DocumentProfile;
  canRestore: boolean;
  issuedAs: IssuedAs | null;
  onClose: () => void;
  onRestore: (versionId: string) => Promise<void>;
}) {
  const versions = useApiQuery('conclusions.versions', { id: conclusionId }, conclusionId);
  const [selected, setSelected] = useState<string | null>(null);
  const list = versions.data ?? [];
  const chosen = list.find((v) => v.id === selected);

  function confirmRestore(versionId: string, when: string) {
    modals.openConfirmModal({
      title: 'Khôi phục phiên bản',
      children: (
        <Text size="sm">
          Nội dung đang soạn sẽ được thay bằng phiên bản lúc {when}. Nội dung hiện tại được lưu lại thành một phiên bản trong lịch sử, nên vẫn lấy
          lại được.
        </Text>
      ),
      labels: { confirm: 'Khôi phục', cancel: 'Hủy' },
      onConfirm: () => {
        onRestore(versionId).catch(notifyError);
      },
    });
  }

  return (
    <Drawer opened onClose={onClose} title="Lịch sử phiên bản" position="right" size="xl" scrollAreaComponent={ScrollArea.Autosize}>
      {versions.error ? (
        <ErrorPanel message={versions.error} onRetry={versions.reload} />
      ) : versions.data === undefined ? (
        <Loader size="sm" aria-label="Đang tải lịch sử" />
      ) : (
        <Stack>
          <Table aria-label="Các phiên bản" highlightOnHover verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Thời điểm</Table.Th>
                <Table.Th>Thao tác</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((v) => (
                <Table.Tr key={v.id} bg={v.id === selected ? 'var(--mantine-color-red-0)' : undefined}>
                  <Table.Td>{dateTime(v.createdAt)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={v.reason === 'issue' ? 'green' : v.reason === 'restore' ? 'orange' : 'gray'}>
                      {versionReasonLabels[v.reason]}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button size="compact-xs" variant="subtle" onClick={() => setSelected(v.id)} aria-label={`Xem phiên bản lúc ${dateTime(v.createdAt)}`}>
                      Xem
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            Tự lưu giữ lại tối đa một phiên bản mỗi 10 phút; mỗi lần bấm “Lưu”, khôi phục hay ban hành đều giữ một phiên bản.
          </Text>
          {chosen && (
            <VersionView
              key={chosen.id}
              versionId={chosen.id}
              profile={profile}
              when={dateTime(chosen.createdAt)}
              canRestore={canRestore}
              issuedAs={chosen.reason === 'issue' ? issuedAs : null}
              onRestore={() => confirmRestore(chosen.id, dateTime(chosen.createdAt))}
            />
          )}
        </Stack>
      )}
    </Drawer>
  );
}
