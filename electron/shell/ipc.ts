import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../../shared/api/contract';
import type { Dispatch } from '../api/dispatch';

/**
 * Transport A: one invoke channel carrying `{ method, input }`. Calls from any frame other
 * than our own top-level app page are refused.
 */
export function registerIpc(dispatch: Dispatch, isTrustedUrl: (url: string) => boolean): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, payload: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!event.senderFrame || event.senderFrame.parent !== null || !isTrustedUrl(frameUrl)) {
      return { ok: false, error: { code: 'INTERNAL', message: 'Yêu cầu bị từ chối.', detail: `Untrusted sender ${frameUrl}` } };
    }
    const { method, input } = (payload ?? {}) as { method?: unknown; input?: unknown };
    return dispatch(method, input);
  });
}
