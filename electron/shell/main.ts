/**
 * Electron main process: the thin shell around the core. It opens the database in the
 * user-data folder, serves the renderer from app:// and the contract over IPC, and shows
 * one secure window. Everything that can be plain logic lives in files without `electron`
 * imports (app-url, app-protocol, launch-options, recover-at-start, ../system/*) and is
 * unit-tested.
 */
import { app, dialog, Menu, protocol, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { backupIfDue } from '../backup/backup-database';
import type { Core } from '../core/create-core';
import { installCrashHandlers } from '../system/crash-handlers';
import { openLogFile } from '../system/log-file';
import { createAppProtocolHandler } from './app-protocol';
import { APP_SCHEME } from './app-url';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { chooseDbPath } from './launch-options';
import { buildMenu } from './menu';
import { onSecondInstance, openPackagesFromArgv, type OpenedPackagesDeps } from './opened-packages';
import { openCoreOrRecover } from './recover-at-start';
import { createMainWindow } from './window';

const TITLE = 'Văn phòng Đảng ủy';
const rendererDir = join(__dirname, '..', 'dist', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');
let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

const log = openLogFile(join(app.getPath('userData'), 'logs'));
installCrashHandlers(process, log, () => {
  core?.close();
  core = null;
  dialog.showErrorBox(
    TITLE,
    `Phần mềm gặp lỗi không mong muốn và phải đóng lại. Dữ liệu đã lưu vẫn an toàn. Hãy mở lại phần mềm; chi tiết lỗi được ghi trong ${log.path}.`,
  );
  app.exit(1);
});

// Vietnamese UI locale for Chromium's own widgets (date inputs read dd/mm/yyyy, spelling),
// whatever language Windows itself is in.
app.commandLine.appendSwitch('lang', 'vi');

// Must run before "ready": app:// is a standard, secure origin of its own (not file://).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, stream: false } },
]);

/**
 * The start-of-day backup, a little after the window is up so it never delays the home
 * screen. A failure is shown on the "Dữ liệu" page (the backup state records it).
 */
function scheduleDailyBackup(opened: Core): void {
  setTimeout(() => {
    backupIfDue(opened.ctx).catch((err: unknown) => log.error('Daily backup failed', err));
  }, 20_000).unref();
}

const openedPackages: OpenedPackagesDeps = { core: () => core, window: () => mainWindow, log: (line) => log.info(line) };

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => onSecondInstance(argv, cwd, openedPackages));

  app.whenReady().then(() => {
    const dbPath = chooseDbPath({ isPackaged: app.isPackaged, env: process.env, argv: process.argv, userData: app.getPath('userData') });
    log.info(`Starting ${app.getVersion()}`);
    core = openCoreOrRecover(
      { dbPath, dialogs: electronDialogs(() => mainWindow), log: (line) => log.error(line) },
      {
        ask: ({ title, message, detail, buttons }) => dialog.showMessageBoxSync({ type: 'error', title, message, detail, buttons, defaultId: 0, cancelId: 1, noLink: true }),
        error: (message) => {
          log.error(`Could not open the database: ${message}`);
          dialog.showErrorBox(TITLE, message);
        },
      },
    );
    if (!core) {
      app.exit(1);
      return;
    }
    scheduleDailyBackup(core);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
    registerIpc(core.dispatch);
    Menu.setApplicationMenu(buildMenu(() => mainWindow));
    openPackagesFromArgv(process.argv.slice(1), process.cwd(), openedPackages);
    mainWindow = createMainWindow({ preloadPath });
    mainWindow.webContents.on('render-process-gone', (_e, details) => log.error(`Renderer gone: ${details.reason}`));
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  }).catch((err: unknown) => {
    log.error('Start-up failed', err);
    dialog.showErrorBox(TITLE, 'Lỗi khởi động phần mềm. Dữ liệu không bị thay đổi.');
    app.exit(1);
  });

  app.on('window-all-closed', () => {
    core?.close();
    core = null;
    app.quit();
  });
}
