import { dialog, shell, type BrowserWindow } from 'electron';
import type { DialogProvider } from '../system/dialogs';

/** The real native dialogs, handed to the core as its DialogProvider. */
export function electronDialogs(getWindow: () => BrowserWindow | null): DialogProvider {
  return {
    async saveFile({ title, defaultName, filters }) {
      const win = getWindow();
      const options = { title, defaultPath: defaultName, filters };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async openFile({ title, filters, multiple, directory }) {
      const win = getWindow();
      const properties: Array<'openFile' | 'openDirectory' | 'multiSelections'> = [directory ? 'openDirectory' : 'openFile'];
      if (multiple) properties.push('multiSelections');
      const options = { title, filters, properties };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    // The path is one the core resolved inside its own evidence folder, never the renderer's.
    openPath: (path) => shell.openPath(path),
  };
}
