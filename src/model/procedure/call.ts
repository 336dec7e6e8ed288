// The call: the Chair tables a draft and calls for consensus (or the facilitator forces a call), each
// participant objects, withdraws or concurs, the Chair closes the call and the verdict is recorded under
// every rule; after a failed call the Chair may hold consultations.
import { judge } from '../decision';
import { agendaItemOf, draftOf, draftValueOf } from '../items';
import type { Library } from '../library';
import { rosterOf } from '../roster';
import { RULES } from '../rules';
import { MAX_CONSULTATIONS, nameOf, type SessionContext } from '../session';
import { say } from '../session-record';
import { addOnce, seatOf, setItem } from './context';
import { speakersFor } from './floor';
import { on, type WithItem } from './shape';

function callOpened(lib: Library, ctx: WithItem, text: string): SessionContext {
  const vote = RULES[ctx.rule].counts !== 'objections';
  return say(setItem(ctx, { call: { objections: [], responded: [] } }), {
    kind: 'procedure',
    by: rosterOf(lib, ctx.scenarioId).chair,
    text: vote
      ? `${text} (Under ${RULES[ctx.rule].label.toLowerCase()}, an objection counts as a vote against.)`
      : text,
  });
}

function participantOnly(lib: Library, ctx: SessionContext, by: string, why: string): string | null {
  const roster = rosterOf(lib, ctx.scenarioId);
  return roster.kind[seatOf(roster, by)] !== 'participant' ? why : null;
}

/** Whether the call just closed adopted the draft under the session's rule: read from the record. */
export function passes(ctx: SessionContext): boolean {
  return ctx.item?.decision?.verdicts[ctx.rule].passed ?? false;
}

export const CALL = [
  on('TABLE_DRAFT', 'item', {
    check: (lib, ctx) => {
      const item = agendaItemOf(lib, ctx);
      if (!item.decides)
        return 'An intersessional discusses and decides nothing: conclude the discussion instead.';
      if (Math.abs(draftValueOf(lib, ctx) - item.statusQuo) < 0.5)
        return 'The draft changes nothing: add a clause first, or defer the item.';
      return null;
    },
    apply: (lib, ctx) =>
      say(ctx, {
        kind: 'procedure',
        by: rosterOf(lib, ctx.scenarioId).chair,
        text: `The Chair tables the draft: “${draftOf(lib, ctx).text}”`,
      }),
  }),
  on('CALL_CONSENSUS', 'item', {
    apply: (lib, ctx) => callOpened(lib, ctx, 'The Chair asks whether there is any objection to the draft.'),
  }),
  on('FORCE_CALL', 'item', {
    check: (lib, ctx) => (agendaItemOf(lib, ctx).decides ? null : 'An intersessional decides nothing.'),
    apply: (lib, ctx) => callOpened(lib, ctx, 'The facilitator calls for a decision now.'),
  }),
  on('OBJECT', 'call', {
    check: (lib, ctx, ev) =>
      participantOnly(lib, ctx, ev.by, 'Observers speak but cannot block: only participants may object.') ??
      (ctx.item.call.objections.includes(ev.by) ? 'Your objection already stands.' : null),
    apply: (lib, ctx, ev) => {
      const call = ctx.item.call;
      const next = setItem(ctx, {
        call: { objections: [...call.objections, ev.by], responded: addOnce(call.responded, ev.by) },
      });
      return say(next, {
        kind: 'objection',
        by: ev.by,
        text: `${nameOf(lib, ev.by)} ${RULES[ctx.rule].counts === 'objections' ? 'formally objects' : 'votes against'}.`,
      });
    },
  }),
  on('WITHDRAW_OBJECTION', 'call', {
    check: (_lib, ctx, ev) =>
      ctx.item.call.objections.includes(ev.by) ? null : 'You have no objection standing.',
    apply: (lib, ctx, ev) => {
      const call = ctx.item.call;
      return say(
        setItem(ctx, { call: { ...call, objections: call.objections.filter((x) => x !== ev.by) } }),
        {
          kind: 'objection',
          by: ev.by,
          text: `${nameOf(lib, ev.by)} withdraws its objection.`,
        },
      );
    },
  }),
  on('CONCUR', 'call', {
    check: (lib, ctx, ev) =>
      participantOnly(lib, ctx, ev.by, 'Only participants answer a consensus call.') ??
      (ctx.item.call.objections.includes(ev.by) ? 'Withdraw your objection first.' : null),
    apply: (_lib, ctx, ev) =>
      setItem(ctx, { call: { ...ctx.item.call, responded: addOnce(ctx.item.call.responded, ev.by) } }),
  }),
  on('CLOSE_CALL', 'call', {
    check: (lib, ctx) => {
      const roster = rosterOf(lib, ctx.scenarioId);
      const waiting = Object.keys(ctx.humans).filter((id) => {
        const i = roster.index[id];
        return (
          // Stryker disable next-line ConditionalExpression: an id outside the roster has no kind, so the participant test below refuses it too
          i !== undefined &&
          id !== roster.chair &&
          roster.kind[i] === 'participant' &&
          ctx.present[i] &&
          !ctx.item.call.responded.includes(id)
        );
      });
      return waiting.length
        ? `Waiting for ${waiting.map((id) => nameOf(lib, id)).join(', ')} to answer the call.`
        : null;
    },
    apply: (lib, ctx) => {
      const decision = judge(lib, ctx);
      const v = decision.verdicts[ctx.rule];
      const words = v.passed
        ? 'The draft is adopted.'
        : `No ${RULES[ctx.rule].counts === 'objections' ? 'consensus' : 'majority'}: the draft fails.`;
      const who = v.objectors.length
        ? ` Objecting: ${v.objectors.map((id) => nameOf(lib, id)).join(', ')}.`
        : '';
      return say(setItem(ctx, { decision }), { kind: 'decision', text: `${words}${who}` });
    },
  }),
  on('CONSULT', 'item', {
    check: (_lib, ctx) =>
      ctx.item.consultations >= MAX_CONSULTATIONS
        ? 'Consultations are exhausted: refer the item to committee or defer it.'
        : null,
    apply: (lib, ctx) => {
      const item = ctx.item;
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
  }),
];
