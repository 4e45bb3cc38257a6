import { AppError } from '../../shared/api/errors';
import type { Profile, ProfileInput, TermInput } from '../../shared/profile/schema';
import type { CoreContext } from '../core/context';
import { all, first, run } from '../db/query';
import { insertRow, tombstoneRow, updateRow } from '../sync/changes';
import { assertNewTermAllowed, assertTermEditable, cycleStart, getTerm, termIdFor, type TermRow } from './terms';

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
 * The term the profile's term fields describe: the profile's current term once there is a
 * profile, else the placeholder made for numbers taken before it (imports, the CLI), else
 * none yet.
 */
function termBeingDescribed(ctx: CoreContext): TermRow | null {
  const profile = first(ctx.sqlite, ctx.qb.selectFrom('profile').select('current_term_id').where('id', '=', PROFILE_ROW_ID).where('deleted_at', 'is', null));
  if (profile) return getTerm(ctx, profile.current_term_id);
  const provisional = first(ctx.sqlite, ctx.qb.selectFrom('meta').select('value').where('key', '=', PROVISIONAL_TERM_KEY));
  return provisional ? getTerm(ctx, provisional.value) : null;
}

/**
 * Saves the profile. Its term fields edit the term documents are numbered in — the same
 * row, whatever is typed (a name capitalised, a year corrected), so numbering goes on; a
 * placeholder term made before the profile existed becomes that term, numbers and all. A
 * new term starts only through `startNewTerm`. Signers missing from the input are
 * tombstoned, not deleted, because issued documents name them.
 */
export function saveProfile(ctx: CoreContext, input: ProfileInput): Profile {
  ctx.sqlite
    .transaction(() => {
      const term = termBeingDescribed(ctx);
      let termId: string;
      if (term) {
        assertTermEditable(ctx, term, input.term);
        termId = term.id;
        if (term.name !== input.term.name || term.startYear !== input.term.startYear || term.endYear !== input.term.endYear) {
          updateRow(ctx, 'terms', term.id, { name: input.term.name, start_year: input.term.startYear, end_year: input.term.endYear });
        }
      } else {
        termId = termIdFor(ctx, input.term.startYear);
        const same = getTerm(ctx, termId);
        if (same) {
          assertTermEditable(ctx, same, input.term);
          updateRow(ctx, 'terms', termId, { name: input.term.name, end_year: input.term.endYear });
        } else {
          assertTermEditable(ctx, { id: termId, ...input.term }, input.term);
          insertRow(ctx, 'terms', { id: termId, name: input.term.name, start_year: input.term.startYear, end_year: input.term.endYear });
        }
      }
      run(ctx.sqlite, ctx.qb.deleteFrom('meta').where('key', '=', PROVISIONAL_TERM_KEY));
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
 * "Bắt đầu nhiệm kỳ mới": the congress has elected a new committee; from now on every type
 * is numbered from 01 again in the new term. The old term and its register stay as they are.
 */
export function startNewTerm(ctx: CoreContext, input: TermInput): Profile {
  ctx.sqlite
    .transaction(() => {
      const profile = requireProfile(ctx);
      const current = getTerm(ctx, profile.term.id);
      if (!current) throw new AppError('NOT_FOUND', 'Không tìm thấy nhiệm kỳ hiện tại.', `Term ${profile.term.id} missing`);
      assertNewTermAllowed(ctx, current, input);
      const id = termIdFor(ctx, input.startYear);
      if (getTerm(ctx, id)) {
        updateRow(ctx, 'terms', id, { name: input.name, end_year: input.endYear });
      } else {
        insertRow(ctx, 'terms', { id, name: input.name, start_year: input.startYear, end_year: input.endYear });
      }
      updateRow(ctx, 'profile', PROFILE_ROW_ID, { current_term_id: id });
    })
    .immediate();
  return requireProfile(ctx);
}

const PROVISIONAL_TERM_KEY = 'provisional_term_id';

/**
 * The term documents are numbered in. Before the profile exists (imports before the first
 * setup, a database made by `cli init` and used from scripts) a placeholder term of the
 * current five-year cycle is made once; saving the profile turns it into the real term.
 */
export function currentTermId(ctx: CoreContext): string {
  const profile = getProfile(ctx);
  if (profile) return profile.term.id;
  const meta = first(ctx.sqlite, ctx.qb.selectFrom('meta').select('value').where('key', '=', PROVISIONAL_TERM_KEY));
  if (meta) return meta.value;
  const start = cycleStart(ctx.clock.now().getFullYear());
  const id = termIdFor(ctx, start);
  if (!getTerm(ctx, id)) insertRow(ctx, 'terms', { id, name: 'nhiệm kỳ hiện tại', start_year: start, end_year: start + 5 });
  run(ctx.sqlite, ctx.qb.insertInto('meta').values({ key: PROVISIONAL_TERM_KEY, value: id }));
  return id;
}

/** Issuer abbreviation for number-symbols; "ĐU" (a commune Party committee) until set. */
export function issuerAbbreviation(ctx: CoreContext): string {
  return getProfile(ctx)?.issuerAbbreviation ?? 'ĐU';
}
