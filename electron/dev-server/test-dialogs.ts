import { join } from 'node:path';
import type { DialogProvider } from '../system/dialogs';

/**
 * The dialog double of the loopback transport: "Save" answers a path in a folder chosen
 * by the test (or the developer), "Open" answers what the test queued.
 */
export function folderDialogs(saveDir: string, queue: { open: string[][] }): DialogProvider {
  return {
    saveFile: ({ defaultName }) => Promise.resolve(join(saveDir, defaultName)),
    openFile: () => Promise.resolve(queue.open.shift() ?? []),
  };
}
