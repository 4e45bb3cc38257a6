/**
 * Hybrid logical clock stamps. A stamp orders changes of different installs whose wall clocks
 * disagree; it never goes backwards on one install, even across restarts (the last stamp is
 * read back from the change log, see changes.ts).
 *
 * Text form (sorts as text, which is how SQLite and the exchange compare stamps):
 * 15-digit milliseconds, 5-digit counter, install id. The counter never needs a sixth digit:
 * when it would pass 99999 the clock moves to the next millisecond instead, so the text form
 * sorts correctly however many changes one millisecond sees.
 *
 * Received stamps far in the future (a PC whose clock is years ahead) are kept as they are but
 * do not move this clock: see MAX_FORWARD_DRIFT_MS and "Clock rule" in docs/ARCHITECTURE.md.
 */
export interface HlcState {
  ms: number;
  counter: number;
}

const MAX_COUNTER = 99_999;
/** A received stamp further ahead of our wall clock than this is not followed. */
export const MAX_FORWARD_DRIFT_MS = 10 * 60_000;

export function formatHlc(state: HlcState, installId: string): string {
  return `${String(state.ms).padStart(15, '0')}-${String(state.counter).padStart(5, '0')}-${installId}`;
}

export function parseHlc(stamp: string): HlcState & { installId: string } {
  const [ms, counter, ...rest] = stamp.split('-');
  return { ms: Number(ms), counter: Number(counter), installId: rest.join('-') };
}

function normalise(state: HlcState): HlcState {
  // Old stamps (before the counter rolled over) may carry a counter past five digits.
  if (state.counter <= MAX_COUNTER) return state;
  return { ms: state.ms + Math.floor(state.counter / (MAX_COUNTER + 1)), counter: state.counter % (MAX_COUNTER + 1) };
}

function after(a: HlcState, b: HlcState): boolean {
  return a.ms > b.ms || (a.ms === b.ms && a.counter > b.counter);
}

export class HybridLogicalClock {
  private state: HlcState = { ms: 0, counter: 0 };

  constructor(
    private installId: string,
    private readonly physicalNow: () => number,
  ) {}

  get id(): string {
    return this.installId;
  }

  /** A new identity (a copied or restored database) keeps the clock's position. */
  renameInstall(installId: string): void {
    this.installId = installId;
  }

  /** A stamp for a local change. */
  tick(): string {
    const now = this.physicalNow();
    if (now > this.state.ms) this.state = { ms: now, counter: 0 };
    else this.state = normalise({ ms: this.state.ms, counter: this.state.counter + 1 });
    return formatHlc(this.state, this.installId);
  }

  /**
   * Never issue a stamp at or before one this install already wrote (read back from the log at
   * each write, so another process writing the same file, or the last run, is taken into
   * account).
   */
  catchUp(ownStamp: string): void {
    const s = normalise(parseHlc(ownStamp));
    if (after(s, this.state)) this.state = { ms: s.ms, counter: s.counter };
  }

  /**
   * Advances past a stamp received from another install, unless that stamp is far ahead of our
   * wall clock: following it would make every later local change look "from the future" for
   * good. Such a stamp is still stored and applied (never refused); ordering does not need our
   * clock to follow it, because each install's changes are ordered by its sequence numbers.
   */
  observe(stamp: string): void {
    const remote = normalise(parseHlc(stamp));
    const now = this.physicalNow();
    if (remote.ms > now + MAX_FORWARD_DRIFT_MS) return;
    const ms = Math.max(now, this.state.ms, remote.ms);
    let counter = 0;
    if (ms === this.state.ms && ms === remote.ms) counter = Math.max(this.state.counter, remote.counter) + 1;
    else if (ms === this.state.ms) counter = this.state.counter + 1;
    else if (ms === remote.ms) counter = remote.counter + 1;
    this.state = normalise({ ms, counter });
  }
}
