/**
 * Vietnamese text arrives decomposed (NFD) from some PDFs, Mac files and input methods:
 * "Đông" as D-stroke + o + combining circumflex + ... Stored as is, it never equals the same
 * word typed on Windows (NFC), so term names, duplicate checks and unit names would silently
 * disagree. Every contract input passes through here once, before validation.
 */
export function toNfcDeep(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(toNfcDeep);
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    // Only plain data (JSON over the loopback, structured clone over IPC); anything else
    // (bytes, dates) is not text and passes untouched.
    if (proto !== Object.prototype && proto !== null) return value;
    // fromEntries defines own properties: a "__proto__" key stays data, never a prototype.
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.normalize('NFC'), toNfcDeep(item)]));
  }
  return value;
}
