/**
 * The app's own address. The renderer is served from the privileged `app://vpdu/` scheme
 * (electron/shell/app-protocol.ts), never from file://, so the page's origin is ours alone
 * and a URL check can be exact. This file has no `electron` import: it is plain logic.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'vpdu';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Is this the app page itself? Compared part by part after parsing, never by prefix:
 * `app://vpdu.evil/`, `app://vpdu/index.html.evil`, a query string or credentials all fail.
 * Only the fragment may differ (the UI's hash routes, "#/meetings/ID").
 */
export function isAppPageUrl(url: string): boolean {
  const u = parse(url);
  if (!u) return false;
  return (
    u.protocol === `${APP_SCHEME}:` &&
    u.host === APP_HOST &&
    u.username === '' &&
    u.password === '' &&
    u.pathname === '/index.html' &&
    u.search === '' &&
    `${u.protocol}//${u.host}${u.pathname}` === APP_INDEX_URL
  );
}

/** Links the window may hand to the system browser (never opened inside the app). */
export function isExternalLink(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === 'https:' && u.username === '' && u.password === '';
}

/** Requests the session lets through: the app's own files and DevTools; nothing from the network. */
export function isAllowedRequest(url: string): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${APP_SCHEME}:`) return u.host === APP_HOST;
  return u.protocol === 'devtools:' || u.protocol === 'data:';
}
