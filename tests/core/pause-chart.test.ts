// Pause is a state the chart knows (its pause region, tagged 'paused'), not a flag the model keeps: the
// clocks stop because the chart says so, the meeting's own moves wait, the facilitator still acts (inject,
// skip a speaker, force a call, set the timers, end), and the screens read "paused" from the snapshot.
import { describe, expect, it } from 'vitest';
import { SessionController } from '../../src/app/controller';
import { nowLines, projectorData } from '../../src/app/floor-text';
import { clocksRun } from '../../src/app/session-clock';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { isPaused } from '../../src/machines/plenary';

function floorOpen(): SessionController {
  const c = new SessionController(
    plenaryMachine,
    LIBRARY,
    {
      scenarioId: 'washington-plenary-2012',
      rule: 'consensus',
      seed: 2,
      humans: { ZA: 'Player 1' },
      minutes: 45,
    },
    { game: 'pause-test' },
  );
  c.send({ type: 'START' });
  c.send({ type: 'BEGIN' });
  for (let n = 0; n < 50 && c.phase !== 'floor'; n++) c.stepAi();
  expect(c.phase).toBe('floor');
  return c;
}

const room = { me: 'ZA', covering: null, fast: false, clockRunning: true };

describe('pause is the chart’s', () => {
  it('PAUSE puts the chart in its paused state; the context keeps no copy of it', () => {
    const c = floorOpen();
    expect(isPaused(c.snapshot)).toBe(false);
    c.send({ type: 'PAUSE' });
    expect(c.snapshot.hasTag('paused')).toBe(true);
    expect(c.paused).toBe(true);
    expect(c.snapshot.value).toEqual({ meeting: { session: 'floor' }, clock: 'paused' });
    expect('paused' in c.snapshot.context).toBe(false);
    c.send({ type: 'PAUSE' });
    expect(c.snapshot.context.rejection?.reason).toBe('The session is already paused.');
    c.send({ type: 'RESUME' });
    expect(c.paused).toBe(false);
    c.send({ type: 'RESUME' });
    expect(c.snapshot.context.rejection?.reason).toBe('The session is not paused.');
  });

  it('while paused the clocks stop and the delegations and the computer wait', () => {
    const c = floorOpen();
    expect(clocksRun(c.snapshot, { clockRunning: true })).toBe(true);
    c.send({ type: 'PAUSE' });
    expect(clocksRun(c.snapshot, { clockRunning: true })).toBe(false);
    const elapsed = c.snapshot.context.elapsed;
    c.send({ type: 'TICK', seconds: 1 });
    expect(c.snapshot.context.elapsed).toBe(elapsed);
    expect(c.snapshot.context.rejection?.reason).toBe('The facilitator has paused the session.');
    const speaker = c.snapshot.context.item!.speakers[0]!;
    c.send({ type: 'YIELD', by: speaker });
    expect(c.snapshot.context.rejection?.reason).toBe('The facilitator has paused the session.');
    expect(c.snapshot.context.item!.speakers[0]).toBe(speaker);
    expect(c.nextAiMove()).toBeNull();
  });

  it('while paused the facilitator still injects, sets the timer, skips a speaker, forces a call and ends', () => {
    const c = floorOpen();
    c.send({ type: 'PAUSE' });
    const card = LIBRARY.events[0]!.id;
    for (const ev of [
      { type: 'INJECT', card },
      { type: 'SET_SPEECH_TIMER', seconds: 90 },
      { type: 'SKIP_SPEAKER' },
    ] as const) {
      expect(c.receive(ev), ev.type).toEqual({ accepted: true });
      expect(c.paused).toBe(true);
    }
    expect(c.receive({ type: 'FORCE_CALL' })).toEqual({ accepted: true });
    expect(c.phase).toBe('consensusCall');
    expect(c.paused).toBe(true);
    // The call is open, but nobody answers it until the session resumes.
    expect(c.nextAiMove()).toBeNull();
    expect(c.receive({ type: 'END' })).toEqual({ accepted: true });
    expect(c.phase).toBe('communique');
  });

  it('the screens read "paused" from the snapshot: the floor line, the hall’s banner, the projector', () => {
    const c = floorOpen();
    const lines = () =>
      nowLines(LIBRARY, c.phase, c.snapshot.context, c.awaiting(), { ...room, paused: c.paused });
    expect(lines().status).not.toMatch(/PAUSED/);
    c.send({ type: 'PAUSE' });
    expect(lines().status).toMatch(/^‖ PAUSED by the facilitator/);
    expect(lines().urgent).toBe(true);
    expect(projectorData(LIBRARY, c.phase, c.snapshot.context, c.paused).status).toMatch(/· PAUSED$/);
  });

  it('a save replayed comes back paused where it was paused', () => {
    const c = floorOpen();
    c.send({ type: 'PAUSE' });
    const again = new SessionController(
      plenaryMachine,
      LIBRARY,
      c.input,
      { game: 'pause-test' },
      c.snapshot.context.log,
    );
    expect(again.paused).toBe(true);
    expect(again.phase).toBe('floor');
  });
});
