// The floor: the speakers' list, speeches (the room hears an argument and AI listeners move),
// amendments to the draft, yielding, the speech timer, and observers walking out.
import { ISSUE_NAME } from '../../content/issues';
import type { ArgumentCard, IssueId } from '../../content/types';
import { amendmentProblem } from '../draft';
import { asSentence } from '../prose';
import { agendaItemOf } from '../items';
import { indexLibrary, type Library } from '../library';
import { rosterOf, type Roster } from '../roster';
import {
  hasHumans,
  isHuman,
  MAX_AI_SPEAKERS,
  nameOf,
  perIssue,
  random,
  type PerIssue,
  type SessionContext,
} from '../session';
import { update, updateItem, withIssue } from '../context-copy';
import { say } from '../session-record';
import {
  addInfluence,
  currentSpeaker,
  leaveRoom,
  nextSpeaker,
  notYourTurn,
  seatOf,
  setItem,
} from './context';
import { hear } from './hearing';
import { inShape, on } from './shape';

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

/** Speakers for an item: people always; AI delegations that care about the issue, in a seeded order. */
export function speakersFor(
  lib: Library,
  ctx: SessionContext,
  issue: IssueId,
  only?: readonly string[],
): string[] {
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

/** Speech timer: a speaker whose time is up loses the floor. */
export function tickSpeech(lib: Library, ctx: SessionContext, seconds: number): SessionContext {
  const c = inShape(ctx, 'item');
  const speaker = currentSpeaker(ctx);
  if (!c || !speaker || c.speechSeconds === null) return ctx;
  const spent = c.item.turn.seconds + seconds;
  if (spent < c.speechSeconds) return setItem(c, { turn: { ...c.item.turn, seconds: spent } });
  return say(nextSpeaker(c), { kind: 'procedure', text: `Time is up for ${nameOf(lib, speaker)}.` });
}

export const FLOOR = [
  on('REQUEST_FLOOR', 'item', {
    check: (_lib, ctx, ev) =>
      ctx.item.speakers.includes(ev.by) ? 'You are already on the speakers’ list.' : null,
    apply: (_lib, ctx, ev) => setItem(ctx, { speakers: [...ctx.item.speakers, ev.by] }),
  }),
  on('SPEAK', 'item', {
    check: (lib, ctx, ev) => {
      if (currentSpeaker(ctx) !== ev.by) return notYourTurn(lib, ctx);
      if (ctx.item.turn.spoke) return 'You have already spoken this turn: amend, caucus or yield.';
      const card = indexLibrary(lib).argument.get(ev.card);
      if (!card) return `There is no argument "${ev.card}".`;
      if (card.issue !== ctx.item.issue)
        return `That argument is about ${ISSUE_NAME[card.issue]}, not the item on the table.`;
      if (!playableBy(card, ev.by, rosterOf(lib, ctx.scenarioId)))
        return `${nameOf(lib, ev.by)} cannot credibly make that argument.`;
      if (ctx.item.played.includes(card.id)) return 'That argument has already been made on this item.';
      return null;
    },
    apply: (lib, ctx, ev) => {
      const card = indexLibrary(lib).argument.get(ev.card);
      if (!card) return ctx;
      const roster = rosterOf(lib, ctx.scenarioId);
      const heard = hear(roster, ctx, card, ev.by);
      const item = ctx.item;
      const spoken = update(ctx, {
        pos: withIssue(ctx.pos, card.issue, heard.pos),
        lastMove: heard.lastMove,
        influence: addInfluence(ctx.influence, seatOf(roster, ev.by), heard.influenced),
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
        text: `${nameOf(lib, ev.by)}: ${asSentence(card.title)} ${card.text}`,
        cite: card.cite,
      });
    },
  }),
  on('AMEND', 'item', {
    check: (lib, ctx, ev) => {
      if (currentSpeaker(ctx) !== ev.by) return notYourTurn(lib, ctx);
      const roster = rosterOf(lib, ctx.scenarioId);
      if (roster.kind[seatOf(roster, ev.by)] !== 'participant')
        return 'Observers may speak to the text but cannot amend it.';
      if (ctx.item.turn.amended) return 'One amendment per turn.';
      const ix = indexLibrary(lib);
      return amendmentProblem(
        agendaItemOf(lib, ctx),
        ctx.item.clauses,
        ev.op,
        ix.clause.get(ev.clause),
        (id) => ix.clause.get(id),
      );
    },
    apply: (lib, ctx, ev) => {
      const clause = indexLibrary(lib).clause.get(ev.clause);
      if (!clause) return ctx;
      const clauses =
        ev.op === 'add' ? [...ctx.item.clauses, clause.id] : ctx.item.clauses.filter((c) => c !== clause.id);
      return say(setItem(ctx, { clauses, turn: { ...ctx.item.turn, amended: true } }), {
        kind: 'amendment',
        by: ev.by,
        text: `${nameOf(lib, ev.by)} ${ev.op === 'add' ? 'adds' : 'strikes'} “${clause.label}”.`,
        cite: clause.cite,
      });
    },
  }),
  on('YIELD', 'item', {
    check: (lib, ctx, ev) => (currentSpeaker(ctx) !== ev.by ? notYourTurn(lib, ctx) : null),
    apply: (_lib, ctx) => nextSpeaker(ctx),
  }),
  on('SKIP_SPEAKER', 'item', {
    check: (_lib, ctx) => (currentSpeaker(ctx) ? null : 'The speakers’ list is empty.'),
    apply: (lib, ctx) => {
      const speaker = currentSpeaker(ctx);
      // Stryker disable next-line ConditionalExpression: apply follows the check, which has already refused an empty speakers' list
      if (!speaker) return ctx;
      return say(nextSpeaker(ctx), {
        kind: 'procedure',
        text: `The facilitator moves the floor on from ${nameOf(lib, speaker)}.`,
      });
    },
  }),
  on('WALK_OUT', 'any', {
    check: (lib, ctx, ev) => {
      const roster = rosterOf(lib, ctx.scenarioId);
      return roster.kind[seatOf(roster, ev.by)] !== 'observer'
        ? 'Only observers walk out; participants object.'
        : null;
    },
    apply: (lib, ctx, ev) => {
      const told = say(ctx, {
        kind: 'walkout',
        by: ev.by,
        text: `${nameOf(lib, ev.by)} walks out of the meeting in protest.`,
      });
      return leaveRoom(lib, told, seatOf(rosterOf(lib, ctx.scenarioId), ev.by));
    },
  }),
];
