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
});
