/**
 * Preload (sandboxed): exposes exactly `window.vpdu.invoke(method, input)` and one
 * notification without data, "the OS opened files with the app" (the page then asks the
 * core with `files.takeOpened`). No ipcRenderer, no Node, no paths reach the page.
 */
import { contextBridge, ipcRenderer } from 'electron';

const IPC_CHANNEL = 'vpdu:invoke';
const FILES_OPENED_CHANNEL = 'vpdu:files-opened';

contextBridge.exposeInMainWorld('vpdu', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, { method, input }),
  onFilesOpened: (callback: () => void): void => {
    ipcRenderer.on(FILES_OPENED_CHANNEL, () => callback());
  },
});
