// The debrief pack: what was decided, under every rule, who moved whom, objectives, participation,
// the record, and questions for discussion; exported as Markdown, JSON and CSV.
import type { Citation, IssueId, RoleBriefing } from '../content/types';
import { ISSUE_IDS } from '../content/types';
import { EXIT_QUESTIONS } from '../content/teacher-guide';
import { draftText } from '../model/draft';
import { clausesOf } from '../model/items';
import { scenarioOf, type Library } from '../model/library';
import { scoreObjectives, type ObjectiveScore } from '../model/objectives';
import { rosterOf } from '../model/roster';
import { RULES } from '../model/rules';
import { tallyFigure } from '../model/tally';
import {
  nameOf,
  openingPositions,
  type ItemOutcome,
  type SessionContext,
  type SessionInput,
  type TranscriptEntry,
} from '../model/session';
import { divergence, type Divergence } from './campaign';
import type { ItemComparison } from './compare';
import type { InfluenceRow } from './influence';

export interface Question {
  readonly text: string;
  readonly cite?: Citation;
}

export interface DebriefReport {
  readonly title: string;
  readonly scenarioId: string;
  readonly rule: string;
  readonly seed: number | string;
  readonly decisions: readonly {
    itemId: string;
    title: string;
    issue: IssueId;
    outcome: ItemOutcome;
    value: number;
    statusQuo: number;
    statusQuoText: string;
    text: string | null;
  }[];
  readonly comparison: readonly ItemComparison[];
  readonly positions: readonly {
    id: string;
    name: string;
    kind: string;
    bloc: string;
    player: string | null;
    start: Record<IssueId, number>;
    end: Record<IssueId, number>;
  }[];
  /** Who moved whom: delegation ids of the persuader and the persuaded, and the scale points moved. */
  readonly influence: readonly { from: string; to: string; points: number }[];
  /** The same, per issue and means (speech, deal, pressure), from the log replayed; null if not asked. */
  readonly influenceByIssue: readonly InfluenceRow[] | null;
  /**
   * The objectives of the delegations people played (of every seated role card when nobody did): scores
   * null for a delegation played without a role card.
   */
  readonly objectives: readonly {
    delegation: string;
    player: string | null;
    scores: readonly ObjectiveScore[] | null;
  }[];
  readonly participation: readonly {
    delegation: string;
    player: string;
    speeches: number;
    amendments: number;
    objections: number;
    caucus: number;
  }[];
  /** Each player's exit ticket (those who wrote one): the guided questions and their answers, in order. */
  readonly exitTickets: readonly {
    delegation: string;
    player: string;
    answers: readonly { question: string; answer: string }[];
  }[];
  readonly history: readonly Divergence[];
  readonly questions: readonly Question[];
  readonly timeline: readonly TranscriptEntry[];
}

/** Figures in the report and its exports: to a tenth. */
export const round = (x: number) => Math.round(x * 10) / 10;

/** What the report says of a delegation played without a role card. */
export const NO_ROLE_CARD = 'No role card: this delegation followed its bloc, so no objectives are scored.';

/**
 * The debrief of a session. Pass the session's carried-over positions where known (a campaign meeting):
 * the context does not keep them, and without them "start" would be the delegations' anchors.
 */
export function buildReport(
  lib: Library,
  ctx: SessionContext,
  comparison: readonly ItemComparison[],
  briefings: readonly RoleBriefing[],
  carry?: SessionInput['carry'],
  /** Who moved whom per issue and means (influence.ts), where the caller has replayed the log. */
  moves?: readonly InfluenceRow[],
): DebriefReport {
  const sc = scenarioOf(lib, ctx.scenarioId);
  const roster = rosterOf(lib, ctx.scenarioId);
  const decisions = ctx.results.map((r) => {
    const item = sc.agenda.find((a) => a.id === r.itemId)!;
    return {
      itemId: r.itemId,
      title: item.title,
      issue: r.issue,
      outcome: r.outcome,
      value: round(r.value),
      statusQuo: item.statusQuo,
      statusQuoText: item.statusQuoText,
      text: r.outcome === 'adopted' ? draftText(item, clausesOf(lib, r.clauses)) : null,
    };
  });
  const perIssue = (f: (issue: IssueId) => number) =>
    Object.fromEntries(ISSUE_IDS.map((i) => [i, round(f(i))])) as Record<IssueId, number>;
  const opening = openingPositions(lib, { scenarioId: ctx.scenarioId, ...(carry ? { carry } : {}) });
  const positions = roster.ids.map((id, i) => ({
    id,
    name: roster.names[i]!,
    kind: roster.kind[i]!,
    bloc: roster.bloc[i]!,
    player: ctx.humans[id] ?? ctx.startHumans[id] ?? null,
    start: perIssue((issue) => opening[issue][i]!),
    end: perIssue((issue) => ctx.pos[issue][i]!),
  }));
  // ctx.influence is by seat, speaker then listener: name both by delegation id.
  const influence = ctx.influence
    .flatMap((row, from) =>
      (row ?? []).map((points, to) => ({
        from: roster.ids[from]!,
        to: roster.ids[to]!,
        points: round(points),
      })),
    )
    .filter((e) => e.points >= 1)
    .sort((a, b) => b.points - a.points)
    .slice(0, 25);
  const players = new Set([...Object.keys(ctx.startHumans), ...Object.keys(ctx.humans)]);
  const seated = briefings.filter((b) => roster.index[b.delegation] !== undefined).map((b) => b.delegation);
  const objectives = (players.size ? [...players] : seated).map((id) => {
    const b = briefings.find((x) => x.delegation === id);
    return {
      delegation: id,
      player: ctx.humans[id] ?? ctx.startHumans[id] ?? null,
      scores: b ? scoreObjectives(lib, ctx, b) : null,
    };
  });
  // Per person and seat: the moves the log says a person made (never the computer's on their seat).
  const who = (id: string) => ctx.humans[id] ?? ctx.startHumans[id] ?? '';
  const seats: { delegation: string; player: string }[] = [...players].map((id) => ({
    delegation: id,
    player: who(id),
  }));
  for (const t of ctx.transcript)
    if (t.by !== undefined && t.player !== undefined)
      if (!seats.some((p) => p.delegation === t.by && p.player === t.player))
        seats.push({ delegation: t.by, player: t.player });
  const participation = seats.map(({ delegation, player }) => {
    const mine = ctx.transcript.filter((t) => t.by === delegation && t.player === player);
    const count = (k: TranscriptEntry['kind']) => mine.filter((t) => t.kind === k).length;
    return {
      delegation,
      player,
      speeches: count('speech'),
      amendments: count('amendment'),
      objections: count('objection'),
      caucus: count('caucus'),
    };
  });
  const exitTickets = Object.entries(ctx.exitTickets).map(([id, answers]) => ({
    delegation: id,
    player: ctx.humans[id] ?? ctx.startHumans[id] ?? '',
    answers: EXIT_QUESTIONS.map((q, i) => ({ question: q.text, answer: answers[i] ?? '' })),
  }));
  return {
    title: sc.title,
    scenarioId: sc.id,
    rule: RULES[ctx.rule].label,
    seed: ctx.seed,
    decisions,
    comparison,
    positions,
    influence,
    influenceByIssue: moves ?? null,
    objectives,
    participation,
    exitTickets,
    history: divergence(lib, ctx),
    questions: questionsFor(lib, ctx, comparison),
    timeline: ctx.transcript,
  };
}

function questionsFor(lib: Library, ctx: SessionContext, comparison: readonly ItemComparison[]): Question[] {
  const qs: Question[] = [];
  for (const c of comparison) {
    const kp = c.rows.consensus;
    const vote = c.rows['two-thirds'];
    const blockedBy = kp.tally?.blockedBy ?? [];
    if (!kp.adopted && vote.adopted && vote.tally && blockedBy.length)
      qs.push({
        text: `On “${c.title}”, ${blockedBy.map((id) => nameOf(lib, id)).join(', ')} stopped a text that a two-thirds vote would have passed (${tallyFigure(vote.tally)}). Should so few be able to stop what most want? What would the KP lose if they could not?`,
      });
    if (kp.adopted && !vote.adopted)
      qs.push({
        text: `“${c.title}” passed by consensus but would have failed a two-thirds vote. How can silence count as agreement?`,
      });
  }
  qs.push(
    {
      text: 'The civil-society coordinator argues that the KP never used the human-rights language it already had. Is a wider definition the answer, or better use of the old one?',
      cite: { doc: 'zimbabwe-chapter', para: 10 },
    },
    {
      text: 'The 2012 Chair said an intersessional is for talking, not deciding. What did your meeting gain from discussion that a vote would have lost?',
      cite: { doc: 'washington-2012', para: 2 },
    },
    {
      text: 'The chapter complains that consensus makes the KP slow to act. Who benefits from that slowness, and who pays for it?',
      cite: { doc: 'zimbabwe-chapter', para: 16 },
    },
  );
  if (ctx.results.some((r) => r.issue === 'marange'))
    qs.push({
      text: 'Zimbabwe was allowed to sell Marange diamonds while civil society objected. Should observers, who cannot block, have more say?',
      cite: { doc: 'zimbabwe-chapter', para: 27 },
    });
  return qs;
}
