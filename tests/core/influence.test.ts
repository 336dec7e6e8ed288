import { describe, expect, it } from 'vitest';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { influenceByIssue, influenceTotals } from '../../src/machines/influence';
import { buildReport } from '../../src/machines/report';
import { reportMarkdown } from '../../src/machines/report-markdown';
import { createPlenaryMachine } from '../../src/machines/plenary';
import { playAi, runAiSession, startSession } from '../../src/machines/runner';
import { rosterOf } from '../../src/model/roster';
import type { SessionContext, SessionInput } from '../../src/model/session';
import { toyLibrary } from './fixtures';

// Seed 21: Zimbabwe presses the EU on the definition, and the US takes Russia's deal (admin support for
// the definition); in most AI-only sessions of this meeting one or the other does not happen.
const input: SessionInput = { scenarioId: 'washington-plenary-2012', rule: 'consensus', seed: 21 };
// The session is played once, by the first test that reads it, not as the file loads: a mutation run
// switches a mutant on only as the tests start, and a session played before then would be compared
// with one replayed under the mutant (a difference the rules never make).
let played: SessionContext | undefined;
const session = () => (played ??= runAiSession(plenaryMachine, LIBRARY, input).context);
const rowsOf = () => influenceByIssue(plenaryMachine, LIBRARY, input, session().log);
const roster = rosterOf(LIBRARY, input.scenarioId);

describe('who moved whom, per issue and means', () => {
  it('adds up, pair by pair, to the session’s own influence table', () => {
    const rows = rowsOf();
    const sum = new Map<string, number>();
    for (const r of rows) sum.set(`${r.from}>${r.to}`, (sum.get(`${r.from}>${r.to}`) ?? 0) + r.points);
    let pairs = 0;
    session().influence.forEach((row, from) =>
      row?.forEach((points, to) => {
        if (points < 0.05) return;
        pairs++;
        // Each row is rounded to a tenth; a pair spans a few issues and means at most.
        expect(sum.get(`${roster.ids[from]}>${roster.ids[to]}`) ?? 0).toBeCloseTo(points, 0);
      }),
    );
    expect(pairs).toBeGreaterThan(20);
    expect(rows.every((r) => r.from !== r.to && r.points > 0)).toBe(true);
  });

  it('tells speeches, deals and pressure apart, each on the issue it was about', () => {
    const rows = rowsOf();
    const pressed = session().transcript.filter((t) => / presses /.test(t.text) && t.moved);
    const dealt = session().transcript.filter((t) => / accepts: /.test(t.text));
    expect(pressed.length).toBeGreaterThan(0);
    expect(dealt.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.means === 'pressure' && r.issue === 'definition')).toBe(true);
    {
      const deals = rows.filter((r) => r.means === 'deal');
      // A deal moves each partner on a different issue: the one it gives on.
      expect(new Set(deals.map((r) => r.issue)).size).toBeGreaterThan(1);
    }
    const speeches = rows.filter((r) => r.means === 'speech');
    expect(speeches.length).toBeGreaterThan(10);
    const totals = influenceTotals(rows);
    const def = totals.find((t) => t.issue === 'definition')!;
    expect(def.byMeans.speech).toBeGreaterThan(0);
    expect(def.points).toBeCloseTo(
      Object.values(def.byMeans).reduce((a, b) => a + b, 0),
      5,
    );
  });
});

describe('what no delegation did', () => {
  it('an event card’s shift is nobody’s influence: no row for it, the speeches after it still counted', () => {
    const toy = createPlenaryMachine(toyLibrary);
    const toyInput: SessionInput = { scenarioId: 'free-play', rule: 'consensus', seed: 7 };
    const actor = startSession(toy, toyInput);
    for (const ev of [
      { type: 'START' },
      { type: 'BEGIN' },
      { type: 'OPEN_FLOOR', by: 'CH' },
      { type: 'INJECT', card: 'ev-shift' },
    ] as const)
      actor.send(ev);
    const shifted = actor.getSnapshot().context;
    expect(shifted.transcript.some((t) => t.text.includes('A report'))).toBe(true);
    playAi(toyLibrary, actor, 6);
    const log = actor.getSnapshot().context.log;
    actor.stop();
    const rows = influenceByIssue(toy, toyLibrary, toyInput, log);
    const ids = rosterOf(toyLibrary, 'free-play').ids;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(ids).toContain(r.from);
      expect(['speech', 'deal', 'pressure']).toContain(r.means);
    }
    // The card moved MA 20 points on the definition; nobody is credited with that.
    const toMa = rows.filter((r) => r.to === 'MA' && r.issue === 'definition');
    expect(toMa.reduce((t, r) => t + r.points, 0)).toBeLessThan(20);
  });
});

describe('the debrief report', () => {
  it('says in its Markdown which issue each move was on and how it was made', () => {
    const rows = rowsOf();
    const withMoves = reportMarkdown(LIBRARY, buildReport(LIBRARY, session(), [], [], undefined, rows));
    const section = withMoves.slice(withMoves.indexOf('## Who moved whom'));
    expect(section).toMatch(/### Definition scope: \d+\.\d points moved \(speeches \d+\.\d/);
    expect(section).toMatch(/\n- .+ → .+: \d+(\.\d)? points, by speeches\n/);
    const top = rows.find((r) => r.issue === 'definition')!;
    expect(section).toContain(
      `- ${LIBRARY.delegations.find((d) => d.id === top.from)!.name} → ${LIBRARY.delegations.find((d) => d.id === top.to)!.name}: ${top.points} points`,
    );
  });
});
