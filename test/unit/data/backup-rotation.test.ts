import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../../electron/backup/rotation';
import { backupFileName, parseBackupName } from '../../../electron/backup/backup-files';

function dailyBackups(from: Date, days: number) {
  return Array.from({ length: days }, (_, i) => {
    const at = new Date(from.getFullYear(), from.getMonth(), from.getDate() + i, 8, 30, 0);
    return { name: backupFileName(at, 'daily'), at };
  });
}

describe('backup rotation (7 daily, 4 weekly, 12 monthly)', () => {
  it('keeps the last 7 days, one per recent week and one per recent month out of two years', () => {
    const all = dailyBackups(new Date(2025, 0, 1), 730); // 2025-01-01 … 2026-12-31
    const keep = backupsToKeep(all);
    const kept = all.filter((b) => keep.has(b.name)).map((b) => b.at);
    const last = all[all.length - 1]!.at;
    // every one of the last 7 days
    for (let i = 0; i < 7; i += 1) {
      const d = new Date(last.getFullYear(), last.getMonth(), last.getDate() - i);
      expect(kept.some((k) => k.toDateString() === d.toDateString())).toBe(true);
    }
    // 12 distinct months, the oldest being January 2026
    const months = new Set(kept.map((k) => `${k.getFullYear()}-${k.getMonth()}`));
    expect(months.size).toBe(12);
    expect([...months]).not.toContain('2025-11');
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.length).toBeGreaterThanOrEqual(12 + 7 - 1);
    // nothing older than a year survives
    expect(kept.every((k) => k >= new Date(2026, 0, 1))).toBe(true);
  });

  it('keeps the newest of a day and the three most recent of any day', () => {
    const day = (h: number) => new Date(2026, 10, 27, h, 0, 0);
    const list = [8, 10, 12, 14, 16].map((h) => ({ name: backupFileName(day(h), 'before-import'), at: day(h) }));
    const keep = backupsToKeep(list);
    expect([...keep].sort()).toEqual([list[2]!.name, list[3]!.name, list[4]!.name].sort());
  });

  it('reads back the moment and the reason from a file name', () => {
    const at = new Date(2026, 1, 3, 7, 5, 9);
    const parsed = parseBackupName(backupFileName(at, 'before-migration', 2));
    expect(parsed?.reason).toBe('before-migration');
    expect(parsed?.at.getTime()).toBe(at.getTime());
    expect(parseBackupName('office.sqlite')).toBeNull();
    expect(parseBackupName('.vpdu-20260203-070509-daily.sqlite.partial')).toBeNull();
  });
});
