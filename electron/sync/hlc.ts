/**
 * Hybrid logical clock stamps for change tracking. A stamp orders changes across offices
 * whose wall clocks disagree: it never goes backwards on one replica and it moves past any
 * stamp received from another. Format (sorts as text): 15-digit ms, 5-digit counter, replica.
 */
export interface HlcState {
  ms: number;
  counter: number;
}

export function formatHlc(state: HlcState, replicaId: string): string {
  return `${String(state.ms).padStart(15, '0')}-${String(state.counter).padStart(5, '0')}-${replicaId}`;
}

export function parseHlc(stamp: string): HlcState & { replicaId: string } {
  const [ms, counter, ...rest] = stamp.split('-');
  return { ms: Number(ms), counter: Number(counter), replicaId: rest.join('-') };
}

export class HybridLogicalClock {
  private state: HlcState = { ms: 0, counter: 0 };

  constructor(
    private readonly replicaId: string,
    private readonly physicalNow: () => number,
  ) {}

  /** A stamp for a local change. */
  tick(): string {
    const now = this.physicalNow();
    if (now > this.state.ms) this.state = { ms: now, counter: 0 };
    else this.state = { ms: this.state.ms, counter: this.state.counter + 1 };
    return formatHlc(this.state, this.replicaId);
  }

  /** Advances past a stamp received from another replica. */
  observe(stamp: string): void {
    const remote = parseHlc(stamp);
    const now = this.physicalNow();
    const ms = Math.max(now, this.state.ms, remote.ms);
    let counter = 0;
    if (ms === this.state.ms && ms === remote.ms) counter = Math.max(this.state.counter, remote.counter) + 1;
    else if (ms === this.state.ms) counter = this.state.counter + 1;
    else if (ms === remote.ms) counter = remote.counter + 1;
    this.state = { ms, counter };
  }
}
