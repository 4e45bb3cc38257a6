/**
 * The handler of `app://vpdu/…`: the built renderer's files and nothing else. No `electron`
 * import (main.ts registers it with `protocol.handle`), so it is tested under plain Node.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-url';
import { RENDERER_MIME_TYPES as MIME } from '../system/mime-types';

/** Content Security Policy of the app page: only our own files, no remote content at all. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // Mantine injects CSS variables at runtime
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

function refuse(status: number): Response {
  return new Response(null, { status, headers: SECURITY_HEADERS });
}

/** A file of `rendererDir` for a request path, or null when the path leaves it. */
export function resolveAppFile(rendererDir: string, pathname: string): string | null {
  const root = resolve(rendererDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = normalize(decoded).replace(/^([/\\])+/, '');
  const file = resolve(join(root, rel === '' ? 'index.html' : rel));
  return file.startsWith(root + sep) ? file : null;
}

export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404);
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const file = resolveAppFile(rendererDir, url.pathname);
    if (!file) return refuse(403);
    try {
      if (!(await stat(file)).isFile()) return refuse(404);
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream' },
      });
    } catch {
      return refuse(404);
    }
  };
}
