import { AppError } from '../../shared/api/errors';
import type { Profile, ProfileInput } from '../../shared/profile/schema';
import type { CoreContext } from '../core/context';
import { newId } from '../db/ids';
import { all, first, run } from '../db/query';
import { insertRow, tombstoneRow, updateRow } from '../sync/changes';

/** The profile is one row with a fixed id, so two installs of the same office converge on it. */
export const PROFILE_ROW_ID = 'office-profile';

export function getProfile(ctx: CoreContext): Profile | null {
  const row = first(
    ctx.sqlite,
    ctx.qb
      .selectFrom('profile')
      .innerJoin('terms', 'terms.id', 'profile.current_term_id')
      .select([
        'profile.superior_committee',
        'profile.committee',
        'profile.place',
        'profile.issuer_abbreviation',
        'profile.updated_at',
        'terms.id as term_id',
        'terms.name as term_name',
        'terms.start_year',
        'terms.end_year',
      ])
      .where('profile.id', '=', PROFILE_ROW_ID)
      .where('profile.deleted_at', 'is', null),
  );
  if (!row) return null;
  const signers = all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('signers')
      .select(['id', 'name', 'title'])
      .where('deleted_at', 'is', null)
      .orderBy('sort_order')
      .orderBy('id'),
  );
  return {
    superiorCommittee: row.superior_committee,
    committee: row.committee,
    place: row.place,
    issuerAbbreviation: row.issuer_abbreviation,
    term: { id: row.term_id, name: row.term_name, startYear: row.start_year, endYear: row.end_year },
    signers,
    updatedAt: row.updated_at,
  };
}

export function requireProfile(ctx: CoreContext): Profile {
  const p = getProfile(ctx);
  if (!p) {
    throw new AppError('NOT_FOUND', 'Chưa khai báo thông tin cơ quan. Hãy vào Cài đặt để nhập.', 'Office profile is not set');
  }
  return p;
}

/**
 * Saves the profile. A term with the same name and years is reused; a new one becomes the
 * current term (document numbering restarts per term). Signers missing from the input are
 * tombstoned, not deleted, because issued documents name them.
 */
export function saveProfile(ctx: CoreContext, input: ProfileInput): Profile {
  ctx.sqlite
    .transaction(() => {
      const existingTerm = first(
        ctx.sqlite,
        ctx.qb
          .selectFrom('terms')
          .select('id')
          .where('name', '=', input.term.name)
          .where('start_year', '=', input.term.startYear)
          .where('end_year', '=', input.term.endYear)
          .where('deleted_at', 'is', null),
      );
      const termId = existingTerm?.id ?? newId();
      if (!existingTerm) {
        insertRow(ctx, 'terms', { id: termId, name: input.term.name, start_year: input.term.startYear, end_year: input.term.endYear });
      }
      const values = {
        superior_committee: input.superiorCommittee,
        committee: input.committee,
        place: input.place,
        issuer_abbreviation: input.issuerAbbreviation,
        current_term_id: termId,
      };
      const exists = first(ctx.sqlite, ctx.qb.selectFrom('profile').select('id').where('id', '=', PROFILE_ROW_ID));
      if (exists) {
        updateRow(ctx, 'profile', PROFILE_ROW_ID, { ...values, deleted_at: null });
      } else {
        insertRow(ctx, 'profile', { id: PROFILE_ROW_ID, ...values });
      }

      const current = all(ctx.sqlite, ctx.qb.selectFrom('signers').select('id').where('deleted_at', 'is', null));
      const keep = new Set(input.signers.map((s) => s.id));
      for (const { id } of current) {
        if (!keep.has(id)) {
          tombstoneRow(ctx, 'signers', id);
        }
      }
      input.signers.forEach((signer, index) => {
        const found = first(ctx.sqlite, ctx.qb.selectFrom('signers').select('id').where('id', '=', signer.id));
        if (found) {
          updateRow(ctx, 'signers', signer.id, { name: signer.name, title: signer.title, sort_order: index, deleted_at: null });
        } else {
          insertRow(ctx, 'signers', { id: signer.id, name: signer.name, title: signer.title, sort_order: index });
        }
      });
    })
    .immediate();
  return requireProfile(ctx);
}

/**
 * The term documents are numbered in. Before the profile exists (a database made by
 * `cli init` and used from scripts) a provisional term of the current five-year cycle is
 * created once; saving the profile later names the real term.
 */
export function currentTermId(ctx: CoreContext): string {
  const profile = getProfile(ctx);
  if (profile) return profile.term.id;
  const meta = first(ctx.sqlite, ctx.qb.selectFrom('meta').select('value').where('key', '=', 'provisional_term_id'));
  if (meta) return meta.value;
  const year = ctx.clock.now().getFullYear();
  const start = year - ((((year - 2025) % 5) + 5) % 5);
  const id = newId();
  insertRow(ctx, 'terms', { id, name: 'nhiệm kỳ hiện tại', start_year: start, end_year: start + 5 });
  run(ctx.sqlite, ctx.qb.insertInto('meta').values({ key: 'provisional_term_id', value: id }));
  return id;
}

/** Issuer abbreviation for number-symbols; "ĐU" (a commune Party committee) until set. */
export function issuerAbbreviation(ctx: CoreContext): string {
  return getProfile(ctx)?.issuerAbbreviation ?? 'ĐU';
}
