import { Button } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { callApi } from '../api/client';
import { JobProgressNotice } from '../components/JobProgress';
import { notifyError, notifySaved } from '../components/notify';

/** Biên bản of the saved meeting as an official DOCX, through the native Save dialog. */
export function ExportMinutesButton({ meetingId, beforeExport }: { meetingId: string | null; beforeExport: () => Promise<boolean> }) {
  const [busy, setBusy] = useState(false);
  async function run() {
    if (!meetingId) return;
    setBusy(true);
    try {
      if (!(await beforeExport())) return;
      const r = await callApi('export.minutesDocx', { meetingId });
      if (r.path) notifySaved(r.path, 'Đã xuất biên bản');
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <JobProgressNotice active={busy} kinds={['document.writeDocx']} fallback="Đang tạo biên bản" />
      <Button
        variant="default"
        leftSection={<IconFileTypeDocx size={16} />}
        disabled={!meetingId}
        loading={busy}
        title={meetingId ? undefined : 'Lưu hội nghị trước khi xuất biên bản'}
        onClick={() => void run()}
      >
        Xuất biên bản (.docx)
      </Button>
    </>
  );
}
