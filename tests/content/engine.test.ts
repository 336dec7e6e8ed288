// The benchmark compares the machine with the bare model on the real meetings: they must play the
// same sessions, or the comparison (and the machine's wiring) means nothing.
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/content/index';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { phaseOf } from '../../src/machines/plenary';
import { replay, runAiSession } from '../../src/machines/runner';
import { runModelSession } from '../../src/model/kernel';
import { RULE_IDS } from '../../src/model/rules';

describe('the real meetings through the machine and through the bare model', () => {
  it('give the same context for every scenario and rule', () => {
    for (const sc of SCENARIOS)
      for (const rule of RULE_IDS)
        for (const seed of [7, 8]) {
          const input = { scenarioId: sc.id, rule, seed };
          const viaMachine = runAiSession(plenaryMachine, LIBRARY, input);
          expect(phaseOf(viaMachine)).toBe('debrief');
          expect(runModelSession(LIBRARY, input).context).toEqual(viaMachine.context);
        }
    // Whole sessions by the dozen: seconds on a quiet machine, more on a busy one. Not a speed test.
  }, 60_000);

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
