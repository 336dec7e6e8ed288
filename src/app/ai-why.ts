// Why a computer-played delegation made the move it made, in one line ("South Africa objected: the
// draft costs it more than blocking does"). Read from the session as it stood before the move, with the
// same quantities the AI policy weighed (ai.ts, rules.ts), so the line tells the policy's reason.
import { ISSUE_NAME } from '../content/issues';
import { AMEND_THRESHOLD, DEAL_DISTANCE, dealReservation } from '../model/ai';
import { draftValue } from '../model/draft';
import { agendaItemOf, clausesOf, draftValueOf } from '../model/items';
import { indexLibrary, type Library } from '../model/library';
import { evaluateExchange } from '../model/ops';
import { CAUCUS_MAX_MOVE, issueTotals } from '../model/procedure/caucus';
import { rosterOf } from '../model/roster';
import { blockingCost, lossFromChange, RULES } from '../model/rules';
import { isHuman, nameOf, type SessionContext, type SessionEvent } from '../model/session';

const r0 = (x: number) => x.toFixed(0);
const r2 = (x: number) => x.toFixed(2);

/** The reason for an AI move, or null for a person's move, a facilitator's, or plain procedure. */
export function aiReason(lib: Library, ctx: SessionContext, ev: SessionEvent): string | null {
  if (!('by' in ev) || isHuman(ctx, ev.by) || !ctx.item) return null;
  const roster = rosterOf(lib, ctx.scenarioId);
  const i = roster.index[ev.by];
  if (i === undefined) return null;
  const who = nameOf(lib, ev.by);
  const issue = ctx.item.issue;
  const x = ctx.pos[issue][i]!;
  const s = ctx.sal[issue][i]!;
  const y = draftValueOf(lib, ctx);
  const agenda = agendaItemOf(lib, ctx);
  switch (ev.type) {
    case 'SPEAK': {
      const card = indexLibrary(lib).argument.get(ev.card);
      if (!card) return null;
      return `${who} made the case for ${r0(card.position)}: of its arguments not yet heard, the one nearest its own position (${r0(x)}), weighed by strength.`;
    }
    case 'AMEND': {
      const clause = indexLibrary(lib).clause.get(ev.clause);
      if (!clause) return null;
      const after = draftValue(
        agenda,
        clausesOf(
          lib,
          ev.op === 'add'
            ? [...ctx.item.clauses, ev.clause]
            : ctx.item.clauses.filter((c) => c !== ev.clause),
        ),
      );
      return `${who} ${ev.op === 'add' ? 'added' : 'struck'} “${clause.label}”: it brings the draft from ${r0(y)} to ${r0(after)}, nearer its own position (${r0(x)}) by ${r0(Math.abs(y - x) - Math.abs(after - x))} points (it amends for ${AMEND_THRESHOLD} or more).`;
    }
    case 'CAUCUS_OFFER':
      return `${who} looked for a deal: the draft (${r0(y)}) stands ${r0(Math.abs(y - x))} points from what it wants (${r0(x)}) on an issue it cares about (it seeks one at ${DEAL_DISTANCE} or more), and ${nameOf(lib, ev.to)} gains from the trade too (of the trades worth offering, the more one would gain it, the likelier it is to offer it).`;
    case 'CAUCUS_ACCEPT':
    case 'CAUCUS_REFUSE': {
      const c = ctx.caucus;
      if (!c) return null;
      const r = evaluateExchange(lib, ctx, c.by, c.to, c.give, c.ask);
      const needs = dealReservation(ctx, c.to);
      return ev.type === 'CAUCUS_ACCEPT'
        ? `${who} accepted: what it gets on ${ISSUE_NAME[c.give]} is worth more to it than what it gives on ${ISSUE_NAME[c.ask]}${r.ok ? ` (it gains ${r2(r.gainT)}; it takes a deal that gains it ${r2(needs)} or more)` : ''}.`
        : `${who} declined: ${
            r.ok
              ? `the trade would gain it ${r2(r.gainT)}, less than the ${r2(needs)} it needs from a deal before it moves`
              : 'by its own reckoning the trade does not pay (the two do not gain where their priorities differ)'
          }.`;
    }
    case 'PRESSURE': {
      const t = roster.index[ev.to];
      if (t === undefined) return null;
      const target = nameOf(lib, ev.to);
      const mu = issueTotals(roster, ctx, issue).outcome;
      return `${who} pressed ${target} on ${ISSUE_NAME[issue]}: ${target} (${r0(ctx.pos[issue][t]!)}) stands on the far side of where the room is heading (${r0(mu)}) from ${who} (${r0(x)}), and a step its way (at most ${CAUCUS_MAX_MOVE} points) would move the room ${who}’s way (of the delegations worth pressing, the further one would move the room, the likelier ${who} is to press it).`;
    }
    case 'YIELD':
      return null;
    case 'OBJECT': {
      const call = ctx.item.call;
      const n = roster.participants.filter((k) => ctx.present[k]).length;
      const share = call && n > 1 ? call.objections.length / (n - 1) : 0;
      const loss = lossFromChange(x, s, y, agenda.statusQuo);
      if (RULES[ctx.rule].counts !== 'objections')
        return `${who} voted against: it prefers the status quo (${r0(agenda.statusQuo)}) to the draft (${r0(y)}), standing at ${r0(x)}.`;
      return `${who} objected: the draft costs it more than blocking does (a loss of ${loss.toFixed(1)} against a blocking cost of ${blockingCost(share).toFixed(1)}${call?.objections.length ? `, lower with ${call.objections.length} already objecting` : ''}).`;
    }
    case 'CLOSE_CALL':
      return null;
    default:
      return null;
  }
}
