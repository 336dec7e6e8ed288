// A classroom room keeps the lesson's time on the server: its clock runs while the meeting sits, stops
// while the teacher pauses, and when the lesson's time is up the meeting ends, as on one computer.
import { describe, expect, it } from 'vitest';
import type { LogStore } from '../../src/server/log-store';
import { phaseOf } from '../../src/machines/plenary';
import { RoomSession } from '../../src/server/room-session';
import { checkSetup } from '../../src/server/room-setup';

function room(lessonMinutes: number) {
  const checked = checkSetup({
    scenarioId: 'washington-plenary-2012',
    rule: 'consensus',
    people: ['ZA'],
    pace: 'step',
    lessonMinutes,
  });
  if (!checked.ok) throw new Error(checked.message);
  const store = { append: () => Promise.resolve(), finish: () => Promise.resolve() } as unknown as LogStore;
  let second: (() => void) | null = null;
  const timers = {
    setInterval: (fn: () => void, ms: number) => {
      if (ms === 1000) second = fn;
      return { clear: () => undefined };
    },
  };
  const r = new RoomSession(
    'ROOM1',
    checked.setup,
    checked.input,
    store,
    { onEvent: () => {}, onStoreTrouble: () => {} },
    timers,
  );
  r.start();
  /** Lets `n` seconds of the room's clock go by. */
  const seconds = async (n: number) => {
    for (let i = 0; i < n; i++) {
      second!();
      await new Promise((res) => setImmediate(res));
    }
  };
  return { r, seconds };
}

describe('a classroom room’s clock', () => {
  it('counts the lesson while the meeting sits and ends it when the time is up', async () => {
    const { r, seconds } = room(10);
    await seconds(5);
    expect(r.snapshot.context.elapsed).toBe(0); // before the meeting opens: no clock
    await r.apply({ type: 'START' });
    await r.apply({ type: 'BEGIN' });
    expect(phaseOf(r.snapshot)).not.toBe('briefing');
    await seconds(60);
    expect(r.snapshot.context.elapsed).toBe(60);
    expect(r.finished).toBe(false);
    await seconds(10 * 60 - 60);
    expect(r.snapshot.context.elapsed).toBe(600);
    expect(r.finished).toBe(true);
    // The chart closed it on the tick that reached the lesson's length.
    expect(r.log.at(-1)?.type).toBe('TICK');
    expect(r.snapshot.context.timeUp).toBe(true);
    r.dispose();
  });

  it('stops while the teacher pauses', async () => {
    const { r, seconds } = room(10);
    await r.apply({ type: 'START' });
    await r.apply({ type: 'BEGIN' });
    await seconds(3);
    await r.apply({ type: 'PAUSE' });
    await seconds(30);
    expect(r.snapshot.context.elapsed).toBe(3);
    await r.apply({ type: 'RESUME' });
    await seconds(2);
    expect(r.snapshot.context.elapsed).toBe(5);
    r.dispose();
  });
});
