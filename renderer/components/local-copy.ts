/**
 * A copy of a form's work kept in the browser's storage until the core has it, so that a
 * failed save followed by leaving the screen (or a crash) loses nothing: the next time the
 * form opens, the copy is offered back.
 */

export interface LocalCopy<T> {
  value: T;
  /** ISO time the copy was taken. */
  at: string;
}

export interface LocalCopies<T> {
  keep(id: string, value: T): void;
  forget(id: string): void;
  read(id: string): LocalCopy<T> | null;
}

/** `kind` names the form ("conclusion", "meeting"); `isValue` checks what storage gives back. */
export function localCopies<T>(kind: string, isValue: (v: unknown) => v is T): LocalCopies<T> {
  const key = (id: string) => `vpdu:unsaved-${kind}:${id}`;
  return {
    keep(id, value) {
      try {
        window.localStorage.setItem(key(id), JSON.stringify({ value, at: new Date().toISOString() }));
      } catch {
        // Storage full or disabled: the core's save still runs; nothing else to do here.
      }
    },
    forget(id) {
      try {
        window.localStorage.removeItem(key(id));
      } catch {
        // See keep.
      }
    },
    read(id) {
      try {
        const raw = window.localStorage.getItem(key(id));
        if (!raw) return null;
        const parsed = JSON.parse(raw) as { value?: unknown; at?: unknown };
        return isValue(parsed.value) && typeof parsed.at === 'string' ? { value: parsed.value, at: parsed.at } : null;
      } catch {
        return null;
      }
    },
  };
}
