/** The outgoing register as a file: XLSX to keep working in, DOCX to print and sign. */
import { AppError } from '../../shared/api/errors';
import { buildRegisterDocument, inRegisterOrder, registerRow, registerScopeLine } from '../../shared/document/register-documents';
import { registerColumns } from '../../shared/register/schema';
import type { CoreContext } from '../core/context';
import { requireProfile } from '../profile/profile-service';
import { localIsoDate } from '../system/clock';
import { listRegister, listTerms } from './register-service';

const WIDTHS = [16, 12, 60, 22, 40, 14];

export async function exportRegister(
  ctx: CoreContext,
  input: { format: 'xlsx' | 'docx'; termId?: string; year?: number; docType?: string; path?: string },
): Promise<{ path: string | null; fileName: string; rows: number }> {
  const profile = requireProfile(ctx);
  const entries = listRegister(ctx, input);
  const today = localIsoDate(ctx.clock.now());
  const scope = {
    termName: input.termId ? listTerms(ctx).find((t) => t.id === input.termId)?.name : undefined,
    year: input.year,
    docType: input.docType,
  };
  const fileName = `so-van-ban-di_${[input.year, input.docType].filter(Boolean).join('_') || today}.${input.format}`;
  const path =
    input.path ??
    (await ctx.dialogs.saveFile({
      title: 'Lưu sổ văn bản đi',
      defaultName: fileName,
      filters: [input.format === 'xlsx' ? { name: 'Bảng tính Excel', extensions: ['xlsx'] } : { name: 'Văn bản Word', extensions: ['docx'] }],
    }));
  if (!path) return { path: null, fileName, rows: entries.length };
  if (!path.toLowerCase().endsWith(`.${input.format}`)) {
    throw new AppError('VALIDATION', `Tên tệp phải có đuôi .${input.format}.`, `Wrong extension: ${path}`);
  }
  // Rendered and written in a job thread; cancellable (the register is only read).
  if (input.format === 'xlsx') {
    await ctx.jobs.run('table.writeXlsx', {
      path,
      table: {
          sheetName: 'Sổ văn bản đi',
          createdOn: today,
          titleLines: [
            { text: profile.committee.toLocaleUpperCase('vi'), sizePt: 13, bold: true },
            { text: 'SỔ ĐĂNG KÝ VĂN BẢN ĐI', sizePt: 14, bold: true },
            ...(registerScopeLine(scope) ? [{ text: registerScopeLine(scope)!, sizePt: 12, italic: true }] : []),
          ],
          columns: registerColumns.map((header, i) => ({ header, width: WIDTHS[i]!, align: i <= 1 ? ('center' as const) : ('left' as const) })),
          rows: inRegisterOrder(entries).map(registerRow),
      },
    }, { cancellable: true });
  } else {
    await ctx.jobs.run('document.writeDocx', {
      path,
      doc: buildRegisterDocument({
        profile: { superiorCommittee: profile.superiorCommittee, committee: profile.committee, place: profile.place, issuerAbbreviation: profile.issuerAbbreviation },
        entries,
        scope,
        today,
      }),
    }, { cancellable: true });
  }
  return { path, fileName, rows: entries.length };
}
