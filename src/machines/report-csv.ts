// The debrief pack as CSV for a teacher's spreadsheet: the decisions under every rule, the positions at
// the start and the end, and one row per player (participation, objectives, exit ticket).
import { ISSUE_IDS } from '../content/types';
import { EXIT_QUESTIONS } from '../content/teacher-guide';
import { tallyFigure } from '../model/tally';
import { toCsv, type CsvCell } from './csv';
import { round, type DebriefReport } from './report';

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
