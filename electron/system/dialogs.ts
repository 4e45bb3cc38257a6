/**
 * Native Save/Open dialogs, behind an interface so the core never imports Electron.
 * The Electron shell supplies the real dialogs; the loopback test server supplies a
 * double that answers from a folder chosen by the test.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface DialogProvider {
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  openFile(options: { title: string; filters: FileFilter[]; multiple: boolean; directory: boolean }): Promise<string[]>;
  /**
   * Opens a file the app keeps (an evidence file) in the system's viewer. Only the Electron
   * shell has one (shell.openPath); without it the renderer downloads the file instead.
   * Resolves to an error message, or '' when the viewer opened.
   */
  openPath?(path: string): Promise<string>;
}

/** For the CLI and plain-Node uses: there is no one to ask. */
export const noDialogs: DialogProvider = {
  saveFile: () => Promise.resolve(null),
  openFile: () => Promise.resolve([]),
};
