// Stokman–Van Oosten exchange of voting positions across two issues at the equal-gain rate:
// h concedes `give`, t concedes `ask`.
import { checked, nonNegative, scale, unit } from './domain';

export interface ExchangeSide {
  /** Voting position, salience and clout on the issue h gives (t benefits). */
  readonly give: { readonly x: number; readonly s: number; readonly c: number };
  /** The same on the issue h asks for (h benefits). */
  readonly ask: { readonly x: number; readonly s: number; readonly c: number };
}

export interface IssueTotals {
  /** Expected outcome O = Σ c·s·x / Σ c·s, and Σ c·s, on each issue. */
  readonly give: { readonly outcome: number; readonly weight: number };
  readonly ask: { readonly outcome: number; readonly weight: number };
}

export type ExchangeResult =
  | {
      readonly ok: true;
      readonly hNewGive: number;
      readonly tNewAsk: number;
      readonly gainH: number;
      readonly gainT: number;
    }
  | { readonly ok: false; readonly reason: string };

function side(x: number, o: number): number {
  return Math.sign(x - o);
}

/**
 * Domain: positions and outcomes on the 0..100 scale, saliences and clouts in 0..1 (clamped; a side
 * with no salience or clout on an issue cannot trade it, and the answer is a refusal), issue weights
 * positive. NaN anywhere throws.
 *
 * `maxMove` bounds how far either partner moves its voting position (points): the model lets a trade
 * grow until a position reaches the expected outcome, which in a large room can be tens of points; a
 * game may hold one conversation to less (see CAUCUS_MAX_MOVE). The equal-gain rate is kept, so both
 * still gain, by less. None given: the model's own bound alone.
 */
export function exchange(
  rawH: ExchangeSide,
  rawT: ExchangeSide,
  rawTotals: IssueTotals,
  maxMove = Infinity,
): ExchangeResult {
  const h = inDomain(rawH, 'the offering side');
  const t = inDomain(rawT, 'the partner');
  const give = totalIn(rawTotals.give, 'the issue given');
  const ask = totalIn(rawTotals.ask, 'the issue asked');
  if (!(h.give.s > 0 && h.give.c > 0 && h.ask.s > 0 && t.ask.s > 0 && t.ask.c > 0 && t.give.s > 0))
    return { ok: false, reason: 'One of you has no stake in one of the issues.' };
  if (!(give.weight > 0 && ask.weight > 0))
    return { ok: false, reason: 'Nobody in the room weighs in on one of the issues.' };
  // Both must pull the outcome in opposite directions on both issues, or a shift helps nobody.
  if (
    side(h.give.x, give.outcome) * side(t.give.x, give.outcome) >= 0 ||
    side(h.ask.x, ask.outcome) * side(t.ask.x, ask.outcome) >= 0
  )
    return { ok: false, reason: 'You do not stand on opposite sides of the likely outcome on both issues.' };
  // Profitable for both only where relative saliences differ: t cares relatively more about `give`.
  if (!(h.ask.s * t.give.s > t.ask.s * h.give.s))
    return {
      ok: false,
      reason: 'They care about the issue you ask for at least as much, relative to the one you give.',
    };
  // Equal gain: |ΔO_ask| / |ΔO_give| = (s_h,give + s_t,give) / (s_h,ask + s_t,ask).
  const rate = (h.give.s + t.give.s) / (h.ask.s + t.ask.s);
  // Scale until one side's voting position reaches the expected outcome on the issue it concedes…
  const maxGive = (Math.abs(give.outcome - h.give.x) * h.give.c * h.give.s) / give.weight;
  const maxAsk = (Math.abs(ask.outcome - t.ask.x) * t.ask.c * t.ask.s) / ask.weight;
  // …or until an outcome reaches the beneficiary's own position: carried past it, the beneficiary
  // would start to lose, and the linear gains below would overstate what each side gets.
  const toT = Math.abs(t.give.x - give.outcome);
  const toH = Math.abs(h.ask.x - ask.outcome);
  // …or until a partner's voting position has moved `maxMove` points.
  const bound = nonNegative(maxMove, 'the largest move');
  const capGive = (bound * h.give.c * h.give.s) / give.weight;
  const capAsk = (bound * t.ask.c * t.ask.s) / ask.weight;
  const dGive = Math.min(maxGive, maxAsk / rate, toT, toH / rate, capGive, capAsk / rate);
  const dAsk = rate * dGive;
  const moveH = (dGive * give.weight) / (h.give.c * h.give.s);
  const moveT = (dAsk * ask.weight) / (t.ask.c * t.ask.s);
  const gainH = h.ask.s * dAsk - h.give.s * dGive;
  const gainT = t.give.s * dGive - t.ask.s * dAsk;
  const nothing = { ok: false, reason: 'The trade would gain them nothing.' } as const;
  // Both gain dGive · (s_h,ask·s_t,give − s_t,ask·s_h,give) / (s_h,ask + s_t,ask): positive, with the
  // saliences as required above, whenever the moves below are (kept against rounding).
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: the gains are positive when dGive is, which the moves' check requires; only a rounding at a salience ratio equal to 1e-16 could tell
  if (!(gainH > 0 && gainT > 0)) return nothing;
  if (!(moveH > 0.05 && moveT > 0.05)) return nothing;
  return {
    ok: true,
    hNewGive: h.give.x + Math.sign(give.outcome - h.give.x) * moveH,
    tNewAsk: t.ask.x + Math.sign(ask.outcome - t.ask.x) * moveT,
    gainH,
    gainT,
  };
}

/** What a domain error names, per side and issue: built once, not at every trade weighed. */
const WHAT = {
  'the offering side': issueWords('the offering side'),
  'the partner': issueWords('the partner'),
} as const;

function issueWords(who: string) {
  const words = (which: string) => ({
    x: `${who}'s position on ${which}`,
    s: `${who}'s salience on ${which}`,
    c: `${who}'s clout on ${which}`,
  });
  return { give: words('the issue given'), ask: words('the issue asked') };
}

type IssueWords = ReturnType<typeof issueWords>['give'];

function inDomain(a: ExchangeSide, who: keyof typeof WHAT): ExchangeSide {
  const words = WHAT[who];
  return { give: issueIn(a.give, words.give), ask: issueIn(a.ask, words.ask) };
}

function issueIn(v: ExchangeSide['give'], words: IssueWords): ExchangeSide['give'] {
  return { x: scale(v.x, words.x), s: unit(v.s, words.s), c: unit(v.c, words.c) };
}

const TOTAL_WHAT = {
  'the issue given': { outcome: 'the outcome on the issue given', weight: 'the weight of the issue given' },
  'the issue asked': { outcome: 'the outcome on the issue asked', weight: 'the weight of the issue asked' },
} as const;

function totalIn(v: IssueTotals['give'], which: keyof typeof TOTAL_WHAT): IssueTotals['give'] {
  const words = TOTAL_WHAT[which];
  return { outcome: scale(v.outcome, words.outcome), weight: checked(v.weight, words.weight) };
}
