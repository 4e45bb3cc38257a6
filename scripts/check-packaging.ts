/**
 * Offline packaging check for the Windows build (electron-builder.yml).
 *
 *   npm run check:packaging          (builds, then runs this file)
 *   tsx scripts/check-packaging.ts   (uses the existing dist/ and dist-electron/)
 *     --win | --linux   try only that layout (default: Windows x64, then Linux x64)
 *     --verbose         electron-builder's log on stderr
 *     --full            every check in the report, not only the failures
 *     --keep            keep the temp folder (its path is in config.workDir)
 *     --project <dir>   check another checkout (default: this one)
 *
 * 1. Validates electron-builder.yml with electron-builder's own schema (Packager#validateConfig)
 *    and checks the settings the installer depends on.
 * 2. Lays out the UNPACKED app (electron-builder `dir` target) into a temp folder, using a stub
 *    Electron distribution instead of the real one — the Electron zip cannot be downloaded here.
 *    Windows x64 is tried first; the Linux x64 layout is the fallback.
 * 3. Opens resources/app.asar and checks what is (and is not) inside, and that better-sqlite3's
 *    native binary is unpacked to resources/app.asar.unpacked where Electron can load it.
 *
 * Prints a JSON report on stdout (electron-builder's own log goes to stderr with --verbose) and
 * exits with 1 when a check fails. No network: downloads are disabled and any HTTP(S) request
 * made by electron-builder in this process fails the run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { extractFile, getRawHeader } from '@electron/asar';
import { Arch, Packager, Platform, type Configuration } from 'app-builder-lib';
import { log } from 'builder-util';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';

export const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CONFIG_FILE = 'electron-builder.yml';

export type TargetPlatform = 'win32' | 'linux';

export interface Check {
  name: string;
  ok: boolean;
  detail?: string;
}

export interface LayoutAttempt {
  platform: TargetPlatform;
  ok: boolean;
  error?: string;
  durationMs: number;
}

export interface PackagingReport {
  ok: boolean;
  /** The layout the asar checks ran on: "win32-x64 dir" or "linux-x64 dir". */
  target: string | null;
  attempts: LayoutAttempt[];
  electronVersion: string;
  durationMs: number;
  config: Record<string, unknown>;
  asar: {
    files: number;
    sizeBytes: number;
    unpacked: string[];
    nodeModules: string[];
  } | null;
  betterSqlite3: {
    runtimeBinary: string;
    unpackedPath: string;
    prebuilds: string[];
  } | null;
  networkRequests: string[];
  /** Where the unpacked app was laid out (only with `keep`: the caller removes `workDir`). */
  layout: (LayoutResult & { workDir: string }) | null;
  failures: string[];
  checks: Check[];
}

/** Packages that must never reach the app, whatever else the dependency tree says. */
export const FORBIDDEN_PACKAGES = ['vite', 'vitest', 'playwright-core', 'typescript', 'node', 'electron', 'esbuild', 'tsx', 'electron-builder'];

// ---------------------------------------------------------------------------------------------
// Offline guard
// ---------------------------------------------------------------------------------------------

const OFFLINE_ENV: Record<string, string> = {
  ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
  ELECTRON_BUILDER_OFFLINE: 'true',
  ELECTRON_BUILDER_DISABLE_BUILD_CACHE: 'true',
  CSC_IDENTITY_AUTO_DISCOVERY: 'false',
};

/**
 * Sets the offline environment and makes every http/https request in this process throw.
 * Returns the list that collects refused request URLs and a restore function.
 */
export function installOfflineGuard(cacheDir: string): { requests: string[]; restore: () => void } {
  const requests: string[] = [];
  const savedEnv: Record<string, string | undefined> = {};
  const env = { ...OFFLINE_ENV, ELECTRON_BUILDER_CACHE: cacheDir };
  for (const [key, value] of Object.entries(env)) {
    savedEnv[key] = process.env[key];
    process.env[key] = value;
  }
  type RequestFn = typeof http.request;
  const saved: Array<[typeof http | typeof https, 'request' | 'get', RequestFn]> = [];
  for (const mod of [http, https]) {
    for (const fn of ['request', 'get'] as const) {
      saved.push([mod, fn, mod[fn] as RequestFn]);
      const refuse = (...args: unknown[]): never => {
        const target = args[0];
        const url = typeof target === 'string' || target instanceof URL ? String(target) : JSON.stringify(target && typeof target === 'object' ? { host: (target as { hostname?: string; host?: string }).hostname ?? (target as { host?: string }).host, path: (target as { path?: string }).path } : target);
        requests.push(url);
        throw new Error(`Packaging check is offline: refused HTTP request to ${url}`);
      };
      (mod as unknown as Record<string, unknown>)[fn] = refuse;
    }
  }
  return {
    requests,
    restore() {
      for (const [mod, fn, original] of saved) (mod as unknown as Record<string, unknown>)[fn] = original;
      for (const [key, value] of Object.entries(savedEnv)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    },
  };
}

/** Sends electron-builder's log (normally stdout) to `sink`, so stdout carries only the report. */
export function redirectBuilderLog(sink: (line: string) => void): () => void {
  const logger = log as unknown as { stream: NodeJS.WritableStream };
  const original = logger.stream;
  logger.stream = new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      sink(String(chunk));
      cb();
    },
  });
  return () => {
    logger.stream = original;
  };
}

// ---------------------------------------------------------------------------------------------
// (a) Configuration
// ---------------------------------------------------------------------------------------------

export function electronVersion(projectDir = PROJECT_DIR): string {
  const pkg = JSON.parse(readFileSync(join(projectDir, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Loads electron-builder.yml exactly as electron-builder does and validates it against its schema. */
export async function validateBuilderConfig(projectDir = PROJECT_DIR): Promise<Configuration> {
  const file = join(projectDir, CONFIG_FILE);
  if (!existsSync(file)) throw new Error(`${CONFIG_FILE} not found in ${projectDir}`);
  const packager = new Packager({ projectDir, config: file });
  await packager.validateConfig(); // throws InvalidConfigurationError on schema errors
  return packager.config;
}

type Dict = Record<string, unknown>;
const get = (obj: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o != null && typeof o === 'object' ? (o as Dict)[k] : undefined), obj);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v == null ? [] : [v]);

/** The settings the Windows installer and the native module depend on. */
export function checkConfig(config: Configuration, projectDir = PROJECT_DIR): { checks: Check[]; summary: Dict } {
  const checks: Check[] = [];
  const expect = (name: string, actual: unknown, expected: unknown) => {
    const ok = JSON.stringify(actual) === JSON.stringify(expected);
    checks.push({ name: `config.${name}`, ok, ...(ok ? {} : { detail: `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}` }) });
  };
  const winTargets = asList(get(config, 'win.target')).map((t) => (typeof t === 'string' ? { target: t, arch: ['x64'] } : t));
  expect('appId', config.appId, 'vn.vanphongdanguy.app');
  expect('productName', config.productName, 'Văn phòng Đảng ủy');
  expect('directories.output', get(config, 'directories.output'), 'release');
  expect('npmRebuild', config.npmRebuild, false);
  expect('buildDependenciesFromSource', config.buildDependenciesFromSource, false);
  expect('asarUnpack includes **/*.node', asList(config.asarUnpack).includes('**/*.node'), true);
  expect('win.target', winTargets, [
    { target: 'nsis', arch: ['x64'] },
    { target: 'portable', arch: ['x64'] },
  ]);
  expect('electronFuses', get(config, 'electronFuses'), {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  });
  expect('fileAssociations', asList(get(config, 'fileAssociations')).map((a) => (a as { ext?: unknown }).ext), ['vpdu']);
  expect('nsis.deleteAppDataOnUninstall', get(config, 'nsis.deleteAppDataOnUninstall'), false);
  const nsh = get(config, 'nsis.include');
  const nshOk = typeof nsh === 'string' && existsSync(resolve(projectDir, nsh)) && readFileSync(resolve(projectDir, nsh), 'utf8').includes('customUnInstall');
  checks.push({ name: 'config.nsis.include has the keep-data uninstall page', ok: nshOk });
  expect('nsis.oneClick', get(config, 'nsis.oneClick'), false);
  expect('nsis.perMachine', get(config, 'nsis.perMachine'), false);
  expect('nsis.allowToChangeInstallationDirectory', get(config, 'nsis.allowToChangeInstallationDirectory'), true);
  expect('nsis.installerLanguages', asList(get(config, 'nsis.installerLanguages')), ['vi_VN']);
  expect('nsis.language', String(get(config, 'nsis.language')), '1066');
  expect('nsis.shortcutName', get(config, 'nsis.shortcutName'), 'Văn phòng Đảng ủy');
  expect('nsis.artifactName', get(config, 'nsis.artifactName'), 'VanPhongDangUy-Setup-${version}.${ext}');
  const icon = get(config, 'win.icon');
  const iconOk = typeof icon === 'string' && icon.endsWith('.ico') && existsSync(resolve(projectDir, icon));
  checks.push({ name: 'config.win.icon is an existing .ico (no download to convert a PNG)', ok: iconOk, ...(iconOk ? {} : { detail: String(icon) }) });
  return {
    checks,
    summary: {
      appId: config.appId,
      productName: config.productName,
      npmRebuild: config.npmRebuild,
      buildDependenciesFromSource: config.buildDependenciesFromSource,
      asarUnpack: config.asarUnpack,
      win: winTargets,
      nsisArtifactName: get(config, 'nsis.artifactName'),
      portableArtifactName: get(config, 'portable.artifactName'),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// (b) Unpacked layout with a stub Electron
// ---------------------------------------------------------------------------------------------

/**
 * A stand-in for the Electron distribution: just the executable electron-builder renames.
 * On Windows electron-builder edits the .exe resources (version strings, icon, asar integrity)
 * with the pure-JS `resedit`, so the stub must be a real PE image with one VERSIONINFO resource —
 * an empty x64 PE built with resedit, like electron.exe's. On Linux any file will do.
 */
export async function createStubElectronDist(platform: TargetPlatform, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  if (platform === 'win32') {
    const exe = NtExecutable.createEmpty(false, false); // 64-bit, not a DLL
    const res = NtExecutableResource.from(exe);
    const vi = Resource.VersionInfo.createEmpty();
    vi.setStringValues({ lang: 1033, codepage: 1200 }, { ProductName: 'Electron', FileDescription: 'Electron stub for packaging checks' });
    vi.outputToResourceEntries(res.entries);
    res.outputResource(exe);
    // Electron's fuse wire as electron.exe carries it (sentinel, wire version 1, 8 fuses, each
    // '1' on / '0' off at their defaults), so electron-builder's `electronFuses` has a wire to flip.
    const fuseWire = Buffer.from(`${FUSE_SENTINEL}\x01\x08${STUB_DEFAULT_FUSES}`, 'latin1');
    await writeFile(join(dir, 'electron.exe'), Buffer.concat([Buffer.from(exe.generate()), fuseWire]));
  } else {
    await writeFile(join(dir, 'electron'), '#!/bin/sh\necho "electron stub"\n', { mode: 0o755 });
  }
  await writeFile(join(dir, 'LICENSE'), 'Electron stub for packaging checks\n');
  return dir;
}

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on, integrity off, asar-only off, V8 snapshot off, file:// privileges on. */
export const STUB_DEFAULT_FUSES = '10110001';

/** The fuse states in an executable, by position (FuseV1Options order), as '0'/'1' characters. */
export function readFuseWire(exe: Buffer): string | null {
  const at = exe.lastIndexOf(FUSE_SENTINEL);
  if (at < 0) return null;
  const length = exe[at + FUSE_SENTINEL.length + 1] ?? 0;
  return exe.toString('latin1', at + FUSE_SENTINEL.length + 2, at + FUSE_SENTINEL.length + 2 + length);
}

export interface LayoutResult {
  appOutDir: string;
  resourcesDir: string;
  exeName: string;
}

/** Runs electron-builder's `dir` target for one platform/x64 with the stub Electron. */
export async function layoutUnpackedApp(opts: { projectDir?: string; platform: TargetPlatform; workDir: string; electronVersion: string }): Promise<LayoutResult> {
  const projectDir = opts.projectDir ?? PROJECT_DIR;
  const electronDist = await createStubElectronDist(opts.platform, join(opts.workDir, `electron-stub-${opts.platform}`));
  const output = join(opts.workDir, `out-${opts.platform}`);
  const platform = opts.platform === 'win32' ? Platform.WINDOWS : Platform.LINUX;
  const packager = new Packager({
    projectDir,
    targets: platform.createTarget('dir', Arch.x64),
    // `extends` with a file path: electron-builder loads electron-builder.yml and merges these on top.
    config: {
      extends: join(projectDir, CONFIG_FILE),
      electronDist,
      electronVersion: opts.electronVersion,
      directories: { output },
      publish: null,
    } as Configuration,
  });
  await packager.build();
  const appOutDir = join(output, opts.platform === 'win32' ? 'win-unpacked' : 'linux-unpacked');
  const exeName = opts.platform === 'win32' ? `${packager.appInfo.productFilename}.exe` : packager.appInfo.sanitizedName;
  return { appOutDir, resourcesDir: join(appOutDir, 'resources'), exeName };
}

// ---------------------------------------------------------------------------------------------
// (c) What is inside app.asar
// ---------------------------------------------------------------------------------------------

interface AsarNode {
  files?: Record<string, AsarNode>;
  size?: number;
  unpacked?: boolean;
  link?: string;
}

export interface AsarEntry {
  path: string;
  size: number;
  unpacked: boolean;
}

/** Every file (not directory) in the archive, posix paths relative to the archive root. */
export function listAsar(asarPath: string): AsarEntry[] {
  const { header } = getRawHeader(asarPath) as unknown as { header: AsarNode };
  const out: AsarEntry[] = [];
  const walk = (node: AsarNode, prefix: string) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const p = prefix ? `${prefix}/${name}` : name;
      if (child.files) walk(child, p);
      else out.push({ path: p, size: child.size ?? 0, unpacked: child.unpacked === true });
    }
  };
  walk(header, '');
  return out;
}

/** Package directories ("node_modules/a", "node_modules/@s/b", "node_modules/a/node_modules/c"). */
export function packageDirs(paths: string[]): string[] {
  const dirs = new Set<string>();
  for (const p of paths) {
    const parts = p.split('/');
    for (let i = 0; i < parts.length - 1; i++) {
      if (parts[i] !== 'node_modules' || parts[i + 1]?.startsWith('.')) continue; // skip .bin, .package-lock.json
      const end = parts[i + 1]?.startsWith('@') ? i + 3 : i + 2;
      if (end <= parts.length - 1) dirs.add(parts.slice(0, end).join('/')); // a file inside the package dir
    }
  }
  return [...dirs].sort();
}

/**
 * name → versions of every package npm installs for production (package-lock entries without
 * `"dev": true`). electron-builder re-hoists the production tree, so a production package can land
 * at a path that package-lock gives to a dev-only copy (mammoth's argparse at node_modules/argparse):
 * packed packages are therefore matched by name@version, not by path.
 */
export function productionPackages(projectDir = PROJECT_DIR): Map<string, Set<string>> {
  const lock = JSON.parse(readFileSync(join(projectDir, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; name?: string; version?: string }> };
  const prod = new Map<string, Set<string>>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || entry.dev === true || !entry.version) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (!prod.has(name)) prod.set(name, new Set());
    prod.get(name)!.add(entry.version);
  }
  return prod;
}

export function inspectLayout(layout: LayoutResult, platform: TargetPlatform, projectDir = PROJECT_DIR): { checks: Check[]; asar: NonNullable<PackagingReport['asar']>; betterSqlite3: NonNullable<PackagingReport['betterSqlite3']> } {
  const checks: Check[] = [];
  const check = (name: string, ok: boolean, detail?: string) => checks.push({ name, ok, ...(detail && !ok ? { detail } : {}) });
  const asarPath = join(layout.resourcesDir, 'app.asar');
  const unpackedRoot = join(layout.resourcesDir, 'app.asar.unpacked');

  check('executable present', existsSync(join(layout.appOutDir, layout.exeName)), layout.exeName);
  check('resources/app.asar present', existsSync(asarPath));
  const entries = listAsar(asarPath);
  const paths = entries.map((e) => e.path);
  const has = (p: string) => paths.includes(p);

  // App files
  for (const p of ['package.json', 'dist-electron/main.cjs', 'dist-electron/preload.cjs', 'dist-electron/job-thread.cjs', 'dist/renderer/index.html']) check(`asar has ${p}`, has(p));
  const pkg = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as { main?: string };
  check('package.json main is packed', typeof pkg.main === 'string' && has(posix.normalize(pkg.main)), String(pkg.main));
  const maps = paths.filter((p) => p.endsWith('.map'));
  check('no *.map files', maps.length === 0, maps.slice(0, 5).join(', '));
  const strayTopLevel = [...new Set(paths.map((p) => p.split('/')[0]!))].filter((d) => !['dist', 'dist-electron', 'node_modules', 'package.json'].includes(d));
  check('only dist/, dist-electron/, node_modules/, package.json at the root', strayTopLevel.length === 0, strayTopLevel.join(', '));
  const renderer = paths.filter((p) => p.startsWith('dist/') && !p.startsWith('dist/renderer/'));
  check('only dist/renderer from dist/', renderer.length === 0, renderer.slice(0, 5).join(', '));

  // Dev transport must not be in the production main bundle
  if (has('dist-electron/main.cjs')) {
    const main = extractFile(asarPath, 'dist-electron/main.cjs').toString('utf8');
    const devMarkers = ['startLoopbackServer', 'electron/dev-server', 'loopback-server', 'test-dialogs'].filter((m) => main.includes(m));
    check('main.cjs has no electron/dev-server code', devMarkers.length === 0, `found: ${devMarkers.join(', ')}`);
    const loopback = main.match(/.{0,60}loopback.{0,60}/gi) ?? [];
    check('main.cjs never mentions "loopback"', loopback.length === 0, loopback.slice(0, 3).join(' | '));
  }

  // Dependencies
  const pkgDirs = packageDirs(paths);
  const prod = productionPackages(projectDir);
  const notProduction = pkgDirs.flatMap((d) => {
    if (!has(`${d}/package.json`)) return [`${d} (no package.json)`];
    const { name, version } = JSON.parse(extractFile(asarPath, `${d}/package.json`).toString('utf8')) as { name: string; version: string };
    return prod.get(name)?.has(version) ? [] : [`${name}@${version}`];
  });
  check('every packed package is a production dependency (package-lock, no "dev": true)', notProduction.length === 0, notProduction.slice(0, 10).join(', '));
  const forbidden = pkgDirs.filter((d) => FORBIDDEN_PACKAGES.some((f) => d === `node_modules/${f}` || d.endsWith(`/node_modules/${f}`)) || /(^|\/)node_modules\/node-(linux|win|darwin)-/.test(d));
  check(`none of ${FORBIDDEN_PACKAGES.join(', ')}, node-<os>-<arch>`, forbidden.length === 0, forbidden.join(', '));
  const rootPkg = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const missingDeps = Object.keys(rootPkg.dependencies ?? {}).filter((d) => !pkgDirs.includes(`node_modules/${d}`));
  check('every production dependency packed', missingDeps.length === 0, missingDeps.join(', '));
  const nodeBinaries = paths.filter((p) => /(^|\/)(node|node\.exe)$/.test(p));
  check('no Node.js executable packed', nodeBinaries.length === 0, nodeBinaries.join(', '));

  // better-sqlite3 native binary: what lib/binding.js asks for at run time in the packaged app.
  // getPrebuildPath() = path.join(__dirname, '..', 'prebuilds', `${process.platform}-${process.arch}.node`)
  // with __dirname = <resources>/app.asar/node_modules/better-sqlite3/lib. The product is the
  // Windows x64 app, so the Windows binary is what must be there — also in the Linux fallback
  // layout, whose app.asar is made from the same file patterns.
  const runtimeBinary = 'node_modules/better-sqlite3/prebuilds/win32-x64.node';
  check('better-sqlite3 lib/binding.js packed', has('node_modules/better-sqlite3/lib/binding.js'));
  const bindingEntry = entries.find((e) => e.path === runtimeBinary);
  check(`${runtimeBinary} listed in app.asar`, bindingEntry !== undefined);
  check(`${runtimeBinary} marked unpacked`, bindingEntry?.unpacked === true);
  const unpackedPath = join(unpackedRoot, runtimeBinary);
  const source = join(projectDir, runtimeBinary);
  const unpackedOk = existsSync(unpackedPath) && statSync(unpackedPath).size === statSync(source).size;
  check(`app.asar.unpacked/${runtimeBinary} present (same size as the prebuilt)`, unpackedOk, unpackedPath);
  const packedNative = entries.filter((e) => e.path.endsWith('.node') && !e.unpacked).map((e) => e.path);
  check('no .node binary left inside app.asar', packedNative.length === 0, packedNative.join(', '));
  const buildSources = paths.filter((p) => /^node_modules\/better-sqlite3\/(deps|src)\//.test(p) || p === 'node_modules/better-sqlite3/binding.gyp');
  check('better-sqlite3 C sources / binding.gyp not packed', buildSources.length === 0, buildSources.slice(0, 5).join(', '));
  const prebuilds = entries.filter((e) => e.path.startsWith('node_modules/better-sqlite3/prebuilds/')).map((e) => posix.basename(e.path));
  check('only the win32-x64 prebuilt binary is shipped', prebuilds.join() === 'win32-x64.node', prebuilds.join(', '));
  if (platform === 'win32') {
    const exe = inspectWindowsExe(join(layout.appOutDir, layout.exeName));
    check('exe version info names the product', exe.productName === 'Văn phòng Đảng ủy', String(exe.productName));
    check('exe carries the app icon (16–256 px)', exe.iconSizes.includes(256) && exe.iconSizes.includes(16), exe.iconSizes.join(', '));
    check('exe carries the asar integrity resource', exe.asarIntegrity, 'no INTEGRITY/ELECTRONASAR resource');
  }

  const unpacked = entries.filter((e) => e.unpacked).map((e) => e.path);
  return {
    checks,
    asar: {
      files: entries.length,
      sizeBytes: statSync(asarPath).size,
      unpacked,
      nodeModules: pkgDirs.filter((d) => d.split('node_modules').length === 2).map((d) => d.slice('node_modules/'.length)),
    },
    betterSqlite3: { runtimeBinary: `resources/app.asar/${runtimeBinary}`, unpackedPath: `resources/app.asar.unpacked/${runtimeBinary}`, prebuilds },
  };
}

/** What electron-builder wrote into the Windows executable's resources (via resedit). */
export function inspectWindowsExe(file: string): { productName: string | undefined; iconSizes: number[]; asarIntegrity: boolean } {
  const res = NtExecutableResource.from(NtExecutable.from(readFileSync(file)));
  const vi = Resource.VersionInfo.fromEntries(res.entries)[0];
  const lang = vi?.getAllLanguagesForStringValues()[0];
  const productName = vi && lang ? vi.getStringValues(lang).ProductName : undefined;
  const iconSizes = Resource.IconGroupEntry.fromEntries(res.entries).flatMap((g) => g.icons.map((i) => i.width || 256));
  const asarIntegrity = res.entries.some((e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR');
  return { productName, iconSizes, asarIntegrity };
}

// ---------------------------------------------------------------------------------------------
// Whole run
// ---------------------------------------------------------------------------------------------

export interface RunOptions {
  projectDir?: string;
  /** Platforms to try, in order; the first layout that succeeds is inspected. */
  platforms?: TargetPlatform[];
  /** Keep the temp folder (printed in the report's config.workDir). */
  keep?: boolean;
  /** Receives electron-builder's log lines. */
  onLog?: (line: string) => void;
}

export async function runPackagingCheck(options: RunOptions = {}): Promise<PackagingReport> {
  const started = Date.now();
  const projectDir = options.projectDir ?? PROJECT_DIR;
  const platforms = options.platforms ?? ['win32', 'linux'];
  const workDir = await mkdtemp(join(tmpdir(), 'vpdu-packaging-'));
  const guard = installOfflineGuard(join(workDir, 'electron-builder-cache'));
  const restoreLog = redirectBuilderLog(options.onLog ?? (() => {}));
  const version = electronVersion(projectDir);
  const report: PackagingReport = {
    ok: false,
    target: null,
    attempts: [],
    electronVersion: version,
    durationMs: 0,
    config: {},
    asar: null,
    betterSqlite3: null,
    networkRequests: guard.requests,
    layout: null,
    failures: [],
    checks: [],
  };
  try {
    // (a)
    try {
      const config = await validateBuilderConfig(projectDir);
      report.checks.push({ name: 'electron-builder.yml passes Packager#validateConfig', ok: true });
      const { checks, summary } = checkConfig(config, projectDir);
      report.checks.push(...checks);
      report.config = summary;
    } catch (e) {
      report.checks.push({ name: 'electron-builder.yml passes Packager#validateConfig', ok: false, detail: errorText(e) });
    }
    for (const p of ['dist/renderer/index.html', 'dist-electron/main.cjs', 'dist-electron/preload.cjs', 'dist-electron/job-thread.cjs']) {
      report.checks.push({ name: `build output ${p} exists (npm run build)`, ok: existsSync(join(projectDir, p)) });
    }

    // (b)
    let layout: LayoutResult | null = null;
    let platform: TargetPlatform | null = null;
    for (const p of platforms) {
      const t0 = Date.now();
      try {
        layout = await layoutUnpackedApp({ projectDir, platform: p, workDir, electronVersion: version });
        platform = p;
        report.attempts.push({ platform: p, ok: true, durationMs: Date.now() - t0 });
        break;
      } catch (e) {
        report.attempts.push({ platform: p, ok: false, error: errorText(e), durationMs: Date.now() - t0 });
      }
    }
    report.checks.push({ name: 'unpacked app laid out', ok: layout !== null, ...(layout ? {} : { detail: report.attempts.map((a) => `${a.platform}: ${a.error}`).join(' / ') }) });

    // (c)
    if (layout && platform) {
      report.target = `${platform}-x64 dir`;
      const inspected = inspectLayout(layout, platform, projectDir);
      report.checks.push(...inspected.checks);
      report.asar = inspected.asar;
      report.betterSqlite3 = inspected.betterSqlite3;
      if (options.keep) report.layout = { ...layout, workDir };
    }
    report.checks.push({ name: 'no network request attempted', ok: guard.requests.length === 0, detail: guard.requests.join(', ') });
  } finally {
    restoreLog();
    guard.restore();
    if (options.keep) report.config.workDir = workDir;
    else await rm(workDir, { recursive: true, force: true });
  }
  report.failures = report.checks.filter((c) => !c.ok).map((c) => (c.detail ? `${c.name}: ${c.detail}` : c.name));
  report.ok = report.failures.length === 0;
  report.durationMs = Date.now() - started;
  return report;
}

function errorText(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n').slice(0, 4).join(' ').slice(0, 600);
}

/** The short form printed by the CLI: passing checks are counted, not listed. */
export function summarize(report: PackagingReport): Dict {
  return {
    ok: report.ok,
    target: report.target,
    attempts: report.attempts,
    electronVersion: report.electronVersion,
    durationMs: report.durationMs,
    config: report.config,
    asar: report.asar && {
      files: report.asar.files,
      sizeBytes: report.asar.sizeBytes,
      topLevelPackages: report.asar.nodeModules.length,
      unpackedFiles: report.asar.unpacked.length,
      unpackedNative: report.asar.unpacked.filter((p) => p.endsWith('.node')),
    },
    betterSqlite3: report.betterSqlite3,
    networkRequests: report.networkRequests,
    checksPassed: report.checks.filter((c) => c.ok).length,
    checksTotal: report.checks.length,
    failures: report.failures,
  };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const projectArg = args.indexOf('--project');
  const platforms = args.includes('--linux') ? (['linux'] as TargetPlatform[]) : args.includes('--win') ? (['win32'] as TargetPlatform[]) : undefined;
  const report = await runPackagingCheck({
    ...(platforms ? { platforms } : {}),
    ...(projectArg >= 0 && args[projectArg + 1] ? { projectDir: resolve(args[projectArg + 1]!) } : {}),
    keep: args.includes('--keep'),
    onLog: verbose ? (line) => process.stderr.write(line) : () => {},
  });
  // Exit explicitly once the report is flushed: electron-builder may leave handles open.
  process.stdout.write(`${JSON.stringify(args.includes('--full') ? report : summarize(report), null, 2)}\n`, () => process.exit(report.ok ? 0 : 1));
}
