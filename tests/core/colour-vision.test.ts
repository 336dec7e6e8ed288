// The hall's stance colours and the pass / fail marks stay apart for players with colour-vision
// deficiencies (simulated), the seat codes stay readable on every fill, and each stance also has its own
// shape, so that nothing rests on colour alone.
import { describe, expect, it } from 'vitest';
import { contrast, difference, VISIONS } from '../../src/ui/colour-vision';
import { GREEN, RED, STANCE_COLOR, stanceInk, stanceLook } from '../../src/ui/stance';
import { hex } from '../../src/ui/theme';

const HALL_STANCES = ['supports', 'opposes', 'objects', 'observer'] as const;
/** CIE76 ΔE at which two flat patches are told apart at a glance (2 is merely noticeable side by side). */
const APART = 20;

describe('stance colours', () => {
  for (const vision of VISIONS)
    it(`stay at least ΔE ${APART} apart with ${vision}`, () => {
      const close: string[] = [];
      for (const [i, a] of HALL_STANCES.entries())
        for (const b of HALL_STANCES.slice(i + 1)) {
          const d = difference(STANCE_COLOR[a], STANCE_COLOR[b], vision);
          if (d < APART) close.push(`${a}/${b} ΔE ${d.toFixed(1)}`);
        }
      expect(close).toEqual([]);
    });

  it('pass and fail marks stay apart with red–green deficiencies', () => {
    for (const vision of VISIONS)
      expect(difference(hex(RED), hex(GREEN), vision), vision).toBeGreaterThanOrEqual(APART);
  });

  it('keep the seat codes readable (WCAG 4.5:1) in both palettes', () => {
    for (const hc of [false, true])
      for (const st of HALL_STANCES)
        expect(contrast(STANCE_COLOR[st], hex(stanceInk(hc))), `${st} hc=${hc}`).toBeGreaterThanOrEqual(4.5);
  });

  it('give supports, status quo and would-object seats shapes of their own', () => {
    for (const hc of [false, true]) {
      const shapes = (['supports', 'opposes', 'objects'] as const).map((st) => {
        const l = stanceLook(st, hc, 24);
        return `${l.radius}:${l.edgeWidth ?? 0}`;
      });
      expect(new Set(shapes).size).toBe(3);
    }
  });
});
