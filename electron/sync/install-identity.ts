/**
 * Each install has an identity: an id (the origin of its changes) and a human name
 * ("VPĐU Kiến Minh — máy Chánh VP"). Two PCs must never share an id, and a database restored
 * from an old backup must never reuse sequence numbers other installs have already seen. Both
 * happen when a database file is copied (the usual way of "installing" on a second PC) or
 * restored, so the file remembers where it lives (path, file id, computer) and gets a new
 * identity when it is opened somewhere else. Its past changes keep their original origin.
 */
import { statSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import type { CoreContext } from '../core/context';
import type { Sqlite } from '../db/connection';
import { newId } from '../db/ids';
import { prepared } from '../db/query';

export interface InstallIdentity {
  id: string;
  name: string;
}

/** Older files call the install id replica_id; the key stays so they keep their identity. */
const ID_KEY = 'replica_id';
const NAME_KEY = 'install_name';
const LOCATION_KEY = 'install_location';
const HISTORY_KEY = 'install_history';

interface Location {
  path: string;
  host: string;
  /** The file's id on its volume (inode, NTFS file index); a copy has another one. */
  fileId: number;
}

function metaGet(sqlite: Sqlite, key: string): string | undefined {
  return (prepared(sqlite, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

function metaSet(sqlite: Sqlite, key: string, value: string): void {
  prepared(sqlite, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** `statPath`: where the file is now, when it is about to be renamed to `dbPath` (a rename keeps its file id). */
function locationOf(dbPath: string, statPath = dbPath): Location | null {
  if (dbPath === ':memory:' || dbPath === '') return null;
  try {
    return { path: resolve(dbPath), host: hostname(), fileId: statSync(statPath).ino };
  } catch {
    return null;
  }
}

function samePlace(a: Location, b: Location): boolean {
  const path = (p: string) => (process.platform === 'win32' ? p.toLowerCase() : p);
  // Some volumes (FAT, network shares) report no file id: compare what there is.
  const fileIdKnown = a.fileId !== 0 && b.fileId !== 0;
  return path(a.path) === path(b.path) && a.host === b.host && (!fileIdKnown || a.fileId === b.fileId);
}

export function defaultInstallName(): string {
  return `Máy ${hostname()}`;
}

function readIdentity(sqlite: Sqlite): InstallIdentity | null {
  const id = metaGet(sqlite, ID_KEY);
  if (!id) return null;
  return { id, name: metaGet(sqlite, NAME_KEY) ?? defaultInstallName() };
}

function writeNewId(sqlite: Sqlite, reason: string, previous: string | undefined): string {
  const id = newId();
  metaSet(sqlite, ID_KEY, id);
  if (previous) {
    const history = JSON.parse(metaGet(sqlite, HISTORY_KEY) ?? '[]') as Array<{ id: string; until: string; reason: string }>;
    history.push({ id: previous, until: new Date().toISOString(), reason });
    metaSet(sqlite, HISTORY_KEY, JSON.stringify(history));
  }
  return id;
}

/**
 * Gives the database a new install id (keeping its name). The restore of a backup calls this on
 * the restored file; opening a copied file does it by itself (see openInstallIdentity).
 * `dbPath` is where the file will be opened; `stagedAt`, where it is until renamed there (the
 * restore's staging copy), so that opening it there does not count as a copy once more.
 */
export function renewInstallIdentity(sqlite: Sqlite, reason: string, dbPath?: string, stagedAt?: string): InstallIdentity {
  let identity: InstallIdentity | null = null;
  sqlite
    .transaction(() => {
      const previous = metaGet(sqlite, ID_KEY);
      const id = writeNewId(sqlite, reason, previous);
      if (dbPath) {
        const here = locationOf(dbPath, stagedAt);
        if (here) metaSet(sqlite, LOCATION_KEY, JSON.stringify(here));
      }
      identity = { id, name: metaGet(sqlite, NAME_KEY) ?? defaultInstallName() };
    })
    .immediate();
  return identity!;
}

/**
 * The identity of the install that opens this file: made at first start, renewed when the file
 * is found at another place than where it was last opened (copied, moved or restored).
 */
export function openInstallIdentity(sqlite: Sqlite, dbPath: string, options: { readOnly?: boolean } = {}): InstallIdentity {
  // A file opened to look at only cannot remember anything: this session works under a passing id.
  if (options.readOnly) return readIdentity(sqlite) ?? { id: newId(), name: defaultInstallName() };
  let identity: InstallIdentity | null = null;
  // IMMEDIATE: two processes opening a new file at once must agree on one identity.
  sqlite
    .transaction(() => {
      const here = locationOf(dbPath);
      const known = readIdentity(sqlite);
      const storedLocation = metaGet(sqlite, LOCATION_KEY);
      let id = known?.id;
      if (!id) {
        id = writeNewId(sqlite, 'first start', undefined);
        metaSet(sqlite, NAME_KEY, defaultInstallName());
      } else if (here && storedLocation && !samePlace(JSON.parse(storedLocation) as Location, here)) {
        id = writeNewId(sqlite, `opened at ${here.path} on ${here.host}`, id);
      }
      if (here && (!storedLocation || storedLocation !== JSON.stringify(here))) metaSet(sqlite, LOCATION_KEY, JSON.stringify(here));
      identity = { id, name: metaGet(sqlite, NAME_KEY) ?? defaultInstallName() };
    })
    .immediate();
  return identity!;
}

/** Renews the identity of an open core (its write path stamps with the new id at once). */
export function renewOpenInstall(ctx: CoreContext, reason: string): InstallIdentity {
  const renewed = renewInstallIdentity(ctx.sqlite, reason, ctx.dbPath);
  ctx.install.id = renewed.id;
  ctx.install.name = renewed.name;
  ctx.hlc.renameInstall(renewed.id);
  return renewed;
}

export function renameInstall(sqlite: Sqlite, name: string): void {
  metaSet(sqlite, NAME_KEY, name);
}

/**
 * Renames the install of an open core. The name is not synced (it is this PC's, not the
 * office's): packages carry it in their envelope, so the next one sent shows the new name.
 */
export function renameOpenInstall(ctx: CoreContext, name: string): InstallIdentity {
  renameInstall(ctx.sqlite, name);
  ctx.install.name = name;
  return { id: ctx.install.id, name };
}
