/**
 * Files the OS opened with the app (a double-clicked .vpdu package): the window takes them
 * from the core as handles and shows the right screen. The package preview belongs to the
 * exchange feature; until it has a route, a package lands on the import screen with a note.
 */
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import type { ApiOutput } from '../../shared/api/contract';
import { callApi, onFilesOpened } from '../api/client';
import { navigate } from './router';

export type OpenedFile = ApiOutput<'files.takeOpened'>['files'][number];

/** The exchange feature sets this to its preview route ("/exchange/preview?file=HANDLE"). */
export const packagePreviewRoute: ((file: OpenedFile) => string) | null = null;

export function routeForOpenedFile(file: OpenedFile): string {
  if (file.kind === 'package' && packagePreviewRoute) return packagePreviewRoute(file);
  return '/import';
}

async function takeOpened(): Promise<void> {
  const { files } = await callApi('files.takeOpened', {});
  const last = files.at(-1);
  if (!last) return;
  navigate(routeForOpenedFile(last));
  if (last.kind === 'package' && !packagePreviewRoute) {
    notifications.show({
      color: 'orange',
      title: 'Đã mở gói dữ liệu',
      message: `Tệp “${last.name}” là gói trao đổi dữ liệu. Bản này chưa xem trước được gói; chưa có gì được nhập.`,
      autoClose: false,
    });
  }
}

export function useOpenedFiles(): void {
  useEffect(() => {
    const take = () => void takeOpened().catch(() => undefined);
    take();
    return onFilesOpened(take);
  }, []);
}
