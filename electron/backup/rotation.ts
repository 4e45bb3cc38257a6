/**
 * Which automatic backups to keep: the newest of each of the last 7 days, 4 weeks and 12
 * months that have one (grandfather–father–son), plus the few most recent whatever their
 * day, so a backup taken before an import minutes ago is never rotated away by the next.
 */
export interface Dated {
  name: string;
  at: Date;
}

export const ROTATION = { daily: 7, weekly: 4, monthly: 12, recent: 3 } as const;

function dayKey(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

/** Monday-based week: the key is the local date of that week's Monday. */
function weekKey(d: Date): string {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return dayKey(monday);
}

function monthKey(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth()}`;
}

function newestPerBucket<T extends Dated>(sorted: T[], key: (d: Date) => string, buckets: number): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const b of sorted) {
    const k = key(b.at);
    if (seen.has(k)) continue;
    if (seen.size === buckets) break;
    seen.add(k);
    kept.push(b);
  }
  return kept;
}

export function backupsToKeep<T extends Dated>(backups: readonly T[], policy = ROTATION): Set<string> {
  const sorted = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<string>();
  for (const b of sorted.slice(0, policy.recent)) keep.add(b.name);
  for (const b of newestPerBucket(sorted, dayKey, policy.daily)) keep.add(b.name);
  for (const b of newestPerBucket(sorted, weekKey, policy.weekly)) keep.add(b.name);
  for (const b of newestPerBucket(sorted, monthKey, policy.monthly)) keep.add(b.name);
  return keep;
}
