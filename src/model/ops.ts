// What each event may do (its check) and what it does (its effect), as pure functions of the context.
// The plenary machine decides *when* an event is heard; these decide *whether* and *how*.
import type { ArgumentCard, IssueId } from '../content/types';
import { INTERESTS } from '../content/types';
import { reactToPressure, type Player } from './challenge';
import { judge } from './decision';
import { amendmentProblem } from './draft';
import { exchange, type ExchangeSide } from './exchange';
import { agendaItemOf, draftOf, draftValueOf } from './items';
import { indexLibrary, scenarioOf, type Library } from './library';
import { persuade } from './persuasion';
import { rosterOf, type Roster } from './roster';
import { RULES } from './rules';
import {
  clamp100,
  hasHumans,
  isHuman,
  MAX_AI_SPEAKERS,
  MAX_CONSULTATIONS,
  MAX_OFFERS,
  nameOf,
  perIssue,
  random,
  say,
  SPEECH_SECONDS_MAX,
  SPEECH_SECONDS_MIN,
  update,
  updateItem,
  withIssue,
  withKeys,
  type EventOf,
  type ItemOutcome,
  type ItemState,
  type MoveNote,
  type PerIssue,
  type SessionContext,
  type SessionEvent,
  type SessionEventType,
} from './session';

type Check<T extends SessionEventType> = (lib: Library, ctx: SessionContext, ev: EventOf<T>) => string | null;
type Effect<T extends SessionEventType> = (
  lib: Library,
  ctx: SessionContext,
  ev: EventOf<T>,
) => SessionContext;

const CHAIR_ONLY = new Set<SessionEventType>([
  'OPEN_FLOOR',
  'TABLE_DRAFT',
  'CALL_CONSENSUS',
  'CLOSE_CALL',
  'NEXT_ITEM',
  'CONSULT',
  'REFER',
  'DEFER',
  'CONCLUDE',
  'ADJOURN',
  'NEXT_DAY',
]);
const WHILE_PAUSED = new Set<SessionEventType>([
  'RESUME',
  'PAUSE',
  'END',
  'SET_CONTROL',
  'SET_SPEECH_TIMER',
  'TICK',
  'DEBRIEF',
]);

// ---------- helpers ----------

export function playableBy(card: ArgumentCard, id: string, roster: Roster): boolean {
  const i = roster.index[id];
  if (i === undefined) return false;
  return card.playableBy.includes(id) || card.playableBy.includes(roster.bloc[i]!);
}

const cardTables = new WeakMap<Roster, PerIssue<readonly (readonly ArgumentCard[])[]>>();

/** The arguments each seat can credibly make, by issue and seat, in library order: built once per roster. */
export function cardsFor(lib: Library, roster: Roster): PerIssue<readonly (readonly ArgumentCard[])[]> {
  let table = cardTables.get(roster);
  if (!table) {
    table = perIssue((issue) =>
      roster.ids.map((id) => lib.arguments.filter((c) => c.issue === issue && playableBy(c, id, roster))),
    );
    cardTables.set(roster, table);
  }
  return table;
}

function currentSpeaker(ctx: SessionContext): string | null {
  return ctx.item?.speakers[0] ?? null;
}

function setItem(ctx: SessionContext, patch: Partial<ItemState>): SessionContext {
  return update(ctx, { item: updateItem(ctx.item!, patch) });
}

function replaceAt<T>(xs: readonly T[], i: number, v: T): T[] {
  const out = xs.slice();
  out[i] = v;
  return out;
}

function moveActor(
  ctx: SessionContext,
  roster: Roster,
  i: number,
  issue: IssueId,
  to: number,
  note: Omit<MoveNote, 'issue' | 'from' | 'to'>,
  anchorToo: boolean,
): SessionContext {
  const from = ctx.pos[issue][i]!;
  const pos = withIssue(ctx.pos, issue, replaceAt(ctx.pos[issue], i, to));
  const anc = anchorToo ? withIssue(ctx.anc, issue, replaceAt(ctx.anc[issue], i, to)) : ctx.anc;
  const by = roster.index[note.by];
  const influence =
    by === undefined ? ctx.influence : addInfluence(ctx.influence, by, [[i, Math.abs(to - from)]]);
  return update(ctx, {
    pos,
    anc,
    influence,
    lastMove: replaceAt(ctx.lastMove, i, withKeys(note, { issue, from, to })),
  });
}

/** The influence table with `moves` ([listener seat, points]) added to the speaker's row. */
function addInfluence(
  influence: SessionContext['influence'],
  speaker: number,
  moves: readonly (readonly [number, number])[],
): SessionContext['influence'] {
  if (moves.length === 0) return influence;
  const row = influence[speaker]?.slice() ?? Array<number>(influence.length).fill(0);
  for (const move of moves) row[move[0]] = row[move[0]]! + move[1];
  return replaceAt(influence, speaker, row);
}

/** Speakers for an item: people always; AI delegations that care about the issue, in a seeded order. */
function speakersFor(lib: Library, ctx: SessionContext, issue: IssueId, only?: readonly string[]): string[] {
  const roster = rosterOf(lib, ctx.scenarioId);
  const people = hasHumans(ctx);
  const scored: { id: string; score: number; human: boolean }[] = [];
  roster.ids.forEach((id, i) => {
    if (!ctx.present[i] || id === roster.chair) return;
    const human = people && isHuman(ctx, id);
    if (only && !only.includes(id) && !human) return;
    const s = ctx.sal[issue][i]!;
    if (human) scored.push({ id, score: 0.5 + random(ctx, i), human });
    else if (s >= 0.45) scored.push({ id, score: roster.clout[i]! * s * (0.5 + random(ctx, i)), human });
  });
  scored.sort((a, b) => b.score - a.score);
  const humans = scored.filter((x) => x.human);
  const ai = scored.filter((x) => !x.human).slice(0, MAX_AI_SPEAKERS);
  return [...ai, ...humans].sort((a, b) => b.score - a.score).map((x) => x.id);
}

/** Expected outcome and Σ c·s on an issue over the present participants. */
function issueTotals(
  roster: Roster,
  ctx: SessionContext,
  issue: IssueId,
): { outcome: number; weight: number } {
  let num = 0;
  let den = 0;
  for (const i of roster.participants) {
    if (!ctx.present[i]) continue;
    const w = roster.clout[i]! * ctx.sal[issue][i]!;
    num += w * ctx.pos[issue][i]!;
    den += w;
  }
  return { outcome: den > 0 ? num / den : 50, weight: den || 1 };
}

function exchangeSide(
  roster: Roster,
  ctx: SessionContext,
  i: number,
  give: IssueId,
  ask: IssueId,
): ExchangeSide {
  const c = Math.max(roster.clout[i]!, 0.01);
  return {
    give: { x: ctx.pos[give][i]!, s: Math.max(ctx.sal[give][i]!, 0.01), c },
    ask: { x: ctx.pos[ask][i]!, s: Math.max(ctx.sal[ask][i]!, 0.01), c },
  };
}

export function evaluateExchange(
  lib: Library,
  ctx: SessionContext,
  by: string,
  to: string,
  give: IssueId,
  ask: IssueId,
  totals: Partial<PerIssue<IssueTotal>> = {},
) {
  const roster = rosterOf(lib, ctx.scenarioId);
  const h = roster.index[by]!;
  const t = roster.index[to]!;
  return exchange(exchangeSide(roster, ctx, h, give, ask), exchangeSide(roster, ctx, t, give, ask), {
    give: totals[give] ?? issueTotals(roster, ctx, give),
    ask: totals[ask] ?? issueTotals(roster, ctx, ask),
  });
}

/** The room's expected outcome and weight on every issue, for scanning many possible deals at once. */
export function allIssueTotals(lib: Library, ctx: SessionContext): PerIssue<IssueTotal> {
  const roster = rosterOf(lib, ctx.scenarioId);
  return perIssue((issue) => issueTotals(roster, ctx, issue));
}

export interface IssueTotal {
  readonly outcome: number;
  readonly weight: number;
}

function finishItem(lib: Library, ctx: SessionContext, outcome: ItemOutcome): SessionContext {
  const item = agendaItemOf(lib, ctx);
  const draft = draftOf(lib, ctx);
  const value = outcome === 'adopted' ? draft.value : item.statusQuo;
  const result = {
    itemId: item.id,
    issue: item.issue,
    outcome,
    value,
    statusQuo: item.statusQuo,
    clauses: outcome === 'adopted' ? draft.clauses : [],
    day: ctx.day,
    decision: ctx.item?.decision ?? null,
  };
  return update(ctx, {
    results: [...ctx.results, result],
    item: null,
    itemIndex: ctx.itemIndex + 1,
    itemsToday: ctx.itemsToday + 1,
    caucus: null,
  });
}

/** Where the meeting goes when the item in hand is finished: the next item, the day's end, or the communiqué. */
export type NextStop = 'opening' | 'adjourned' | 'communique';

export function nextStop(lib: Library, ctx: SessionContext): NextStop {
  if (ctx.itemIndex + 1 >= ctx.agenda.length) return 'communique';
  return ctx.itemsToday + 1 >= itemsPerDay(lib, ctx) ? 'adjourned' : 'opening';
}

const OUTCOME_WORDS: Record<ItemOutcome, string> = {
  adopted: 'adopted',
  'no-consensus': 'not agreed',
  referred: 'referred to the Committee on KP Review',
  deferred: 'deferred to a later meeting',
  discussed: 'discussed; no decision is taken at an intersessional',
  'not-reached': 'not reached',
};

/** Items per meeting day. */
export function itemsPerDay(lib: Library, ctx: SessionContext): number {
  return Math.ceil(ctx.agenda.length / Math.max(1, scenarioOf(lib, ctx.scenarioId).days));
}

// ---------- checks ----------

const checks: { [T in SessionEventType]?: Check<T> } = {
  CHOOSE_ROLE: (lib, ctx, ev) =>
    rosterOf(lib, ctx.scenarioId).index[ev.delegation] === undefined
      ? `${ev.delegation} does not sit at this meeting.`
      : null,
  SET_CONTROL: (lib, ctx, ev) =>
    rosterOf(lib, ctx.scenarioId).index[ev.delegation] === undefined
      ? `${ev.delegation} does not sit at this meeting.`
      : null,
  SET_SPEECH_TIMER: (_lib, _ctx, ev) =>
    ev.seconds === null ||
    (Number.isInteger(ev.seconds) && ev.seconds >= SPEECH_SECONDS_MIN && ev.seconds <= SPEECH_SECONDS_MAX)
      ? null
      : `A speech timer is a whole number of seconds from ${SPEECH_SECONDS_MIN} to ${SPEECH_SECONDS_MAX}, or off.`,
  SPEAK: (lib, ctx, ev) => {
    if (currentSpeaker(ctx) !== ev.by) return notYourTurn(lib, ctx);
    if (ctx.item!.turn.spoke) return 'You have already spoken this turn: amend, caucus or yield.';
    const card = indexLibrary(lib).argument.get(ev.card);
    if (!card) return `There is no argument "${ev.card}".`;
    if (card.issue !== ctx.item!.issue)
      return `That argument is about ${card.issue}, not the item on the table.`;
    if (!playableBy(card, ev.by, rosterOf(lib, ctx.scenarioId)))
      return `${nameOf(lib, ev.by)} cannot credibly make that argument.`;
    if (ctx.item!.played.includes(card.id)) return 'That argument has already been made on this item.';
    return null;
  },
  AMEND: (lib, ctx, ev) => {
    if (currentSpeaker(ctx) !== ev.by) return notYourTurn(lib, ctx);
    if (rosterOf(lib, ctx.scenarioId).kind[rosterOf(lib, ctx.scenarioId).index[ev.by]!] !== 'participant')
      return 'Observers may speak to the text but cannot amend it.';
    if (ctx.item!.turn.amended) return 'One amendment per turn.';
    const ix = indexLibrary(lib);
    return amendmentProblem(
      agendaItemOf(lib, ctx),
      ctx.item!.clauses,
      ev.op,
      ix.clause.get(ev.clause),
      (id) => ix.clause.get(id),
    );
  },
  YIELD: (lib, ctx, ev) => (currentSpeaker(ctx) !== ev.by ? notYourTurn(lib, ctx) : null),
  REQUEST_FLOOR: (_lib, ctx, ev) =>
    ctx.item!.speakers.includes(ev.by) ? 'You are already on the speakers’ list.' : null,
  CAUCUS_OFFER: (lib, ctx, ev) => {
    if (ev.to === ev.by) return 'A caucus needs two delegations.';
    if (!inRoom(lib, ctx, ev.to)) return `${nameOf(lib, ev.to)} is not in the room.`;
    if (ev.give === ev.ask) return 'Give on one issue to ask on another.';
    if ((ctx.offersMade[ev.by] ?? 0) >= MAX_OFFERS)
      return `No more than ${MAX_OFFERS} caucus offers per delegation.`;
    return null;
  },
  CAUCUS_ACCEPT: (lib, ctx, ev) => {
    const c = ctx.caucus!;
    if (c.to !== ev.by) return `The offer is addressed to ${nameOf(lib, c.to)}.`;
    const r = evaluateExchange(lib, ctx, c.by, c.to, c.give, c.ask);
    return r.ok ? null : r.reason;
  },
  CAUCUS_REFUSE: (lib, ctx, ev) =>
    ctx.caucus!.to !== ev.by ? `The offer is addressed to ${nameOf(lib, ctx.caucus!.to)}.` : null,
  PRESSURE: (lib, ctx, ev) => {
    if (ev.to === ev.by) return 'Pressure needs a target.';
    if (!inRoom(lib, ctx, ev.to)) return `${nameOf(lib, ev.to)} is not in the room.`;
    if ((ctx.offersMade[ev.by] ?? 0) >= MAX_OFFERS)
      return `No more than ${MAX_OFFERS} caucus moves per delegation.`;
    return null;
  },
  TABLE_DRAFT: (lib, ctx) => {
    const item = agendaItemOf(lib, ctx);
    if (!item.decides)
      return 'An intersessional discusses and decides nothing: conclude the discussion instead.';
    if (Math.abs(draftValueOf(lib, ctx) - item.statusQuo) < 0.5)
      return 'The draft changes nothing: add a clause first, or defer the item.';
    return null;
  },
  CONCLUDE: (lib, ctx) =>
    agendaItemOf(lib, ctx).decides ? 'This item is for decision: table a draft or defer it.' : null,
  OBJECT: (lib, ctx, ev) => {
    const roster = rosterOf(lib, ctx.scenarioId);
    if (roster.kind[roster.index[ev.by]!] !== 'participant')
      return 'Observers speak but cannot block: only participants may object.';
    if (ctx.item!.call!.objections.includes(ev.by)) return 'Your objection already stands.';
    return null;
  },
  WITHDRAW_OBJECTION: (_lib, ctx, ev) =>
    ctx.item!.call!.objections.includes(ev.by) ? null : 'You have no objection standing.',
  CONCUR: (lib, ctx, ev) => {
    const roster = rosterOf(lib, ctx.scenarioId);
    if (roster.kind[roster.index[ev.by]!] !== 'participant')
      return 'Only participants answer a consensus call.';
    return ctx.item!.call!.objections.includes(ev.by) ? 'Withdraw your objection first.' : null;
  },
  CLOSE_CALL: (lib, ctx) => {
    const roster = rosterOf(lib, ctx.scenarioId);
    const waiting = Object.keys(ctx.humans).filter(
      (id) =>
        id !== roster.chair &&
        roster.kind[roster.index[id]!] === 'participant' &&
        ctx.present[roster.index[id]!] &&
        !ctx.item!.call!.responded.includes(id),
    );
    return waiting.length
      ? `Waiting for ${waiting.map((id) => nameOf(lib, id)).join(', ')} to answer the call.`
      : null;
  },
  CONSULT: (_lib, ctx) =>
    ctx.item!.consultations >= MAX_CONSULTATIONS
      ? 'Consultations are exhausted: refer the item to committee or defer it.'
      : null,
  WALK_OUT: (lib, ctx, ev) => {
    const roster = rosterOf(lib, ctx.scenarioId);
    return roster.kind[roster.index[ev.by]!] !== 'observer'
      ? 'Only observers walk out; participants object.'
      : null;
  },
  INJECT: (lib, ctx, ev) => {
    if (!indexLibrary(lib).event.has(ev.card)) return `There is no event card "${ev.card}".`;
    return ctx.injected.includes(ev.card) ? 'That event has already happened in this session.' : null;
  },
  ADJOURN: (lib, ctx) =>
    ctx.day >= scenarioOf(lib, ctx.scenarioId).days
      ? 'This is the last day of the meeting: finish the agenda or close the meeting.'
      : null,
  SKIP_SPEAKER: (_lib, ctx) => (currentSpeaker(ctx) ? null : 'The speakers’ list is empty.'),
  FORCE_CALL: (lib, ctx) => (agendaItemOf(lib, ctx).decides ? null : 'An intersessional decides nothing.'),
  TICK: (_lib, _ctx, ev) =>
    ev.seconds > 0 && Number.isFinite(ev.seconds) ? null : 'A tick needs a positive number of seconds.',
};

function notYourTurn(lib: Library, ctx: SessionContext): string {
  const s = currentSpeaker(ctx);
  return s ? `It is ${nameOf(lib, s)}’s turn to speak.` : 'Nobody has the floor.';
}

function inRoom(lib: Library, ctx: SessionContext, id: string): boolean {
  const i = rosterOf(lib, ctx.scenarioId).index[id];
  return i !== undefined && ctx.present[i]!;
}

/** Why the event cannot be taken now, or null. The machine has already checked the state. */
export function problemWith(lib: Library, ctx: SessionContext, ev: SessionEvent): string | null {
  if (ctx.paused && !WHILE_PAUSED.has(ev.type)) return 'The facilitator has paused the session.';
  if ('by' in ev) {
    if (!inRoom(lib, ctx, ev.by)) return `${nameOf(lib, ev.by)} is not in the room.`;
    if (CHAIR_ONLY.has(ev.type) && ev.by !== rosterOf(lib, ctx.scenarioId).chair)
      return `Only the Chair (${nameOf(lib, rosterOf(lib, ctx.scenarioId).chair)}) may do that.`;
  }
  const check = checks[ev.type] as Check<SessionEventType> | undefined;
  return check ? check(lib, ctx, ev as never) : null;
}

// ---------- effects ----------

const effects: { [T in SessionEventType]?: Effect<T> } = {
  CHOOSE_ROLE: (_lib, ctx, ev) =>
    update(ctx, { humans: withKeys(ctx.humans, { [ev.delegation]: ev.player }) }),
  RELEASE_ROLE: (_lib, ctx, ev) => {
    const humans = { ...ctx.humans };
    delete humans[ev.delegation];
    return update(ctx, { humans });
  },
  SET_CONTROL: (lib, ctx, ev) => {
    const humans = { ...ctx.humans };
    if (ev.human) humans[ev.delegation] = ev.player ?? humans[ev.delegation] ?? 'Player';
    else delete humans[ev.delegation];
    const who = nameOf(lib, ev.delegation);
    return say(update(ctx, { humans }), {
      kind: 'procedure',
      text: ev.human
        ? `${who} is now played by ${humans[ev.delegation]}.`
        : `${who} is now played by the computer.`,
    });
  },
  START: (lib, ctx) =>
    say(ctx, {
      kind: 'procedure',
      text: `Delegations take their seats: ${scenarioOf(lib, ctx.scenarioId).title}.`,
    }),
  OPEN_FLOOR: (lib, ctx) => {
    const item = agendaItemOf(lib, ctx);
    const speakers = speakersFor(lib, ctx, item.issue);
    return say(setItem(ctx, { speakers }), {
      kind: 'procedure',
      by: rosterOf(lib, ctx.scenarioId).chair,
      text: `The Chair opens the floor on “${item.title}”. ${speakers.length} delegations ask to speak.`,
    });
  },
  REQUEST_FLOOR: (_lib, ctx, ev) => setItem(ctx, { speakers: [...ctx.item!.speakers, ev.by] }),
  SPEAK: (lib, ctx, ev) => {
    const card = indexLibrary(lib).argument.get(ev.card)!;
    const roster = rosterOf(lib, ctx.scenarioId);
    const heard = hear(roster, ctx, card, ev.by);
    const item = ctx.item!;
    const spoken = update(ctx, {
      pos: withIssue(ctx.pos, card.issue, heard.pos),
      lastMove: heard.lastMove,
      influence: addInfluence(ctx.influence, roster.index[ev.by]!, heard.influenced),
      // Spoken; with `yield` the floor also passes on (as nextSpeaker), in the same new item.
      item: updateItem(item, {
        speakers: ev.yield ? item.speakers.slice(1) : item.speakers,
        turn: ev.yield ? { spoke: false, amended: false, seconds: 0 } : { ...item.turn, spoke: true },
        played: [...item.played, card.id],
      }),
    });
    return say(spoken, {
      kind: 'speech',
      by: ev.by,
      card: card.id,
      text: `${nameOf(lib, ev.by)}: ${card.title}. ${card.text}`,
      cite: card.cite,
    });
  },
  AMEND: (lib, ctx, ev) => {
    const clause = indexLibrary(lib).clause.get(ev.clause)!;
    const clauses =
      ev.op === 'add' ? [...ctx.item!.clauses, clause.id] : ctx.item!.clauses.filter((c) => c !== clause.id);
    return say(setItem(ctx, { clauses, turn: { ...ctx.item!.turn, amended: true } }), {
      kind: 'amendment',
      by: ev.by,
      text: `${nameOf(lib, ev.by)} ${ev.op === 'add' ? 'adds' : 'strikes'} “${clause.label}”.`,
      cite: clause.cite,
    });
  },
  YIELD: (_lib, ctx) => nextSpeaker(ctx),
  SKIP_SPEAKER: (lib, ctx) =>
    say(nextSpeaker(ctx), {
      kind: 'procedure',
      text: `The facilitator moves the floor on from ${nameOf(lib, currentSpeaker(ctx)!)}.`,
    }),
  CAUCUS_OFFER: (lib, ctx, ev) =>
    say(
      update(ctx, {
        caucus: { kind: 'exchange', by: ev.by, to: ev.to, give: ev.give, ask: ev.ask },
        offersMade: withKeys(ctx.offersMade, { [ev.by]: (ctx.offersMade[ev.by] ?? 0) + 1 }),
      }),
      {
        kind: 'caucus',
        by: ev.by,
        text: `${nameOf(lib, ev.by)} invites ${nameOf(lib, ev.to)} to caucus: it would move on ${ev.give} in return for movement on ${ev.ask}.`,
      },
    ),
  CAUCUS_ACCEPT: (lib, ctx, ev) => {
    const c = ctx.caucus!;
    const r = evaluateExchange(lib, ctx, c.by, c.to, c.give, c.ask);
    if (!r.ok) return update(ctx, { caucus: null });
    const roster = rosterOf(lib, ctx.scenarioId);
    let next = moveActor(
      ctx,
      roster,
      roster.index[c.by]!,
      c.give,
      r.hNewGive,
      { by: c.to, cause: 'caucus' },
      true,
    );
    next = moveActor(
      next,
      roster,
      roster.index[c.to]!,
      c.ask,
      r.tNewAsk,
      { by: c.by, cause: 'caucus' },
      true,
    );
    return say(update(next, { caucus: null }), {
      kind: 'caucus',
      by: ev.by,
      text: `${nameOf(lib, c.to)} accepts: ${nameOf(lib, c.by)} moves on ${c.give} to ${r.hNewGive.toFixed(0)}, ${nameOf(lib, c.to)} on ${c.ask} to ${r.tNewAsk.toFixed(0)}.`,
    });
  },
  CAUCUS_REFUSE: (lib, ctx, ev) =>
    say(update(ctx, { caucus: null }), {
      kind: 'caucus',
      by: ev.by,
      text: `${nameOf(lib, ev.by)} declines the caucus offer.`,
    }),
  PRESSURE: (lib, ctx, ev) => {
    const roster = rosterOf(lib, ctx.scenarioId);
    const issue = ctx.item!.issue;
    const offers = withKeys(ctx.offersMade, { [ev.by]: (ctx.offersMade[ev.by] ?? 0) + 1 });
    const h = roster.index[ev.by]!;
    const t = roster.index[ev.to]!;
    const player = (i: number): Player => ({
      x: ctx.pos[issue][i]!,
      s: ctx.sal[issue][i]!,
      c: roster.clout[i]!,
    });
    const room = roster.participants.filter((i) => ctx.present[i]).map(player);
    const mu = issueTotals(roster, ctx, issue).outcome;
    const base = update(ctx, { offersMade: offers });
    const who = `${nameOf(lib, ev.by)} presses ${nameOf(lib, ev.to)} on ${issue}`;
    if (isHuman(ctx, ev.to)) return say(base, { kind: 'caucus', by: ev.by, text: `${who}.` });
    const reaction = reactToPressure(player(t), player(h), room, mu);
    const words = {
      ignore: 'shrugs it off',
      confront: 'stands firm',
      compromise: 'meets it part of the way',
      capitulate: 'gives way',
    }[reaction.kind];
    const moved =
      reaction.move > 0
        ? moveActor(
            base,
            roster,
            t,
            issue,
            clamp100(player(t).x + reaction.move * (player(h).x - player(t).x)),
            { by: ev.by, cause: 'pressure' },
            true,
          )
        : base;
    return say(moved, { kind: 'caucus', by: ev.by, text: `${who}; it ${words}.` });
  },
  TABLE_DRAFT: (lib, ctx) => {
    const d = draftOf(lib, ctx);
    return say(ctx, {
      kind: 'procedure',
      by: rosterOf(lib, ctx.scenarioId).chair,
      text: `The Chair tables the draft: “${d.text}”`,
    });
  },
  CALL_CONSENSUS: (lib, ctx) =>
    callOpened(lib, ctx, 'The Chair asks whether there is any objection to the draft.'),
  FORCE_CALL: (lib, ctx) => callOpened(lib, ctx, 'The facilitator calls for a decision now.'),
  OBJECT: (lib, ctx, ev) => {
    const call = ctx.item!.call!;
    const next = setItem(ctx, {
      call: { objections: [...call.objections, ev.by], responded: addOnce(call.responded, ev.by) },
    });
    return say(next, {
      kind: 'objection',
      by: ev.by,
      text: `${nameOf(lib, ev.by)} ${RULES[ctx.rule].counts === 'objections' ? 'formally objects' : 'votes against'}.`,
    });
  },
  WITHDRAW_OBJECTION: (lib, ctx, ev) => {
    const call = ctx.item!.call!;
    return say(setItem(ctx, { call: { ...call, objections: call.objections.filter((x) => x !== ev.by) } }), {
      kind: 'objection',
      by: ev.by,
      text: `${nameOf(lib, ev.by)} withdraws its objection.`,
    });
  },
  CONCUR: (_lib, ctx, ev) =>
    setItem(ctx, { call: { ...ctx.item!.call!, responded: addOnce(ctx.item!.call!.responded, ev.by) } }),
  CLOSE_CALL: (lib, ctx) => {
    const decision = judgeOnce(lib, ctx);
    const v = decision.verdicts[ctx.rule];
    const words = v.passed
      ? 'The draft is adopted.'
      : `No ${RULES[ctx.rule].counts === 'objections' ? 'consensus' : 'majority'}: the draft fails.`;
    const who = v.objectors.length
      ? ` Objecting: ${v.objectors.map((id) => nameOf(lib, id)).join(', ')}.`
      : '';
    return say(setItem(ctx, { decision }), { kind: 'decision', text: `${words}${who}` });
  },
  NEXT_ITEM: (lib, ctx) => finished(lib, ctx, 'adopted'),
  CONSULT: (lib, ctx) => {
    const item = ctx.item!;
    const objectors = item.call?.objections ?? [];
    const speakers = speakersFor(lib, ctx, item.issue, objectors);
    return say(
      setItem(ctx, {
        consultations: item.consultations + 1,
        call: null,
        speakers,
        turn: { spoke: false, amended: false, seconds: 0 },
      }),
      {
        kind: 'procedure',
        text: 'The Chair holds consultations: the floor reopens to those who objected.',
      },
    );
  },
  REFER: (lib, ctx) => finished(lib, ctx, 'referred'),
  DEFER: (lib, ctx) => finished(lib, ctx, ctx.item?.decision ? 'no-consensus' : 'deferred'),
  CONCLUDE: (lib, ctx) => finished(lib, ctx, 'discussed'),
  WALK_OUT: (lib, ctx, ev) => {
    const i = rosterOf(lib, ctx.scenarioId).index[ev.by]!;
    const next = update(ctx, { present: replaceAt(ctx.present, i, false) });
    const withList = next.item
      ? setItem(next, { speakers: next.item.speakers.filter((s) => s !== ev.by) })
      : next;
    return say(withList, {
      kind: 'walkout',
      by: ev.by,
      text: `${nameOf(lib, ev.by)} walks out of the meeting in protest.`,
    });
  },
  ADJOURN: (lib, ctx) =>
    say(ctx, {
      kind: 'procedure',
      text: `The Chair adjourns day ${ctx.day}.`,
      by: rosterOf(lib, ctx.scenarioId).chair,
    }),
  NEXT_DAY: (lib, ctx) =>
    prepareItem(
      lib,
      say(update(ctx, { day: ctx.day + 1, itemsToday: 0 }), {
        kind: 'procedure',
        text: `Day ${ctx.day + 1} opens.`,
      }),
    ),
  BEGIN: (lib, ctx) => prepareItem(lib, ctx),
  PAUSE: (_lib, ctx) =>
    say(update(ctx, { paused: true }), { kind: 'procedure', text: 'The facilitator pauses the session.' }),
  RESUME: (_lib, ctx) =>
    say(update(ctx, { paused: false }), { kind: 'procedure', text: 'The session resumes.' }),
  INJECT: (lib, ctx, ev) => injectEvent(lib, ctx, ev.card),
  END: (lib, ctx) => endSession(lib, ctx),
  TICK: (_lib, ctx, ev) => update(ctx, { elapsed: ctx.elapsed + ev.seconds }),
  // A speaker already past the new limit loses the floor at the next tick.
  SET_SPEECH_TIMER: (_lib, ctx, ev) =>
    say(update(ctx, { speechSeconds: ev.seconds }), {
      kind: 'procedure',
      text:
        ev.seconds === null
          ? 'The facilitator turns the speech timer off.'
          : `The facilitator sets the speech timer to ${ev.seconds} seconds a speech.`,
    }),
};

/** The room hears an argument: AI listeners within earshot move (persuasion.ts); people decide for themselves. */
function hear(roster: Roster, ctx: SessionContext, card: ArgumentCard, by: string) {
  const sp = roster.index[by]!;
  const issue = card.issue;
  // This issue's rows, read once: the loop visits every seat.
  const xs = ctx.pos[issue];
  const anchors = ctx.anc[issue];
  const saliences = ctx.sal[issue];
  const openness = roster.openness[issue];
  const people = hasHumans(ctx);
  const pos = xs.slice();
  let lastMove = ctx.lastMove as (MoveNote | null)[];
  const influenced: [number, number][] = [];
  const { fit, offence } = appealOf(roster, card);
  const argument = { position: card.position, strength: card.strength, speakerClout: roster.clout[sp]! };
  for (let i = 0; i < xs.length; i++) {
    if (i === sp || !ctx.present[i]) continue;
    const x = xs[i]!;
    // Out of earshot (beyond its openness): skip before any work, as most of the room is.
    if (Math.abs(card.position - x) > openness[i]! * 100) continue;
    if (people && isHuman(ctx, roster.ids[i]!)) continue;
    const to = persuade(
      {
        x,
        anchor: anchors[i]!,
        salience: saliences[i]!,
        openness: openness[i]!,
        fit: fit[i]!,
        offence: offence[i]!,
        trust: roster.bloc[i] === roster.bloc[sp] ? 1 : 0.7,
      },
      argument,
    );
    if (to !== x) {
      influenced.push([i, Math.abs(to - x)]);
      if (Math.abs(to - x) >= 0.5) {
        if (lastMove === ctx.lastMove) lastMove = lastMove.slice();
        lastMove[i] = { issue, from: x, to, by, cause: card.id };
      }
      pos[i] = to;
    }
  }
  return { pos, lastMove, influenced };
}

const appeals = new WeakMap<Roster, Map<string, { fit: number[]; offence: number[] }>>();

/** How well an argument fits, and how much it offends, each seat's interests: fixed, so worked out once. */
function appealOf(roster: Roster, card: ArgumentCard): { fit: number[]; offence: number[] } {
  let byCard = appeals.get(roster);
  if (!byCard) appeals.set(roster, (byCard = new Map()));
  let appeal = byCard.get(card.id);
  if (!appeal) {
    const moves = card.moves.map((k) => INTERESTS.indexOf(k));
    const hardens = card.hardens.map((k) => INTERESTS.indexOf(k));
    appeal = {
      fit: roster.interests.map((interests) => meanOf(interests, moves)),
      offence: roster.interests.map((interests) => meanOf(interests, hardens)),
    };
    byCard.set(card.id, appeal);
  }
  return appeal;
}

/** Mean of `values` at the given indices (0 for none). */
function meanOf(values: readonly number[], at: readonly number[]): number {
  if (at.length === 0) return 0;
  let t = 0;
  for (const k of at) t += values[k]!;
  return t / at.length;
}

function addOnce(xs: readonly string[], x: string): string[] {
  return xs.includes(x) ? xs.slice() : [...xs, x];
}

function nextSpeaker(ctx: SessionContext): SessionContext {
  return setItem(ctx, {
    speakers: ctx.item!.speakers.slice(1),
    turn: { spoke: false, amended: false, seconds: 0 },
  });
}

function callOpened(lib: Library, ctx: SessionContext, text: string): SessionContext {
  const vote = RULES[ctx.rule].counts !== 'objections';
  return say(setItem(ctx, { call: { objections: [], responded: [] } }), {
    kind: 'procedure',
    by: rosterOf(lib, ctx.scenarioId).chair,
    text: vote
      ? `${text} (Under ${RULES[ctx.rule].label.toLowerCase()}, an objection counts as a vote against.)`
      : text,
  });
}

/** The item is settled; when the day goes on, the next one is readied for the chair to open. */
function finished(lib: Library, ctx: SessionContext, outcome: ItemOutcome): SessionContext {
  const title = agendaItemOf(lib, ctx).title;
  const goesOn = nextStop(lib, ctx) === 'opening';
  const done = say(finishItem(lib, ctx, outcome), {
    kind: 'decision',
    text: `“${title}”: ${OUTCOME_WORDS[outcome]}.`,
  });
  return goesOn ? prepareItem(lib, done) : done;
}

/** The facilitator or the session ends the meeting: the item in hand and the rest go unreached. */
export function endSession(lib: Library, ctx: SessionContext): SessionContext {
  let next = ctx;
  // The item in hand keeps the verdict of its last call: the chair has already announced it.
  const call = next.item?.decision?.verdicts[ctx.rule];
  if (next.item)
    next = finishItem(lib, next, call ? (call.passed ? 'adopted' : 'no-consensus') : 'not-reached');
  const sc = scenarioOf(lib, ctx.scenarioId);
  while (next.itemIndex < next.agenda.length) {
    const item = sc.agenda.find((a) => a.id === next.agenda[next.itemIndex])!;
    next = update(next, {
      results: [
        ...next.results,
        {
          itemId: item.id,
          issue: item.issue,
          outcome: 'not-reached',
          value: item.statusQuo,
          statusQuo: item.statusQuo,
          clauses: [],
          day: next.day,
          decision: null,
        },
      ],
      itemIndex: next.itemIndex + 1,
    });
  }
  return say(next, { kind: 'procedure', text: 'The meeting closes and the communiqué is drafted.' });
}

function injectEvent(lib: Library, ctx: SessionContext, id: string): SessionContext {
  const card = indexLibrary(lib).event.get(id)!;
  const roster = rosterOf(lib, ctx.scenarioId);
  let next: SessionContext = update(ctx, { injected: [...ctx.injected, id] });
  const targets = (who: 'all' | readonly string[]) =>
    roster.ids
      .map((rid, i) => (who === 'all' || who.includes(rid) || who.includes(roster.bloc[i]!) ? i : -1))
      .filter((i) => i >= 0);
  for (const e of card.effects) {
    if (e.kind === 'shift') {
      for (const i of targets(e.who)) {
        if (isHuman(next, roster.ids[i]!)) continue;
        const to = clamp100(next.pos[e.issue][i]! + e.delta);
        next = moveActor(next, roster, i, e.issue, to, { by: 'event', cause: id }, true);
      }
    } else if (e.kind === 'salience') {
      const sal = next.sal[e.issue].slice();
      for (const i of targets(e.who)) sal[i] = Math.min(1, Math.max(0, sal[i]! + e.delta));
      next = update(next, { sal: withIssue(next.sal, e.issue, sal) });
    } else if (e.kind === 'walkout') {
      const i = roster.index[e.delegation];
      if (i !== undefined) next = update(next, { present: replaceAt(next.present, i, false) });
    } else {
      const i = roster.index[e.delegation];
      if (i !== undefined) next = update(next, { present: replaceAt(next.present, i, true) });
    }
  }
  return say(next, { kind: 'event', text: `${card.title}. ${card.text}`, cite: card.cite, card: id });
}

/** Applies an event the machine has accepted. Events with no effect of their own only get recorded. */
export function applyEvent(lib: Library, ctx: SessionContext, ev: SessionEvent): SessionContext {
  const effect = effects[ev.type] as Effect<SessionEventType> | undefined;
  return effect ? effect(lib, ctx, ev as never) : ctx;
}

/** Sets up the next agenda item when the chair is about to open it. */
export function prepareItem(lib: Library, ctx: SessionContext): SessionContext {
  if (ctx.item || ctx.itemIndex >= ctx.agenda.length) return ctx;
  const item = scenarioOf(lib, ctx.scenarioId).agenda.find((a) => a.id === ctx.agenda[ctx.itemIndex])!;
  return update(ctx, {
    item: {
      index: ctx.itemIndex,
      id: item.id,
      issue: item.issue,
      clauses: item.initialClauses,
      speakers: [],
      turn: { spoke: false, amended: false, seconds: 0 },
      consultations: 0,
      call: null,
      played: [],
      decision: null,
    },
  });
}

/** Speech timer: a speaker whose time is up loses the floor. */
export function tickSpeech(lib: Library, ctx: SessionContext, seconds: number): SessionContext {
  if (!ctx.item || !currentSpeaker(ctx) || ctx.speechSeconds === null) return ctx;
  const spent = ctx.item.turn.seconds + seconds;
  if (spent < ctx.speechSeconds) return setItem(ctx, { turn: { ...ctx.item.turn, seconds: spent } });
  return say(nextSpeaker(ctx), {
    kind: 'procedure',
    text: `Time is up for ${nameOf(lib, currentSpeaker(ctx)!)}.`,
  });
}

export function passes(ctx: SessionContext): boolean {
  return ctx.item?.decision?.verdicts[ctx.rule].passed ?? false;
}

/** Whether closing the call now adopts the draft: what CLOSE_CALL will record, judged once for both. */
export function closingAdopts(lib: Library, ctx: SessionContext): boolean {
  return judgeOnce(lib, ctx).verdicts[ctx.rule].passed;
}

// The machine asks whether the call adopts (to choose its target) just before CLOSE_CALL records the
// same judgement. A judgement reads only these fields, all replaced rather than changed in place.
let lastJudged: {
  readonly key: readonly unknown[];
  readonly decision: ReturnType<typeof judge>;
} | null = null;

function judgeOnce(lib: Library, ctx: SessionContext): ReturnType<typeof judge> {
  const key = [lib, ctx.scenarioId, ctx.rule, ctx.item, ctx.pos, ctx.sal, ctx.present, ctx.humans];
  if (lastJudged && key.every((k, n) => k === lastJudged!.key[n])) return lastJudged.decision;
  const decision = judge(lib, ctx);
  lastJudged = { key, decision };
  return decision;
}
