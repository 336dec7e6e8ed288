// Property tests: random mixes of AI moves and arbitrary (often illegal) events never break the rules.
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { nextAiEvent } from '../../src/model/ai';
import { RULE_IDS } from '../../src/model/rules';
import type { SessionEvent } from '../../src/model/session';
import { factsOf, createPlenaryMachine } from '../../src/machines/plenary';
import { replay } from '../../src/machines/runner';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);
const ids = ['CH', 'RA', 'RB', 'MA', 'BL', 'OB', 'XX'];
const by = fc.constantFrom(...ids);
const issue = fc.constantFrom(
  'definition',
  'marange',
  'transparency',
  'decision-rule',
  'administrative-support' as const,
);

const arbitraryEvent: fc.Arbitrary<SessionEvent> = fc.oneof(
  fc.constant({ type: 'AI' } as unknown as SessionEvent), // placeholder: "let the AI move"
  fc.record({
    type: fc.constantFrom(
      'OPEN_FLOOR',
      'TABLE_DRAFT',
      'CALL_CONSENSUS',
      'CLOSE_CALL',
      'NEXT_ITEM',
      'CONSULT',
      'REFER',
      'DEFER',
      'CONCLUDE',
      'ADJOURN',
      'NEXT_DAY',
      'OBJECT',
      'WITHDRAW_OBJECTION',
      'CONCUR',
      'YIELD',
      'REQUEST_FLOOR',
      'WALK_OUT',
      'CAUCUS_ACCEPT',
      'CAUCUS_REFUSE',
    ),
    by,
  }) as fc.Arbitrary<SessionEvent>,
  fc.record({
    type: fc.constant('SPEAK'),
    by,
    card: fc.constantFrom('d-wide', 'd-mid', 'd-narrow', 'd-sov', 'm-lift', 'm-keep', 'nope'),
  }) as fc.Arbitrary<SessionEvent>,
  fc.record({
    type: fc.constant('AMEND'),
    by,
    op: fc.constantFrom('add', 'remove'),
    clause: fc.constantFrom('wide', 'narrow', 'hr', 'lift', 'nope'),
  }) as fc.Arbitrary<SessionEvent>,
  fc.record({
    type: fc.constant('CAUCUS_OFFER'),
    by,
    to: by,
    give: issue,
    ask: issue,
  }) as fc.Arbitrary<SessionEvent>,
  fc.record({ type: fc.constant('PRESSURE'), by, to: by }) as fc.Arbitrary<SessionEvent>,
  fc.constantFrom<SessionEvent>(
    { type: 'START' },
    { type: 'BEGIN' },
    { type: 'PAUSE' },
    { type: 'RESUME' },
    { type: 'FORCE_CALL' },
    { type: 'SKIP_SPEAKER' },
    { type: 'END' },
    { type: 'DEBRIEF' },
    { type: 'INJECT', card: 'ev-shift' },
    { type: 'TICK', seconds: 30 },
  ),
);

function run(
  rule: (typeof RULE_IDS)[number],
  seed: number,
  humans: Record<string, string>,
  script: SessionEvent[],
) {
  const input = { scenarioId: 'free-play' as const, rule, seed, humans };
  const actor = createActor(machine, { input }).start();
  for (const ev of script) {
    const snap = actor.getSnapshot();
    const real = ev.type === ('AI' as string) ? nextAiEvent(toyLibrary, factsOf(snap), snap.context) : ev;
    if (real) actor.send(real);
  }
  return { input, snap: actor.getSnapshot() };
}

describe('random sessions', () => {
  it('never throw, never let an observer block, never adopt over a standing objection under consensus, and replay identically', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RULE_IDS),
        fc.integer({ min: 0, max: 1000 }),
        fc.subarray(['MA', 'BL', 'OB', 'CH']),
        fc.array(arbitraryEvent, { minLength: 10, maxLength: 120 }),
        (rule, seed, humanIds, script) => {
          const humans = Object.fromEntries(humanIds.map((h) => [h, `P-${h}`]));
          const { input, snap } = run(rule, seed, humans, script);
          for (const r of snap.context.results) {
            if (!r.decision) continue;
            for (const v of Object.values(r.decision.verdicts)) expect(v.objectors).not.toContain('OB');
            if (rule === 'consensus' && r.outcome === 'adopted')
              expect(r.decision.verdicts.consensus.objectors).toEqual([]);
          }
          const again = replay(machine, input, snap.context.log);
          expect(again.context).toEqual(snap.context);
          expect(again.value).toEqual(snap.value);
        },
      ),
      { numRuns: 150, seed: 20121130 },
    );
    // Whole sessions by the dozen: seconds on a quiet machine, more on a busy one. Not a speed test.
  }, 60_000);
});
