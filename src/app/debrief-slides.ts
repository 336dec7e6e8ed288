// The debrief slides' content: what a class walks through on the projector after a meeting. Every line is
// read from the one debrief report and the lines the Outcome and Debrief show (result-view.ts), so the
// slides cannot tell another story: what we decided, what history decided (cited), the same moves under
// the other rules, who moved whom, each player's objectives and participation, then each discussion
// question on a slide of its own.
import { ISSUE_NAME } from '../content/issues';
import type { Scenario } from '../content/types';
import { MEANS_WORDS, influenceTotals, meansSummary } from '../machines/influence';
import type { DebriefReport } from '../machines/report';
import type { Library } from '../model/library';
import type { RuleId } from '../model/rules';
import { nameOf } from '../model/session';
import {
  communiqueLines,
  comparisonLines,
  objectiveLines,
  participationLines,
  type ResultLine,
} from './result-view';
import { citeLabel } from './view-model';

export interface Slide {
  readonly title: string;
  readonly lines: readonly ResultLine[];
}

/** How many of the largest moves the "who moved whom" slide names (the Debrief's chart shows twelve). */
export const SLIDE_MOVES = 6;

/** What history decided on each item the meeting had, with the record's sources and how this session compares. */
export function historyLines(report: DebriefReport, sc: Scenario): ResultLine[] {
  const out: ResultLine[] = [];
  for (const d of report.history) {
    const item = sc.agenda.find((a) => a.id === d.itemId);
    out.push({ text: d.title, tone: 'heading' });
    if (item) {
      out.push({ text: `In history: ${item.history.summary}`, tone: 'plain' });
      out.push({ text: `Sources: ${item.history.cite.map(citeLabel).join('; ')}`, tone: 'note' });
    }
    out.push({
      text: `This session: ${d.sameOutcome && d.points < 0.5 ? 'the same decision as in history.' : d.summary}`,
      tone: d.sameOutcome ? 'good' : 'open',
    });
    // The figures where they differ: 'the same decision as in history' says the rest.
    if (!(d.sameOutcome && d.points < 0.5))
      out.push({
        text: `On the scale: ${d.historicalValue.toFixed(0)} in history, ${d.sessionValue.toFixed(0)} in this session (${d.points.toFixed(0)} points apart).`,
        tone: 'note',
      });
  }
  return out.length ? out : [{ text: 'No item was reached.', tone: 'note' }];
}

/** The largest moves, per issue and means where the log was replayed (else per pair), largest first. */
export function influenceLines(lib: Library, report: DebriefReport): ResultLine[] {
  const byIssue = report.influenceByIssue;
  const rows = (
    byIssue?.filter((r) => r.points >= 0.5) ??
    report.influence.filter((r) => r.points >= 0.5).map((r) => ({ ...r, issue: null, means: null }))
  ).slice(0, SLIDE_MOVES);
  if (!rows.length) return [{ text: 'Nobody moved anybody by more than a point.', tone: 'note' }];
  const players = new Set(report.participation.map((p) => p.delegation));
  const out: ResultLine[] = (byIssue ? influenceTotals(byIssue) : []).map((t) => ({
    text: `${ISSUE_NAME[t.issue]}: ${t.points.toFixed(1)} points moved in all (${meansSummary(t.byMeans)})`,
    tone: 'note',
  }));
  for (const r of rows)
    out.push({
      text: `${players.has(r.from) ? '★ ' : ''}${nameOf(lib, r.from)} → ${nameOf(lib, r.to)}: ${r.points.toFixed(1)} points${r.issue && r.means ? ` on ${ISSUE_NAME[r.issue]}, by ${MEANS_WORDS[r.means]}` : ''}`,
      tone: players.has(r.from) ? 'lead' : 'plain',
    });
  if (players.size) out.push({ text: '★ a delegation the class played', tone: 'note' });
  return out;
}

/** The slides, in the order a teacher walks the class through them. */
export function debriefSlides(
  lib: Library,
  report: DebriefReport,
  sc: Scenario,
  sessionRule: RuleId,
): Slide[] {
  const n = report.questions.length;
  return [
    { title: 'What we decided', lines: communiqueLines(report, sc.kind === 'plenary') },
    { title: 'What history decided', lines: historyLines(report, sc) },
    { title: 'The same moves under each rule', lines: comparisonLines(lib, report, sessionRule) },
    { title: 'Who moved whom', lines: influenceLines(lib, report) },
    { title: 'Objectives', lines: objectiveLines(lib, report) },
    // The moves each player made; their exit tickets stay off the screen the class faces.
    { title: 'Participation', lines: participationLines(lib, report, false) },
    ...report.questions.map((q, i) => ({
      title: `Discussion: question ${i + 1} of ${n}`,
      lines: [
        { text: q.text, tone: 'lead', strong: true } as ResultLine,
        ...(q.cite ? [{ text: citeLabel(q.cite), tone: 'note' } as ResultLine] : []),
      ],
    })),
  ];
}
