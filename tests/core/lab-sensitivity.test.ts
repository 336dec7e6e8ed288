// The Rule Lab as a sensitivity analysis: stances drawn within their uncertainty, per session seed,
// the same however the sessions are split among workers.
import { describe, expect, it } from 'vitest';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { labIssues, runLab, runLabChunk, sessionSeed, summariseChunks, wilson } from '../../src/machines/lab';
import { drawStances, stanceRanges, STANCE_BAND } from '../../src/model/uncertainty';

const scenarioId = 'washington-plenary-2012' as const;

describe('stance uncertainty', () => {
  it('bands are narrow where a stance is documented and wide where it only follows its bloc', () => {
    const ranges = stanceRanges(LIBRARY, scenarioId);
    const zw = ranges.find((r) => r.id === 'ZW' && r.issue === 'definition')!;
    expect(zw.confidence).toBe('documented');
    expect(zw.high - zw.anchor).toBeLessThanOrEqual(STANCE_BAND.documented);
    expect(ranges.some((r) => r.confidence === 'bloc' && r.high - r.low > 2 * STANCE_BAND.documented)).toBe(
      true,
    );
  });
  it('each session seed draws its own stances, always inside the bands, and the same again for the same seed', () => {
    const ranges = stanceRanges(LIBRARY, scenarioId);
    const a = drawStances(LIBRARY, scenarioId, sessionSeed(1, 0));
    const b = drawStances(LIBRARY, scenarioId, sessionSeed(1, 1));
    expect(drawStances(LIBRARY, scenarioId, sessionSeed(1, 0))).toEqual(a);
    expect(b).not.toEqual(a);
    for (const r of ranges) {
      const x = a[r.id]![r.issue]!;
      expect(x).toBeGreaterThanOrEqual(r.low);
      expect(x).toBeLessThanOrEqual(r.high);
    }
  });
});

describe('lab runs', () => {
  it('give the same summary whether run in one piece or in slices assembled out of order (CLI vs workers)', () => {
    const req = { scenarioId, rules: ['consensus', 'majority'] as const, runs: 4, seed: 'same' };
    const whole = runLab(plenaryMachine, LIBRARY, { ...req, rules: [...req.rules] })!;
    const { issues } = labIssues(LIBRARY, scenarioId);
    for (const rule of req.rules) {
      const slices = [
        [2, 4],
        [0, 1],
        [1, 2],
      ].map(
        ([from, to]) =>
          runLabChunk(plenaryMachine, LIBRARY, {
            scenarioId,
            rules: [rule],
            seed: req.seed,
            from: from!,
            to: to!,
          })![0]!,
      );
      const sorted = [...slices].sort((x, y) => x.from - y.from);
      expect(summariseChunks(issues, sorted)).toEqual(whole.rules[rule]);
    }
  }, 60_000);
  it('the Wilson interval holds the share and narrows with more sessions', () => {
    const [lo, hi] = wilson(30, 100);
    expect(lo).toBeLessThan(0.3);
    expect(hi).toBeGreaterThan(0.3);
    const [lo2, hi2] = wilson(300, 1000);
    expect(hi2 - lo2).toBeLessThan(hi - lo);
  });
});
