/**
 * Files the OS opened with the app (a double-clicked .vpdu package): the window takes them
 * from the core as handles and shows the right screen: a package opens its preview on
 * "Trao đổi dữ liệu" (nothing is received until the user confirms there), a document the
 * import screen.
 */
import { useEffect } from 'react';
import type { ApiOutput } from '../../shared/api/contract';
import { callApi, onFilesOpened } from '../api/client';
import { navigate } from './router';

export type OpenedFile = ApiOutput<'files.takeOpened'>['files'][number];

/** The exchange screen's package preview for a file handle the core granted. */
export function packagePreviewRoute(file: Pick<OpenedFile, 'handle' | 'name'>): string {
  return `/exchange/preview?file=${encodeURIComponent(file.handle)}&name=${encodeURIComponent(file.name)}`;
}

/** The handle and name a preview route carries (null for any other route, or a malformed one). */
export function openedPackageOf(path: string): { handle: string; name: string } | null {
  const [route, query = ''] = path.split('?');
  if (route !== '/exchange/preview') return null;
  const params = new URLSearchParams(query);
  const handle = params.get('file');
  if (!handle || !/^fh_[0-9a-f]{32}$/.test(handle)) return null;
  return { handle, name: params.get('name') ?? '' };
}

export function routeForOpenedFile(file: OpenedFile): string {
  if (file.kind === 'package') return packagePreviewRoute(file);
  return '/import';
}

async function takeOpened(): Promise<void> {
  const { files } = await callApi('files.takeOpened', {});
  const last = files.at(-1);
  if (!last) return;
  navigate(routeForOpenedFile(last));
}

export function useOpenedFiles(): void {
  useEffect(() => {
    const take = () => void takeOpened().catch(() => undefined);
    take();
    return onFilesOpened(take);
  }, []);
}
