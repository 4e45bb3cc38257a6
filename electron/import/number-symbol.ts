/**
 * Number-and-symbol of a document ("số và ký hiệu"): the Party form "62-TB/ĐU",
 * "05-NQ/TU", and the state form offices also cite, "127/BC-ĐU", "01/2026/NQ-HĐND".
 */

/**
 * A number-symbol anywhere in a sentence; spaces around "-" and "/" are tolerated. Type and
 * issuer abbreviations are ASCII capitals plus Đ ("TTr", "HĐND", "VPĐU", "QĐi").
 */
export const NUMBER_SYMBOL_SOURCE =
  String.raw`\d{1,5}(?:\s*\/\s*\d{4})?\s*[-/]\s*[A-ZĐ][A-Za-zĐđ]{0,9}(?:\s*[-/]\s*[A-ZĐ][A-Za-zĐđ]{0,14}){1,3}`;

/** Removes the spaces some typists put around the separators: "62 - TB / ĐU" → "62-TB/ĐU". */
export function tidyNumberSymbol(raw: string): string {
  return raw
    .replace(/\s*([-/])\s*/g, '$1')
    .replace(/[–—]/g, '-')
    .replace(/[.,;:]+$/, '')
    .trim();
}

/** The type abbreviation: "TB" in "62-TB/ĐU", "BC" in "127/BC-ĐU". */
export function documentTypeOf(numberSymbol: string): string | null {
  const party = /^\d+-([A-Za-zĐđ]+)\//.exec(numberSymbol);
  if (party?.[1]) return party[1];
  const state = /^\d+(?:\/\d{4})?\/([A-Za-zĐđ]+)-/.exec(numberSymbol);
  return state?.[1] ?? null;
}
