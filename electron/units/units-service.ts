import { AppError } from '../../shared/api/errors';
import { foldForMatching } from '../../shared/text/fold';
import type { Unit, UnitInput } from '../../shared/units/schema';
import { seedUnits } from '../../shared/units/seed';
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

/** Seeds the usual commune set once per database (never again after the user edits it). */
export function seedUnitsOnce(ctx: CoreContext): void {
  const seeded = first(ctx.sqlite, ctx.qb.selectFrom('meta').select('value').where('key', '=', 'units_seeded'));
  if (seeded) return;
  ctx.sqlite
    .transaction(() => {
      seedUnits.forEach((u, index) => {
        insertRow(ctx, 'units', {
          id: `seed-${u.key}`,
          short_name: u.shortName,
          full_name: u.fullName,
          category: u.category,
          aliases_json: JSON.stringify(u.aliases),
          is_superior: u.isSuperior ? 1 : 0,
          active: 1,
          sort_order: index,
        });
      });
      run(ctx.sqlite, ctx.qb.insertInto('meta').values({ key: 'units_seeded', value: ctx.clock.now().toISOString() }));
    })
    .immediate();
}
