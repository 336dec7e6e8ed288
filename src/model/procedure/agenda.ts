// The agenda and the days: the meeting opens, the Chair opens each item's floor, an item is settled
// (adopted, referred, deferred, concluded), the day is adjourned and the next one opens, and the meeting
// closes with what was not reached.
import { agendaItemOf, draftOf } from '../items';
import { scenarioOf, type Library } from '../library';
import { rosterOf } from '../roster';
import { type ItemOutcome, type SessionContext } from '../session';
import { update } from '../context-copy';
import { say } from '../session-record';
import { setItem } from './context';
import { speakersFor } from './floor';
import { on, type WithItem } from './shape';

/** Items per meeting day. */
export function itemsPerDay(lib: Library, ctx: SessionContext): number {
  return Math.ceil(ctx.agenda.length / Math.max(1, scenarioOf(lib, ctx.scenarioId).days));
}

/** Where the meeting goes when the item in hand is finished: the next item, the day's end, or the communiqué. */
export type NextStop = 'nextItem' | 'dayOver' | 'agendaDone';

export function nextStop(lib: Library, ctx: SessionContext): NextStop {
  if (ctx.itemIndex + 1 >= ctx.agenda.length) return 'agendaDone';
  return ctx.itemsToday + 1 >= itemsPerDay(lib, ctx) ? 'dayOver' : 'nextItem';
}

const OUTCOME_WORDS: Record<ItemOutcome, string> = {
  adopted: 'adopted',
  'no-consensus': 'not agreed',
  referred: 'referred to the Committee on KP Review',
  deferred: 'deferred to a later meeting',
  discussed: 'discussed; no decision is taken at an intersessional',
  'not-reached': 'not reached',
};

/** Sets up the next agenda item when the chair is about to open it. */
export function prepareItem(lib: Library, ctx: SessionContext): SessionContext {
  if (ctx.item || ctx.itemIndex >= ctx.agenda.length) return ctx;
  const item = scenarioOf(lib, ctx.scenarioId).agenda.find((a) => a.id === ctx.agenda[ctx.itemIndex]);
  if (!item) throw new Error(`Agenda item "${ctx.agenda[ctx.itemIndex]}" is not in the scenario.`);
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

function finishItem(lib: Library, ctx: WithItem, outcome: ItemOutcome): SessionContext {
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
    decision: ctx.item.decision,
  };
  return update(ctx, {
    results: [...ctx.results, result],
    item: null,
    itemIndex: ctx.itemIndex + 1,
    itemsToday: ctx.itemsToday + 1,
    caucus: null,
  });
}

/** The item is settled; when the day goes on, the next one is readied for the chair to open. */
function finished(lib: Library, ctx: WithItem, outcome: ItemOutcome): SessionContext {
  const title = agendaItemOf(lib, ctx).title;
  const goesOn = nextStop(lib, ctx) === 'nextItem';
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
  if (next.item) {
    const call = next.item.decision?.verdicts[ctx.rule];
    const outcome = call ? (call.passed ? 'adopted' : 'no-consensus') : 'not-reached';
    next = finishItem(lib, next as WithItem, outcome);
  }
  const sc = scenarioOf(lib, ctx.scenarioId);
  while (next.itemIndex < next.agenda.length) {
    const id = next.agenda[next.itemIndex];
    const item = sc.agenda.find((a) => a.id === id);
    if (!item) throw new Error(`Agenda item "${id}" is not in the scenario.`);
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

export const AGENDA = [
  on('START', 'any', {
    apply: (lib, ctx) =>
      say(ctx, {
        kind: 'procedure',
        text: `Delegations take their seats: ${scenarioOf(lib, ctx.scenarioId).title}.`,
      }),
  }),
  on('BEGIN', 'any', { apply: (lib, ctx) => prepareItem(lib, ctx) }),
  on('OPEN_FLOOR', 'item', {
    apply: (lib, ctx) => {
      const item = agendaItemOf(lib, ctx);
      const speakers = speakersFor(lib, ctx, item.issue);
      return say(setItem(ctx, { speakers }), {
        kind: 'procedure',
        by: rosterOf(lib, ctx.scenarioId).chair,
        text: `The Chair opens the floor on “${item.title}”. ${speakers.length} delegations ask to speak.`,
      });
    },
  }),
  on('NEXT_ITEM', 'item', { apply: (lib, ctx) => finished(lib, ctx, 'adopted') }),
  on('REFER', 'item', { apply: (lib, ctx) => finished(lib, ctx, 'referred') }),
  on('DEFER', 'item', {
    apply: (lib, ctx) => finished(lib, ctx, ctx.item.decision ? 'no-consensus' : 'deferred'),
  }),
  on('CONCLUDE', 'item', {
    check: (lib, ctx) =>
      agendaItemOf(lib, ctx).decides ? 'This item is for decision: table a draft or defer it.' : null,
    apply: (lib, ctx) => finished(lib, ctx, 'discussed'),
  }),
  on('ADJOURN', 'any', {
    check: (lib, ctx) =>
      ctx.day >= scenarioOf(lib, ctx.scenarioId).days
        ? 'This is the last day of the meeting: finish the agenda or close the meeting.'
        : null,
    apply: (lib, ctx) =>
      say(ctx, {
        kind: 'procedure',
        text: `The Chair adjourns day ${ctx.day}.`,
        by: rosterOf(lib, ctx.scenarioId).chair,
      }),
  }),
  on('NEXT_DAY', 'any', {
    apply: (lib, ctx) =>
      prepareItem(
        lib,
        say(update(ctx, { day: ctx.day + 1, itemsToday: 0 }), {
          kind: 'procedure',
          text: `Day ${ctx.day + 1} opens.`,
        }),
      ),
  }),
];
