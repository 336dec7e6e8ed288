// The AI policy: what a computer-played delegation (or chair) does next, from its interests.
// It only proposes events; the machine decides whether they stand.
import type { IssueId } from '../content/types';
import { ISSUE_IDS } from '../content/types';
import { amendmentProblem, clamp, draftValue } from './draft';
import { agendaItemOf, clausesOf, draftValueOf } from './items';
import { indexLibrary, type Library } from './library';
import { allIssueTotals, cardsFor, evaluateExchange } from './ops';
import { CAUCUS_MAX_MOVE } from './procedure/caucus';
import type { ChairMove, PhaseFacts } from './phase';
import { rosterOf } from './roster';
import { wouldObject } from './rules';
import {
  hasHumans,
  isHuman,
  random,
  type CaucusOffer,
  type SessionContext,
  type SessionEvent,
} from './session';
import { peekRng, seedRng } from './rng';
import { pressureIn, type Player } from './challenge';

/** AI delegations make at most this many caucus moves (a deal offered or pressure applied) in a session. */
export const AI_OFFERS = 1;
/**
 * Computer-played delegations start no caucus (a deal or pressure) once the room has held this many on
 * the item in hand. Each may make AI_OFFERS in a session, and on a divisive item nearly every speaker
 * on the list wanted one: ten side conversations on one item, where a plenary's debate of an item
 * leaves room for a few. Two keeps deals and pressure in most AI-only meetings without making them
 * the meeting.
 */
export const AI_CAUCUSES_PER_ITEM = 2;
/**
 * The scale of what a deal is worth to a delegation: salience-weighted points of expected outcome. In
 * a room of 54 one partner's voting position moves the expected outcome by a fraction of a point, the
 * more so with each partner moving at most CAUCUS_MAX_MOVE points; the best trades of the 2012
 * meetings gain about 0.06. A partner's reservation is drawn from nothing to twice this
 * (dealReservation), so a trade gaining it DEAL_MIN_GAIN is taken about half the time.
 */
export const DEAL_MIN_GAIN = 0.05;
/**
 * A deal is worth offering when it gains the speaker this much. With only the single best trade
 * offered (a gain above 0.05), every deal of an AI-only 2012 meeting was Russia's with the United
 * States; from 0.02 a delegation has a handful of partners worth approaching (the United States,
 * Canada, the EU, Australia, Switzerland…), the less profitable ones less often (chooseCaucus).
 */
export const OFFER_MIN_GAIN = 0.02;
/**
 * Pressure is worth applying when the target is expected to give way enough to move the room's
 * expected outcome this many points toward the speaker (its clout · salience share of its move, which
 * is at most CAUCUS_MAX_MOVE points): only a weighty delegation that cares is worth pressing.
 */
export const PRESS_MIN_SHIFT = 0.1;
/** An amendment must bring the draft this many points nearer an AI's position to be worth moving. */
export const AMEND_THRESHOLD = 4;
// Calibrated on AI-only sessions (`npm run bench` prints the rates per scenario and who deals with and
// presses whom): with these values about one and a half deals offered per session (about a third
// taken: dealReservation), a quarter to two pressures, spread over ten to twenty-five pairs of
// partners and a few to thirty pairs of presser and pressed; a pressed delegation moving 1–6 points
// and a deal's partners about 5 each, and the untouched history still reached.
/** Deals are sought on issues that matter this much to the speaker… */
export const DEAL_SALIENCE = 0.5;
/** …when the draft stands at least this far from its position (an amendment usually closes 4–10). */
export const DEAL_DISTANCE = 15;

/**
 * The AI's next move in a state of the meeting, as the chart describes it (`at`: whose move the
 * state waits for, and the Chair's moves that carry it on).
 */
export function nextAiEvent(lib: Library, at: PhaseFacts, ctx: SessionContext): SessionEvent | null {
  const roster = rosterOf(lib, ctx.scenarioId);
  const chair = roster.chair;
  const chairIsAi = !isHuman(ctx, chair);
  switch (at.awaits) {
    case 'chair':
      return chairIsAi ? chairMove(ctx, chair, at.chairMoves) : null;
    case 'speaker':
      return floorMove(lib, ctx, chairIsAi);
    case 'addressee': {
      const c = ctx.caucus!;
      if (isHuman(ctx, c.to)) return null;
      return takesOffer(lib, ctx, c)
        ? { type: 'CAUCUS_ACCEPT', by: c.to }
        : { type: 'CAUCUS_REFUSE', by: c.to };
    }
    case 'answers':
      return callMove(lib, ctx, chairIsAi);
    case 'nobody':
      return null;
  }
}

/**
 * The AI Chair carries the meeting on by the state's usual move; where it may choose (after a call
 * without consensus), it holds one round of consultations, then refers the definition to committee
 * and defers anything else.
 */
function chairMove(ctx: SessionContext, chair: string, moves: readonly ChairMove[]): SessionEvent | null {
  const may = (type: ChairMove) => moves.includes(type);
  const chairs = (type: ChairMove): SessionEvent => ({ type, by: chair });
  if (may('CONSULT') && ctx.item!.consultations < 1) return chairs('CONSULT');
  if (may('REFER') && ctx.item!.issue === 'definition') return chairs('REFER');
  const usual = moves.find((type) => type !== 'CONSULT' && type !== 'REFER');
  return usual ? chairs(usual) : null;
}

function floorMove(lib: Library, ctx: SessionContext, chairIsAi: boolean): SessionEvent | null {
  const item = ctx.item!;
  const speaker = item.speakers[0];
  if (speaker === undefined) {
    if (!chairIsAi) return null;
    const chair = rosterOf(lib, ctx.scenarioId).chair;
    const agenda = agendaItemOf(lib, ctx);
    if (!agenda.decides) return { type: 'CONCLUDE', by: chair };
    if (Math.abs(draftValueOf(lib, ctx) - agenda.statusQuo) < 0.5) return { type: 'DEFER', by: chair };
    return { type: 'TABLE_DRAFT', by: chair };
  }
  if (isHuman(ctx, speaker)) return null;
  // A turn: amend if it matters, speak, look for a deal if it still wants one, yield.
  if (!item.turn.amended && !item.turn.spoke) {
    const amend = chooseAmendment(lib, ctx, speaker);
    if (amend) return amend;
  }
  const dealing =
    (ctx.offersMade[speaker] ?? 0) < AI_OFFERS &&
    wantsDeal(lib, ctx, speaker) &&
    caucusesOnItem(ctx) < AI_CAUCUSES_PER_ITEM;
  if (!item.turn.spoke) {
    const card = chooseCard(lib, ctx, speaker);
    if (card)
      return dealing
        ? { type: 'SPEAK', by: speaker, card }
        : { type: 'SPEAK', by: speaker, card, yield: true };
  }
  if (dealing) {
    const move = chooseCaucus(lib, ctx, speaker);
    if (move) return move;
  }
  return { type: 'YIELD', by: speaker };
}

/** The argument nearest the speaker's own position, weighed by its strength, with a little chance. */
export function chooseCard(lib: Library, ctx: SessionContext, by: string): string | null {
  const roster = rosterOf(lib, ctx.scenarioId);
  const i = roster.index[by]!;
  const issue = ctx.item!.issue;
  const x = ctx.pos[issue][i]!;
  let best: string | null = null;
  let bestScore = -Infinity;
  let k = 0;
  for (const card of cardsFor(lib, roster)[issue][i]!) {
    if (ctx.item!.played.includes(card.id)) continue;
    const score = -Math.abs(card.position - x) / 25 + card.strength + 0.5 * random(ctx, k++);
    // Stryker disable next-line EqualityOperator: each score carries its own continuous draw: two never tie
    if (score > bestScore) {
      bestScore = score;
      best = card.id;
    }
  }
  return best;
}

/** A participant who cares amends the draft toward its position when one clause makes a real difference. */
export function chooseAmendment(lib: Library, ctx: SessionContext, by: string): SessionEvent | null {
  const roster = rosterOf(lib, ctx.scenarioId);
  const i = roster.index[by]!;
  if (roster.kind[i] !== 'participant') return null;
  const issue = ctx.item!.issue;
  if (ctx.sal[issue][i]! < 0.5) return null;
  const agenda = agendaItemOf(lib, ctx);
  const x = ctx.pos[issue][i]!;
  const ix = indexLibrary(lib);
  const current = ctx.item!.clauses;
  const now = draftValue(agenda, clausesOf(lib, current));
  let best: SessionEvent | null = null;
  let bestGain = AMEND_THRESHOLD;
  for (const clause of lib.clauses) {
    // Stryker disable next-line ConditionalExpression: a shortcut: amendmentProblem refuses a clause of another issue
    if (clause.issue !== issue) continue;
    const op = current.includes(clause.id) ? 'remove' : 'add';
    if (amendmentProblem(agenda, current, op, clause, (id) => ix.clause.get(id))) continue;
    const after = clamp(now + (op === 'add' ? clause.effect : -clause.effect));
    // A draft that changes nothing is no draft: leave that to an objection.
    if (Math.abs(after - agenda.statusQuo) < 0.5) continue;
    const gain = Math.abs(now - x) - Math.abs(after - x);
    if (gain > bestGain) {
      bestGain = gain;
      best = { type: 'AMEND', by, op, clause: clause.id };
    }
  }
  return best;
}

/** Caucuses (deals offered, pressure applied) the room has held on the item in hand, by anyone. */
export function caucusesOnItem(ctx: SessionContext): number {
  let n = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: logItem[-1] is undefined and ends the walk too; log[0] is the START
  for (let k = ctx.log.length - 1; k >= 0; k--) {
    if (ctx.logItem[k] !== ctx.itemIndex) break;
    const type = ctx.log[k]!.type;
    if (type === 'CAUCUS_OFFER' || type === 'PRESSURE') n++;
  }
  return n;
}

/** A participant looks for a deal only when the draft is far from what it wants on an issue it cares about. */
export function wantsDeal(lib: Library, ctx: SessionContext, by: string): boolean {
  const roster = rosterOf(lib, ctx.scenarioId);
  const i = roster.index[by]!;
  const issue = ctx.item!.issue;
  if (roster.kind[i] !== 'participant' || ctx.sal[issue][i]! < DEAL_SALIENCE) return false;
  return Math.abs(draftValueOf(lib, ctx) - ctx.pos[issue][i]!) >= DEAL_DISTANCE;
}

/**
 * What a deal must gain a delegation before it moves: its reservation, its own judgement of what its
 * instructions and other commitments allow, which the delegation offering cannot see. At the
 * exchange model's equal-gain rate both partners of a trade gain the same, so an offerer that judged
 * its partner by its own measure would never be refused; here each delegation's reservation is drawn
 * once a session, from nothing to twice the gain an offerer seeks (DEAL_MIN_GAIN), so a partner takes
 * about half the trades offered to it, and one that asks more than the trade gains it declines.
 */
export function dealReservation(ctx: SessionContext, id: string): number {
  return 2 * DEAL_MIN_GAIN * peekRng(seedRng(`reservation/${ctx.seed}/${id}`));
}

/**
 * Whether a computer-played addressee takes the offer in hand: the trade gains both partners, as the
 * exchange model requires, and gains it at least its reservation.
 */
export function takesOffer(lib: Library, ctx: SessionContext, c: CaucusOffer): boolean {
  const r = evaluateExchange(lib, ctx, c.by, c.to, c.give, c.ask);
  return r.ok && r.gainT >= dealReservation(ctx, c.to);
}

/** A caucus move the speaker might make, and what it expects to gain by it. */
interface Candidate {
  readonly move: SessionEvent;
  /** Salience-weighted points of expected outcome the speaker expects to gain. */
  readonly weight: number;
}

/**
 * The speaker's caucus move, if one is worth making: one of the deals and pressures worth it, each
 * with a chance in proportion to what the speaker expects to gain by it (Luce's choice rule), drawn
 * from the session's seeded RNG. The most profitable move is the likeliest, not the only one: a
 * delegation does not know its partners' reservations or their attitude to risk, and the one with the
 * most clout is not the only door it knocks on.
 */
export function chooseCaucus(lib: Library, ctx: SessionContext, by: string): SessionEvent | null {
  return luceChoice(ctx, [...dealsWorthOffering(lib, ctx, by), ...pressuresWorthApplying(lib, ctx, by)]);
}

/**
 * The exchanges of positions the speaker could offer an AI delegation that gain it at least
 * OFFER_MIN_GAIN, each weighed by its gain times the chance the partner takes it (its reservation is
 * drawn up to twice DEAL_MIN_GAIN, dealReservation, and the partner gains what the trade gives it).
 */
export function dealsWorthOffering(lib: Library, ctx: SessionContext, by: string): Candidate[] {
  const roster = rosterOf(lib, ctx.scenarioId);
  const ask = ctx.item!.issue;
  const h = roster.index[by]!;
  const trades: Candidate[] = [];
  const totals = allIssueTotals(lib, ctx);
  const side = (issue: IssueId, i: number) => Math.sign(ctx.pos[issue][i]! - totals[issue].outcome);
  const hAsk = side(ask, h);
  // Stryker disable next-line ConditionalExpression: a shortcut: exchange() refuses a side standing at the outcome
  if (hAsk === 0) return trades;
  for (const give of ISSUE_IDS as readonly IssueId[]) {
    // Stryker disable next-line ConditionalExpression: exchange() refuses an issue traded for itself (equal relative saliences)
    if (give === ask) continue;
    const hGive = side(give, h);
    // Stryker disable next-line ConditionalExpression: a shortcut: exchange() refuses a side standing at the outcome
    if (hGive === 0) continue;
    for (const t of roster.participants) {
      if (!ctx.present[t]) continue;
      // Cheap screens first: the partner must stand across the likely outcome on both issues (which the
      // speaker never does from itself).
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut: exchange() refuses the same pairs
      if (side(ask, t) !== -hAsk || side(give, t) !== -hGive) continue;
      const to = roster.ids[t]!;
      if (isHuman(ctx, to)) continue;
      const r = evaluateExchange(lib, ctx, by, to, give, ask, totals);
      if (r.ok && r.gainH >= OFFER_MIN_GAIN) {
        const taken = Math.min(1, r.gainT / (2 * DEAL_MIN_GAIN));
        trades.push({ move: { type: 'CAUCUS_OFFER', by, to, give, ask }, weight: r.gainH * taken });
      }
    }
  }
  return trades;
}

/**
 * The AI delegations worth pressing on the issue in hand, each weighed by the speaker's salience times
 * the shift of the room's expected outcome it expects. The speaker cannot know a target's attitude to
 * risk, so it judges each reaction risk-neutral (r = 1); the target's real reaction (in the PRESSURE
 * effect) uses its own exponent from the room.
 */
export function pressuresWorthApplying(lib: Library, ctx: SessionContext, by: string): Candidate[] {
  const roster = rosterOf(lib, ctx.scenarioId);
  const issue = ctx.item!.issue;
  const h = roster.index[by]!;
  const pos = ctx.pos[issue];
  const sal = ctx.sal[issue];
  const present = roster.participants.filter((i) => ctx.present[i]);
  const room: Player[] = present.map((i) => ({ x: pos[i]!, s: sal[i]!, c: roster.clout[i]! }));
  let weight = 0;
  let num = 0;
  for (const p of room) {
    weight += p.c * p.s;
    num += p.c * p.s * p.x;
  }
  const targets: Candidate[] = [];
  if (!(weight > 0)) return targets;
  const mu = num / weight;
  const me: Player = { x: pos[h]!, s: sal[h]!, c: roster.clout[h]! };
  const reactToPressure = pressureIn(room);
  present.forEach((t, k) => {
    // Stryker disable next-line ConditionalExpression: a shortcut: the speaker stands on its own side, refused below
    if (t === h) return;
    const target = room[k]!;
    // Only a target on the far side of the likely outcome holds the room away from the speaker.
    if (Math.sign(target.x - mu) === Math.sign(me.x - mu) || Math.abs(target.x - me.x) < 1) return;
    const to = roster.ids[t]!;
    if (isHuman(ctx, to)) return;
    // Giving way moves the target at most CAUCUS_MAX_MOVE points toward the speaker (pressedPosition).
    const shift = (target.c * target.s * Math.min(Math.abs(me.x - target.x), CAUCUS_MAX_MOVE)) / weight;
    // Even full capitulation would not be enough (the expected shift, shift · reaction.move, is at most shift).
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut: the check on `expected` refuses the same
    if (shift <= PRESS_MIN_SHIFT) return;
    const reaction = reactToPressure(target, me, mu, 1);
    const expected = shift * reaction.move;
    if (expected > PRESS_MIN_SHIFT)
      targets.push({ move: { type: 'PRESSURE', by, to }, weight: me.s * expected });
  });
  return targets;
}

/** Salt of the caucus draw, apart from the draws of cards (salts 0, 1, 2… in the same state). */
const CAUCUS_CHOICE_SALT = 7001;

/** One of the moves, each with a chance in proportion to its weight; null when there are none. */
function luceChoice(ctx: SessionContext, moves: readonly Candidate[]): SessionEvent | null {
  let total = 0;
  for (const m of moves) total += m.weight;
  let left = random(ctx, CAUCUS_CHOICE_SALT) * total;
  for (const m of moves) {
    left -= m.weight;
    if (left < 0) return m.move;
  }
  return moves.at(-1)?.move ?? null;
}

function callMove(lib: Library, ctx: SessionContext, chairIsAi: boolean): SessionEvent | null {
  const roster = rosterOf(lib, ctx.scenarioId);
  const agenda = agendaItemOf(lib, ctx);
  const y = draftValueOf(lib, ctx);
  const call = ctx.item!.call!;
  const issue = agenda.issue;
  const n = roster.participants.filter((i) => ctx.present[i]).length;
  const people = hasHumans(ctx);
  const pos = ctx.pos[issue];
  const sal = ctx.sal[issue];
  // Objections come one at a time: each one lowers the cost for the next.
  for (const i of roster.participants) {
    const id = roster.ids[i]!;
    if (!ctx.present[i] || (people && isHuman(ctx, id)) || call.objections.includes(id)) continue;
    const share = n > 1 ? call.objections.length / (n - 1) : 0;
    if (wouldObject(ctx.rule, pos[i]!, sal[i]!, y, agenda.statusQuo, share))
      return { type: 'OBJECT', by: id };
  }
  // The gavel waits until every person holding a participant's seat has answered the call.
  const waiting =
    people &&
    roster.participants.some((i) => {
      const id = roster.ids[i]!;
      return (
        ctx.present[i] &&
        // Stryker disable next-line ConditionalExpression: only an AI chair gavels (below), and an AI chair is no person
        id !== roster.chair &&
        isHuman(ctx, id) &&
        !call.responded.includes(id)
      );
    });
  return chairIsAi && !waiting ? { type: 'CLOSE_CALL', by: roster.chair } : null;
}

/**
 * What a seat held by a person does when nobody is there to play it (a replay under another rule
 * that runs past the recorded moves): a speaker yields, a participant concurs, an offer is declined,
 * and a chair's procedure is the AI chair's.
 */
export function absentPlayerMove(
  lib: Library,
  at: PhaseFacts,
  ctx: SessionContext,
  id: string,
): SessionEvent | null {
  const chair = rosterOf(lib, ctx.scenarioId).chair;
  if (id === chair) return nextAiEvent(lib, at, { ...ctx, humans: {} });
  if (at.awaits === 'speaker') return { type: 'YIELD', by: id };
  if (at.awaits === 'answers') return { type: 'CONCUR', by: id };
  if (at.awaits === 'addressee') return { type: 'CAUCUS_REFUSE', by: id };
  return null;
}
