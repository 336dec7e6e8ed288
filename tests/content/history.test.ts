// History: played by AI alone under consensus, the real meetings reach the documented outcomes.
// The same test prints what a simple majority would have decided.
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/content/index';
import type { HistoricalOutcome } from '../../src/content/types';
import { CAMPAIGN, divergence, nextMeeting } from '../../src/machines/campaign';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { runAiSession } from '../../src/machines/runner';
import type { ItemOutcome, SessionContext, SessionInput } from '../../src/model/session';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

function matches(h: HistoricalOutcome, o: ItemOutcome): boolean {
  if (h.result === 'adopted') return o === 'adopted';
  if (h.result === 'discussed') return o === 'discussed';
  return o === 'no-consensus' || o === 'referred' || o === 'deferred';
}

function play(input: SessionInput): SessionContext {
  return runAiSession(plenaryMachine, LIBRARY, input).context;
}

describe.each(['washington-plenary-2012', 'johannesburg-plenary-2013'] as const)(
  '%s, AI alone under consensus',
  (scenarioId) => {
    const sc = SCENARIOS.find((s) => s.id === scenarioId)!;
    it.each(SEEDS)('reaches the documented outcome on every item (seed %i)', (seed) => {
      const ctx = play({ scenarioId, rule: 'consensus', seed });
      for (const item of sc.agenda) {
        const r = ctx.results.find((x) => x.itemId === item.id)!;
        expect(
          matches(item.history, r.outcome),
          `${item.id}: history ${item.history.result}, game ${r.outcome}`,
        ).toBe(true);
      }
    });
    it('no new definition under consensus; prints what a simple majority would have decided', () => {
      const kp = play({ scenarioId, rule: 'consensus', seed: 1 });
      const def = kp.results.find((r) => r.issue === 'definition');
      if (def) expect(def.outcome).not.toBe('adopted');
      const maj = play({ scenarioId, rule: 'majority', seed: 1 });
      console.log(
        `${scenarioId} under simple majority: ` +
          maj.results
            .map(
              (r) => `${r.itemId} ${r.outcome}${r.outcome === 'adopted' ? ` at ${r.value.toFixed(0)}` : ''}`,
            )
            .join('; '),
      );
    });
  },
);

describe('the Washington plenary 2012 in particular', () => {
  it('adopts administrative support and normalises Marange, with no new definition', () => {
    const ctx = play({ scenarioId: 'washington-plenary-2012', rule: 'consensus', seed: 1 });
    const byIssue = (i: string) => ctx.results.find((r) => r.issue === i);
    expect(byIssue('administrative-support')?.outcome).toBe('adopted');
    expect(byIssue('marange')?.outcome).toBe('adopted');
    expect(byIssue('marange')!.value).toBeLessThan(byIssue('marange')!.statusQuo);
    expect(byIssue('definition')?.outcome).not.toBe('adopted');
  });
});

describe('the 2012–2013 campaign', () => {
  function campaign(seed: number): SessionContext[] {
    const out: SessionContext[] = [];
    let input: SessionInput | null = { scenarioId: CAMPAIGN[0]!, rule: 'consensus', seed };
    while (input) {
      const ctx = play(input);
      out.push(ctx);
      input = nextMeeting(LIBRARY, ctx, seed);
    }
    return out;
  }
  it('the untouched campaign follows the record at every meeting: divergence zero', () => {
    const meetings = campaign(1);
    expect(meetings.map((m) => m.scenarioId)).toEqual(CAMPAIGN);
    for (const m of meetings)
      for (const d of divergence(LIBRARY, m))
        expect(d.points, `${m.scenarioId} ${d.itemId}: ${d.summary}`).toBe(0);
  });
  it('an intersessional decides nothing', () => {
    const [washington] = campaign(2);
    expect(washington!.results.every((r) => r.outcome === 'discussed')).toBe(true);
  });
});
