/**
 * The structured outline of a Party document body (conclusion, minutes, report).
 *
 * A body is a flat list of blocks; the hierarchy comes from each block's kind. Heading
 * labels ("I.", "1.", "1.1.", "a)", "Một là,") are computed from the sequence so that they
 * survive reordering. A block imported from an existing document may carry the label it was
 * printed with (`label`), because real conclusions skip or mix numbers ("I." then "2.") and
 * an imported record must keep what was signed.
 */
import { z } from 'zod';

export const outlineBlockKinds = [
  'heading1', // "I." + capitals or sentence case, bold
  'heading2', // "1." bold
  'heading3', // "1.1." bold (or bold-italic)
  'heading4', // "a)" italic
  'ordinal', // "Một là, …" — a paragraph opened by an ordinal word
  'paragraph', // plain justified paragraph with first-line indent
  'bullet', // "- …"
  'subBullet', // "+ …"
] as const;
export type OutlineBlockKind = (typeof outlineBlockKinds)[number];

export const textRunSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});
export type TextRun = z.infer<typeof textRunSchema>;

export const outlineBlockSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(outlineBlockKinds),
  runs: z.array(textRunSchema),
  /** Printed label kept from an imported document; absent/null = computed. */
  label: z.string().nullable().optional(),
});
export type OutlineBlock = z.infer<typeof outlineBlockSchema>;

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, sym] of ROMAN) {
    while (rest >= value) {
      out += sym;
      rest -= value;
    }
  }
  return out;
}

const ORDINAL_WORDS = [
  'Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười',
  'Mười một', 'Mười hai', 'Mười ba', 'Mười bốn', 'Mười lăm',
];

export function ordinalWord(n: number): string {
  return ORDINAL_WORDS[n - 1] ?? `Thứ ${n}`;
}

export function alphaLabel(n: number): string {
  // Vietnamese documents use a) b) c) … without đ in practice; after z continue aa), ab) …
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let out = '';
  let rest = n;
  while (rest > 0) {
    rest -= 1;
    out = letters[rest % 26] + out;
    rest = Math.floor(rest / 26);
  }
  return out;
}

/**
 * Computes the label of every block. Counters reset below their parent heading, like
 * Word's multi-level lists: heading2 restarts after each heading1, and so on.
 */
export function computeLabels(blocks: readonly Pick<OutlineBlock, 'kind' | 'label'>[]): string[] {
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let h4 = 0;
  let ord = 0;
  return blocks.map((block) => {
    switch (block.kind) {
      case 'heading1':
        h1 += 1; h2 = 0; h3 = 0; h4 = 0; ord = 0;
        return block.label ?? `${toRoman(h1)}.`;
      case 'heading2':
        h2 += 1; h3 = 0; h4 = 0; ord = 0;
        return block.label ?? `${h2}.`;
      case 'heading3':
        h3 += 1; h4 = 0; ord = 0;
        return block.label ?? `${Math.max(h2, 1)}.${h3}.`;
      case 'heading4':
        h4 += 1;
        return block.label ?? `${alphaLabel(h4)})`;
      case 'ordinal':
        ord += 1;
        return block.label ?? `${ordinalWord(ord)} là,`;
      case 'bullet':
        return block.label ?? '-';
      case 'subBullet':
        return block.label ?? '+';
      case 'paragraph':
        return block.label ?? '';
    }
  });
}

export function blockText(block: Pick<OutlineBlock, 'runs'>): string {
  return block.runs.map((r) => r.text).join('');
}
