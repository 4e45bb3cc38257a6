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
}

/** For the CLI and plain-Node uses: there is no one to ask. */
export const noDialogs: DialogProvider = {
  saveFile: () => Promise.resolve(null),
  openFile: () => Promise.resolve([]),
};
