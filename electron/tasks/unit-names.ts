import type { CoreContext } from '../core/context';
import { all } from '../db/query';
import type { UnitRef } from '../../shared/units/types';

/** Short names of every unit ever in the directory (tombstoned ones too: old tasks name them). */
export function unitNameMap(ctx: CoreContext): Map<string, string> {
  return new Map(all(ctx.sqlite, ctx.qb.selectFrom('units').select(['id', 'short_name'])).map((u) => [u.id, u.short_name]));
}

/** The live directory in the form the matching rules take. */
export function directoryRefs(ctx: CoreContext): UnitRef[] {
  return all(
    ctx.sqlite,
    ctx.qb.selectFrom('units').select(['id', 'short_name', 'full_name', 'aliases_json']).where('deleted_at', 'is', null).orderBy('sort_order'),
  ).map((u) => ({ id: u.id, shortName: u.short_name, fullName: u.full_name, aliases: JSON.parse(u.aliases_json) as string[] }));
}
