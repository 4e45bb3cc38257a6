/**
 * The core's notion of "now". Tests and the e2e harness move it (to make a task overdue);
 * the app uses the system clock.
 */
export interface Clock {
  now(): Date;
}

export class AdjustableClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves "now" to the given instant, keeping time flowing from there. */
  setNow(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }
}

/** Local calendar date (the office's wall clock), ISO "YYYY-MM-DD". */
export function localIsoDate(d: Date): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/**
 * Where the office's calendar year begins and the next one begins, as stored timestamps
 * (UTC ISO) read: at UTC+7 the year 2027 starts at "2026-12-31T17:00:00.000Z", so an edit
 * made at 03:00 on 1 January belongs to 2027 although its UTC text says 2026.
 */
export function localYearSpan(year: number): { from: string; until: string } {
  const start = (y: number) => {
    const d = new Date(0);
    d.setFullYear(y, 0, 1);
    d.setHours(0, 0, 0, 0);
    return d.toISOString();
  };
  return { from: start(year), until: start(year + 1) };
}
