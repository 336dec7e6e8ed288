// The session's time limit is the session's own (its input, and the facilitator's SET_TIME_LIMIT in the
// log), and the chart ends the meeting when a tick reaches it, from any phase of the meeting, the night's
// adjournment included; while paused the clocks wait.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { LIBRARY, plenaryMachine } from '../../../src/machines/default';
import { phaseOf } from '../../../src/machines/plenary';
import { playAi, replay } from '../../../src/machines/runner';
import { checkEvent, checkInput } from '../../../src/model/schema';
import type { SessionInput } from '../../../src/model/session';

const base: SessionInput = { scenarioId: 'washington-plenary-2012', rule: 'consensus', seed: 3 };

function begun(extra: Partial<SessionInput> = {}) {
  const a = createActor(plenaryMachine, { input: { ...base, ...extra } }).start();
  a.send({ type: 'START' });
  a.send({ type: 'BEGIN' });
  return a;
}
type Actor = ReturnType<typeof begun>;
const ctxOf = (a: Actor) => a.getSnapshot().context;
const tick = (a: Actor, n: number) => {
  for (let k = 0; k < n; k++) a.send({ type: 'TICK', seconds: 1 });
};

describe('the session’s time limit', () => {
  it('is part of the session’s settings, checked by the one schema', () => {
    expect(checkInput({ ...base, minutes: 45 }).ok).toBe(true);
    const bad = checkInput({ ...base, minutes: 2.5 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/minutes/);
    expect(checkEvent({ type: 'SET_TIME_LIMIT', minutes: null }).ok).toBe(true);
    expect(checkEvent({ type: 'SET_TIME_LIMIT' }).ok).toBe(false);
  });

  it('ends the meeting on the floor when its clock reaches the limit, and says so', () => {
    const a = begun({ minutes: 1 });
    playAi(LIBRARY, a, 2);
    expect(phaseOf(a.getSnapshot())).toBe('floor');
    tick(a, 59);
    expect(phaseOf(a.getSnapshot())).toBe('floor');
    tick(a, 1);
    expect(phaseOf(a.getSnapshot())).toBe('communique');
    expect(ctxOf(a).timeUp).toBe(true);
    expect(ctxOf(a).transcript.map((t) => t.text)).toContain('Session time is up: the meeting closes.');
    // Every item is accounted for: none left hanging.
    expect(ctxOf(a).results).toHaveLength(ctxOf(a).agenda.length);
  });

  it('ends it overnight too (the meeting adjourned between days)', () => {
    const a = begun({ minutes: 600 });
    for (let n = 0; n < 3000 && phaseOf(a.getSnapshot()) !== 'adjourned'; n++) playAi(LIBRARY, a, 1);
    expect(phaseOf(a.getSnapshot())).toBe('adjourned');
    a.send({ type: 'TICK', seconds: 600 * 60 });
    expect(phaseOf(a.getSnapshot())).toBe('communique');
    expect(ctxOf(a).timeUp).toBe(true);
  });

  it('waits while the session is paused', () => {
    const a = begun({ minutes: 1 });
    a.send({ type: 'PAUSE' });
    tick(a, 90);
    expect(ctxOf(a).elapsed).toBe(0);
    expect(ctxOf(a).rejection?.reason).toMatch(/paused/);
    expect(phaseOf(a.getSnapshot())).toBe('opening');
    a.send({ type: 'RESUME' });
    tick(a, 60);
    expect(phaseOf(a.getSnapshot())).toBe('communique');
  });

  it('the facilitator changes it during the meeting, in the log: a replay ends where the meeting did', () => {
    const a = begun();
    tick(a, 30);
    a.send({ type: 'SET_TIME_LIMIT', minutes: 0.2 });
    expect(ctxOf(a).rejection?.reason).toMatch(/whole number of minutes/);
    a.send({ type: 'SET_TIME_LIMIT', minutes: 2 });
    expect(ctxOf(a).timeLimit).toBe(2);
    expect(ctxOf(a).transcript.at(-1)!.text).toBe(
      'The facilitator sets the session’s time limit to 2 minutes.',
    );
    tick(a, 90);
    expect(phaseOf(a.getSnapshot())).toBe('communique');
    const again = replay(plenaryMachine, base, ctxOf(a).log);
    expect(phaseOf(again)).toBe('communique');
    expect(again.context).toEqual(ctxOf(a));
  });

  it('without a limit the clock only counts', () => {
    const a = begun();
    tick(a, 3 * 3600);
    expect(ctxOf(a).elapsed).toBe(3 * 3600);
    expect(phaseOf(a.getSnapshot())).toBe('opening');
  });
});
