import { BrowserWindow, session, shell, type Session, type WebContents } from 'electron';
import { APP_INDEX_URL, isAllowedRequest, isAppPageUrl, isExternalLink } from './app-url';
import { CSP } from './app-protocol';

export { CSP };

/**
 * Locks the session down: nothing outside app:// loads, every permission is refused, whether
 * a page asks for it (request) or Chromium only checks it (check; e.g. clipboard-read,
 * notifications, media). The app needs none.
 */
export function hardenSession(s: Session): void {
  s.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
  s.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  s.on('will-download', (event) => event.preventDefault());
}

/** Keeps a web contents on the app page: no navigation or redirect away, no new windows. */
export function guardWebContents(contents: WebContents): void {
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isAppPageUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-frame-navigate', (event) => {
    if (!isAppPageUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to the outside open in the system browser, never inside the app.
    if (isExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** The app page, optionally at a hash route ("/import"). */
export function appPageUrl(route?: string): string {
  return route ? `${APP_INDEX_URL}#${route}` : APP_INDEX_URL;
}

export function createMainWindow(options: { preloadPath: string; route?: string }): BrowserWindow {
  hardenSession(session.defaultSession);
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    title: 'Văn phòng Đảng ủy',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click must not open a link in a new window behind the window-open handler's back.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  guardWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(appPageUrl(options.route));
  return win;
}
