// Stances drawn within their uncertainty for the Rule Lab (uncertainty.ts): a band of ±15 points for a
// stance inferred from its bloc, cut at the ends of the scale, and triangular draws within it, most
// weight at the stated anchor.
import { describe, expect, it } from 'vitest';
import { drawStances, stanceRanges, STANCE_BAND } from '../../../src/model/uncertainty';
import { toyLibrary } from '../fixtures';

describe('stance bands', () => {
  it('stop at the ends of the scale', () => {
    const ranges = stanceRanges(toyLibrary, 'free-play');
    const bl = ranges.find((r) => r.id === 'BL' && r.issue === 'definition')!;
    expect(bl).toMatchObject({ anchor: 0, low: 0, high: STANCE_BAND.bloc, confidence: 'bloc' });
    const ob = ranges.find((r) => r.id === 'OB' && r.issue === 'marange')!;
    expect(ob).toMatchObject({ anchor: 100, low: 100 - STANCE_BAND.bloc, high: 100 });
  });
});

describe('stances drawn', () => {
  it('fall around the anchor, three in four within half the band, and some beyond it', () => {
    // CH on Marange: anchor 40, a bloc stance, so 25 to 55; 400 sessions' draws.
    const draws = Array.from(
      { length: 400 },
      (_, seed) => drawStances(toyLibrary, 'free-play', seed).CH!.marange!,
    );
    const mean = draws.reduce((t, x) => t + x, 0) / draws.length;
    expect(mean).toBeGreaterThan(39);
    expect(mean).toBeLessThan(41);
    const near = draws.filter((x) => Math.abs(x - 40) < STANCE_BAND.bloc / 2).length / draws.length;
    expect(near).toBeGreaterThan(0.68);
    expect(near).toBeLessThan(0.82);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(25);
    expect(Math.max(...draws)).toBeLessThanOrEqual(55);
  });
});
