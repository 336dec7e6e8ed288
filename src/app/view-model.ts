// What the scenes show, derived from the snapshot: seats and stances, the draft, the speakers, a
// delegation's hand and the actions open to it. Pure, so scenes stay thin and this is tested in Node.
import { ISSUE_NAME } from '../content/issues';
import type { ArgumentCard, Clause, IssueId } from '../content/types';
import { callObjectors, forecastCall, liveMeter } from '../model/decision';
import { amendmentProblem } from '../model/draft';
import { agendaItemOf, draftOf } from '../model/items';
import { indexLibrary, type Library } from '../model/library';
import { playableBy, problemWith } from '../model/ops';
import type { Phase } from '../model/phase';
import { rosterOf } from '../model/roster';
import { RULE_IDS, RULES, type RuleId } from '../model/rules';
import {
  isHuman,
  nameOf,
  type SessionContext,
  type SessionEvent,
  type SessionEventType,
} from '../model/session';
import { phaseFacts } from '../machines/plenary';
import { prefers } from '../model/spatial';
import { tallyLine, tallyOf, type Tally } from '../model/tally';

export type SeatStance = 'supports' | 'opposes' | 'objects' | 'observer' | 'absent' | 'chair';

export interface Seat {
  readonly id: string;
  readonly name: string;
  readonly kind: 'participant' | 'observer';
  readonly stance: SeatStance;
  /** Position on the item's issue, 0..100. */
  readonly position: number;
  readonly human: string | null;
  /**
   * A person's seat that has not answered the call (or no call is open): the stance is what the model
   * expects of it, and the decision is theirs.
   */
  readonly theirCall: boolean;
  /** Normalised coordinates in the hall, 0..1. */
  readonly x: number;
  readonly y: number;
  readonly speaking: boolean;
  /** Why it last moved, in words, or null. */
  readonly why: string | null;
}

export const STANCE_LABEL: Record<SeatStance, string> = {
  supports: 'supports the draft',
  opposes: 'prefers the status quo but will not block',
  objects: 'objects (would block under consensus)',
  observer: 'observer: speaks, cannot block',
  absent: 'not in the room',
  chair: 'the Chair',
};

/** A symbol for each stance, so colour is never the only cue. */
export const STANCE_SYMBOL: Record<SeatStance, string> = {
  supports: '✓',
  opposes: '–',
  objects: '✕',
  observer: '◇',
  absent: '·',
  chair: '★',
};

/** Seats on a horseshoe facing the chair; observers along the side. */
export function hallLayout(n: number, observers: number): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  const rows = [Math.ceil(n * 0.4), Math.ceil(n * 0.33), n - Math.ceil(n * 0.4) - Math.ceil(n * 0.33)];
  let k = 0;
  rows.forEach((count, r) => {
    const radius = 0.42 - r * 0.12;
    for (let j = 0; j < count && k < n; j++, k++) {
      const a = Math.PI * (0.08 + (0.84 * (j + 0.5)) / count);
      out.push({ x: 0.5 - radius * Math.cos(a), y: 0.12 + radius * 1.9 * Math.sin(a) * 0.95 });
    }
  });
  for (let j = 0; j < observers; j++) out.push({ x: 0.04, y: 0.2 + (0.6 * j) / Math.max(1, observers - 1) });
  return out;
}

/**
 * Every seat and its stance on the draft, from the call's forecast (the same computation as the verdict):
 * an objection voiced shows as objecting, a person's answer as they gave it, and a seat that has not
 * said, person or AI, as the model expects (for a person, marked as their call).
 */
export function seats(lib: Library, ctx: SessionContext): Seat[] {
  const roster = rosterOf(lib, ctx.scenarioId);
  const item = ctx.item ? agendaItemOf(lib, ctx) : null;
  const issue: IssueId = item?.issue ?? 'definition';
  const y = item ? draftOf(lib, ctx).value : null;
  const sq = item?.statusQuo ?? 0;
  const answers = ctx.item?.call ?? { objections: [], responded: [] };
  // The hall shows who would block: under the session's rule if it counts objections, else under consensus.
  const blockRule = RULES[ctx.rule].counts === 'objections' ? ctx.rule : 'consensus';
  const blocking =
    forecastCall(lib, ctx)?.objectors[blockRule] ??
    (y === null ? new Set<string>() : consensusObjectors(lib, ctx, y, sq));
  const nPart = roster.participants.length;
  const layout = hallLayout(nPart - 1, roster.observers.length);
  const speaker = ctx.item?.speakers[0];
  let p = 0;
  let o = nPart - 1;
  return roster.ids.map((id, i) => {
    const kind = roster.kind[i]!;
    const x = ctx.pos[issue][i]!;
    const isChair = id === roster.chair;
    const human = isHuman(ctx, id);
    const spot = isChair ? { x: 0.5, y: 0.04 } : kind === 'participant' ? layout[p++]! : layout[o++]!;
    let stance: SeatStance;
    if (!ctx.present[i]) stance = 'absent';
    else if (isChair) stance = 'chair';
    else if (kind === 'observer') stance = 'observer';
    else if (y === null) stance = 'opposes';
    else if (answers.objections.includes(id) || blocking.has(id)) stance = 'objects';
    else stance = prefers(y, sq, x) ? 'supports' : 'opposes';
    const deciding = stance === 'objects' || stance === 'supports' || stance === 'opposes';
    const m = ctx.lastMove[i];
    const why = m
      ? `Moved on ${ISSUE_NAME[m.issue]} from ${m.from.toFixed(0)} to ${m.to.toFixed(0)}: ${moveCause(lib, m.by, m.cause)}.`
      : null;
    return {
      id,
      name: roster.names[i]!,
      kind,
      stance,
      position: x,
      human: ctx.humans[id] ?? null,
      theirCall: human && deciding && y !== null && !answers.responded.includes(id),
      x: spot.x,
      y: spot.y,
      speaking: id === speaker,
      why,
    };
  });
}

/** For a draft not put to a decision (an intersessional): who would object, as at a consensus call. */
function consensusObjectors(lib: Library, ctx: SessionContext, y: number, sq: number): Set<string> {
  return callObjectors(lib, ctx, 'consensus', y, sq);
}

function moveCause(lib: Library, by: string, cause: string): string {
  const ix = indexLibrary(lib);
  if (cause === 'caucus') return `a deal in caucus with ${nameOf(lib, by)}`;
  if (cause === 'pressure') return `pressure from ${nameOf(lib, by)}`;
  const card = ix.argument.get(cause);
  if (card) return `“${card.title}”, argued by ${nameOf(lib, by)}`;
  const ev = ix.event.get(cause);
  return ev ? `the news: ${ev.title}` : cause;
}

export interface DraftView {
  readonly title: string;
  readonly issue: IssueId;
  readonly text: string;
  readonly value: number;
  readonly statusQuo: number;
  readonly statusQuoText: string;
  readonly clauses: readonly Clause[];
  readonly decides: boolean;
}

export function draftView(lib: Library, ctx: SessionContext): DraftView | null {
  if (!ctx.item) return null;
  const item = agendaItemOf(lib, ctx);
  const d = draftOf(lib, ctx);
  const ix = indexLibrary(lib);
  return {
    title: item.title,
    issue: item.issue,
    text: d.text,
    value: d.value,
    statusQuo: item.statusQuo,
    statusQuoText: item.statusQuoText,
    clauses: d.clauses.map((id) => ix.clause.get(id)!),
    decides: item.decides,
  };
}

export interface MeterRow {
  readonly rule: RuleId;
  readonly label: string;
  readonly passes: boolean;
  readonly tally: Tally;
  /** The tally in words (tally.ts), the same line the Outcome and the reports give after the gavel. */
  readonly detail: string;
}

/** “Would it pass?” under each rule, right now: the call's forecast, tallied as the record will be. */
export function meter(lib: Library, ctx: SessionContext): MeterRow[] {
  const m = liveMeter(lib, ctx);
  if (!m) return [];
  return RULE_IDS.map((rule) => {
    const tally = tallyOf(rule, m[rule]);
    return { rule, label: RULES[rule].label, passes: tally.passed, tally, detail: tallyLine(lib, tally, 3) };
  });
}

/** The argument cards a delegation can play on the item now. */
export function hand(lib: Library, ctx: SessionContext, id: string): ArgumentCard[] {
  if (!ctx.item) return [];
  const roster = rosterOf(lib, ctx.scenarioId);
  return lib.arguments.filter(
    (c) => c.issue === ctx.item!.issue && playableBy(c, id, roster) && !ctx.item!.played.includes(c.id),
  );
}

/** Clauses that could be added to or struck from the draft. */
export function amendments(lib: Library, ctx: SessionContext): { clause: Clause; op: 'add' | 'remove' }[] {
  if (!ctx.item) return [];
  const item = agendaItemOf(lib, ctx);
  const ix = indexLibrary(lib);
  return lib.clauses
    .filter((c) => c.issue === item.issue)
    .map((clause) => ({
      clause,
      op: ctx.item!.clauses.includes(clause.id) ? ('remove' as const) : ('add' as const),
    }))
    .filter(
      ({ clause, op }) =>
        amendmentProblem(item, ctx.item!.clauses, op, clause, (x) => ix.clause.get(x)) === null,
    );
}

export type ActionNeed = 'none' | 'card' | 'clause' | 'caucus' | 'pressure';

export interface Action {
  readonly id: string;
  readonly label: string;
  /** Keyboard shortcut shown on the button. */
  readonly key: string;
  readonly need: ActionNeed;
  /** The event to send (for 'none'); for the others the scene asks for a choice first. */
  readonly event: SessionEvent | null;
  readonly enabled: boolean;
  readonly why: string | null;
}

/**
 * The actions open to delegation `me` now, each with why it is disabled. An action is offered where
 * the chart's state hears its event (`hears`) and the seat is one that could make it; the rules say
 * whether it may be made now.
 */
export function actions(lib: Library, phase: Phase, ctx: SessionContext, me: string): Action[] {
  const roster = rosterOf(lib, ctx.scenarioId);
  const i = roster.index[me];
  if (i === undefined) return [];
  const hears = phaseFacts(phase).hears;
  const participant = roster.kind[i] === 'participant';
  const chair = roster.chair === me;
  const out: Action[] = [];
  /** An action: its event, or (for a move chosen first) the event's type and what to choose. */
  const add = (
    id: string,
    label: string,
    key: string,
    ev: SessionEvent | SessionEventType,
    need: ActionNeed = 'none',
    extraWhy: string | null = null,
  ) => {
    const event = typeof ev === 'string' ? null : ev;
    if (!hears.has(event ? event.type : (ev as SessionEventType))) return;
    const why = extraWhy ?? (event ? problemWith(lib, ctx, event) : null);
    out.push({ id, label, key, need, event, enabled: why === null, why });
  };
  const item = ctx.item;
  const speaker = item?.speakers[0];
  const myTurn = speaker === me;
  const turnWhy = myTurn ? null : speaker ? `It is ${nameOf(lib, speaker)}’s turn.` : 'Nobody has the floor.';
  const consensus = RULES[ctx.rule].counts === 'objections';
  const by = { by: me };
  if (chair) {
    add('open', 'Open the floor', 'O', { type: 'OPEN_FLOOR', ...by });
    add('adjourn', 'Adjourn for the day', 'J', { type: 'ADJOURN', ...by });
  }
  // A speech, an amendment, a deal and pressure are chosen first: their events come from the choice.
  add(
    'speak',
    'Make an argument',
    'S',
    'SPEAK',
    'card',
    turnWhy ?? (item?.turn.spoke ? 'You have spoken this turn.' : null),
  );
  if (participant)
    add(
      'amend',
      'Amend the draft',
      'A',
      'AMEND',
      'clause',
      turnWhy ?? (item?.turn.amended ? 'One amendment per turn.' : null),
    );
  add('caucus', 'Offer a deal (caucus)', 'C', 'CAUCUS_OFFER', 'caucus');
  add('pressure', 'Press a delegation', 'P', 'PRESSURE', 'pressure');
  if (myTurn) add('yield', 'Yield the floor', 'Y', { type: 'YIELD', ...by });
  else if (!chair) add('request', 'Ask to speak', 'R', { type: 'REQUEST_FLOOR', ...by });
  if (chair && item) {
    if (agendaItemOf(lib, ctx).decides) add('table', 'Table the draft', 'T', { type: 'TABLE_DRAFT', ...by });
    else add('conclude', 'Conclude the discussion', 'T', { type: 'CONCLUDE', ...by });
  }
  if (ctx.caucus?.to === me) {
    add('accept', 'Accept the deal', 'Y', { type: 'CAUCUS_ACCEPT', ...by });
    add('refuse', 'Refuse the deal', 'N', { type: 'CAUCUS_REFUSE', ...by });
  }
  if (chair)
    add('call', consensus ? 'Call for consensus' : 'Call the vote', 'K', { type: 'CALL_CONSENSUS', ...by });
  if (participant && !chair && item?.call) {
    if (item.call.objections.includes(me))
      add('withdraw', 'Withdraw objection', 'W', { type: 'WITHDRAW_OBJECTION', ...by });
    else {
      add('object', consensus ? 'Object formally' : 'Vote against', 'X', { type: 'OBJECT', ...by });
      add('concur', consensus ? 'No objection' : 'Vote for', 'N', { type: 'CONCUR', ...by });
    }
  }
  if (chair) {
    add('close', 'Close the call (gavel)', 'G', { type: 'CLOSE_CALL', ...by });
    add('next', 'Next item', 'N', { type: 'NEXT_ITEM', ...by });
    add('consult', 'Hold consultations', 'C', { type: 'CONSULT', ...by });
    add('refer', 'Refer to committee', 'R', { type: 'REFER', ...by });
    add('defer', 'Defer the item', 'D', { type: 'DEFER', ...by });
    add('nextday', 'Open the next day', 'N', { type: 'NEXT_DAY', ...by });
  }
  if (!participant) add('walkout', 'Walk out in protest', 'L', { type: 'WALK_OUT', ...by });
  return out;
}

// A citation's label is content's, for the screens and the exports alike.
export { citeLabel } from '../content/sources';
