// The computer never retries a move the rules refused, wherever it plays (the browser's Plenary and the
// classroom server's room). The AI's policy is made faulty here on purpose: it proposes, turn about,
// two moves the rules refuse (a speech by a delegation whose turn it is not), as a defect in the rules
// or the AI once did with a delegation taken out of the room.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionController } from '../../src/app/controller';
import { AiPacer } from '../../src/app/pace';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import type { PhaseFacts } from '../../src/model/phase';
import type { SessionContext, SessionEvent, SessionInput } from '../../src/model/session';
import type { LogStore } from '../../src/server/log-store';
import { RoomSession } from '../../src/server/room-session';
import type { RoomSetup } from '../../src/server/room-setup';

const fault = vi.hoisted(() => ({ on: false }));

vi.mock('../../src/model/ai', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/model/ai')>();
  /** Two refused moves in turn: each refusal advances the session's count, which picks the other. */
  const faulty = (at: PhaseFacts, ctx: SessionContext): SessionEvent | null => {
    const speakers = ctx.item?.speakers ?? [];
    if (at.awaits !== 'speaker' || speakers.length < 3) return null;
    const by = speakers[ctx.seq % 2 ? 1 : 2]!;
    return { type: 'SPEAK', by, card: 'arg-def-state-violence' };
  };
  return {
    ...real,
    nextAiEvent: (...args: Parameters<typeof real.nextAiEvent>) =>
      fault.on ? faulty(args[1], args[2]) : real.nextAiEvent(...args),
  };
});

afterEach(() => {
  fault.on = false;
  vi.useRealTimers();
});

const input: SessionInput = { scenarioId: 'washington-plenary-2012', rule: 'consensus', seed: 5 };

/** A session with the floor open and speakers listed, played by the AI. */
function onTheFloor(): SessionController {
  const c = new SessionController(plenaryMachine, LIBRARY, input, { game: 'test' });
  c.send({ type: 'START' });
  c.send({ type: 'BEGIN' });
  while (c.phase !== 'floor' && c.stepAi());
  expect(c.phase).toBe('floor');
  return c;
}

const refusals = (c: SessionController, from: number) =>
  c.snapshot.context.log.slice(from).filter((e) => e.type === 'SPEAK').length;

describe('no refused AI move is retried', () => {
  it('in the Plenary: the pacer at fast pace sends each refused move once, then waits for the room to move', () => {
    const c = onTheFloor();
    // As the Plenary's pacer: the controller's next AI move, polled every 50 ms; moves sent with sendAi.
    const pacer = new AiPacer(LIBRARY, 'fast', 45 * 60_000, () => c.nextAiMove());
    let now = 0;
    const run = (ms: number) => {
      for (const end = now + ms; now < end; now += 50) {
        const ev = pacer.take(now, c.phase, c.snapshot.context);
        if (ev) c.sendAi(ev);
      }
    };
    fault.on = true;
    const from = c.snapshot.context.log.length;
    run(60_000);
    // A minute at 0.85 s a move would be about 70 refused moves; each of the two is sent once.
    expect(refusals(c, from)).toBe(2);
    expect(c.snapshot.context.log.length - from).toBe(2);
    // The clock, a pause and a resume change nothing the refused moves meet: still no retry.
    c.send({ type: 'TICK', seconds: 1 });
    c.send({ type: 'PAUSE' });
    c.send({ type: 'RESUME' });
    run(60_000);
    expect(refusals(c, from)).toBe(2);
    // Once the room moves (the facilitator moves the floor on), each may be tried again, once.
    c.send({ type: 'SKIP_SPEAKER' });
    run(60_000);
    expect(refusals(c, from)).toBe(4);
  });

  it('in a classroom room on the server: the same guard', async () => {
    const c = onTheFloor();
    const log = c.snapshot.context.log;
    const store = {
      append: () => Promise.resolve(),
      finish: () => Promise.resolve(),
    } as unknown as LogStore;
    let pace: (() => void) | null = null;
    const timers = {
      setInterval: (fn: () => void, ms: number) => {
        if (ms < 1000) pace = fn;
        return { clear: () => undefined };
      },
    };
    const setup = { pace: 'fast', lessonMinutes: 45 } as RoomSetup;
    const room = new RoomSession(
      'ROOM1',
      setup,
      input,
      store,
      { onEvent: () => {}, onStoreTrouble: () => {} },
      timers,
      log,
    );
    room.start();
    fault.on = true;
    vi.useFakeTimers({ toFake: ['Date'] });
    const from = room.log.length;
    for (let t = 0; t < 60_000; t += 200) {
      vi.setSystemTime(t);
      pace!();
      await new Promise((r) => setImmediate(r));
    }
    expect(room.log.slice(from).filter((e) => e.type === 'SPEAK')).toHaveLength(2);
    room.dispose();
  });
});
