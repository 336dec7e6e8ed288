// The Stokman–Van Oosten exchange of voting positions: each partner moves its voting position on the
// issue it cares less about, both gain equally (the equal-gain rate), and the trade grows until one
// of them reaches the expected outcome on the issue it gives.
import { describe, expect, it } from 'vitest';
import { exchange, type ExchangeSide } from '../../../src/model/exchange';
import { compromisePoint, type Bargainer } from '../../../src/model/spatial';

/** A two-issue room: the two partners, h and t, and the others who do not trade. */
interface Room {
  readonly h: ExchangeSide;
  readonly t: ExchangeSide;
  readonly others: { readonly give: readonly Bargainer[]; readonly ask: readonly Bargainer[] };
}

const weightOf = (actors: readonly Bargainer[]) => actors.reduce((w, a) => w + a.c * a.s, 0);
const onIssue = (room: Room, issue: 'give' | 'ask', h = room.h[issue].x, t = room.t[issue].x) => [
  { ...room.h[issue], x: h },
  { ...room.t[issue], x: t },
  ...room.others[issue],
];
const totals = (room: Room) => ({
  give: { outcome: compromisePoint(onIssue(room, 'give')), weight: weightOf(onIssue(room, 'give')) },
  ask: { outcome: compromisePoint(onIssue(room, 'ask')), weight: weightOf(onIssue(room, 'ask')) },
});
/** Linear utility of the expected outcomes to a partner: −Σ s·|O − x| over the two issues. */
const utility = (side: ExchangeSide, give: number, ask: number) =>
  -side.give.s * Math.abs(give - side.give.x) - side.ask.s * Math.abs(ask - side.ask.x);

// h (a reformer) gives on an issue it barely cares about (0.2) and asks on one it cares about (0.9);
// t the other way round. Clouts differ so that every c·s weight counts.
const ROOM: Room = {
  h: { give: { x: 30, s: 0.2, c: 0.5 }, ask: { x: 90, s: 0.9, c: 0.5 } },
  t: { give: { x: 80, s: 0.6, c: 0.8 }, ask: { x: 20, s: 0.1, c: 0.8 } },
  others: {
    give: [
      { x: 50, s: 0.5, c: 1 },
      { x: 60, s: 0.4, c: 0.5 },
    ],
    ask: [
      { x: 55, s: 0.6, c: 1 },
      { x: 40, s: 0.5, c: 0.4 },
    ],
  },
};

/**
 * The reference trade, made inside each test that reads it: Stryker switches a mutant on only as the
 * tests start, so a trade made as the file loads would never see it.
 */
function referenceTrade() {
  const before = totals(ROOM);
  const r = exchange(ROOM.h, ROOM.t, before);
  if (!r.ok) throw new Error(`the reference trade is refused: ${r.reason}`);
  const after = {
    give: compromisePoint(onIssue(ROOM, 'give', r.hNewGive)),
    ask: compromisePoint(onIssue(ROOM, 'ask', undefined, r.tNewAsk)),
  };
  const dGive = Math.abs(after.give - before.give.outcome);
  const dAsk = Math.abs(after.ask - before.ask.outcome);
  return { before, r, after, dGive, dAsk };
}

describe('exchange of voting positions (Stokman & Van Oosten)', () => {
  it('each partner concedes toward the expected outcome on the issue it gives, and no further', () => {
    const { before, r } = referenceTrade();
    expect(r.hNewGive).toBeGreaterThan(ROOM.h.give.x);
    expect(r.hNewGive).toBeLessThanOrEqual(before.give.outcome + 1e-9);
    expect(r.tNewAsk).toBeGreaterThan(ROOM.t.ask.x);
    expect(r.tNewAsk).toBeLessThanOrEqual(before.ask.outcome + 1e-9);
  });

  it('the trade grows until one partner reaches the expected outcome on the issue it gives', () => {
    const { before, r } = referenceTrade();
    // Here h runs out first: its voting position on the given issue lands on the old outcome.
    expect(r.hNewGive).toBeCloseTo(before.give.outcome, 9);
    expect(r.tNewAsk).toBeLessThan(before.ask.outcome - 1);
  });

  it('the outcomes move toward each beneficiary: the given issue toward t, the asked issue toward h', () => {
    const { before, after } = referenceTrade();
    expect(after.give).toBeGreaterThan(before.give.outcome); // t stands at 80, above
    expect(after.ask).toBeGreaterThan(before.ask.outcome); // h stands at 90, above
  });

  it('both partners gain, and gain the same (the equal-gain rate)', () => {
    const { before, r, after } = referenceTrade();
    const gainH =
      utility(ROOM.h, after.give, after.ask) - utility(ROOM.h, before.give.outcome, before.ask.outcome);
    const gainT =
      utility(ROOM.t, after.give, after.ask) - utility(ROOM.t, before.give.outcome, before.ask.outcome);
    expect(gainH).toBeGreaterThan(0);
    expect(gainT).toBeGreaterThan(0);
    expect(gainH).toBeCloseTo(gainT, 9);
    // The gains the model reports are the ones the moved outcomes give.
    expect(r.gainH).toBeCloseTo(gainH, 9);
    expect(r.gainT).toBeCloseTo(gainT, 9);
  });

  it('the exchange ratio |ΔO_ask| / |ΔO_give| is (s_h,give + s_t,give) / (s_h,ask + s_t,ask)', () => {
    const { dGive, dAsk } = referenceTrade();
    expect(dAsk / dGive).toBeCloseTo((0.2 + 0.6) / (0.9 + 0.1), 9);
  });

  it('worked figures: the given issue’s outcome moves as far as h’s weight allows, the asked one 0.8 times that', () => {
    const { before, r, dGive, dAsk } = referenceTrade();
    // Σ c·s on the given issue: 0.1 + 0.48 + 0.5 + 0.2 = 1.28; h can move it at most 20 × 0.1 / 1.28.
    const wGive = 0.5 * 0.2 + 0.8 * 0.6 + 0.5 + 0.2;
    expect(before.give.weight).toBeCloseTo(wGive, 12);
    const maxGive = ((before.give.outcome - 30) * 0.5 * 0.2) / wGive;
    expect(dGive).toBeCloseTo(maxGive, 9);
    expect(dAsk).toBeCloseTo(0.8 * maxGive, 9);
    expect(r.gainH).toBeCloseTo(0.9 * 0.8 * maxGive - 0.2 * maxGive, 9);
  });

  it('when t runs out first, t lands on the outcome of the issue it gives instead', () => {
    // t holds little ground on the asked issue: 2 points from the outcome.
    const room: Room = {
      ...ROOM,
      t: { ...ROOM.t, ask: { x: 0, s: 0.1, c: 0.8 } },
      others: { ...ROOM.others, ask: [{ x: 1, s: 1, c: 10 }] },
    };
    const tt = totals(room);
    const x = exchange(room.h, room.t, tt);
    if (!x.ok) throw new Error(x.reason);
    expect(x.tNewAsk).toBeCloseTo(tt.ask.outcome, 9);
    expect(x.hNewGive).toBeLessThan(tt.give.outcome - 1e-3);
    expect(x.hNewGive).toBeGreaterThan(room.h.give.x);
    expect(x.gainH).toBeCloseTo(x.gainT, 9);
  });

  it('is symmetric under mirroring the scale: the same trade from the other side of each outcome', () => {
    const { r } = referenceTrade();
    const mirror = (s: ExchangeSide): ExchangeSide => ({
      give: { ...s.give, x: 100 - s.give.x },
      ask: { ...s.ask, x: 100 - s.ask.x },
    });
    const room: Room = {
      h: mirror(ROOM.h),
      t: mirror(ROOM.t),
      others: {
        give: ROOM.others.give.map((a) => ({ ...a, x: 100 - a.x })),
        ask: ROOM.others.ask.map((a) => ({ ...a, x: 100 - a.x })),
      },
    };
    const m = exchange(room.h, room.t, totals(room));
    if (!m.ok) throw new Error(m.reason);
    expect(m.hNewGive).toBeCloseTo(100 - r.hNewGive, 9);
    expect(m.tNewAsk).toBeCloseTo(100 - r.tNewAsk, 9);
    expect(m.gainH).toBeCloseTo(r.gainH, 9);
  });
});

describe('when there is no trade', () => {
  const refused = (h: ExchangeSide, t: ExchangeSide, room = ROOM) => {
    const x = exchange(h, t, totals({ ...room, h, t }));
    return x.ok ? null : x.reason;
  };

  it('partners on the same side of the outcome on either issue have nothing to trade', () => {
    const sameGive = { ...ROOM.t, give: { ...ROOM.t.give, x: 10 } };
    expect(refused(ROOM.h, sameGive)).toMatch(/opposite sides/);
    const sameAsk = { ...ROOM.t, ask: { ...ROOM.t.ask, x: 95 } };
    expect(refused(ROOM.h, sameAsk)).toMatch(/opposite sides/);
  });

  it('a partner standing on the outcome itself is on neither side', () => {
    const room = totals(ROOM);
    const onOutcome = { ...ROOM.t, give: { ...ROOM.t.give, x: room.give.outcome } };
    const x = exchange(ROOM.h, onOutcome, room);
    expect(x.ok ? null : x.reason).toMatch(/opposite sides/);
    const hOnAsk = { ...ROOM.h, ask: { ...ROOM.h.ask, x: room.ask.outcome } };
    const y = exchange(hOnAsk, ROOM.t, room);
    expect(y.ok ? null : y.reason).toMatch(/opposite sides/);
  });

  it('without a difference in relative salience nobody gains: equal ratios are refused', () => {
    // h: ask/give = 0.6/0.3 = 2; t: give/ask = 0.4/0.2 = 2, so s_h,ask·s_t,give = s_t,ask·s_h,give.
    const h = { give: { ...ROOM.h.give, s: 0.3 }, ask: { ...ROOM.h.ask, s: 0.6 } };
    const t = { give: { ...ROOM.t.give, s: 0.2 }, ask: { ...ROOM.t.ask, s: 0.4 } };
    expect(refused(h, t)).toMatch(/care about the issue you ask for/);
  });

  it('asking for what the partner values more, relative to what is given, is refused', () => {
    const t = { give: { ...ROOM.t.give, s: 0.1 }, ask: { ...ROOM.t.ask, s: 0.9 } };
    expect(refused(ROOM.h, t)).toMatch(/care about the issue you ask for/);
  });

  it('a trade too small to move anyone by a twentieth of a point is refused', () => {
    // h already stands almost on the outcome of the issue it gives.
    const room = totals(ROOM);
    const h = { ...ROOM.h, give: { ...ROOM.h.give, x: room.give.outcome - 0.04 } };
    const x = exchange(h, ROOM.t, room);
    expect(x.ok ? null : x.reason).toMatch(/gain them nothing/);
    // …and t likewise on the issue it gives.
    const t = { ...ROOM.t, ask: { ...ROOM.t.ask, x: room.ask.outcome - 0.04 } };
    const y = exchange(ROOM.h, t, room);
    expect(y.ok ? null : y.reason).toMatch(/gain them nothing/);
  });

  it('is refused when either partner would move by less than a twentieth of a point, however far the other', () => {
    // h carries the given issue almost alone and stands 0.04 from its outcome: it would move 0.04,
    // while t, small on the asked issue, would move several points.
    const h = { give: { x: 49.96, s: 0.5, c: 1.8 }, ask: { x: 90, s: 0.9, c: 1 } };
    const t = { give: { x: 80, s: 0.9, c: 1 }, ask: { x: 20, s: 0.2, c: 0.5 } };
    const x = exchange(h, t, { give: { outcome: 50, weight: 1 }, ask: { outcome: 50, weight: 10 } });
    expect(x.ok ? null : x.reason).toMatch(/gain them nothing/);
    // The same the other way round: t would move 0.04 on the asked issue.
    const h2 = { give: { x: 10, s: 0.5, c: 0.5 }, ask: { x: 90, s: 0.9, c: 1 } };
    const t2 = { give: { x: 80, s: 0.9, c: 1 }, ask: { x: 49.96, s: 0.2, c: 5 } };
    const y = exchange(h2, t2, { give: { outcome: 50, weight: 10 }, ask: { outcome: 50, weight: 1 } });
    expect(y.ok ? null : y.reason).toMatch(/gain them nothing/);
  });

  it('a partner standing on the outcome of the issue it gives is on neither side, below or above', () => {
    const totalsAt50 = { give: { outcome: 50, weight: 2 }, ask: { outcome: 50, weight: 2 } };
    const h = { give: { x: 30, s: 0.2, c: 1 }, ask: { x: 10, s: 0.9, c: 1 } };
    const t = { give: { x: 80, s: 0.6, c: 1 }, ask: { x: 50, s: 0.1, c: 1 } };
    const x = exchange(h, t, totalsAt50);
    expect(x.ok ? null : x.reason).toMatch(/opposite sides/);
  });

  it('a trade of just over a twentieth of a point goes through', () => {
    const room = totals(ROOM);
    const h = { ...ROOM.h, give: { ...ROOM.h.give, x: room.give.outcome - 0.06 } };
    const x = exchange(h, ROOM.t, room);
    expect(x.ok).toBe(true);
  });
});

describe('a trade nobody can make', () => {
  const reason = (h: ExchangeSide, t: ExchangeSide, t0 = totals(ROOM)) => {
    const x = exchange(h, t, t0);
    return x.ok ? null : x.reason;
  };
  it('is refused when a partner has no salience or no clout on an issue it trades', () => {
    const none = (side: ExchangeSide, issue: 'give' | 'ask', what: 's' | 'c') => ({
      ...side,
      [issue]: { ...side[issue], [what]: 0 },
    });
    for (const [issue, what] of [
      ['give', 's'],
      ['give', 'c'],
      ['ask', 's'],
    ] as const)
      expect(reason(none(ROOM.h, issue, what), ROOM.t), `h ${issue} ${what}`).toBe(
        'One of you has no stake in one of the issues.',
      );
    for (const [issue, what] of [
      ['ask', 's'],
      ['ask', 'c'],
      ['give', 's'],
    ] as const)
      expect(reason(ROOM.h, none(ROOM.t, issue, what)), `t ${issue} ${what}`).toBe(
        'One of you has no stake in one of the issues.',
      );
  });
  it('is refused when nobody in the room weighs in on one of the issues', () => {
    const t0 = totals(ROOM);
    for (const issue of ['give', 'ask'] as const)
      expect(reason(ROOM.h, ROOM.t, { ...t0, [issue]: { ...t0[issue], weight: 0 } }), issue).toBe(
        'Nobody in the room weighs in on one of the issues.',
      );
  });
});
