/**
 * Per-field messages of a form ("Nhập nội dung nhiệm vụ") that go away as soon as the clerk
 * changes the field they are about, instead of staying red until the next save.
 */
import { useCallback, useState } from 'react';

export type FieldErrors = Record<string, string>;

/**
 * The errors left once `field` was changed: its own and those of its parts ("term" takes
 * "term.startYear" along; "signers.1.name" only itself). The same object when nothing went.
 */
export function clearFieldErrors(errors: FieldErrors, field: string): FieldErrors {
  const gone = Object.keys(errors).filter((k) => k === field || k.startsWith(`${field}.`));
  if (gone.length === 0) return errors;
  const next = { ...errors };
  for (const k of gone) delete next[k];
  return next;
}

export function useFieldErrors(): { errors: FieldErrors; setErrors: (errors: FieldErrors) => void; clear: (...fields: string[]) => void } {
  const [errors, setErrors] = useState<FieldErrors>({});
  const clear = useCallback((...fields: string[]) => setErrors((old) => fields.reduce(clearFieldErrors, old)), []);
  return { errors, setErrors, clear };
}
