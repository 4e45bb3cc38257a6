/**
 * The layer rules of docs/ARCHITECTURE.md, checked on the source:
 * - the core (electron/ outside electron/shell) never imports `electron`;
 * - the renderer never imports Node modules or Electron;
 * - shared/ imports neither Node, Electron, nor the two app sides;
 * - the Electron app never reaches the loopback HTTP transport (dev/test only).
 */
import { readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

const root = resolve(__dirname, '../..');


const IMPORT_RE = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm;

export function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (spec) found.push(spec);
  }
  return found;
}

const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isNodeModule = (spec: string) => spec.startsWith('node:') || nodeBuiltins.has(spec.split('/')[0] ?? '');
const rel = (f: string) => relative(root, f);

describe('layer rules', () => {
  it('no core file imports electron', () => {
    const offenders = sourceFiles(join(root, 'electron'))
      .filter((f) => !rel(f).startsWith(join('electron', 'shell')))
      .filter((f) => importsOf(f).some((s) => s === 'electron' || s.startsWith('electron/')))
      .map(rel);
    expect(offenders).toEqual([]);
  });

  it('no renderer file imports a Node module or electron', () => {
    const offenders = sourceFiles(join(root, 'renderer'))
      .flatMap((f) => importsOf(f).filter((s) => isNodeModule(s) || s === 'electron' || s.includes('/electron/')).map((s) => `${rel(f)} → ${s}`));
    expect(offenders).toEqual([]);
  });

  it('shared code imports neither Node, electron, nor either app side', () => {
    const offenders = sourceFiles(join(root, 'shared'))
      .flatMap((f) =>
        importsOf(f)
          .filter((s) => isNodeModule(s) || s === 'electron' || /(^|\/)(electron|renderer)\//.test(s))
          .map((s) => `${rel(f)} → ${s}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the Electron app never reaches the loopback HTTP transport', () => {
    const seen = new Set<string>();
    const queue = [join(root, 'electron/shell/main.ts'), join(root, 'electron/shell/preload.ts')];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const base = resolve(dirname(file), spec);
        const candidate = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => {
          try {
            return statSync(c).isFile();
          } catch {
            return false;
          }
        });
        if (candidate) queue.push(candidate);
      }
    }
    const reached = [...seen].map(rel);
    expect(reached.length).toBeGreaterThan(5);
    expect(reached.filter((f) => f.includes('dev-server'))).toEqual([]);
  });
});
