// What the Outcome and Debrief screens say about a finished meeting, as plain lines read from the one
// debrief report (machines/report.ts): the communiqué, the same moves under every rule with each rule's
// tally, each player's objectives, and participation. The scenes only style these lines, so the two
// screens, the Markdown, CSV and JSON exports cannot tell different stories.
import { callWords, COMPARISON_NOTE, type ItemComparison } from '../machines/compare';
import { NO_ROLE_CARD, type DebriefReport } from '../machines/report';
import type { Library } from '../model/library';
import { OBJECTIVE_MARK, objectiveNote, objectivesSummary, type ObjectiveStatus } from '../model/objectives';
import { RULE_IDS, RULES, type RuleId } from '../model/rules';
import { nameOf, type ItemOutcome } from '../model/session';
import { tallyLine } from '../model/tally';

/** How a line reads: a heading, a sentence, a good or bad result, something neutral, or a quiet note. */
export type Tone = 'heading' | 'lead' | 'good' | 'bad' | 'open' | 'note' | 'quote' | 'plain';

export interface ResultLine {
  readonly text: string;
  readonly tone: Tone;
  readonly indent?: boolean;
  /** A line that heads what follows (larger, bold). */
  readonly strong?: boolean;
}

export const OUTCOME_WORDS: Record<ItemOutcome, string> = {
  adopted: 'Adopted',
  'no-consensus': 'Not agreed',
  referred: 'Referred to committee',
  deferred: 'Deferred',
  discussed: 'Discussed (no decision at an intersessional)',
  'not-reached': 'Not reached',
};

/** Each item's decision and the text adopted or the status quo that stands. */
export function communiqueLines(r: DebriefReport, plenary: boolean): ResultLine[] {
  const out: ResultLine[] = [
    { text: `The ${plenary ? 'Plenary' : 'meeting'} closes. On each item:`, tone: 'note' },
  ];
  for (const d of r.decisions) {
    out.push({
      text: `${d.title}: ${OUTCOME_WORDS[d.outcome]}`,
      tone: d.outcome === 'adopted' ? 'good' : 'open',
      strong: true,
    });
    out.push(
      d.text !== null
        ? { text: `“${d.text}”`, tone: 'quote', indent: true }
        : { text: `The status quo stands: ${d.statusQuoText}`, tone: 'plain', indent: true },
    );
  }
  return out;
}

/** One rule's row under an item: adopted or not, and its tally with names and the deciding vote (pivot). */
export function ruleRowText(lib: Library, c: ItemComparison, rule: RuleId, sessionRule: RuleId): string {
  const row = c.rows[rule];
  const tags = [
    rule === 'consensus' ? 'the KP’s actual rule' : '',
    rule === sessionRule ? 'this session' : '',
  ]
    .filter(Boolean)
    .join(', ');
  const t = row.tally;
  const tally = t
    ? `${row.call ? `${callWords(row.call)}; ` : ''}${tallyLine(lib, t)}${t.pivot ? `; the deciding vote: ${nameOf(lib, t.pivot)}` : ''}`
    : 'no call held';
  return `${row.adopted ? '✓ adopted' : '✕ not adopted'} — ${RULES[rule].label}${tags ? ` (${tags})` : ''}: ${tally}`;
}

/** The same moves under every rule, item by item, each rule with its tally. */
export function comparisonLines(lib: Library, r: DebriefReport, sessionRule: RuleId): ResultLine[] {
  const out: ResultLine[] = [];
  if (!r.comparison.length)
    out.push({ text: 'No item was decided, so there is nothing to compare.', tone: 'note' });
  else out.push({ text: COMPARISON_NOTE, tone: 'note' });
  for (const c of r.comparison) {
    out.push({ text: c.title, tone: 'heading' }, { text: c.summary, tone: 'lead' });
    if (RULE_IDS.every((rule) => ['not-reached', 'discussed'].includes(c.rows[rule].outcome))) continue;
    for (const rule of RULE_IDS)
      out.push({
        text: ruleRowText(lib, c, rule, sessionRule),
        tone: c.rows[rule].adopted ? 'good' : 'bad',
        indent: true,
      });
  }
  return out;
}

const STATUS_TONE: Record<ObjectiveStatus, Tone> = { met: 'good', missed: 'bad', open: 'open' };

/** The objectives: what each needed and what happened, per delegation the report scores. */
export function objectiveLines(lib: Library, r: DebriefReport): ResultLine[] {
  const out: ResultLine[] = [];
  if (!r.objectives.length)
    out.push({ text: 'No role cards were played: no objectives to score.', tone: 'note' });
  if (r.objectives.length && !r.objectives.some((o) => o.player))
    out.push({
      text: 'Nobody played a seat: the computer’s delegations, scored on their role cards.',
      tone: 'note',
    });
  for (const o of r.objectives) {
    out.push({ text: `${nameOf(lib, o.delegation)}${o.player ? ` — ${o.player}` : ''}`, tone: 'heading' });
    if (!o.scores) {
      out.push({ text: NO_ROLE_CARD, tone: 'note', indent: true });
      continue;
    }
    out.push({ text: objectivesSummary(o.scores), tone: 'plain', indent: true });
    for (const s of o.scores)
      out.push({
        text: `${OBJECTIVE_MARK[s.status]} — ${s.objective.text} (${objectiveNote(s)})`,
        tone: STATUS_TONE[s.status],
        indent: true,
      });
  }
  return out;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Per player: the moves they made themselves (not the computer's on their seat), and their exit ticket
 * unless `tickets` is false (the slides, on a screen the whole class faces).
 */
export function participationLines(lib: Library, r: DebriefReport, tickets = true): ResultLine[] {
  if (!r.participation.length)
    return [{ text: 'Nobody played a seat: the computer played the whole meeting.', tone: 'note' }];
  const out: ResultLine[] = [
    { text: 'Per player: speeches, amendments, objections and caucus moves they made.', tone: 'note' },
  ];
  for (const x of r.participation)
    out.push(
      { text: `${x.player} — ${nameOf(lib, x.delegation)}`, tone: 'heading' },
      {
        text: `${plural(x.speeches, 'speech', 'speeches')} · ${plural(x.amendments, 'amendment')} · ${plural(x.objections, 'objection')} · ${plural(x.caucus, 'caucus move')}`,
        tone: 'plain',
        indent: true,
      },
      ...(tickets ? exitTicketLines(r, x.delegation) : []),
    );
  return out;
}

/** A player's exit ticket under their participation: each question, then the answer, or that none was written. */
function exitTicketLines(r: DebriefReport, delegation: string): ResultLine[] {
  const t = r.exitTickets.find((e) => e.delegation === delegation);
  if (!t) return [{ text: 'No exit ticket written.', tone: 'note', indent: true }];
  return t.answers.flatMap((a, i): ResultLine[] => [
    { text: `Exit ticket ${i + 1}. ${a.question}`, tone: 'note', indent: true },
    { text: a.answer || '(left blank)', tone: 'quote', indent: true },
  ]);
}
