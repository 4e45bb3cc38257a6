/** The app:// handler serves the built renderer and nothing outside it. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppFile } from '../../../electron/shell/app-protocol';
import { makeTempDir } from '../../support/temp-dir';

const { dir, cleanup } = makeTempDir('vpdu-protocol-');
const rendererDir = join(dir, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>VPĐU</title>');
writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
const serve = createAppProtocolHandler(rendererDir);
afterAll(cleanup);

describe('app:// protocol handler', () => {
  it('serves the page and its assets with the CSP and the right type', async () => {
    const page = await serve(new Request('app://vpdu/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(await page.text()).toContain('VPĐU');
    const js = await serve(new Request('app://vpdu/assets/index-abc.js'));
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/..%5c..%5csecret.txt']) {
      const r = await serve(new Request(`app://vpdu${path}`));
      expect([403, 404], path).toContain(r.status);
      expect(await r.text()).not.toContain('outside the renderer');
    }
    expect(resolveAppFile(rendererDir, '/%00index.html')).toBeNull();
    expect(resolveAppFile(rendererDir, '/%E0%A4%A')).toBeNull();
  });

  it('answers nothing for another host, a missing file, a folder or a write', async () => {
    expect((await serve(new Request('app://other/index.html'))).status).toBe(404);
    expect((await serve(new Request('app://vpdu/nope.js'))).status).toBe(404);
    expect((await serve(new Request('app://vpdu/assets'))).status).toBe(404);
    expect((await serve(new Request('app://vpdu/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
