// The model at its edges: each test here failed before the fix it names (issue: "right at the edges").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { banzhaf, banzhafPower } from '../../src/model/banzhaf';
import { challengeUtility, reactToPressure, riskExponents, type Player } from '../../src/model/challenge';
import { exchange, type ExchangeSide } from '../../src/model/exchange';
import { persuade, type Argument, type Listener } from '../../src/model/persuasion';
import { blockingCost, decide, RULE_IDS, wouldObject, type Ballot } from '../../src/model/rules';
import { compromisePoint, nashBargaining, pivots } from '../../src/model/spatial';

// ---------- exchange: both partners really gain ----------

interface Actor {
  readonly give: { x: number; s: number; c: number };
  readonly ask: { x: number; s: number; c: number };
}

const issueSide = fc.record({
  x: fc.integer({ min: 0, max: 100 }),
  s: fc.double({ min: 0.05, max: 1, noNaN: true }),
  c: fc.double({ min: 0.05, max: 1, noNaN: true }),
});
const room = fc.array(fc.record({ give: issueSide, ask: issueSide }), { minLength: 3, maxLength: 14 });

function totalsOf(actors: readonly Actor[], issue: 'give' | 'ask') {
  let num = 0;
  let den = 0;
  for (const a of actors) {
    num += a[issue].c * a[issue].s * a[issue].x;
    den += a[issue].c * a[issue].s;
  }
  return { outcome: num / den, weight: den };
}

/** Linear utility change of `a` when the outcomes move from (g0, k0) to (g1, k1). */
function realGain(a: ExchangeSide, g0: number, g1: number, k0: number, k1: number): number {
  return (
    a.give.s * (Math.abs(g0 - a.give.x) - Math.abs(g1 - a.give.x)) +
    a.ask.s * (Math.abs(k0 - a.ask.x) - Math.abs(k1 - a.ask.x))
  );
}

describe('exchange of voting positions', () => {
  it('leaves both partners better off, by what it reports, in random rooms', () => {
    let accepted = 0;
    fc.assert(
      fc.property(room, fc.nat(), fc.nat(), (actors, hi, ti) => {
        const h = actors[hi % actors.length]!;
        const t = actors[(hi + 1 + (ti % (actors.length - 1))) % actors.length]!;
        const give = totalsOf(actors, 'give');
        const ask = totalsOf(actors, 'ask');
        const r = exchange(h, t, { give, ask });
        if (!r.ok) return;
        accepted++;
        // The outcomes after both voting positions move.
        const g1 = give.outcome + (h.give.c * h.give.s * (r.hNewGive - h.give.x)) / give.weight;
        const k1 = ask.outcome + (t.ask.c * t.ask.s * (r.tNewAsk - t.ask.x)) / ask.weight;
        const gH = realGain(h, give.outcome, g1, ask.outcome, k1);
        const gT = realGain(t, give.outcome, g1, ask.outcome, k1);
        expect(gH).toBeGreaterThan(0);
        expect(gT).toBeGreaterThan(0);
        expect(gH).toBeCloseTo(r.gainH, 9);
        expect(gT).toBeCloseTo(r.gainT, 9);
      }),
      { numRuns: 3000, seed: 16, endOnFailure: true },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it('stops the outcome at the partner’s own position instead of carrying it past', () => {
    // t stands just across the outcome on `give`; h's concession alone could carry O past t.
    const h: ExchangeSide = { give: { x: 0, s: 0.2, c: 1 }, ask: { x: 100, s: 1, c: 1 } };
    const t: ExchangeSide = { give: { x: 52, s: 1, c: 0.1 }, ask: { x: 0, s: 0.2, c: 1 } };
    const r = exchange(h, t, { give: { outcome: 50, weight: 2 }, ask: { outcome: 50, weight: 2 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const g1 = 50 + (1 * 0.2 * (r.hNewGive - 0)) / 2;
    expect(g1).toBeLessThanOrEqual(52 + 1e-9);
  });
});

// ---------- Banzhaf ----------

describe('Banzhaf power', () => {
  it('reads a non-integer quota as the smallest whole weight reaching it: 1.5 of three is 2-of-3', () => {
    const b = banzhaf([1, 1, 1], 1.5);
    for (const x of b) expect(x).toBeCloseTo(1 / 3, 12);
    expect(banzhaf([1, 1, 1], 1.5)).toEqual(banzhaf([1, 1, 1], 2));
  });
  it('gives the raw swing counts beside the index: each of three equal voters swings 2 coalitions', () => {
    const p = banzhafPower([1, 1, 1], 2);
    expect(p.swings).toEqual([2, 2, 2]);
    expect(p.index.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it('the EEC Council of 1958: swings 10,10,10,6,6,0 of quota 12', () => {
    const p = banzhafPower([4, 4, 4, 2, 2, 1], 12);
    expect(p.swings).toEqual([10, 10, 10, 6, 6, 0]);
    expect(p.index[0]).toBeCloseTo(5 / 21, 12);
  });
  it('with a quota nobody can reach, or one every coalition reaches, nobody swings', () => {
    expect(banzhafPower([1, 2, 3], 7).swings).toEqual([0, 0, 0]);
    expect(banzhafPower([1, 2, 3], 0).swings).toEqual([0, 0, 0]);
    expect(banzhafPower([], 1)).toEqual({ swings: [], index: [] });
  });
  it('rejects NaN quotas and weights that are not whole non-negative numbers', () => {
    expect(() => banzhaf([1, 1], NaN)).toThrow(RangeError);
    expect(() => banzhaf([1, 0.5], 1)).toThrow();
    expect(() => banzhaf([1, -1], 1)).toThrow();
  });
});

// ---------- Nash bargaining ----------

describe('Nash bargaining', () => {
  it('a zero-salience player neither gains nor loses: the answer is the bargain of the others', () => {
    const others = [
      { x: 60, s: 1, c: 1 },
      { x: 80, s: 1, c: 1 },
    ];
    const withIdle = [...others, { x: 10, s: 0, c: 1 }];
    const y = nashBargaining(withIdle, 0);
    expect(y).toBeCloseTo(nashBargaining(others, 0), 6);
    // Nobody who cares ends worse off than at the status quo.
    for (const a of others) expect(Math.abs(y - a.x)).toBeLessThanOrEqual(Math.abs(0 - a.x));
    expect(y).toBeGreaterThan(0);
  });
  it('with no players, or no one with clout and salience, the status quo stands', () => {
    expect(nashBargaining([], 30)).toBe(30);
    expect(nashBargaining([{ x: 80, s: 0, c: 1 }], 30)).toBe(30);
    expect(nashBargaining([{ x: 80, s: 1, c: 0 }], 30)).toBe(30);
  });
  it('always returns a point no caring player loses by, in random rooms', () => {
    const bargainer = fc.record({
      x: fc.double({ min: 0, max: 100, noNaN: true }),
      // Saliences and clouts in hundredths, as the content gives them (denormal weights are noise to both).
      s: fc.integer({ min: 0, max: 100 }).map((v) => v / 100),
      c: fc.integer({ min: 0, max: 100 }).map((v) => v / 100),
    });
    fc.assert(
      fc.property(fc.array(bargainer, { maxLength: 8 }), fc.integer({ min: 0, max: 100 }), (actors, d) => {
        const y = nashBargaining(actors, d);
        expect(Number.isFinite(y)).toBe(true);
        for (const a of actors)
          if (a.s > 0) expect(Math.abs(y - a.x)).toBeLessThanOrEqual(Math.abs(d - a.x) + 1e-6);
      }),
      { seed: 16, endOnFailure: true },
    );
  });
});

// ---------- domains: NaN rejected, out-of-range values clamped ----------

const listener = (over: Partial<Listener> = {}): Listener => ({
  x: 20,
  anchor: 20,
  salience: 0.5,
  openness: 1,
  fit: 1,
  offence: 0,
  trust: 1,
  ...over,
});
const arg: Argument = { position: 80, strength: 1, speakerClout: 1 };

describe('domains of the public model functions', () => {
  it('persuade rejects NaN and never overshoots the anchor when salience exceeds 1', () => {
    expect(() => persuade(listener({ x: NaN }), arg)).toThrow(RangeError);
    expect(() => persuade(listener(), { ...arg, position: NaN })).toThrow(RangeError);
    expect(() => persuade(listener({ salience: NaN }), arg)).toThrow(RangeError);
    // Salience above 1 is read as 1: a listener who cares totally stays at its anchor.
    expect(persuade(listener({ x: 40, anchor: 20, salience: 1.5 }), arg)).toBe(20);
    // Negative salience is read as 0: fully open, no pull back.
    const loose = persuade(listener({ salience: -1 }), arg);
    expect(loose).toBe(persuade(listener({ salience: 0 }), arg));
  });
  it('persuade stays on the scale for any input that is a number', () => {
    const n = fc.double({ noNaN: true });
    fc.assert(
      fc.property(
        n,
        n,
        n,
        n,
        n,
        n,
        n,
        n,
        n,
        n,
        (x, anchor, salience, openness, fit, offence, trust, p, s, c) => {
          const y = persuade(
            { x, anchor, salience, openness, fit, offence, trust },
            { position: p, strength: s, speakerClout: c },
          );
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(100);
        },
      ),
      { seed: 16, endOnFailure: true },
    );
  });
  it('pivots rejects NaN positions, weights and thresholds', () => {
    expect(() => pivots([{ x: NaN, w: 1 }], 1)).toThrow(RangeError);
    expect(() => pivots([{ x: 1, w: NaN }], 1)).toThrow(RangeError);
    expect(() => pivots([{ x: 1, w: 1 }], NaN)).toThrow(RangeError);
  });
  it('a share of objectors above 1 (or below 0) never makes the blocking cost leave its range', () => {
    expect(blockingCost(2)).toBe(blockingCost(1));
    expect(blockingCost(-1)).toBe(blockingCost(0));
    expect(blockingCost(5)).toBeGreaterThan(0);
    expect(() => blockingCost(NaN)).toThrow(RangeError);
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (share) => {
        const k = blockingCost(share);
        expect(k).toBeGreaterThanOrEqual(blockingCost(1));
        expect(k).toBeLessThanOrEqual(blockingCost(0));
      }),
      { seed: 16, endOnFailure: true },
    );
  });
  it('wouldObject reads a salience above 1 as 1', () => {
    // Loss 30 points: at salience 1 the loss is 30, not 60.
    expect(wouldObject('consensus', 0, 2, 30, 0, 0)).toBe(wouldObject('consensus', 0, 1, 30, 0, 0));
    expect(() => wouldObject('consensus', NaN, 1, 30, 0, 0)).toThrow(RangeError);
  });
  it('with no deciders every rule gives the same answer: nothing is decided, the status quo stands', () => {
    for (const rule of RULE_IDS) expect(decide(rule, [] as Ballot[]).passed, rule).toBe(false);
  });
  it('the compromise point of a room where nobody cares is the fallback given, not an arbitrary 0', () => {
    expect(compromisePoint([{ x: 70, s: 0, c: 1 }], 40)).toBe(40);
    expect(compromisePoint([], 40)).toBe(40);
    expect(() => compromisePoint([{ x: NaN, s: 1, c: 1 }], 40)).toThrow(RangeError);
  });
});

// ---------- the challenge model's risk exponents ----------

// Bueno de Mesquita's EC car-emissions example (1994), as replicated by Scholz, Calbert & Smith (2011):
// capability, position (4–10 scale), salience.
const EC: Player[] = [
  [0.08, 7, 40],
  [0.08, 4, 80],
  [0.03, 4, 20],
  [0.16, 4, 80],
  [0.16, 10, 60],
  [0.16, 10, 60],
  [0.16, 10, 90],
  [0.05, 7, 10],
  [0.05, 4, 100],
  [0.08, 7, 70],
].map(([c, x, s]) => ({ c: c!, x: x!, s: s! / 100 }));

/** Risk exponents from Σ_j EU_j(j→k) with r = 1, each win probability summed voter by voter. */
function pairByPair(players: readonly Player[]): number[] {
  const security = players.map((k) =>
    players.reduce((t, j) => t + challengeUtility(j, k, players, 50, 1), 0),
  );
  const hi = Math.max(...security);
  const lo = Math.min(...security);
  return security.map((s) =>
    hi - lo > 1e-12 ? (1 - (2 * s - hi - lo) / (hi - lo) / 3) / (1 + (2 * s - hi - lo) / (hi - lo) / 3) : 1,
  );
}

describe('challenge model risk exponents', () => {
  it('reproduces the round-0 exponents of the EC example (positive-part win probability)', () => {
    const r = riskExponents(EC);
    const expected = [
      1.004407, 1.117181, 0.5, 1.117181, 1.017582, 1.017582, 2.0, 0.648264, 1.453712, 1.556875,
    ];
    r.forEach((v, k) => expect(v, `actor ${k}`).toBeCloseTo(expected[k]!, 5));
  });
  it('match the pair-by-pair sum over random rooms (the sorted-room shortcut changes no exponent)', () => {
    const actor = fc.record({
      x: fc.integer({ min: 0, max: 1000 }).map((v) => v / 10),
      // Saliences and clouts in hundredths, as the content gives them (denormal weights are noise to both).
      s: fc.integer({ min: 0, max: 100 }).map((v) => v / 100),
      c: fc.integer({ min: 0, max: 100 }).map((v) => v / 100),
    });
    fc.assert(
      fc.property(fc.array(actor, { minLength: 2, maxLength: 30 }), (players) => {
        const expected = pairByPair(players);
        riskExponents(players).forEach((r, k) => expect(r).toBeCloseTo(expected[k]!, 6));
      }),
      { numRuns: 300 },
    );
  });
  it('match the pair-by-pair sum where everyone who cares stands midway between two who do not', () => {
    // Between 0 and 100 the only vote is at 50, where it weighs neither way: an even chance.
    const players = [
      { x: 0, s: 0, c: 1 },
      { x: 100, s: 0, c: 1 },
      { x: 50, s: 1, c: 1 },
    ];
    const expected = pairByPair(players);
    expect(new Set(expected).size).toBeGreaterThan(1);
    riskExponents(players).forEach((r, k) => expect(r).toBeCloseTo(expected[k]!, 6));
  });
  it('are 1 for everyone when every actor is equally secure', () => {
    const r = riskExponents([
      { x: 0, s: 1, c: 1 },
      { x: 100, s: 1, c: 1 },
    ]);
    expect(r).toEqual([1, 1]);
    // The same when each expects a gain from challenging the other (salience 0.5: a security of 1 each).
    expect(
      riskExponents([
        { x: 0, s: 0.5, c: 1 },
        { x: 100, s: 0.5, c: 1 },
      ]),
    ).toEqual([1, 1]);
  });
  it('are used: a risk-averse target (r = 2) reacts differently from a risk-neutral one', () => {
    const uk = EC[6]!;
    const de = EC[3]!;
    const mu = 7;
    expect(challengeUtility(de, uk, EC, mu, 2)).not.toBeCloseTo(challengeUtility(de, uk, EC, mu, 1), 3);
    const reactions = [0.5, 1, 2].map((r) => reactToPressure(uk, de, EC, mu, r));
    expect(new Set(reactions.map((x) => `${x.kind}:${x.move.toFixed(4)}`)).size).toBeGreaterThan(1);
  });
  it('pressure is judged with the target’s own exponent from the room unless told otherwise', () => {
    const r = riskExponents(EC);
    for (const [t, h] of [
      [7, 6],
      [0, 1],
      [2, 4],
    ] as const) {
      const found = reactToPressure(EC[t]!, EC[h]!, EC, 7);
      expect(found).toEqual(reactToPressure(EC[t]!, EC[h]!, EC, 7, r[t]));
    }
    // Belgium (r ≈ 1.12) meets the UK's pressure 47% of the way; risk-neutral, it would go 11%.
    expect(reactToPressure(EC[1]!, EC[6]!, EC, 7).move).toBeCloseTo(0.4685, 4);
    expect(reactToPressure(EC[1]!, EC[6]!, EC, 7, 1).move).toBeCloseTo(0.1111, 4);
  });
});

// ---------- persuasion: the pull to the anchor comes with each speech heard ----------

describe('persuasion timing: each speech heard is one Friedkin–Johnsen step', () => {
  const l = listener({ x: 30, anchor: 10, salience: 0.4, fit: 0.5 });
  const w = 0.6 * 1 * 1 * 1 * 0.5; // MAX_PULL · strength · clout factor · trust · fit
  const lambda = 0.6;
  it('one speech: x′ = λ·((1 − w)·x + w·z) + (1 − λ)·x0', () => {
    expect(persuade(l, arg)).toBeCloseTo(lambda * ((1 - w) * 30 + w * 80) + (1 - lambda) * 10, 12);
  });
  it('the same argument heard again and again settles at the Friedkin–Johnsen fixed point', () => {
    let x = l.x;
    for (let k = 0; k < 200; k++) x = persuade({ ...l, x }, arg);
    expect(x).toBeCloseTo((lambda * w * 80 + (1 - lambda) * 10) / (1 - lambda + lambda * w), 9);
  });
  it('a speech out of earshot is no step: the listener keeps its place, with no pull to its anchor', () => {
    expect(persuade({ ...l, openness: 0.1 }, arg)).toBe(30);
  });
});
