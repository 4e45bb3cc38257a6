/**
 * Install fingerprints are 30 digits in six groups of five ("04213 88172 …"): digits read
 * aloud on the phone the same way in every dialect, and six short groups are easy to
 * compare one by one. Typed fingerprints may carry spaces, dots or dashes.
 */
export const FINGERPRINT_GROUPS = 6;
export const FINGERPRINT_GROUP_DIGITS = 5;

/** Digits only, or null when the text is not a whole fingerprint. */
export function normalizeFingerprint(text: string): string | null {
  const digits = text.replace(/[\s.\-_]/g, '');
  return /^\d{30}$/.test(digits) ? digits : null;
}

export function formatFingerprint(digits: string): string {
  const groups: string[] = [];
  for (let i = 0; i < digits.length; i += FINGERPRINT_GROUP_DIGITS) groups.push(digits.slice(i, i + FINGERPRINT_GROUP_DIGITS));
  return groups.join(' ');
}
