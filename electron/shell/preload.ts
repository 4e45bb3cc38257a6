/**
 * Preload (sandboxed): exposes exactly one function, `window.vpdu.invoke(method, input)`.
 * No ipcRenderer, no Node, no event subscriptions reach the page.
 */
import { contextBridge, ipcRenderer } from 'electron';

const IPC_CHANNEL = 'vpdu:invoke';

contextBridge.exposeInMainWorld('vpdu', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, { method, input }),
});
