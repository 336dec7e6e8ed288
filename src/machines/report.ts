// The debrief pack: what was decided, under every rule, who moved whom, objectives, participation,
// the record, and questions for discussion; exported as Markdown, JSON and CSV.
import { toCsv, type CsvCell } from './csv';
import type { Citation, IssueId, RoleBriefing } from '../content/types';
import { ISSUE_IDS } from '../content/types';
import { EXIT_QUESTIONS } from '../content/teacher-guide';
import { draftText } from '../model/draft';
import { clausesOf } from '../model/items';
import { scenarioOf, type Library } from '../model/library';
import {
  OBJECTIVE_MARK,
  objectiveNote,
  objectivesSummary,
  scoreObjectives,
  type ObjectiveScore,
} from '../model/objectives';
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
import { COMPARISON_NOTE, type ItemComparison } from './compare';
import { influenceMarkdown, type InfluenceRow } from './influence';

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

const round = (x: number) => Math.round(x * 10) / 10;

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

function citeText(c: Citation | undefined): string {
  if (!c) return '';
  return 'doc' in c ? ` (${c.doc}, para ${c.para})` : ` (${c.record})`;
}

export function reportMarkdown(lib: Library, r: DebriefReport): string {
  const name = (id: string) => mdText(nameOf(lib, id));
  const out: string[] = [
    `# Debrief: ${mdText(r.title)}`,
    '',
    `Decision rule: ${r.rule}. Seed: ${mdText(String(r.seed))}.`,
    '',
    '## Decisions',
    '',
  ];
  for (const d of r.decisions)
    out.push(
      `- **${mdText(d.title)}**: ${d.outcome.replace('-', ' ')}${d.text ? ` — “${mdText(d.text)}”` : ''} (scale ${d.value}; status quo ${d.statusQuo})`,
    );
  out.push('', '## The same moves under every rule', '');
  if (r.comparison.length) out.push(COMPARISON_NOTE, '');
  for (const c of r.comparison) {
    out.push(
      `### ${mdText(c.title)}`,
      '',
      mdText(c.summary),
      '',
      '| rule | result | call on the item | draft at that call | tally | for–against | blocked by / outvoted | deciding vote (pivot) | points from the room’s compromise |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const row of Object.values(c.rows)) {
      const t = row.tally;
      const names = t ? [...t.blockedBy, ...t.outvoted].map(name).join(', ') : '';
      out.push(
        `| ${RULES[row.rule].label} | ${row.adopted ? 'adopted' : 'not adopted'} | ${row.call?.number ?? '—'} | ${row.call ? round(row.call.draftValue) : '—'} | ${t ? tallyFigure(t) : '—'} | ${t ? `${t.for.length}–${t.against.length}` : '—'} | ${mdCell(names || '—')} | ${t?.pivot ? mdCell(name(t.pivot)) : '—'} | ${row.fromCompromise === null ? '—' : row.fromCompromise.toFixed(1)} |`,
      );
    }
    out.push('');
  }
  out.push('## Where the meeting departed from history', '');
  for (const h of r.history) out.push(`- **${mdText(h.title)}**: ${mdText(h.summary)}`);
  out.push('', '## Who moved whom', '');
  if (r.influenceByIssue) out.push(...influenceMarkdown(r.influenceByIssue, name));
  else
    for (const e of r.influence.slice(0, 12))
      out.push(`- ${name(e.from)} → ${name(e.to)}: ${e.points} points`);
  if (r.objectives.length) {
    out.push('', '## Objectives', '');
    for (const [k, o] of r.objectives.entries()) {
      if (k > 0) out.push('');
      out.push(`### ${name(o.delegation)}${o.player ? ` (${mdText(o.player)})` : ''}`, '');
      if (!o.scores) out.push(NO_ROLE_CARD);
      else {
        out.push(objectivesSummary(o.scores), '');
        for (const s of o.scores)
          out.push(
            // A box only for what the meeting decided: one it could not is neither ticked nor left empty.
            `- ${s.status === 'open' ? '' : `[${s.met ? 'x' : ' '}] `}${mdText(s.objective.text)} — ${OBJECTIVE_MARK[s.status]} (${objectiveNote(s)})`,
          );
      }
    }
  }
  if (r.participation.length) {
    out.push(
      '',
      '## Participation',
      '',
      '| delegation | player | speeches | amendments | objections | caucus |',
      '|---|---|---|---|---|---|',
    );
    for (const p of r.participation)
      out.push(
        `| ${mdCell(name(p.delegation))} | ${mdCell(p.player)} | ${p.speeches} | ${p.amendments} | ${p.objections} | ${p.caucus} |`,
      );
  }
  if (r.exitTickets.length) {
    out.push('', '## Exit tickets', '');
    for (const t of r.exitTickets) {
      out.push(`### ${name(t.delegation)} (${mdText(t.player)})`, '');
      t.answers.forEach((a, i) =>
        out.push(`${i + 1}. *${mdText(a.question)}* ${a.answer ? mdText(a.answer) : '(left blank)'}`),
      );
      out.push('');
    }
  }
  out.push('', '## Questions for discussion', '');
  r.questions.forEach((q, i) => out.push(`${i + 1}. ${mdText(q.text)}${citeText(q.cite)}`));
  out.push('', '## Timeline', '');
  for (const t of r.timeline) out.push(`- Day ${t.day}: ${mdText(t.text)}${citeText(t.cite?.[0])}`);
  return out.join('\n') + '\n';
}

/**
 * Text from a session (names, titles, a seed) as one line of Markdown: a line break in a name cannot
 * start a heading or a section of its own.
 */
function mdText(s: string): string {
  return s.replace(/[\r\n\u2028\u2029\u0085\p{Cc}]+/gu, ' ');
}

/** Text for a Markdown table cell: one line, and a `|` in it cannot split the row. */
function mdCell(s: string): string {
  return mdText(s).replace(/\|/g, '\\|');
}

/**
 * The decisions CSV's columns, headed in the words of the Markdown report's table, for a teacher who opens
 * the file in a spreadsheet (a pivot or a share of production needs no legend); a program reads them by
 * these headings. Cells naming delegations hold their codes, which the positions CSV names.
 */
export const DECISION_COLUMNS = {
  item: 'item',
  issue: 'issue',
  rule: 'rule',
  adopted: 'adopted (1 yes / 0 no)',
  value: 'result on the scale (0 to 100)',
  call: 'call on the item',
  callDraft: 'draft at that call',
  tally: 'tally',
  supporters: 'for (count)',
  opponents: 'against (count)',
  productionShareFor: 'share of production for',
  for: 'for (codes)',
  against: 'against (codes)',
  objecting: 'objecting (codes)',
  blockedBy: 'blocked by (codes)',
  outvoted: 'outvoted (codes)',
  pivot: 'deciding vote (pivot)',
  fromCompromise: 'points from the room’s compromise',
} as const;

export function decisionsCsv(r: DebriefReport): string {
  const columns = Object.keys(DECISION_COLUMNS) as (keyof typeof DECISION_COLUMNS)[];
  const rows: CsvCell[][] = [columns.map((k) => DECISION_COLUMNS[k])];
  for (const c of r.comparison)
    for (const row of Object.values(c.rows)) {
      const t = row.tally;
      const cells: Record<keyof typeof DECISION_COLUMNS, CsvCell> = {
        item: c.itemId,
        issue: c.issue,
        rule: row.rule,
        adopted: row.adopted ? 1 : 0,
        value: round(row.value),
        call: row.call?.number ?? null,
        callDraft: row.call ? round(row.call.draftValue) : null,
        tally: t ? tallyFigure(t) : null,
        supporters: t ? t.for.length : null,
        opponents: t ? t.against.length : null,
        productionShareFor: t ? Math.round(t.forShare * 1000) / 1000 : null,
        for: t?.for.join(' ') ?? null,
        against: t?.against.join(' ') ?? null,
        objecting: t?.objecting.join(' ') ?? null,
        blockedBy: t?.blockedBy.join(' ') ?? null,
        outvoted: t?.outvoted.join(' ') ?? null,
        pivot: t?.pivot ?? null,
        fromCompromise: row.fromCompromise === null ? null : round(row.fromCompromise),
      };
      rows.push(columns.map((k) => cells[k]));
    }
  return toCsv(rows);
}

export function positionsCsv(r: DebriefReport): string {
  const rows: CsvCell[][] = [
    ['delegation', 'name', 'kind', 'bloc', 'player', ...ISSUE_IDS.flatMap((i) => [`${i}_start`, `${i}_end`])],
  ];
  for (const p of r.positions)
    rows.push([p.id, p.name, p.kind, p.bloc, p.player, ...ISSUE_IDS.flatMap((i) => [p.start[i], p.end[i]])]);
  return toCsv(rows);
}

/**
 * One row per player: what they did (participation), how their delegation's objectives fared, and their
 * exit ticket's answers, for a teacher's gradebook or spreadsheet.
 */
export function playersCsv(r: DebriefReport): string {
  const rows: CsvCell[][] = [
    [
      'delegation',
      'player',
      'speeches',
      'amendments',
      'objections',
      'caucus',
      'objectives_met',
      'objectives_decided',
      ...EXIT_QUESTIONS.map((q) => `exit_${q.id}`),
    ],
  ];
  for (const p of r.participation) {
    const scores = r.objectives.find((o) => o.delegation === p.delegation)?.scores ?? [];
    const ticket = r.exitTickets.find((t) => t.delegation === p.delegation);
    rows.push([
      p.delegation,
      p.player,
      p.speeches,
      p.amendments,
      p.objections,
      p.caucus,
      scores.filter((s) => s.met).length,
      // Out of those the meeting could decide: one not on its agenda is no failure.
      scores.filter((s) => s.status !== 'open').length,
      ...EXIT_QUESTIONS.map((_q, i) => ticket?.answers[i]?.answer ?? ''),
    ]);
  }
  return toCsv(rows);
}
