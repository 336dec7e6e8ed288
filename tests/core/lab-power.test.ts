import { describe, expect, it } from 'vitest';
import { powerTable, swingCount } from '../../src/app/lab-view';
import { LIBRARY } from '../../src/machines/default';

describe('the Rule Lab’s voting power', () => {
  const rows = powerTable(LIBRARY, 'washington-plenary-2012');
  const n = rows.length;

  it('shows the swing counts each share is normalised from', () => {
    // Consensus: only the whole room passes, so each member swings exactly one coalition (all the others);
    // consensus minus one: each swings the n − 1 coalitions that leave out one other member.
    for (const r of rows) {
      expect(r.swings.consensus).toBe(1);
      expect(r.swings['consensus-minus-one']).toBe(n - 1);
    }
    const total = rows.reduce((t, r) => t + r.swings.weighted, 0);
    for (const r of rows) expect(r.power.weighted).toBeCloseTo(r.swings.weighted / total, 12);
  });

  it('writes a count in full up to a million, then in powers of ten', () => {
    expect(swingCount(53)).toBe('53');
    expect(swingCount(12_870)).toBe('12,870');
    expect(swingCount(6.46e13)).toBe('6.46×10¹³');
    expect(swingCount(9.996e14)).toBe('1.00×10¹⁵');
  });
});
