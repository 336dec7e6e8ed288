// The Outcome's "Under each rule" rows say which call each counts. Each rule's row is the meeting replayed
// under that rule, so one item's rows may come from different calls on different drafts (consensus 49–5 at
// its second call, two-thirds 39–15 at its first): a teacher read that as a contradiction. Each row now
// names its call and the draft then, and a note above the rows says what they are.
import { describe, expect, it } from 'vitest';
import { comparisonLines, ruleRowText } from '../../src/app/result-view';
import { callWords, COMPARISON_NOTE, compareRules } from '../../src/machines/compare';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { buildReport } from '../../src/machines/report';
import { replayUnder, runAiSession } from '../../src/machines/runner';
import { RULE_IDS } from '../../src/model/rules';
import type { SessionInput } from '../../src/model/session';

const heads = (t: { for: readonly string[]; against: readonly string[] } | null) =>
  t ? `${t.for.length}–${t.against.length}` : null;

describe('the comparison under each rule', () => {
  it('numbers each item’s calls from 1, the verdict recorded with its number', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const ctx = runAiSession(plenaryMachine, LIBRARY, {
        scenarioId: 'washington-plenary-2012',
        rule: 'consensus',
        seed,
        humans: {},
      }).context;
      const calls = ctx.log.filter((e) => e.type === 'CLOSE_CALL');
      for (const r of ctx.results) if (r.decision) expect(r.decision.call).toBeGreaterThanOrEqual(1);
      // Each call closes on an item once: the numbers of the items' last calls add up to at most the log's.
      const counted = ctx.results.reduce((n, r) => n + (r.decision?.call ?? 0), 0);
      expect(counted).toBe(calls.length);
    }
  });

  it('each row says which call it counts and on what draft, as that rule’s own course recorded it', () => {
    let differing = 0;
    for (const [scenarioId, seed] of [
      ['washington-plenary-2012', 3],
      ['washington-plenary-2012', 1],
      ['johannesburg-plenary-2013', 2],
      ['free-play', 4],
    ] as const) {
      const input: SessionInput = { scenarioId, rule: 'consensus', seed, humans: {} };
      const ctx = runAiSession(plenaryMachine, LIBRARY, input).context;
      const comparison = compareRules(plenaryMachine, LIBRARY, ctx, input);
      const lines = comparisonLines(LIBRARY, buildReport(LIBRARY, ctx, comparison, []), ctx.rule);
      expect(lines[0]).toEqual({ text: COMPARISON_NOTE, tone: 'note' });
      for (const rule of RULE_IDS) {
        const course =
          rule === ctx.rule
            ? ctx
            : replayUnder(plenaryMachine, LIBRARY, input, ctx.log, ctx.logItem, rule, true).context;
        for (const c of comparison) {
          const row = c.rows[rule];
          const d = course.results.find((r) => r.itemId === c.itemId)!.decision;
          expect(row.call).toEqual(d ? { number: d.call, draftValue: d.draftValue } : null);
          const text = ruleRowText(LIBRARY, c, rule, ctx.rule);
          if (row.call) expect(text).toContain(`: ${callWords(row.call)}; `);
          else expect(text).not.toMatch(/ call, on a draft at /);
        }
      }
      for (const c of comparison)
        if (new Set(RULE_IDS.map((r) => heads(c.rows[r].tally)).filter(Boolean)).size > 1) differing++;
    }
    // The case the rows must explain: one item, rows with different head counts.
    expect(differing).toBeGreaterThan(0);
  }, 120_000);

  it('says the call in words', () => {
    expect(callWords({ number: 1, draftValue: 25 })).toBe('at the first call, on a draft at 25 of 100');
    expect(callWords({ number: 2, draftValue: 18.6 })).toBe('at the second call, on a draft at 19 of 100');
    expect(callWords({ number: 7, draftValue: 0 })).toBe('at the 7th call, on a draft at 0 of 100');
  });
});
