/**
 * Packaging integration test: runs the offline electron-builder check (scripts/check-packaging.ts)
 * on the real project — validates electron-builder.yml, lays out the unpacked Windows app with a
 * stub Electron, and inspects resources/app.asar.
 *
 * Needs the build output. dist-electron/ is (re)built here when missing or older than the
 * sources (esbuild, ~1 s); dist/renderer/ is built with vite only when missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORBIDDEN_PACKAGES, PROJECT_DIR, readFuseWire, runPackagingCheck, type PackagingReport } from '../../scripts/check-packaging';

const TIMEOUT = 120_000;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (/\.(ts|tsx|sql|json)$/.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function ensureBuildOutput(): void {
  const main = join(PROJECT_DIR, 'dist-electron/main.cjs');
  const preload = join(PROJECT_DIR, 'dist-electron/preload.cjs');
  const jobThread = join(PROJECT_DIR, 'dist-electron/job-thread.cjs');
  const sourcesChanged = () => Math.max(newestMtime(join(PROJECT_DIR, 'electron')), newestMtime(join(PROJECT_DIR, 'shared'))) > statSync(main).mtimeMs;
  if (!existsSync(main) || !existsSync(preload) || !existsSync(jobThread) || sourcesChanged()) {
    execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: PROJECT_DIR, stdio: 'pipe' });
  }
  if (!existsSync(join(PROJECT_DIR, 'dist/renderer/index.html'))) {
    execFileSync(process.execPath, [join(PROJECT_DIR, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: PROJECT_DIR, stdio: 'pipe' });
  }
}

describe('Windows packaging (electron-builder, offline)', () => {
  let report: PackagingReport;

  beforeAll(async () => {
    ensureBuildOutput();
    report = await runPackagingCheck({ keep: true });
  }, TIMEOUT);
  afterAll(() => {
    if (report?.layout) rmSync(report.layout.workDir, { recursive: true, force: true });
  });

  /** The laid-out Windows app, read from disk here rather than from the script's own report. */
  function layout() {
    const l = report.layout;
    if (!l) throw new Error(`no layout: ${report.failures.join('; ')}`);
    return l;
  }

  it('passes every check', () => {
    expect(report.failures).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('validates electron-builder.yml and its installer settings', () => {
    expect(report.checks.find((c) => c.name === 'electron-builder.yml passes Packager#validateConfig')?.ok).toBe(true);
    expect(report.config).toMatchObject({
      appId: 'vn.vanphongdanguy.app',
      productName: 'Văn phòng Đảng ủy',
      npmRebuild: false,
      buildDependenciesFromSource: false,
      win: [
        { target: 'nsis', arch: ['x64'] },
        { target: 'portable', arch: ['x64'] },
      ],
      nsisArtifactName: 'VanPhongDangUy-Setup-${version}.${ext}',
    });
    expect(report.config.asarUnpack).toContain('**/*.node');
    expect(report.checks.filter((c) => c.name.startsWith('config.')).every((c) => c.ok)).toBe(true);
  });

  it('lays out the unpacked app without the network', () => {
    expect(report.target).toMatch(/^(win32|linux)-x64 dir$/);
    expect(report.networkRequests).toEqual([]);
    // Windows is expected to work (resedit is pure JS); Linux is only the fallback.
    expect(report.attempts[0]).toMatchObject({ platform: 'win32', ok: true });
  });

  it('packs only the built app and production dependencies', () => {
    const asar = report.asar!;
    expect(asar.files).toBeGreaterThan(0);
    for (const name of FORBIDDEN_PACKAGES) expect(asar.nodeModules).not.toContain(name);
    expect(asar.nodeModules.some((n) => /^node-(linux|win|darwin)-/.test(n))).toBe(false);
    // The main process is bundled by esbuild: only the native better-sqlite3 ships as a package.
    expect(asar.nodeModules).toContain('better-sqlite3');
    for (const bundled of ['docx', 'exceljs', 'kysely', 'mammoth', 'uuid', 'zod']) expect(asar.nodeModules).not.toContain(bundled);
    for (const name of ['asar has dist-electron/main.cjs', 'asar has dist-electron/preload.cjs', 'asar has dist-electron/job-thread.cjs', 'asar has dist/renderer/index.html', 'no *.map files', 'main.cjs has no electron/dev-server code']) {
      expect(report.checks.find((c) => c.name === name), name).toMatchObject({ ok: true });
    }
  });

  it('has, on disk, the app, the native module, the icon and the resources', () => {
    const { appOutDir, resourcesDir, exeName } = layout();
    expect(exeName).toBe('Văn phòng Đảng ủy.exe');
    const asarPath = join(resourcesDir, 'app.asar');
    const packed = listPackage(asarPath, { isPack: false }).map((p) => p.replace(/\\/g, '/'));
    for (const file of ['/package.json', '/dist-electron/main.cjs', '/dist-electron/preload.cjs', '/dist-electron/job-thread.cjs', '/dist/renderer/index.html']) expect(packed, file).toContain(file);
    expect(packed.some((p) => /^\/dist\/renderer\/assets\/.+\.js$/.test(p))).toBe(true);
    expect(packed.filter((p) => p.endsWith('.map'))).toEqual([]);
    expect(packed.some((p) => p.startsWith('/node_modules/vitest') || p.startsWith('/electron/') || p.startsWith('/test/'))).toBe(false);
    const main = extractFile(asarPath, 'dist-electron/main.cjs').toString('utf8');
    expect(main).toContain('registerSchemesAsPrivileged');
    expect(main).not.toContain('startLoopbackServer');
    const pkg = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as { productName: string; main: string };
    expect(pkg).toMatchObject({ productName: 'Văn phòng Đảng ủy', main: 'dist-electron/main.cjs' });

    // The native module: the same bytes as the win32-x64 prebuild, outside the archive.
    const unpackedDir = join(resourcesDir, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds');
    expect(readdirSync(unpackedDir)).toEqual(['win32-x64.node']);
    const shipped = readFileSync(join(unpackedDir, 'win32-x64.node'));
    expect(shipped.equals(readFileSync(join(PROJECT_DIR, 'node_modules/better-sqlite3/prebuilds/win32-x64.node')))).toBe(true);
    expect(shipped.subarray(0, 2).toString('latin1')).toBe('MZ');

    // The executable carries the app's icon (every size of resources/icon.ico) and name.
    const exe = readFileSync(join(appOutDir, exeName));
    const res = NtExecutableResource.from(NtExecutable.from(exe));
    const sizes = Resource.IconGroupEntry.fromEntries(res.entries).flatMap((g) => g.icons.map((i) => i.width || 256)).sort((a, b) => a - b);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    const vi = Resource.VersionInfo.fromEntries(res.entries)[0]!;
    expect(vi.getStringValues(vi.getAllLanguagesForStringValues()[0]!).ProductName).toBe('Văn phòng Đảng ủy');
    expect(res.entries.some((e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR')).toBe(true);
  });

  it('flips the Electron fuses in the executable', () => {
    const { appOutDir, exeName } = layout();
    // RunAsNode off, cookie encryption on, NODE_OPTIONS off, --inspect off, asar integrity on,
    // only app.asar, V8 snapshot untouched, no extra file:// privileges.
    expect(readFuseWire(readFileSync(join(appOutDir, exeName)))).toBe('01001100');
  });

  it('ships better-sqlite3 with its win32-x64 binary unpacked next to app.asar', () => {
    expect(report.betterSqlite3).toEqual({
      runtimeBinary: 'resources/app.asar/node_modules/better-sqlite3/prebuilds/win32-x64.node',
      unpackedPath: 'resources/app.asar.unpacked/node_modules/better-sqlite3/prebuilds/win32-x64.node',
      prebuilds: ['win32-x64.node'],
    });
    expect(report.asar!.unpacked).toContain('node_modules/better-sqlite3/prebuilds/win32-x64.node');
    expect(report.asar!.unpacked.filter((p) => p.endsWith('.node'))).toEqual(['node_modules/better-sqlite3/prebuilds/win32-x64.node']);
  });
});
