// The Briefing promises only what the Outcome scores: an objective marked "☑ Decided at this meeting" is
// scored met or not met at the end, one marked otherwise is never scored "not met", and an issue an
// intersessional only discusses is not presented as decided there (it was: "☑ On this meeting's agenda").
import { describe, expect, it } from 'vitest';
import { briefingObjectives } from '../../src/app/briefing-objectives';
import { BRIEFINGS } from '../../src/content/index';
import { compareRules } from '../../src/machines/compare';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { buildReport } from '../../src/machines/report';
import { playAi, startSession } from '../../src/machines/runner';
import { objectiveStakes, scoreObjective } from '../../src/model/objectives';
import { rosterOf } from '../../src/model/roster';
import type { SessionInput } from '../../src/model/session';

const MEETINGS = LIBRARY.scenarios.filter((s) => s.agenda.length > 0);

describe('the Briefing’s objectives', () => {
  it.each(MEETINGS.map((s) => s.id))('%s: marks decided here exactly what the Outcome scores', (id) => {
    const roster = rosterOf(LIBRARY, id);
    const cards = BRIEFINGS.filter((b) => roster.ids.includes(b.delegation));
    expect(cards.length).toBeGreaterThan(0);
    for (const items of [
      undefined,
      LIBRARY.scenarios
        .find((s) => s.id === id)!
        .agenda.slice(0, 1)
        .map((a) => a.id),
    ]) {
      // Everyone with a role card played by a person, then the meeting played through by the computer.
      const humans = Object.fromEntries(cards.map((b, k) => [b.delegation, `Player ${k + 1}`]));
      const input: SessionInput = {
        scenarioId: id,
        rule: 'consensus',
        seed: 4,
        humans,
        ...(items ? { items } : {}),
      };
      const actor = startSession(plenaryMachine, { ...input, humans: {} });
      actor.send({ type: 'START' });
      const agenda = actor.getSnapshot().context.agenda;
      actor.send({ type: 'BEGIN' });
      playAi(LIBRARY, actor);
      const ctx = { ...actor.getSnapshot().context, startHumans: humans, humans };
      const report = buildReport(LIBRARY, ctx, compareRules(plenaryMachine, LIBRARY, ctx, input), BRIEFINGS);
      for (const card of cards) {
        const shown = briefingObjectives(LIBRARY, { scenarioId: id, agenda }, card).lines;
        const scored = report.objectives.find((o) => o.delegation === card.delegation)!.scores!;
        expect(shown.map((l) => l.decidable)).toEqual(scored.map((s) => s.decidable));
        shown.forEach((l, k) => {
          if (l.decidable) expect(scored[k]!.status).not.toBe('open');
          else expect(scored[k]!.status).not.toBe('missed');
          expect(l.text.startsWith('☑')).toBe(l.decidable);
        });
      }
    }
  });

  it('an intersessional discusses an issue without deciding it, and the Briefing says so', () => {
    const sc = LIBRARY.scenarios.find((s) => s.kind === 'intersessional' && s.agenda.length)!;
    const issues = new Set(sc.agenda.map((a) => a.issue));
    const card = BRIEFINGS.find(
      (b) =>
        rosterOf(LIBRARY, sc.id).ids.includes(b.delegation) && b.objectives.some((o) => issues.has(o.issue)),
    )!;
    const { lines, summary } = briefingObjectives(
      LIBRARY,
      { scenarioId: sc.id, agenda: sc.agenda.map((a) => a.id) },
      card,
    );
    const onAgenda = card.objectives.flatMap((o, k) => (issues.has(o.issue) ? [lines[k]!] : []));
    expect(onAgenda.length).toBeGreaterThan(0);
    for (const l of onAgenda)
      expect(l.text).toMatch(/^☐ Discussed here, decided at a later meeting: .*\(needs at (least|most) \d+/);
    expect(summary).toMatch(/^This meeting decides none of your objectives/);
  });

  it('says what it compares: what stays if nothing is adopted, and the draft on the table, each by the Outcome’s test', () => {
    // It said “Keep any new definition narrow (needs at most 20 …; it stands at 0 of 100 …, which meets
    // it already)” while the Chair's text on the table was at 25: the status quo, read as a promise.
    const meeting = { scenarioId: 'washington-plenary-2012' as const, agenda: ['wp12-definition'] };
    const narrow = BRIEFINGS.filter((b) =>
      b.objectives.some((o) => o.issue === 'definition' && o.test.op === 'atMost' && o.test.value === 20),
    );
    expect(narrow.length).toBeGreaterThan(0);
    for (const card of narrow) {
      const k = card.objectives.findIndex((o) => o.issue === 'definition');
      expect(briefingObjectives(LIBRARY, meeting, card).lines[k]!.text).toMatch(
        /; if nothing is adopted it stays at 0 of 100 \(at ‘[^’]+’\), which meets it; the draft on the table is at 25 of 100 \(nearer ‘[^’]+’\), which would not\)$/,
      );
    }
    // Every meeting and role card: each judgement is the Outcome's scoring of that value adopted.
    let tabled = 0;
    for (const sc of MEETINGS) {
      const agenda = sc.agenda.map((a) => a.id);
      for (const card of BRIEFINGS.filter((b) => rosterOf(LIBRARY, sc.id).ids.includes(b.delegation))) {
        const stakes = objectiveStakes(LIBRARY, { scenarioId: sc.id, agenda }, card);
        const lines = briefingObjectives(LIBRARY, { scenarioId: sc.id, agenda }, card).lines;
        stakes.forEach((s, j) => {
          if (!s.score.decidable) {
            expect(lines[j]!.text).not.toMatch(/meets it|would meet|falls short|would not/);
            return;
          }
          const item = sc.agenda.find((a) => a.issue === s.score.objective.issue && a.decides)!;
          const outcome = (value: number) =>
            scoreObjective(
              LIBRARY,
              {
                scenarioId: sc.id,
                agenda,
                results: [
                  {
                    itemId: item.id,
                    issue: item.issue,
                    outcome: 'adopted',
                    value,
                    statusQuo: item.statusQuo,
                    clauses: [],
                    day: 1,
                    decision: null,
                  },
                ],
              },
              s.score.objective,
            ).status;
          expect(lines[j]!.text).toContain(
            `which ${outcome(item.statusQuo) === 'met' ? 'meets it' : 'falls short'}`,
          );
          if (s.tabled === null) return;
          tabled++;
          expect(lines[j]!.text).toContain(
            outcome(s.tabled) === 'met' ? 'which would meet it)' : 'which would not)',
          );
        });
      }
    }
    expect(tabled).toBeGreaterThan(0);
  });
});
