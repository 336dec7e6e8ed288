// The small rules every screen leans on: whether an objective was met, how sentences are joined and
// punctuated, how the model treats numbers outside their domain, and the seeded dice a session replays.
import { describe, expect, it } from 'vitest';
import type { Objective, RoleBriefing } from '../../../src/content/types';
import { checked, nonNegative, scale, unit } from '../../../src/model/domain';
import { finalValues, scoreObjectives } from '../../../src/model/objectives';
import { asSentence, joinWords, tagged } from '../../../src/model/prose';
import { nextRng, peekRng, seedRng } from '../../../src/model/rng';
import type { ItemResult } from '../../../src/model/session';
import { toyLibrary } from '../fixtures';

const result = (issue: ItemResult['issue'], value: number): ItemResult => ({
  itemId: issue,
  issue,
  outcome: 'adopted',
  value,
  statusQuo: 0,
  clauses: [],
  day: 1,
  decision: null,
});
const briefing = (...objectives: Objective[]): RoleBriefing => ({
  delegation: 'RA',
  whoYouAre: '',
  objectives,
  redLines: [],
  allies: [],
  opponents: [],
  read: [],
});
/** The toy plenary, both items on its agenda, with these results. */
const played = (results: ItemResult[]) => ({
  scenarioId: 'free-play' as const,
  agenda: ['def', 'mar'],
  results,
});
const goal = (issue: Objective['issue'], op: 'atLeast' | 'atMost', value: number): Objective => ({
  text: `${issue} ${op} ${value}`,
  issue,
  test: { op, value },
});

describe('objectives', () => {
  it('an issue decided twice counts at its last value', () => {
    expect(finalValues([result('definition', 30), result('marange', 5), result('definition', 60)])).toEqual({
      definition: 60,
      marange: 5,
    });
  });

  it('“at least” and “at most” are met at their bound, and not a hair beyond', () => {
    const scores = scoreObjectives(
      toyLibrary,
      played([result('definition', 40), result('marange', 20)]),
      briefing(
        goal('definition', 'atLeast', 40),
        goal('definition', 'atLeast', 40.1),
        goal('marange', 'atMost', 20),
        goal('marange', 'atMost', 19.9),
      ),
    );
    expect(scores.map((s) => s.met)).toEqual([true, false, true, false]);
    expect(scores.map((s) => s.status)).toEqual(['met', 'missed', 'met', 'missed']);
    expect(scores.map((s) => s.value)).toEqual([40, 40, 20, 20]);
  });

  it('an objective on an issue no meeting takes up is left open, with no value', () => {
    const [s] = scoreObjectives(
      toyLibrary,
      played([result('definition', 40)]),
      briefing(goal('transparency', 'atMost', 100)),
    );
    expect(s).toEqual({
      objective: goal('transparency', 'atMost', 100),
      status: 'open',
      met: false,
      decidable: false,
      value: null,
    });
  });
});

describe('sentences from pieces', () => {
  it('joins with single spaces, skipping empty pieces and trimming each', () => {
    expect(joinWords(['  Conflict diamonds means ', '', '   ', 'rough diamonds'])).toBe(
      'Conflict diamonds means rough diamonds',
    );
    expect(joinWords([])).toBe('');
    expect(joinWords(['', 'alone'])).toBe('alone');
  });

  it('a piece opening with punctuation attaches to the one before', () => {
    expect(joinWords(['rough diamonds', ', including', 'violence', '.'])).toBe(
      'rough diamonds, including violence.',
    );
    for (const p of [',', '.', ';', ':', '!', '?', ')']) expect(joinWords(['a', `${p}b`])).toBe(`a${p}b`);
    expect(joinWords(['a', '(b)'])).toBe('a (b)');
    expect(joinWords(['a', '-b'])).toBe('a -b');
  });

  it('a heading read as a sentence gets a full stop unless it ends with its own', () => {
    expect(asSentence(' The Chair opens the floor ')).toBe('The Chair opens the floor.');
    for (const t of [
      'Done.',
      'Who decides?',
      'Enough!',
      'And so…',
      'He said “no.”',
      '(See above.)',
      'It’s “over!”',
    ])
      expect(asSentence(t)).toBe(t);
    expect(asSentence('A quote “here”')).toBe('A quote “here”.');
    expect(asSentence('Trailing.x')).toBe('Trailing.x.');
  });

  it('a tag goes inside the closing full stop, or at the end', () => {
    expect(tagged(' by state forces. ', '(illustration)')).toBe('by state forces (illustration).');
    expect(tagged('by state forces', '(illustration)')).toBe('by state forces (illustration)');
  });
});

describe('numbers outside the model’s domains', () => {
  it('are clamped to their domain', () => {
    expect([unit(-0.2, 's'), unit(0.4, 's'), unit(1.2, 's'), unit(0, 's'), unit(1, 's')]).toEqual([
      0, 0.4, 1, 0, 1,
    ]);
    expect([scale(-5, 'x'), scale(55, 'x'), scale(120, 'x'), scale(100, 'x')]).toEqual([0, 55, 100, 100]);
    expect([nonNegative(-1, 'w'), nonNegative(0, 'w'), nonNegative(1e6, 'w')]).toEqual([0, 0, 1e6]);
  });

  it('NaN is refused, naming what it was', () => {
    for (const f of [checked, unit, scale, nonNegative])
      expect(() => f(NaN, 'the salience of ZA')).toThrow(
        new RangeError('The model got NaN for the salience of ZA.'),
      );
    expect(checked(-3, 'x')).toBe(-3);
    expect(checked(Infinity, 'x')).toBe(Infinity);
  });
});

describe('the seeded dice', () => {
  it('the same seed gives the same sequence; a number and its text are the same seed', () => {
    const draw = (seed: number | string, n = 5) => {
      let s = seedRng(seed);
      return Array.from({ length: n }, () => {
        const [v, next] = nextRng(s);
        s = next;
        return v;
      });
    };
    expect(draw(42)).toEqual(draw('42'));
    expect(draw('lesson-1')).not.toEqual(draw('lesson-2'));
    expect(draw('ab')).not.toEqual(draw('ba'));
    // FNV-1a of the seed's text: the empty seed is the offset basis.
    expect(seedRng('')).toBe(2166136261);
    expect(seedRng('a')).toBe(0xe40c292c);
  });

  it('mulberry32: its published first outputs, always in [0, 1)', () => {
    expect(nextRng(0)[1]).toBe(0x6d2b79f5);
    expect(nextRng(0)[0]).toBeCloseTo(0.26642920868471265, 12);
    expect(nextRng(1)[0]).toBeCloseTo(0.6270739405881613, 12);
    let s = seedRng(7);
    let lo = 1;
    let hi = 0;
    let sum = 0;
    for (let k = 0; k < 2000; k++) {
      const [v, next] = nextRng(s);
      s = next;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      sum += v;
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    expect(sum / 2000).toBeGreaterThan(0.45);
    expect(sum / 2000).toBeLessThan(0.55);
  });

  it('a peek does not advance the dice, and each salt gives its own value', () => {
    const s = seedRng(9);
    expect(peekRng(s)).toBe(peekRng(s, 0));
    expect(peekRng(s, 1)).not.toBe(peekRng(s, 0));
    expect(peekRng(s, 2)).not.toBe(peekRng(s, 1));
    expect(peekRng(s)).toBe(nextRng((s ^ 0x9e3779b9) >>> 0)[0]);
  });
});
