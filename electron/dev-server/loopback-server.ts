/**
 * Transport B: the contract over loopback HTTP, for development in a browser and for the
 * end-to-end tests in Chromium. Never part of the installed app (the Electron main bundle
 * does not import this folder; a test checks it).
 *
 * Guards: binds 127.0.0.1 on a random port; every API call needs the random bearer token;
 * requests whose Host is not this server (DNS rebinding) or whose Origin is another site
 * are refused.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Core } from '../core/create-core';
import { RENDERER_MIME_TYPES as MIME } from '../system/mime-types';

export interface LoopbackServerOptions {
  core: Core;
  /** Built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  /** Enables /__test/* endpoints (move the clock, queue dialog answers). Tests only. */
  testHooks?: boolean;
  /** Queue of answers for dialog.openFile when testHooks are on. */
  dialogAnswers?: { open: string[][] };
}

export interface LoopbackServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('Body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

export function startLoopbackServer(options: LoopbackServerOptions): Promise<LoopbackServer> {
  const token = randomBytes(24).toString('hex');
  const staticRoot = resolve(options.staticDir);
  let origin = '';
  let host = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      send(res, 500, JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: 'Lỗi máy chủ nội bộ.', detail: String(err) } }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== host) return send(res, 421, '{"error":"wrong host"}');
    const reqOrigin = req.headers.origin;
    if (reqOrigin !== undefined && reqOrigin !== origin) return send(res, 403, '{"error":"foreign origin"}');
    const url = new URL(req.url ?? '/', origin);

    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/__test/')) {
      if (req.method !== 'POST') return send(res, 405, '{"error":"POST only"}');
      if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, '{"error":"bad token"}');
      const raw = await readBody(req);
      let body: unknown;
      try {
        body = raw ? (JSON.parse(raw) as unknown) : {};
      } catch {
        return send(res, 400, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'Yêu cầu không hợp lệ.', detail: 'Malformed JSON' } }));
      }
      if (url.pathname.startsWith('/__test/')) return testHook(url.pathname, body, res);
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      const result = await options.core.dispatch(method, body);
      return send(res, 200, JSON.stringify(result));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '{"error":"GET only"}');
    return serveStatic(url.pathname, res);
  }

  function testHook(path: string, body: unknown, res: ServerResponse): void {
    if (!options.testHooks) return send(res, 404, '{"error":"no test hooks"}');
    const b = body as { now?: string; paths?: string[] };
    if (path === '/__test/clock') {
      if (b.now) options.core.clock.setNow(new Date(b.now));
      else options.core.clock.reset();
      return send(res, 200, JSON.stringify({ ok: true, now: options.core.clock.now().toISOString() }));
    }
    if (path === '/__test/dialog-open') {
      options.dialogAnswers?.open.push(b.paths ?? []);
      return send(res, 200, '{"ok":true}');
    }
    return send(res, 404, '{"error":"unknown hook"}');
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    let file = resolve(join(staticRoot, rel));
    if (file !== staticRoot && !file.startsWith(staticRoot + sep)) return send(res, 403, 'forbidden', 'text/plain');
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticRoot, 'index.html');
    if (!existsSync(file)) return send(res, 404, 'Chưa dựng giao diện: chạy "npm run build:renderer".', 'text/plain; charset=utf-8');
    if (file.endsWith('index.html')) {
      // The token reaches the page inside its own HTML; other origins cannot read it.
      const html = readFileSync(file, 'utf8').replace(
        '<head>',
        `<head><meta name="vpdu-transport" content="http"><meta name="vpdu-token" content="${token}">`,
      );
      return send(res, 200, html, MIME['.html']);
    }
    res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(res);
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      origin = `http://127.0.0.1:${port}`;
      host = `127.0.0.1:${port}`;
      resolvePromise({
        url: origin,
        token,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
