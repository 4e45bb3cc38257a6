/**
 * The window and session guards of electron/shell/window.ts, with `electron` mocked: every
 * handler the shell installs is captured and driven as Electron would drive it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn((url: string) => Promise.resolve(url));
vi.mock('electron', () => ({
  BrowserWindow: vi.fn(),
  session: { defaultSession: {} },
  shell: { openExternal: (url: string) => openExternal(url) },
}));

const { guardWebContents, hardenSession, appPageUrl } = await import('../../../electron/shell/window');
const { isAppPageUrl, isAllowedRequest } = await import('../../../electron/shell/app-url');

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, fn: Listener) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) => {
      openHandler = fn;
    },
  };
  guardWebContents(contents as never);
  const fire = (name: string, url: string) => {
    const event = { preventDefault: vi.fn(), url };
    listeners.get(name)!(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { fire, open: (url: string) => openHandler!({ url }), listeners };
}

describe('window guard', () => {
  beforeEach(() => openExternal.mockClear());

  it('lets the app page change its hash route and nothing else navigate', () => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', 'app://vpdu/index.html#/meetings')).toBe(false);
    for (const url of [
      'app://vpdu/index.html.evil',
      'app://vpdu.evil/index.html',
      'app://vpdu/index.html?x=1',
      'app://user@vpdu/index.html',
      'app://vpdu/other.html',
      'file:///C:/Windows/win.ini',
      'https://example.com/',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(fire('will-navigate', url), url).toBe(true);
      expect(fire('will-redirect', url), url).toBe(true);
      expect(fire('will-frame-navigate', url), url).toBe(true);
    }
  });

  it('never opens a new window; https links go to the system browser, others nowhere', () => {
    const { open } = fakeContents();
    expect(open('https://thuvienphapluat.vn/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://thuvienphapluat.vn/');
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('http://example.com/')).toEqual({ action: 'deny' });
    expect(open('https://user:pw@example.com/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses webviews', () => {
    const { fire } = fakeContents();
    expect(fire('will-attach-webview', '')).toBe(true);
  });

  it('opens the window on the app page, at a route when asked', () => {
    expect(appPageUrl()).toBe('app://vpdu/index.html');
    expect(isAppPageUrl(appPageUrl('/import'))).toBe(true);
  });
});

describe('session hardening', () => {
  function harden() {
    const calls: Record<string, unknown> = {};
    const s = {
      webRequest: {
        onHeadersReceived: (fn: unknown) => (calls.headers = fn),
        onBeforeRequest: (fn: unknown) => (calls.request = fn),
      },
      setPermissionRequestHandler: (fn: unknown) => (calls.permissionRequest = fn),
      setPermissionCheckHandler: (fn: unknown) => (calls.permissionCheck = fn),
      on: (name: string, fn: unknown) => (calls[name] = fn),
    };
    hardenSession(s as never);
    return calls;
  }

  it('denies every permission request and every permission check', () => {
    const calls = harden();
    const answer = vi.fn();
    (calls.permissionRequest as (wc: unknown, p: string, cb: (ok: boolean) => void) => void)(null, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    const check = calls.permissionCheck as (wc: unknown, p: string) => boolean;
    for (const p of ['clipboard-read', 'notifications', 'media', 'geolocation', 'serial', 'hid']) expect(check(null, p)).toBe(false);
  });

  it('cancels every request that is not the app itself', () => {
    const calls = harden();
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      (calls.request as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('app://vpdu/assets/index.js')).toBe(false);
    expect(decide('https://fonts.googleapis.com/css')).toBe(true);
    expect(decide('file:///C:/Users/a/Documents/x.docx')).toBe(true);
    expect(decide('app://other/index.html')).toBe(true);
    expect(isAllowedRequest('http://127.0.0.1:8080/api/app.info')).toBe(false);
  });

  it('adds the CSP to every response and refuses downloads', () => {
    const calls = harden();
    let headers: Record<string, string[]> = {};
    (calls.headers as (d: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void)({ responseHeaders: {} }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']?.[0]).toMatch(/default-src 'none'/);
    const download = { preventDefault: vi.fn() };
    (calls['will-download'] as (e: typeof download) => void)(download);
    expect(download.preventDefault).toHaveBeenCalled();
  });
});
