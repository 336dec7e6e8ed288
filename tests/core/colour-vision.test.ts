// The hall's stance colours and the pass / fail marks stay apart for players with colour-vision
// deficiencies (simulated), in both colour sets Settings offers; the red–green set keeps them further apart
// under protanopia and deuteranopia than the standard one; the seat codes and the marks stay readable on
// every fill and background; and each stance also has its own shape, so that nothing rests on colour alone.
import { describe, expect, it } from 'vitest';
import { contrast, difference, VISIONS, type Vision } from '../../src/ui/colour-vision';
import { DEFAULT_SETTINGS, sanitize, type ColourSet } from '../../src/ui/settings';
import { failInk, passInk, stanceColours, stanceInk, stanceLook } from '../../src/ui/stance';
import { HIGH_CONTRAST, hex, STANDARD } from '../../src/ui/theme';

const HALL_STANCES = ['supports', 'opposes', 'objects', 'observer'] as const;
const SETS: readonly ColourSet[] = ['standard', 'red-green'];
const RED_GREEN: readonly Vision[] = ['protanopia', 'deuteranopia'];
/** CIE76 ΔE at which two flat patches are told apart at a glance (2 is merely noticeable side by side). */
const APART = 20;

/** The closest pair of colours under a vision, with its ΔE. */
function closest(colours: Record<string, number>, vision: Vision): { pair: string; d: number } {
  const names = Object.keys(colours);
  let best = { pair: '', d: Infinity };
  names.forEach((a, i) => {
    for (const b of names.slice(i + 1)) {
      const d = difference(colours[a]!, colours[b]!, vision);
      if (d < best.d) best = { pair: `${a}/${b}`, d };
    }
  });
  return best;
}

const hallColours = (set: ColourSet) =>
  Object.fromEntries(HALL_STANCES.map((st) => [st, stanceColours(set)[st]]));

/** The marks a result line can take (pass, fail, the gold of an open one) and the white of plain text. */
const markColours = (set: ColourSet) => {
  const s = { ...DEFAULT_SETTINGS, colours: set };
  return { pass: hex(passInk(s)), fail: hex(failInk(s)), gold: STANDARD.goldNum, text: hex(STANDARD.text) };
};

describe('stance colours', () => {
  for (const set of SETS)
    for (const vision of VISIONS)
      it(`in the ${set} set stay at least ΔE ${APART} apart with ${vision}`, () => {
        const { pair, d } = closest(hallColours(set), vision);
        expect(d, pair).toBeGreaterThanOrEqual(APART);
      });

  it('in the red–green set stay at least ΔE 40 apart with protanopia and deuteranopia, twice the standard set', () => {
    for (const vision of RED_GREEN) {
      const safe = closest(hallColours('red-green'), vision);
      const standard = closest(hallColours('standard'), vision);
      expect(safe.d, `${vision} ${safe.pair}`).toBeGreaterThanOrEqual(40);
      expect(safe.d, vision).toBeGreaterThan(standard.d);
    }
    // The standard set's closest pair under protanopia is what the choice is for.
    expect(closest(hallColours('standard'), 'protanopia').d).toBeLessThan(30);
  });

  it('keep the seat codes readable (WCAG 4.5:1) in both sets and both palettes', () => {
    for (const set of SETS)
      for (const hc of [false, true])
        for (const st of HALL_STANCES)
          expect(
            contrast(stanceColours(set)[st], hex(stanceInk(hc))),
            `${set} ${st} hc=${hc}`,
          ).toBeGreaterThanOrEqual(4.5);
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

  it('draw the seats in the chosen set', () => {
    expect(stanceLook('supports', false, 24, stanceColours('red-green')).fill).toBe(
      stanceColours('red-green').supports,
    );
    expect(stanceColours('red-green').supports).not.toBe(stanceColours('standard').supports);
  });
});

describe('pass and fail marks', () => {
  it('stay apart with red–green deficiencies in both sets', () => {
    for (const set of SETS)
      for (const vision of VISIONS) {
        const m = markColours(set);
        expect(difference(m.pass, m.fail, vision), `${set} ${vision}`).toBeGreaterThanOrEqual(APART);
      }
  });

  it('in the red–green set stay ΔE 30 from each other, from gold and from white text, where the standard set does not', () => {
    for (const vision of RED_GREEN) {
      const safe = closest(markColours('red-green'), vision);
      expect(safe.d, `${vision} ${safe.pair}`).toBeGreaterThanOrEqual(30);
      expect(closest(markColours('standard'), vision).d, vision).toBeLessThan(safe.d);
    }
  });

  it('read at 4.5:1 on the page and on panels in both palettes', () => {
    for (const set of SETS)
      for (const pal of [STANDARD, HIGH_CONTRAST])
        for (const [name, c] of Object.entries(markColours(set)).filter(
          ([k]) => k === 'pass' || k === 'fail',
        ))
          for (const bg of [pal.bg, pal.panel])
            expect(contrast(c, bg), `${set} ${name} on ${pal.name}`).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the colour set setting', () => {
  it('keeps a known set and falls back to the standard one for anything else', () => {
    expect(sanitize({ colours: 'red-green' }).colours).toBe('red-green');
    expect(sanitize({ colours: 'purple' }).colours).toBe('standard');
    expect(sanitize({}).colours).toBe('standard');
  });
});
