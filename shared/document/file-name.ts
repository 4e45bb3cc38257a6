import { foldVietnamese } from '../text/fold';

/** Short ASCII slug of a summary: "về kết luận tháng 4" → "ket-luan-thang-4". */
export function slugOf(text: string, maxWords = 6): string {
  const words = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && w !== 've');
  return words.slice(0, maxWords).join('-') || 'van-ban';
}

/**
 * "62-TB-ĐU_2026-05-08_ket-luan-thang-4.docx": the number-symbol first (the office files by
 * it), then the date and a few words of the summary. Characters Windows forbids are avoided.
 */
export function documentFileName(options: { numberSymbol: string | null; kind: string; date: string | null; summary: string; ext: string }): string {
  const number = options.numberSymbol ? options.numberSymbol.replace(/\//g, '-') : `du-thao-${options.kind}`;
  const date = options.date ?? 'chua-ban-hanh';
  const name = `${number}_${date}_${slugOf(options.summary)}.${options.ext}`;
  return name.replace(/[<>:"\\|?*]/g, '-');
}
