import { ipcMain, type IpcMainInvokeEvent, type WebFrameMain } from 'electron';
import { IPC_CHANNEL } from '../../shared/api/contract';
import type { Dispatch } from '../api/dispatch';
import { isAppPageUrl } from './app-url';

const REFUSED = { ok: false, error: { code: 'INTERNAL', message: 'Yêu cầu bị từ chối.', detail: 'Untrusted IPC sender' } } as const;

/** Only the top-level frame showing exactly the app page may call the core. */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppPageUrl(frame.url);
}

/** Transport A: one invoke channel carrying `{ method, input }`. */
export function createIpcHandler(dispatch: Dispatch) {
  return async (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, payload: unknown): Promise<unknown> => {
    if (!isTrustedSender(event.senderFrame)) return REFUSED;
    const { method, input } = (payload ?? {}) as { method?: unknown; input?: unknown };
    return dispatch(method, input);
  };
}

export function registerIpc(dispatch: Dispatch): void {
  ipcMain.handle(IPC_CHANNEL, createIpcHandler(dispatch));
}
