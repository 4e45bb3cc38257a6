/**
 * Terms (nhiệm kỳ): documents are numbered per type through a whole term, so which term a
 * number belongs to must never change by accident. A term is edited in place (its name,
 * its years) and a new one starts only on purpose (`startNewTerm` in profile-service).
 */
import { AppError } from '../../shared/api/errors';
import type { TermInput } from '../../shared/profile/schema';
import { foldForMatching } from '../../shared/text/fold';
import { formatShortDate } from '../../shared/text/party-date';
import type { CoreContext } from '../core/context';
import { all, first } from '../db/query';

export interface TermRow {
  id: string;
  name: string;
  startYear: number;
  endYear: number;
}

export function getTerm(ctx: CoreContext, id: string): TermRow | null {
  const row = first(
    ctx.sqlite,
    ctx.qb.selectFrom('terms').select(['id', 'name', 'start_year', 'end_year']).where('id', '=', id).where('deleted_at', 'is', null),
  );
  return row ? { id: row.id, name: row.name, startYear: row.start_year, endYear: row.end_year } : null;
}

function allTerms(ctx: CoreContext): TermRow[] {
  return all(ctx.sqlite, ctx.qb.selectFrom('terms').select(['id', 'name', 'start_year', 'end_year']).where('deleted_at', 'is', null)).map((r) => ({
    id: r.id,
    name: r.name,
    startYear: r.start_year,
    endYear: r.end_year,
  }));
}

/**
 * The id a term gets when it is created: from its start year, so two installs of the same
 * office that each start the 2025 term (or each hold a placeholder for it) make the same
 * row and an exchange merges them instead of leaving two registers. A database is one
 * office (the profile row's id is fixed too), so the office's name adds nothing here, and
 * it is edited and typed differently on two PCs. Editing the term later keeps its id.
 */
export function termIdFor(ctx: CoreContext, startYear: number): string {
  const base = `term-${startYear}`;
  for (let n = 1; ; n += 1) {
    const id = n === 1 ? base : `${base}-${n}`;
    const taken = first(ctx.sqlite, ctx.qb.selectFrom('terms').select(['start_year', 'deleted_at']).where('id', '=', id));
    // Taken by a term whose years were edited since: the next suffix, the same on every install.
    if (!taken || (taken.start_year === startYear && taken.deleted_at === null)) return id;
  }
}

/** The five-year cycle a year falls in (2025–2030, 2030–2035…), for a term not named yet. */
export function cycleStart(year: number): number {
  return year - ((((year - 2025) % 5) + 5) % 5);
}

function yearsError(field: 'term.startYear' | 'term.endYear', message: string, detail: string): AppError {
  return new AppError('VALIDATION', message, detail, { [field]: message });
}

/**
 * Years a term may take beside the other terms: terms follow each other, sharing at most
 * the year one ends and the next begins (khóa I 2020–2025, khóa II 2025–2030).
 */
function assertFitsBetweenOthers(others: readonly TermRow[], years: TermInput): void {
  for (const o of others) {
    if (o.startYear === years.startYear) {
      throw yearsError(
        'term.startYear',
        `Đã có nhiệm kỳ ${o.name} (${o.startYear}–${o.endYear}) bắt đầu năm ${o.startYear}. Hai nhiệm kỳ không bắt đầu cùng một năm.`,
        `Term ${o.id} already starts in ${o.startYear}`,
      );
    }
    if (o.startYear < years.startYear && years.startYear < o.endYear) {
      throw yearsError(
        'term.startYear',
        `Nhiệm kỳ ${o.name} kéo dài đến năm ${o.endYear}: nhiệm kỳ sau phải bắt đầu từ năm ${o.endYear} trở đi. Nếu nhiệm kỳ ${o.name} kết thúc sớm hơn, hãy sửa năm kết thúc của nó trước.`,
        `Start ${years.startYear} inside term ${o.id} (${o.startYear}-${o.endYear})`,
      );
    }
    if (o.startYear > years.startYear && years.endYear > o.startYear) {
      throw yearsError(
        'term.endYear',
        `Nhiệm kỳ ${o.name} bắt đầu năm ${o.startYear}: nhiệm kỳ trước nó phải kết thúc không muộn hơn năm ${o.startYear}.`,
        `End ${years.endYear} past the start of term ${o.id} (${o.startYear})`,
      );
    }
  }
}

/** Registered numbers of a term dated outside the given years: the earliest and the latest. */
function numbersOutside(ctx: CoreContext, termId: string, years: TermInput) {
  const q = (dir: 'asc' | 'desc') =>
    first(
      ctx.sqlite,
      ctx.qb
        .selectFrom('register_entries')
        .select(['number_symbol', 'issue_date'])
        .where('term_id', '=', termId)
        .where('deleted_at', 'is', null)
        .where((eb) => (dir === 'asc' ? eb('issue_date', '<', `${years.startYear}-01-01`) : eb('issue_date', '>', `${years.endYear}-12-31`)))
        .orderBy('issue_date', dir),
    );
  return { before: q('asc'), after: q('desc') };
}

/**
 * Editing the name or years of an existing term: its numbers stay its numbers, so the new
 * years must still hold every number it has issued, and must not run into another term.
 */
export function assertTermEditable(ctx: CoreContext, term: TermRow, years: TermInput): void {
  assertFitsBetweenOthers(
    allTerms(ctx).filter((t) => t.id !== term.id),
    years,
  );
  const { before, after } = numbersOutside(ctx, term.id, years);
  const outside = before ?? after;
  if (outside) {
    throw yearsError(
      before ? 'term.startYear' : 'term.endYear',
      `Nhiệm kỳ ${term.name} đã có văn bản số ${outside.number_symbol} ngày ${formatShortDate(outside.issue_date)}, nằm ngoài các năm ${years.startYear}–${years.endYear}. Kiểm tra lại năm bắt đầu và năm kết thúc.`,
      `Term ${term.id} has ${outside.number_symbol} dated ${outside.issue_date} outside ${years.startYear}-${years.endYear}`,
    );
  }
}

/**
 * A new term follows the current one, has begun by this year and has not ended before it
 * (a new term is started when the congress has elected the new committee), and has its
 * own name.
 */
export function assertNewTermAllowed(ctx: CoreContext, current: TermRow, input: TermInput): void {
  const year = ctx.clock.now().getFullYear();
  if (input.startYear <= current.startYear) {
    throw yearsError(
      'term.startYear',
      `Nhiệm kỳ mới phải bắt đầu sau nhiệm kỳ hiện tại (${current.name}, ${current.startYear}–${current.endYear}). Muốn sửa năm của nhiệm kỳ hiện tại, hãy sửa ở phần “Nhiệm kỳ hiện tại” rồi lưu.`,
      `New term starts ${input.startYear}, not after current ${current.startYear}`,
    );
  }
  if (input.startYear > year) {
    throw yearsError(
      'term.startYear',
      `Nhiệm kỳ bắt đầu năm ${input.startYear} chưa đến (năm nay là ${year}). Chỉ bắt đầu nhiệm kỳ mới khi đại hội đã bầu cấp ủy khóa mới.`,
      `New term starts in the future (${input.startYear} > ${year})`,
    );
  }
  if (input.endYear < year) {
    throw yearsError(
      'term.endYear',
      `Nhiệm kỳ ${input.startYear}–${input.endYear} đã kết thúc trước năm nay (${year}). Kiểm tra lại năm kết thúc.`,
      `New term ended before this year (${input.endYear} < ${year})`,
    );
  }
  if (foldForMatching(input.name) === foldForMatching(current.name)) {
    throw new AppError(
      'VALIDATION',
      `Nhiệm kỳ mới cần tên khóa khác nhiệm kỳ hiện tại (${current.name}).`,
      'New term has the name of the current one',
      { 'term.name': `Nhiệm kỳ hiện tại đã là ${current.name}` },
    );
  }
  assertFitsBetweenOthers(allTerms(ctx), input);
}
