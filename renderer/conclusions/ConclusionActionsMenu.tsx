import { Button, Menu, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconChecklist, IconChevronDown, IconFileTypeDocx, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Conclusion } from '../../shared/conclusions/schema';
import { callApi } from '../api/client';
import { navigate } from '../app/router';
import { JobProgressNotice } from '../components/JobProgress';
import { notifyError, notifySaved } from '../components/notify';
import { DeleteImportedModal } from './DeleteImportedModal';

/**
 * The less frequent actions of a conclusion: export the official DOCX (through the native
 * Save dialog), assign its tasks, delete a draft or a mistaken import.
 */
export function ConclusionActionsMenu({ conclusion, flush }: { conclusion: Conclusion; flush: () => Promise<{ ok: boolean; error?: unknown }> }) {
  const issued = conclusion.status === 'issued';
  const [deletingImport, setDeletingImport] = useState(false);
  const [exporting, setExporting] = useState(false);

  async function exportDocx() {
    // The file must hold what is on screen: save pending edits first.
    if (!issued) {
      const saved = await flush();
      if (!saved.ok) {
        notifyError(saved.error);
        return;
      }
    }
    setExporting(true);
    try {
      const r = await callApi('export.conclusionDocx', { id: conclusion.id });
      if (r.path) notifySaved(r.path, 'Đã xuất văn bản');
    } catch (err) {
      notifyError(err);
    } finally {
      setExporting(false);
    }
  }

  function confirmDelete() {
    modals.openConfirmModal({
      title: 'Xóa dự thảo',
      children: <Text size="sm">Xóa dự thảo này? Văn bản chưa ban hành nên không ảnh hưởng sổ văn bản đi.</Text>,
      labels: { confirm: 'Xóa dự thảo', cancel: 'Hủy' },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        callApi('conclusions.delete', { id: conclusion.id })
          .then(() => {
            notifySaved('Dự thảo không còn trong danh sách kết luận.', 'Đã xóa dự thảo');
            navigate('/conclusions');
          })
          .catch(notifyError);
      },
    });
  }

  return (
    <>
      <JobProgressNotice active={exporting} kinds={['document.writeDocx']} fallback="Đang tạo tệp Word" />
      {deletingImport && <DeleteImportedModal conclusion={conclusion} onClose={() => setDeletingImport(false)} />}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={14} />} loading={exporting}>
            Thao tác khác
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconFileTypeDocx size={16} />} onClick={() => void exportDocx()}>
            Xuất văn bản Word (.docx){issued ? '' : ' — bản dự thảo'}
          </Menu.Item>
          <Menu.Item leftSection={<IconChecklist size={16} />} onClick={() => navigate(`/tasks/assign/${conclusion.id}`)}>
            Giao nhiệm vụ từ kết luận
          </Menu.Item>
          {!issued && (
            <>
              <Menu.Divider />
              <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={confirmDelete}>
                Xóa dự thảo
              </Menu.Item>
            </>
          )}
          {issued && conclusion.imported && (
            <>
              <Menu.Divider />
              <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeletingImport(true)}>
                Xoá văn bản nhập nhầm
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
