// The debrief slides tell the Outcome's and the Debrief's story: the same lines from the one report (what
// we decided, the same moves under each rule), the record's sources for what history decided, the largest
// moves of who moved whom, and each discussion question on its own slide.
import { describe, expect, it } from 'vitest';
import { debriefSlides, historyLines, SLIDE_MOVES } from '../../src/app/debrief-slides';
import {
  communiqueLines,
  comparisonLines,
  objectiveLines,
  participationLines,
} from '../../src/app/result-view';
import { citeLabel } from '../../src/app/view-model';
import { BRIEFINGS } from '../../src/content/index';
import { ISSUE_NAME } from '../../src/content/issues';
import { compareRules } from '../../src/machines/compare';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { influenceByIssue } from '../../src/machines/influence';
import { buildReport } from '../../src/machines/report';
import { runAiSession } from '../../src/machines/runner';
import { scenarioOf } from '../../src/model/library';
import type { RuleId } from '../../src/model/rules';
import { nameOf, type SessionInput } from '../../src/model/session';

function ended(rule: RuleId, seed: number, humans: Record<string, string> = {}) {
  const input: SessionInput = { scenarioId: 'washington-plenary-2012', rule, seed };
  // Played by the computer throughout; `humans` are seats a person sat in and left to the computer.
  const played = runAiSession(plenaryMachine, LIBRARY, input).context;
  const ctx = { ...played, humans, startHumans: humans };
  const report = buildReport(
    LIBRARY,
    ctx,
    compareRules(plenaryMachine, LIBRARY, ctx, input),
    BRIEFINGS,
    undefined,
    influenceByIssue(plenaryMachine, LIBRARY, input, ctx.log),
  );
  return { ctx, report, sc: scenarioOf(LIBRARY, input.scenarioId) };
}

describe('debrief slides', () => {
  it('read the same lines as the Outcome and the Debrief, in the order a class walks through them', () => {
    for (const [rule, seed] of [
      ['consensus', 3],
      ['majority', 11],
    ] as const) {
      const { report, sc } = ended(rule, seed);
      const slides = debriefSlides(LIBRARY, report, sc, rule);
      expect(slides.slice(0, 6).map((s) => s.title)).toEqual([
        'What we decided',
        'What history decided',
        'The same moves under each rule',
        'Who moved whom',
        'Objectives',
        'Participation',
      ]);
      expect(slides[0]!.lines).toEqual(communiqueLines(report, true));
      expect(slides[1]!.lines).toEqual(historyLines(report, sc));
      expect(slides[2]!.lines).toEqual(comparisonLines(LIBRARY, report, rule));
      expect(slides[4]!.lines).toEqual(objectiveLines(LIBRARY, report));
      expect(slides[5]!.lines).toEqual(participationLines(LIBRARY, report, false));
      // What history decided: every item's record with its sources.
      for (const d of report.history) {
        const item = sc.agenda.find((a) => a.id === d.itemId)!;
        const text = slides[1]!.lines.map((l) => l.text).join('\n');
        expect(text).toContain(`In history: ${item.history.summary}`);
        for (const c of item.history.cite) expect(text).toContain(citeLabel(c));
      }
      // One slide per question, its text first.
      const qs = slides.slice(6);
      expect(qs.map((s) => s.lines[0]!.text)).toEqual(report.questions.map((q) => q.text));
      expect(qs.map((s) => s.title)).toEqual(
        report.questions.map((_q, i) => `Discussion: question ${i + 1} of ${report.questions.length}`),
      );
    }
  });

  it('name the largest moves of who moved whom, as the report ranks them', () => {
    const { report, sc } = ended('consensus', 3);
    const moves = debriefSlides(LIBRARY, report, sc, 'consensus')[3]!.lines.filter((l) =>
      l.text.includes(' → '),
    );
    const rows = report.influenceByIssue!.filter((r) => r.points >= 0.5);
    expect(rows.length).toBeGreaterThan(0);
    expect(moves).toHaveLength(Math.min(SLIDE_MOVES, rows.length));
    const top = rows[0]!;
    expect(moves[0]!.text).toBe(
      `${nameOf(LIBRARY, top.from)} → ${nameOf(LIBRARY, top.to)}: ${top.points.toFixed(1)} points on ${ISSUE_NAME[top.issue]}, by ${top.means === 'deal' ? 'a deal' : top.means === 'speech' ? 'speeches' : 'pressure'}`,
    );
  });

  it('score the players’ objectives and count their own moves as the Debrief does, without their exit tickets', () => {
    const { report, sc } = ended('consensus', 5, { ZA: 'Player 1' });
    const slides = debriefSlides(LIBRARY, report, sc, 'consensus');
    const objectives = slides.find((s) => s.title === 'Objectives')!.lines.map((l) => l.text);
    expect(objectives[0]).toBe('South Africa — Player 1');
    expect(objectives.join('\n')).toMatch(
      /needed at (least|most) \d+ of 100, toward ‘[^’]+’; ended at \d+ of 100 \(((at|nearer) ‘[^’]+’|midway)\)/,
    );
    const participation = slides.find((s) => s.title === 'Participation')!.lines.map((l) => l.text);
    expect(participation).toContain('Player 1 — South Africa');
    expect(participation.join('\n')).not.toMatch(/exit ticket/i);
    expect(
      participationLines(LIBRARY, report)
        .map((l) => l.text)
        .join('\n'),
    ).toMatch(/exit ticket/i);
  });
});
