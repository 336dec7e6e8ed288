import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { SessionController } from '../../src/app/controller';
import { simulateLesson } from '../../src/app/lesson-sim';
import { AiPacer, readingMs, READ_FLOOR_MS, roundOf, roundToOpen } from '../../src/app/pace';
import { BRIEFINGS, SCENARIOS } from '../../src/content/index';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { isPaused, phaseOf } from '../../src/machines/plenary';
import { replay } from '../../src/machines/runner';
import { rosterOf } from '../../src/model/roster';

function meeting(scenarioId: (typeof SCENARIOS)[number]['id'] = 'washington-plenary-2012') {
  const a = createActor(plenaryMachine, { input: { scenarioId, rule: 'consensus', seed: 5 } }).start();
  a.send({ type: 'START' });
  a.send({ type: 'BEGIN' });
  return a;
}

describe('pace', () => {
  it('at step pace the AI moves only when someone presses Next, one move each time', () => {
    const a = meeting();
    const pacer = new AiPacer(LIBRARY, 'step', 45 * 60_000);
    const poll = (now: number) => {
      const s = a.getSnapshot();
      const ev = pacer.take(now, phaseOf(s), s.context);
      if (ev) a.send(ev);
      return ev;
    };
    // A long wait (ten virtual minutes, polled like the screen does) brings no move.
    for (let t = 0; t < 600_000; t += 50) expect(poll(t)).toBeNull();
    const logged = a.getSnapshot().context.log.length;
    for (let k = 1; k <= 3; k++) {
      pacer.next();
      expect(poll(600_000 + k)).not.toBeNull();
      expect(poll(600_000 + k + 1)).toBeNull();
      expect(a.getSnapshot().context.log.length).toBe(logged + k);
    }
  });

  it('stops while the meeting is paused, and the wait resumes where it was', () => {
    const a = meeting();
    const pacer = new AiPacer(LIBRARY, 'fast', 45 * 60_000);
    const s0 = a.getSnapshot();
    expect(pacer.take(0, phaseOf(s0), s0.context)).toBeNull();
    a.send({ type: 'PAUSE' });
    const paused = a.getSnapshot();
    for (let t = 0; t < 10_000; t += 100)
      expect(pacer.take(t, phaseOf(paused), paused.context, { paused: isPaused(paused) })).toBeNull();
    a.send({ type: 'RESUME' });
    const s1 = a.getSnapshot();
    // The 850 ms wait had not begun to run down while paused.
    expect(pacer.take(10_500, phaseOf(s1), s1.context)).toBeNull();
    expect(pacer.take(10_900, phaseOf(s1), s1.context)).not.toBeNull();
  });

  it('when the facilitator runs the rounds, the chair moves on to the next only when it is opened', () => {
    const a = meeting();
    const pacer = new AiPacer(LIBRARY, 'fast', 45 * 60_000);
    a.send({ type: 'SET_ROUNDS', byFacilitator: true });
    let t = 0;
    /** Plays at the pace for ten virtual minutes; returns the round it ends in. */
    const play = () => {
      for (const end = t + 600_000; t < end; t += 50) {
        const s = a.getSnapshot();
        const ev = pacer.take(t, phaseOf(s), s.context);
        if (ev) a.send(ev);
      }
      const s = a.getSnapshot();
      return roundOf(phaseOf(s), s.context);
    };
    expect(play()).toBe('statements');
    expect(phaseOf(a.getSnapshot())).toBe('opening');
    expect(pacer.heldForRound).toBe(true);
    const open = () => {
      const s = a.getSnapshot();
      a.send({ type: 'OPEN_ROUND', round: roundToOpen(phaseOf(s), s.context)! });
    };
    open();
    // The statements run at the pace; the debate waits for the facilitator to close it.
    expect(play()).toBe('debate');
    expect(pacer.heldForRound).toBe(true);
    open();
    expect(play()).toBe('draft');
    open();
    expect(play()).not.toBe('draft');
    // The rounds are in the log: a replay of it holds and opens them just as the meeting did.
    const { context } = a.getSnapshot();
    const opened = context.log.filter((e) => e.type === 'OPEN_ROUND').map((e) => e.round);
    expect(opened).toEqual(['statements', 'draft', 'call']);
    expect(context.transcript.map((e) => e.text)).toContain(
      'The facilitator opens the next round: The chair’s draft.',
    );
    const again = replay(
      plenaryMachine,
      { scenarioId: 'washington-plenary-2012', rule: 'consensus', seed: 5 },
      context.log,
    );
    expect(again.context.transcript).toEqual(context.transcript);
    expect(again.context.rounds).toEqual(context.rounds);
  });

  it('refuses to open a round when the chair runs them, or one already open', () => {
    const a = meeting();
    a.send({ type: 'OPEN_ROUND', round: 'debate' });
    expect(a.getSnapshot().context.rejection?.reason).toBe(
      'The chair moves through the rounds by itself; nothing to open.',
    );
    a.send({ type: 'SET_ROUNDS', byFacilitator: true });
    a.send({ type: 'OPEN_ROUND', round: 'statements' });
    expect(a.getSnapshot().context.rounds).toEqual({ byFacilitator: true, opened: true });
    a.send({ type: 'OPEN_ROUND', round: 'statements' });
    expect(a.getSnapshot().context.rejection?.reason).toMatch(/already open/);
  });

  it('gives a long speech more reading time than a short one, never less than the floor', () => {
    expect(readingMs('Yes.')).toBe(READ_FLOOR_MS);
    expect(readingMs('word '.repeat(40))).toBeGreaterThan(readingMs('word '.repeat(20)));
  });

  it('at classroom pace a one-lesson meeting fills its 45 minutes within 15%, with 0, 1 or 3 people', () => {
    for (const sc of SCENARIOS) {
      const r = rosterOf(LIBRARY, sc.id);
      const seats = BRIEFINGS.map((b) => b.delegation).filter(
        (d) => r.index[d] !== undefined && d !== r.chair,
      );
      const items = [(sc.agenda.find((x) => x.issue === 'definition') ?? sc.agenda[0]!).id];
      for (const n of [0, 1, 3]) {
        const humans = Object.fromEntries(seats.slice(0, n).map((d) => [d, 'P']));
        const run = simulateLesson(
          plenaryMachine,
          LIBRARY,
          { scenarioId: sc.id, rule: 'consensus', seed: 11, humans, items, speechSeconds: 120 },
          'classroom',
          45 * 60_000,
          n,
        );
        expect(run.finished, `${sc.id}, ${n} people`).toBe(true);
        expect(run.personMoves > 0, `${sc.id}, ${n} people`).toBe(n > 0);
        expect(Math.abs(run.meetingMs / (45 * 60_000) - 1), `${sc.id}, ${n} people`).toBeLessThanOrEqual(
          0.15,
        );
      }
    }
  }, 60_000);

  it('at fast pace the same meeting is over in a few minutes (the classroom pace is what fills it)', () => {
    const sc = SCENARIOS.find((s) => s.id === 'washington-plenary-2012')!;
    const items = [(sc.agenda.find((x) => x.issue === 'definition') ?? sc.agenda[0]!).id];
    const run = simulateLesson(
      plenaryMachine,
      LIBRARY,
      { scenarioId: sc.id, rule: 'consensus', seed: 11, items },
      'fast',
      45 * 60_000,
    );
    expect(run.finished).toBe(true);
    expect(run.meetingMs).toBe(run.aiMoves * 850);
  });
});

describe('the AI after an event card takes a listed delegation out of the room', () => {
  it('washington-intersessional-2012, seed 66425: CSC walks out while listed, and the AI-only meeting still plays through', () => {
    const c = new SessionController(
      plenaryMachine,
      LIBRARY,
      { scenarioId: 'washington-intersessional-2012', rule: 'consensus', seed: 66425 },
      { game: 'test' },
    );
    c.send({ type: 'START' });
    c.send({ type: 'BEGIN' });
    // As the Plenary runs it: the controller's next move on the pacer, polled every 50 ms, at fast pace.
    const pacer = new AiPacer(LIBRARY, 'fast', 45 * 60_000, () => c.nextAiMove());
    let injected = false;
    let refused = 0;
    for (let now = 0; now < 30 * 60_000 && c.phase !== 'communique'; now += 50) {
      if (!injected && c.snapshot.context.item?.speakers.includes('CSC')) {
        c.send({ type: 'INJECT', card: 'ev-civil-society-walkout-2011' });
        injected = true;
        expect(c.snapshot.context.item!.speakers).not.toContain('CSC');
      }
      const ev = pacer.take(now, c.phase, c.snapshot.context);
      if (ev && c.sendAi(ev).context.rejection) refused++;
    }
    expect(injected).toBe(true);
    expect(refused).toBe(0);
    expect(c.phase).toBe('communique');
  });
});
