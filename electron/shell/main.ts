/**
 * Electron main process: the thin shell around the core. It opens the database in the
 * user-data folder, serves the contract over IPC, and shows one secure window.
 */
import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { backupIfDue } from '../backup/backup-database';
import type { Core } from '../core/create-core';
import { openCoreOrRecover } from './recover-at-start';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { createMainWindow, rendererIndexUrl } from './window';

const rendererDir = join(__dirname, '..', 'dist', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');
let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

// Vietnamese UI locale for Chromium's own widgets (date inputs read dd/mm/yyyy, spelling),
// whatever language Windows itself is in.
app.commandLine.appendSwitch('lang', 'vi');

/**
 * The start-of-day backup, a little after the window is up so it never delays the home
 * screen. A failure is shown on the "Dữ liệu" page (the backup state records it).
 */
function scheduleDailyBackup(opened: Core): void {
  setTimeout(() => {
    backupIfDue(opened.ctx).catch(() => undefined);
  }, 20_000).unref();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.whenReady().then(() => {
    // VPDU_DB lets a tester point the app at another file; normally it lives in user data.
    const dbPath = process.env.VPDU_DB ?? join(app.getPath('userData'), 'van-phong-dang-uy.sqlite');
    core = openCoreOrRecover(
      { dbPath, dialogs: electronDialogs(() => mainWindow) },
      {
        ask: ({ title, message, detail, buttons }) => dialog.showMessageBoxSync({ type: 'error', title, message, detail, buttons, defaultId: 0, cancelId: 1, noLink: true }),
        error: (message) => dialog.showErrorBox('Văn phòng Đảng ủy', message),
      },
    );
    if (!core) {
      app.exit(1);
      return;
    }
    scheduleDailyBackup(core);
    const indexUrl = rendererIndexUrl(rendererDir);
    registerIpc(core.dispatch, (url) => url.startsWith(indexUrl));
    Menu.setApplicationMenu(buildMenu(() => mainWindow));
    mainWindow = createMainWindow({ rendererDir, preloadPath });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  }).catch((err: unknown) => {
    dialog.showErrorBox('Văn phòng Đảng ủy', `Lỗi khởi động: ${String(err)}`);
    app.exit(1);
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.on('window-all-closed', () => {
    core?.close();
    core = null;
    app.quit();
  });
}
