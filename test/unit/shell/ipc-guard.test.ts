/** The IPC sender check of electron/shell/ipc.ts, with `electron` mocked. */
import { describe, expect, it, vi } from 'vitest';

const handle = vi.fn();
vi.mock('electron', () => ({ ipcMain: { handle: (...args: unknown[]) => handle(...args) } }));

const { createIpcHandler, isTrustedSender, registerIpc } = await import('../../../electron/shell/ipc');

const top = (url: string) => ({ url, parent: null });

describe('IPC guard', () => {
  it('serves only the top-level frame showing exactly the app page', async () => {
    const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, value: 'served' }));
    const ipc = createIpcHandler(dispatch);
    expect(await ipc({ senderFrame: top('app://vpdu/index.html#/tasks') } as never, { method: 'app.info', input: {} })).toEqual({ ok: true, value: 'served' });
    expect(dispatch).toHaveBeenCalledWith('app.info', {});

    dispatch.mockClear();
    for (const frame of [
      top('app://vpdu/index.html.evil'),
      top('app://vpdu.evil/index.html'),
      top('file:///C:/app/dist/renderer/index.html'),
      top('https://example.com/index.html'),
      { url: 'app://vpdu/index.html', parent: top('app://vpdu/index.html') },
      null,
      undefined,
    ]) {
      const r = (await ipc({ senderFrame: frame } as never, { method: 'app.info', input: {} })) as { ok: boolean };
      expect(r.ok, JSON.stringify(frame)).toBe(false);
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('compares exactly, not by prefix', () => {
    expect(isTrustedSender(top('app://vpdu/index.html'))).toBe(true);
    expect(isTrustedSender(top('app://vpdu/index.htmlx'))).toBe(false);
    expect(isTrustedSender(top('app://vpdu/index.html?evil=1'))).toBe(false);
    expect(isTrustedSender(top('app://vpdu:1/index.html'))).toBe(false);
  });

  it('registers one invoke channel', () => {
    registerIpc(vi.fn());
    expect(handle).toHaveBeenCalledWith('vpdu:invoke', expect.any(Function));
  });
});
