import { describe, expect, it } from 'vitest';
import { HybridLogicalClock, parseHlc } from '../../../electron/sync/hlc';
import { computeLabels, toRoman } from '../../../shared/document/outline';

describe('hybrid logical clock', () => {
  it('never goes backwards when the wall clock does', () => {
    let now = 1_000_000;
    const clock = new HybridLogicalClock('r1', () => now);
    const a = clock.tick();
    now -= 5000;
    const b = clock.tick();
    expect(b > a).toBe(true);
  });
  it('moves past a stamp received from another replica', () => {
    const clock = new HybridLogicalClock('r1', () => 10);
    const remote = new HybridLogicalClock('r2', () => 99_999).tick();
    clock.observe(remote);
    const next = clock.tick();
    expect(next > remote).toBe(true);
    expect(parseHlc(next).installId).toBe('r1');
  });
});

describe('outline labels', () => {
  it('computes Party heading numbers and resets them under each parent', () => {
    const labels = computeLabels([
      { kind: 'heading1' }, { kind: 'paragraph' }, { kind: 'heading1' }, { kind: 'heading2' }, { kind: 'bullet' },
      { kind: 'heading2' }, { kind: 'heading3' }, { kind: 'heading3' }, { kind: 'heading4' }, { kind: 'heading4' },
      { kind: 'heading1' }, { kind: 'ordinal' }, { kind: 'ordinal' }, { kind: 'subBullet' },
    ]);
    expect(labels).toEqual(['I.', '', 'II.', '1.', '-', '2.', '2.1.', '2.2.', 'a)', 'b)', 'III.', 'Một là,', 'Hai là,', '+']);
  });
  it('keeps a printed label from an imported document', () => {
    expect(computeLabels([{ kind: 'heading1' }, { kind: 'heading2', label: '2.' }])).toEqual(['I.', '2.']);
  });
  it('writes roman numerals', () => {
    expect([1, 4, 9, 14, 40].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
  });
});
