// The real meetings through the chart: where a settled item leads.
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/content/index';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { phaseOf } from '../../src/machines/plenary';
import { replay, runAiSession } from '../../src/machines/runner';
import { RULE_IDS } from '../../src/model/rules';

describe('the real meetings played by the AI', () => {
  it('end in the debrief, for every scenario and rule', () => {
    for (const sc of SCENARIOS)
      for (const rule of RULE_IDS) {
        const viaMachine = runAiSession(plenaryMachine, LIBRARY, { scenarioId: sc.id, rule, seed: 7 });
        expect(phaseOf(viaMachine)).toBe('debrief');
      }
    // Whole sessions by the dozen: seconds on a quiet machine, more on a busy one. Not a speed test.
  }, 60_000);
});

describe('the real meetings through the machine', () => {
  it('a finished item leads on to the next opening, the day’s adjournment or the communiqué', () => {
    const settling = new Set(['NEXT_ITEM', 'REFER', 'DEFER', 'CONCLUDE']);
    const seen = new Set<string>();
    for (const sc of SCENARIOS) {
      const input = { scenarioId: sc.id, rule: 'consensus' as const, seed: 3 };
      const { context } = runAiSession(plenaryMachine, LIBRARY, input);
      context.log.forEach((ev, k) => {
        if (!settling.has(ev.type)) return;
        const after = replay(plenaryMachine, input, context.log.slice(0, k + 1));
        const phase = phaseOf(after);
        seen.add(phase);
        // The next item is readied as the chair reaches it, and only then.
        if (phase === 'opening') expect(after.context.item?.index).toBe(after.context.itemIndex);
        else expect(after.context.item).toBeNull();
      });
    }
    expect([...seen].sort()).toEqual(['adjourned', 'communique', 'opening']);
  });
});
