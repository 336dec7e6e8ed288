// Caucus: a delegation offers another a deal (move on one issue in return for movement on another),
// which is accepted or refused; or presses another on the item's issue.
import { ISSUE_NAME } from '../../content/issues';
import type { IssueId } from '../../content/types';
import { reactToPressure, type Player, type Reaction } from '../challenge';
import { exchange, type ExchangeSide } from '../exchange';
import type { Library } from '../library';
import { rosterOf, type Roster } from '../roster';
import {
  clamp100,
  isHuman,
  MAX_OFFERS,
  nameOf,
  perIssue,
  type PerIssue,
  type SessionContext,
} from '../session';
import { update, withKeys } from '../context-copy';
import { say } from '../session-record';
import { inRoom, moveActor, seatOf } from './context';
import { on } from './shape';

/**
 * How far one caucus moves a delegation's stance, at most (points on the 0–100 scale), for a deal and
 * for pressure alike. The exchange and challenge models describe whole negotiations, in which a
 * delegation that trades or gives way may end at the expected outcome or at its challenger's
 * position; in the game a caucus is one conversation in one meeting. Unbounded, AI pressure moved its
 * target 23 points on average and up to 60 (a delegation at 65 giving way to one at 10 in a single
 * line of the transcript), and a deal moved each partner about 10. Six points is about what one
 * clause is worth to the draft (most move it 4–10) and a few speeches' pull on a listener (a speech
 * moves one by 1–2): a concession a student can see in What changed, not a change of camp. Both
 * partners of a deal still gain, at the same rate, by less.
 */
export const CAUCUS_MAX_MOVE = 6;

/**
 * Where a pressed delegation `t` stands after its reaction to `h`: the reaction's share of the way
 * toward h, over at most CAUCUS_MAX_MOVE points (giving way is a step, not a move to h's position).
 */
export function pressedPosition(t: Player, h: Player, reaction: Reaction): number {
  const step = Math.min(Math.abs(h.x - t.x), CAUCUS_MAX_MOVE) * reaction.move;
  return clamp100(t.x + Math.sign(h.x - t.x) * step);
}

export interface IssueTotal {
  readonly outcome: number;
  readonly weight: number;
}

/** Expected outcome and Σ c·s on an issue over the present participants. */
export function issueTotals(roster: Roster, ctx: SessionContext, issue: IssueId): IssueTotal {
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
  const h = seatOf(roster, by);
  const t = seatOf(roster, to);
  return exchange(
    exchangeSide(roster, ctx, h, give, ask),
    exchangeSide(roster, ctx, t, give, ask),
    {
      give: totals[give] ?? issueTotals(roster, ctx, give),
      ask: totals[ask] ?? issueTotals(roster, ctx, ask),
    },
    CAUCUS_MAX_MOVE,
  );
}

/** The room's expected outcome and weight on every issue, for scanning many possible deals at once. */
export function allIssueTotals(lib: Library, ctx: SessionContext): PerIssue<IssueTotal> {
  const roster = rosterOf(lib, ctx.scenarioId);
  return perIssue((issue) => issueTotals(roster, ctx, issue));
}

function countOffer(ctx: SessionContext, by: string): Readonly<Record<string, number>> {
  return withKeys(ctx.offersMade, { [by]: (ctx.offersMade[by] ?? 0) + 1 });
}

const PRESSURE_WORDS = {
  ignore: 'shrugs it off',
  confront: 'stands firm',
  compromise: 'meets it part of the way',
  capitulate: 'gives way',
} as const;

export const CAUCUS = [
  on('CAUCUS_OFFER', 'item', {
    check: (lib, ctx, ev) => {
      if (ev.to === ev.by) return 'A caucus needs two delegations.';
      if (!inRoom(lib, ctx, ev.to)) return `${nameOf(lib, ev.to)} is not in the room.`;
      if (ev.give === ev.ask) return 'Give on one issue to ask on another.';
      if ((ctx.offersMade[ev.by] ?? 0) >= MAX_OFFERS)
        return `No more than ${MAX_OFFERS} caucus offers per delegation.`;
      return null;
    },
    apply: (lib, ctx, ev) =>
      say(
        update(ctx, {
          caucus: { kind: 'exchange', by: ev.by, to: ev.to, give: ev.give, ask: ev.ask },
          offersMade: countOffer(ctx, ev.by),
        }),
        {
          kind: 'caucus',
          by: ev.by,
          text: `${nameOf(lib, ev.by)} invites ${nameOf(lib, ev.to)} to caucus: it would move on ${ISSUE_NAME[ev.give]} in return for movement on ${ISSUE_NAME[ev.ask]}.`,
        },
      ),
  }),
  on('CAUCUS_ACCEPT', 'caucus', {
    check: (lib, ctx, ev) => {
      const c = ctx.caucus;
      if (c.to !== ev.by) return `The offer is addressed to ${nameOf(lib, c.to)}.`;
      const r = evaluateExchange(lib, ctx, c.by, c.to, c.give, c.ask);
      return r.ok ? null : r.reason;
    },
    apply: (lib, ctx, ev) => {
      const c = ctx.caucus;
      const r = evaluateExchange(lib, ctx, c.by, c.to, c.give, c.ask);
      // Stryker disable next-line ConditionalExpression,ObjectLiteral: apply follows the check, which has already refused an exchange that is not ok
      if (!r.ok) return update(ctx, { caucus: null });
      const roster = rosterOf(lib, ctx.scenarioId);
      const gave = moveActor(
        ctx,
        roster,
        seatOf(roster, c.by),
        c.give,
        r.hNewGive,
        { by: c.to, cause: 'caucus' },
        true,
      );
      const both = moveActor(
        gave,
        roster,
        seatOf(roster, c.to),
        c.ask,
        r.tNewAsk,
        { by: c.by, cause: 'caucus' },
        true,
      );
      return say(update(both, { caucus: null }), {
        kind: 'caucus',
        by: ev.by,
        moved: true,
        text: `${nameOf(lib, c.to)} accepts: ${nameOf(lib, c.by)} moves on ${ISSUE_NAME[c.give]} to ${r.hNewGive.toFixed(0)}, ${nameOf(lib, c.to)} on ${ISSUE_NAME[c.ask]} to ${r.tNewAsk.toFixed(0)}.`,
      });
    },
  }),
  on('CAUCUS_REFUSE', 'caucus', {
    check: (lib, ctx, ev) =>
      ctx.caucus.to !== ev.by ? `The offer is addressed to ${nameOf(lib, ctx.caucus.to)}.` : null,
    apply: (lib, ctx, ev) =>
      say(update(ctx, { caucus: null }), {
        kind: 'caucus',
        by: ev.by,
        moved: false,
        text: `${nameOf(lib, ev.by)} declines the caucus offer.`,
      }),
  }),
  on('PRESSURE', 'item', {
    check: (lib, ctx, ev) => {
      if (ev.to === ev.by) return 'Pressure needs a target.';
      if (!inRoom(lib, ctx, ev.to)) return `${nameOf(lib, ev.to)} is not in the room.`;
      if ((ctx.offersMade[ev.by] ?? 0) >= MAX_OFFERS)
        return `No more than ${MAX_OFFERS} caucus moves per delegation.`;
      return null;
    },
    apply: (lib, ctx, ev) => {
      const roster = rosterOf(lib, ctx.scenarioId);
      const issue = ctx.item.issue;
      const h = seatOf(roster, ev.by);
      const t = seatOf(roster, ev.to);
      const player = (i: number): Player => ({
        x: ctx.pos[issue][i]!,
        s: ctx.sal[issue][i]!,
        c: roster.clout[i]!,
      });
      const room = roster.participants.filter((i) => ctx.present[i]).map(player);
      const mu = issueTotals(roster, ctx, issue).outcome;
      const base = update(ctx, { offersMade: countOffer(ctx, ev.by) });
      const who = `${nameOf(lib, ev.by)} presses ${nameOf(lib, ev.to)} on ${ISSUE_NAME[issue]}`;
      if (isHuman(ctx, ev.to)) return say(base, { kind: 'caucus', by: ev.by, text: `${who}.` });
      const reaction = reactToPressure(player(t), player(h), room, mu);
      const moved =
        reaction.move > 0
          ? moveActor(
              base,
              roster,
              t,
              issue,
              pressedPosition(player(t), player(h), reaction),
              { by: ev.by, cause: 'pressure' },
              true,
            )
          : base;
      return say(moved, {
        kind: 'caucus',
        by: ev.by,
        moved: reaction.move > 0,
        text: `${who}; it ${PRESSURE_WORDS[reaction.kind]}.`,
      });
    },
  }),
];
