import { AppError } from '../../shared/api/errors';
import { foldForMatching } from '../../shared/text/fold';
import type { Unit, UnitInput } from '../../shared/units/schema';
import { seedRevisions, seedUnits } from '../../shared/units/seed';
import type { CoreContext } from '../core/context';
import { newId } from '../db/ids';
import { all, first, run } from '../db/query';
import { insertRow, tombstoneRow, updateRow } from '../sync/changes';
import type { UnitsTable } from '../db/schema';

function toUnit(row: UnitsTable): Unit {
  return {
    id: row.id,
    shortName: row.short_name,
    fullName: row.full_name,
    category: row.category as Unit['category'],
    aliases: JSON.parse(row.aliases_json) as string[],
    isSuperior: row.is_superior === 1,
    active: row.active === 1,
    sortOrder: row.sort_order,
    updatedAt: row.updated_at,
  };
}

export function listUnits(ctx: CoreContext, options: { includeInactive: boolean }): Unit[] {
  let q = ctx.qb.selectFrom('units').selectAll().where('deleted_at', 'is', null);
  if (!options.includeInactive) q = q.where('active', '=', 1);
  return all(ctx.sqlite, q.orderBy('sort_order').orderBy('id')).map(toUnit);
}

export function getUnit(ctx: CoreContext, id: string): Unit {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('units').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị này (có thể đã bị xóa).', `Unit ${id} not found`);
  return toUnit(row);
}

function assertUniqueName(ctx: CoreContext, shortName: string, exceptId: string | null): void {
  const folded = foldForMatching(shortName);
  const clash = listUnits(ctx, { includeInactive: true }).find(
    (u) => u.id !== exceptId && foldForMatching(u.shortName) === folded,
  );
  if (clash) {
    throw new AppError(
      'CONFLICT',
      `Đã có đơn vị "${clash.shortName}" trong danh mục.`,
      `Duplicate unit short name ${shortName}`,
      { shortName: 'Tên này đã có trong danh mục' },
    );
  }
}

export function createUnit(ctx: CoreContext, input: UnitInput): Unit {
  const id = newId();
  ctx.sqlite
    .transaction(() => {
      assertUniqueName(ctx, input.shortName, null);
      const max = first(ctx.sqlite, ctx.qb.selectFrom('units').select((eb) => eb.fn.max('sort_order').as('m')));
      insertRow(ctx, 'units', {
        id,
        short_name: input.shortName,
        full_name: input.fullName,
        category: input.category,
        aliases_json: JSON.stringify(input.aliases),
        is_superior: input.isSuperior ? 1 : 0,
        active: input.active ? 1 : 0,
        sort_order: Number(max?.m ?? -1) + 1,
      });
    })
    .immediate();
  return getUnit(ctx, id);
}

export function updateUnit(ctx: CoreContext, id: string, input: UnitInput): Unit {
  ctx.sqlite
    .transaction(() => {
      getUnit(ctx, id);
      assertUniqueName(ctx, input.shortName, id);
      updateRow(ctx, 'units', id, {
        short_name: input.shortName,
        full_name: input.fullName,
        category: input.category,
        aliases_json: JSON.stringify(input.aliases),
        is_superior: input.isSuperior ? 1 : 0,
        active: input.active ? 1 : 0,
      });
    })
    .immediate();
  return getUnit(ctx, id);
}

/** A tombstone: tasks and documents that name the unit keep their history. */
export function deleteUnit(ctx: CoreContext, id: string): { id: string } {
  getUnit(ctx, id);
  tombstoneRow(ctx, 'units', id);
  return { id };
}

export function reorderUnits(ctx: CoreContext, ids: string[]): Unit[] {
  ctx.sqlite
    .transaction(() => {
      ids.forEach((id, index) => {
        updateRow(ctx, 'units', id, { sort_order: index });
      });
    })
    .immediate();
  return listUnits(ctx, { includeInactive: true });
}

/**
 * Seeds the usual commune set on a new database, and on an older one the units that later
 * seed revisions added (shared/units/seed.ts#seedRevisions). Ids are `seed-<key>` on every
 * install, so two offices never hold two copies of one body. A unit the office deleted is
 * not brought back, and one it already keeps under the same name is not added twice.
 */
export function seedUnitsOnce(ctx: CoreContext): void {
  const metaValue = (key: string): string | undefined => first(ctx.sqlite, ctx.qb.selectFrom('meta').select('value').where('key', '=', key))?.value;
  const seededAt = metaValue('units_seeded');
  // Databases seeded before revisions were recorded hold the first revision.
  const revision = Number(metaValue('units_seed_revision') ?? (seededAt ? 1 : 0));
  if (revision >= seedRevisions.length) return;
  const wanted = new Set(seedRevisions.slice(revision).flat());
  ctx.sqlite
    .transaction(() => {
      const rows = all(ctx.sqlite, ctx.qb.selectFrom('units').select(['id', 'short_name', 'full_name', 'sort_order', 'deleted_at']));
      const held = new Set(rows.map((r) => r.id));
      const liveNames = new Set(rows.filter((r) => r.deleted_at === null).flatMap((r) => [foldForMatching(r.short_name), foldForMatching(r.full_name)]));
      let order = rows.reduce((max, r) => Math.max(max, r.sort_order + 1), 0);
      for (const u of seedUnits) {
        if (!wanted.has(u.key) || held.has(`seed-${u.key}`)) continue;
        if (liveNames.has(foldForMatching(u.shortName)) || liveNames.has(foldForMatching(u.fullName))) continue;
        insertRow(ctx, 'units', {
          id: `seed-${u.key}`,
          short_name: u.shortName,
          full_name: u.fullName,
          category: u.category,
          aliases_json: JSON.stringify(u.aliases),
          is_superior: u.isSuperior ? 1 : 0,
          active: 1,
          sort_order: order,
        });
        order += 1;
      }
      const now = ctx.clock.now().toISOString();
      for (const [key, value] of [['units_seeded', seededAt ?? now], ['units_seed_revision', String(seedRevisions.length)]] as const) {
        run(ctx.sqlite, ctx.qb.insertInto('meta').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })));
      }
    })
    .immediate();
}
