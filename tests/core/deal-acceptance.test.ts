// A computer-played delegation takes a deal only when it gains it enough: both partners gain at the
// exchange model's equal-gain rate, and the addressee asks at least its own reservation of a deal,
// which the offerer cannot see. So in AI-only meetings some deals are refused (before, every deal the
// computer offered was taken: both gained, and the offerer had judged the partner by its own measure).
// The meetings are played inside the tests (a mutant is switched on only as the tests start).
import { describe, expect, it } from 'vitest';
import type { ScenarioId } from '../../src/content/types';
import { aiReason } from '../../src/app/ai-why';
import { LIBRARY } from '../../src/machines/default';
import { phaseFacts } from '../../src/machines/plenary';
import { stepChart } from '../../src/machines/step';
import { DEAL_MIN_GAIN, dealReservation, nextAiEvent } from '../../src/model/ai';
import { evaluateExchange } from '../../src/model/ops';
import type { Phase } from '../../src/model/phase';
import { initialContext, type SessionContext, type SessionEvent } from '../../src/model/session';
import { repeats } from './mutation-run';

interface Answer {
  readonly ev: SessionEvent;
  /** The session as the addressee answered. */
  readonly before: SessionContext;
}

/** Every answer to a computer's deal in an AI-only meeting, with the session as it was answered. */
function answersIn(scenarioId: ScenarioId, seed: string): Answer[] {
  let ctx = initialContext(LIBRARY, { scenarioId, rule: 'consensus', seed });
  let phase = 'setup' as Phase;
  const answers: Answer[] = [];
  const step = (ev: SessionEvent) => {
    const next = stepChart(LIBRARY, phase, ctx, ev);
    if (!next) throw new Error(`refused: ${JSON.stringify(ev)}`);
    if (ev.type === 'CAUCUS_ACCEPT' || ev.type === 'CAUCUS_REFUSE') answers.push({ ev, before: ctx });
    phase = next.phase;
    ctx = next.context;
  };
  step({ type: 'START' });
  step({ type: 'BEGIN' });
  for (let n = 0; n < 5000 && phase !== 'communique'; n++) {
    const ev = nextAiEvent(LIBRARY, phaseFacts(phase), ctx);
    if (!ev) break;
    step(ev);
  }
  expect(phase).toBe('communique');
  return answers;
}

describe('a computer-played delegation answers a deal by what it gains', () => {
  it('in AI-only meetings some deals are taken and some refused, each by the gain against the reservation', () => {
    const answers: Answer[] = [];
    // Eight seeds of each meeting; three in the mutation run (mutation-run.ts), 9 s for every surviving
    // mutant of the AI's deals otherwise.
    for (const [m, scenarioId] of (
      ['washington-plenary-2012', 'johannesburg-plenary-2013'] as const
    ).entries())
      for (const i of repeats(8, 4 * m, 3)) answers.push(...answersIn(scenarioId, `deals/${i + 1}`));
    const taken = answers.filter((a) => a.ev.type === 'CAUCUS_ACCEPT');
    const refused = answers.filter((a) => a.ev.type === 'CAUCUS_REFUSE');
    expect(taken.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const { ev, before } of answers) {
      const c = before.caucus!;
      const r = evaluateExchange(LIBRARY, before, c.by, c.to, c.give, c.ask);
      const needs = dealReservation(before, c.to);
      // Taken: both gain, the addressee by its reservation or more. Refused: it would gain less.
      expect(r.ok && r.gainT >= needs).toBe(ev.type === 'CAUCUS_ACCEPT');
      // The reason on screen names what it gains and what it asks of a deal.
      const why = aiReason(LIBRARY, before, ev)!;
      if (ev.type === 'CAUCUS_REFUSE' && r.ok)
        expect(why).toContain(`would gain it ${r.gainT.toFixed(2)}, less than the ${needs.toFixed(2)}`);
      if (ev.type === 'CAUCUS_ACCEPT' && r.ok) expect(why).toContain(`it gains ${r.gainT.toFixed(2)}`);
    }
  }, 120_000);

  it('a reservation is the delegation’s own for the session, from nothing to twice the gain an offerer seeks', () => {
    const ctx = initialContext(LIBRARY, {
      scenarioId: 'washington-plenary-2012',
      rule: 'consensus',
      seed: 3,
    });
    const other = initialContext(LIBRARY, {
      scenarioId: 'washington-plenary-2012',
      rule: 'majority',
      seed: 4,
    });
    const ids = ['US', 'RU', 'ZA', 'CN', 'EU', 'IN', 'ZW', 'BW'];
    const drawn = ids.map((id) => dealReservation(ctx, id));
    for (const x of drawn) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(2 * DEAL_MIN_GAIN);
    }
    expect(new Set(drawn).size).toBe(ids.length);
    // The same delegation in the same session asks the same, whatever has happened since.
    expect(dealReservation({ ...ctx, rng: 12345 }, 'US')).toBe(drawn[0]);
    expect(dealReservation(other, 'US')).not.toBe(drawn[0]);
  });
});
