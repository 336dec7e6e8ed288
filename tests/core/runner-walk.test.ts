// The walked session a Rule Lab run plays (runner.ts): it reads as an actor does after every event,
// holds back an event that would open a call, forks under another rule without touching the original,
// and tells two sessions apart when anything but the rule and the transcript differs, since rules
// that agree go on as one session and their courses must still be each rule's own.
import { describe, expect, it } from 'vitest';
import { createPlenaryMachine, factsOf, phaseOf } from '../../src/machines/plenary';
import {
  playAi,
  runAiCoursesUnder,
  runAiSession,
  startSession,
  walkingSession,
  type WalkingSession,
} from '../../src/machines/runner';
import { RULE_IDS } from '../../src/model/rules';
import type { SessionContext, SessionInput } from '../../src/model/session';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);
const input: SessionInput = { scenarioId: 'free-play', rule: 'consensus', seed: 11 };

/** A walked session a few AI moves into the debate of the first item. */
function underway(moves = 8): WalkingSession {
  const walk = walkingSession(machine, input);
  walk.send({ type: 'START' });
  walk.send({ type: 'BEGIN' });
  playAi(toyLibrary, walk, moves);
  return walk;
}

/** A stand-in for another session standing on `leaves` with `context`: what agreesWith reads of it. */
function standingAt(
  leaves: ReturnType<WalkingSession['chartState']>['leaves'],
  context: SessionContext,
): WalkingSession {
  return { chartState: () => ({ leaves, context }) } as WalkingSession;
}

const copy = (ctx: SessionContext): SessionContext => structuredClone(ctx);

describe('a walked session', () => {
  it('reads each event as the actor does, at once', () => {
    const walk = walkingSession(machine, input);
    const actor = startSession(machine, input);
    expect(phaseOf(walk.getSnapshot() as never)).toBe('setup');
    for (const ev of [{ type: 'START' }, { type: 'BEGIN' }] as const) {
      const before = walk.getSnapshot();
      walk.send(ev);
      actor.send(ev);
      expect(walk.getSnapshot()).not.toBe(before);
      expect(walk.getSnapshot().value).toEqual(actor.getSnapshot().value);
      expect(walk.getSnapshot().context).toEqual(actor.getSnapshot().context);
    }
    expect(walk.finalSnapshot().value).toEqual(actor.getSnapshot().value);
    expect(walk.finalSnapshot().context).toEqual(actor.getSnapshot().context);
    expect(walk.finalSnapshot().status).toBe('active');
    actor.stop();
  });

  it('holds back an event that would enter the state asked, and sends one that would not', () => {
    const walk = walkingSession(machine, input);
    const before = walk.getSnapshot();
    expect(walk.sendUnlessItEnters({ type: 'START' }, () => true)).toBe(false);
    expect(walk.getSnapshot()).toBe(before);
    expect(walk.chartState().context).toBe(before.context);
    // The stop is asked about the state the event leads to, not the one the session is in.
    const asked: unknown[] = [];
    expect(
      walk.sendUnlessItEnters({ type: 'START' }, (at) => {
        asked.push(at);
        return false;
      }),
    ).toBe(true);
    expect(walk.getSnapshot()).not.toBe(before);
    expect(asked).toEqual([factsOf(walk.getSnapshot())]);
    expect(asked[0]).not.toEqual(factsOf(before));
    expect(walk.getSnapshot().context.log.at(-1)).toEqual({ type: 'START' });
  });

  it('forks under another rule from where it stands and leaves the original as it was', () => {
    const walk = underway();
    const at = walk.getSnapshot();
    const fork = walk.forkUnder('majority');
    expect(fork.getSnapshot().context.rule).toBe('majority');
    expect(fork.getSnapshot().value).toEqual(at.value);
    expect({ ...fork.getSnapshot().context, rule: 'consensus' }).toEqual(at.context);
    expect(walk.getSnapshot().context.rule).toBe('consensus');
    fork.send({ type: 'PAUSE' });
    expect(walk.getSnapshot()).toBe(at);
    expect(fork.getSnapshot().context.log.length).toBe(at.context.log.length + 1);
  });
});

describe('two walked sessions agree', () => {
  it('when only the rule and the transcript differ', () => {
    const walk = underway();
    const { leaves, context } = walk.chartState();
    expect(walk.agreesWith(walk.forkUnder('majority'))).toBe(true);
    expect(walk.agreesWith(standingAt([...leaves], copy(context)))).toBe(true);
    const other: SessionContext = { ...copy(context), rule: 'two-thirds', transcript: [] };
    expect(walk.agreesWith(standingAt(leaves, other))).toBe(true);
  });

  it('not when they stand in another state of the chart', () => {
    const walk = underway();
    const { leaves, context } = walk.chartState();
    const paused = underway();
    paused.send({ type: 'PAUSE' });
    expect(walk.agreesWith(paused)).toBe(false);
    expect(walk.agreesWith(standingAt(paused.chartState().leaves, context))).toBe(false);
    expect(walk.agreesWith(standingAt(leaves.slice(0, -1), context))).toBe(false);
    expect(walk.agreesWith(standingAt([...leaves, leaves[0]!], context))).toBe(false);
  });

  it('not when anything else differs, however deep', () => {
    const walk = underway();
    const { leaves, context } = walk.chartState();
    const differs = (change: (c: Record<string, unknown>) => void) => {
      const other = copy(context);
      change(other as unknown as Record<string, unknown>);
      return !walk.agreesWith(standingAt(leaves, other));
    };
    expect(context.log.length).toBeGreaterThan(2);
    expect(context.humans).toEqual({});
    expect(context.rejection).toBeNull();
    expect(typeof context.seq).toBe('number');
    expect(differs((c) => (c.seq = (c.seq as number) + 1))).toBe(true); // a number
    expect(differs((c) => (c.seq = {}))).toBe(true); // a number, an object
    expect(differs((c) => (c.seq = String(c.seq)))).toBe(true); // the same digits as a string
    expect(differs((c) => (c.rejection = { reason: 'No.' }))).toBe(true); // null, an object
    expect(differs((c) => (c.humans = []))).toBe(true); // an empty object, an empty array
    expect(differs((c) => (c.humans = { RA: 'Rae' }))).toBe(true); // a key more
    expect(differs((c) => (c.log = (c.log as unknown[]).slice(0, -1)))).toBe(true); // an event fewer
    expect(differs((c) => (c.log = { ...(c.log as unknown[]) }))).toBe(true); // an array, an object
    expect(differs((c) => (c.log = Object.assign({}, c.log, { length: context.log.length })))).toBe(true);
    expect(differs((c) => (c.logItem = [...(c.logItem as number[]), 0]))).toBe(true); // one more
    expect(differs((c) => ((c.log as unknown[])[1] = (c.log as unknown[])[0]))).toBe(true); // one event
    expect(differs((c) => ((c.pos as Record<string, unknown>).marange = 'moved'))).toBe(true); // deep
    expect(
      differs((c) => {
        const item = c.item as Record<string, unknown>;
        const [first] = Object.keys(item);
        item[`${first!}-renamed`] = item[first!];
        delete item[first!];
      }),
    ).toBe(true); // a key under another name
    expect(differs(() => {})).toBe(false);
  });
});

describe('the courses of several rules played at once', () => {
  it('each rule ends with the results and events it has alone, the same rule twice alike', () => {
    const rules = ['majority', ...RULE_IDS, 'consensus'] as const;
    const courses = runAiCoursesUnder(machine, toyLibrary, input, rules);
    expect(courses).toHaveLength(rules.length);
    rules.forEach((rule, k) => {
      const alone = runAiSession(machine, toyLibrary, { ...input, rule }).context;
      expect(courses[k]!.log, rule).toEqual(alone.log);
      expect(courses[k]!.results, rule).toEqual(alone.results);
    });
    // The toy meeting's definition passes by a vote and fails by consensus: the rules part.
    expect(courses[0]!.results).not.toEqual(courses[1]!.results);
    // The same rule twice is played as one session to the end: one log, not two alike.
    expect(courses.at(-1)!.log).toBe(courses[1]!.log);
    expect(runAiCoursesUnder(machine, toyLibrary, input, [])).toEqual([]);
    const [one] = runAiCoursesUnder(machine, toyLibrary, input, ['majority']);
    expect(one!.results).toEqual(courses[0]!.results);
  });

  it('a session that needs a person cannot be played as AI-only under any rule', () => {
    const withPerson = { ...input, humans: { RA: 'Rae' } };
    expect(() => runAiCoursesUnder(machine, toyLibrary, withPerson, ['consensus', 'majority'])).toThrow(
      /^AI-only session stopped in \w+/,
    );
  });
});
