// The chart walked without an actor (chart-walk.ts) must be the chart: AI-only sessions (the Rule Lab's
// and `npm run simulate`'s) end in XState's own snapshot, and every event of sessions with people,
// refused moves and the facilitator's interventions leaves the walk where the actor is, state and
// context alike. A chart using what the walk does not take is refused, not walked wrongly.
import { describe, expect, it } from 'vitest';
import { assign, setup } from 'xstate';
import { ARGUMENTS, CLAUSES, EVENTS, SCENARIOS } from '../../src/content/index';
import { ISSUE_IDS } from '../../src/content/types';
import { walkerFor } from '../../src/machines/chart-walk';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { factsOf } from '../../src/machines/plenary';
import {
  runAiSession,
  runAiCoursesUnder,
  runAiSessionInActor,
  startSession,
  walkingSession,
} from '../../src/machines/runner';
import { absentPlayerMove, nextAiEvent } from '../../src/model/ai';
import { rosterOf } from '../../src/model/roster';
import { RULE_IDS } from '../../src/model/rules';
import { EVENT_TYPES } from '../../src/model/schema';
import type { SessionEvent, SessionInput } from '../../src/model/session';
import { awaitedHumans } from '../../src/model/turns';
import { drawStances } from '../../src/model/uncertainty';
import { repeats } from './mutation-run';

/** mulberry32: the same events on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, pick };
}

/** A well-formed event of the given type, its fields drawn from the meeting (the rules may refuse it). */
function anyEvent(
  type: SessionEvent['type'],
  r: ReturnType<typeof rng>,
  ids: readonly string[],
): SessionEvent {
  const by = r.pick(ids);
  const fields: Record<string, unknown> = (() => {
    switch (type) {
      case 'CHOOSE_ROLE':
        return { delegation: by, player: 'Ama' };
      case 'RELEASE_ROLE':
        return { delegation: by };
      case 'SET_CONTROL':
        return r.next() < 0.5
          ? { delegation: by, human: true, player: 'Bo' }
          : { delegation: by, human: false };
      case 'SPEAK':
        return { by, card: r.pick(ARGUMENTS).id, yield: r.next() < 0.5 };
      case 'AMEND':
        return { by, op: r.pick(['add', 'remove']), clause: r.pick(CLAUSES).id };
      case 'CAUCUS_OFFER':
        return { by, to: r.pick(ids), give: r.pick(ISSUE_IDS), ask: r.pick(ISSUE_IDS) };
      case 'PRESSURE':
        return { by, to: r.pick(ids) };
      case 'INJECT':
        return { card: r.pick(EVENTS).id };
      case 'EXIT_TICKET':
        return { by, answers: ['We held our line.', 'Nobody moved us.', 'A vote would pass it.'] };
      case 'TICK':
        return { seconds: r.pick([1, 30, 600]) };
      case 'SET_SPEECH_TIMER':
        return { seconds: r.pick([null, 60]) };
      case 'SET_TIME_LIMIT':
        return { minutes: r.pick([null, 1, 45]) };
      case 'SET_ROUNDS':
        return { byFacilitator: r.next() < 0.5 };
      case 'OPEN_ROUND':
        return { round: r.pick(['statements', 'debate', 'draft', 'call']) };
      case 'START':
      case 'BEGIN':
      case 'PAUSE':
      case 'RESUME':
      case 'SKIP_SPEAKER':
      case 'FORCE_CALL':
      case 'END':
      case 'DEBRIEF':
        return {};
      default:
        return { by };
    }
  })();
  return { type, ...fields } as SessionEvent;
}

const exactly = (snap: { value: unknown; context: unknown }) => JSON.stringify([snap.value, snap.context]);

/** Where two snapshots first differ (state value or context, as JSON), or null where they do not. */
function firstDifference(a: { value: unknown; context: unknown }, b: { value: unknown; context: unknown }) {
  const walk = (x: unknown, y: unknown, at: string): string | null => {
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null)
      return JSON.stringify(x) === JSON.stringify(y)
        ? null
        : `${at}: ${JSON.stringify(x)?.slice(0, 80)} ≠ ${JSON.stringify(y)?.slice(0, 80)}`;
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
    if (JSON.stringify(Object.keys(x)) !== JSON.stringify(Object.keys(y))) return `${at}: keys differ`;
    for (const k of keys) {
      const d = walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
    return null;
  };
  return walk({ value: a.value, context: a.context }, { value: b.value, context: b.context }, 'snapshot');
}

describe('walking the chart without an actor', () => {
  // In the mutation run (mutation-run.ts) each meeting and rule plays one of the two seeds here, and the
  // mixed events below one session per meeting instead of three: the walk and the actor run the same
  // mutant, so repeats add little there and cost 15 s for every surviving mutant of the session code.
  it('plays AI-only sessions of every meeting under every rule to the actor’s snapshot', () => {
    for (const [s, sc] of SCENARIOS.entries())
      for (const [r, rule] of RULE_IDS.entries())
        for (const i of repeats(2, s + r)) {
          const seed = `walk/${i}`;
          const input: SessionInput = {
            scenarioId: sc.id,
            rule,
            seed,
            ...(i === 1 ? { carry: drawStances(LIBRARY, sc.id, seed) } : {}),
          };
          const walked = runAiSession(plenaryMachine, LIBRARY, input);
          const acted = runAiSessionInActor(plenaryMachine, LIBRARY, input);
          expect(acted.context.log.length).toBeGreaterThan(20);
          expect(firstDifference(walked, acted)).toBeNull();
          expect(exactly(walked)).toBe(exactly(acted));
          expect(walked.status).toBe(acted.status);
          expect([...walked.tags].sort()).toEqual([...acted.tags].sort());
          expect(walked.hasTag('ended')).toBe(true);
        }
  }, 180_000);

  it('plays rules that answer a call alike as one session: each rule ends with the results and events it has alone', () => {
    let shared = 0;
    let parted = 0;
    for (const sc of SCENARIOS)
      for (let i = 0; i < 4; i++) {
        const seed = `courses/${i}`;
        const input: SessionInput = {
          scenarioId: sc.id,
          rule: RULE_IDS[i % RULE_IDS.length]!,
          seed,
          carry: drawStances(LIBRARY, sc.id, seed),
        };
        const rules = i % 2 ? [...RULE_IDS].reverse() : RULE_IDS;
        const courses = runAiCoursesUnder(plenaryMachine, LIBRARY, input, rules);
        expect(courses).toHaveLength(rules.length);
        rules.forEach((rule, k) => {
          const alone = runAiSession(plenaryMachine, LIBRARY, { ...input, rule }).context;
          expect(courses[k]!.log, `${sc.id} ${seed} under ${rule}`).toEqual(alone.log);
          expect(courses[k]!.results, `${sc.id} ${seed} under ${rule}`).toEqual(alone.results);
        });
        const distinct = new Set(courses.map((c) => c.log)).size;
        shared += rules.length - distinct;
        if (distinct > 1) parted++;
      }
    // Both happen: rules going on as one session, and rules parting at a call.
    expect(shared).toBeGreaterThan(10);
    expect(parted).toBeGreaterThan(5);
  }, 180_000);

  it('takes every event as the actor does, one by one: people, refused moves, pause, event cards, the end', () => {
    const r = rng(20130601);
    let events = 0;
    let refused = 0;
    const types = new Set<string>();
    let sessions = 0;
    for (const [s, sc] of SCENARIOS.entries())
      for (const k of repeats(3, s)) {
        sessions++;
        const ids = rosterOf(LIBRARY, sc.id).ids;
        const humans = { [r.pick(ids)]: 'Ama', [r.pick(ids)]: 'Bo' };
        const input: SessionInput = { scenarioId: sc.id, rule: r.pick(RULE_IDS), seed: `walk/${k}`, humans };
        const actor = startSession(plenaryMachine, input);
        const walk = walkingSession(plenaryMachine, input);
        for (let n = 0; n < 250; n++) {
          const snap = actor.getSnapshot();
          const at = factsOf(snap);
          const person = awaitedHumans(LIBRARY, at, snap.context)[0];
          const planned = person
            ? absentPlayerMove(LIBRARY, at, snap.context, person)
            : nextAiEvent(LIBRARY, at, snap.context);
          // Mostly the meeting's own course; one event in four anything at all, often refused.
          const ev =
            planned && r.next() < 0.75
              ? planned
              : anyEvent(r.pick(n < 2 ? (['START', 'BEGIN'] as const) : EVENT_TYPES), r, ids);
          actor.send(ev);
          walk.send(ev);
          types.add(ev.type);
          events++;
          if (actor.getSnapshot().context.rejection) refused++;
          expect(
            firstDifference(walk.getSnapshot(), actor.getSnapshot()),
            `${sc.id}, event ${n + 1}: ${ev.type}`,
          ).toBeNull();
        }
        expect(exactly(walk.finalSnapshot())).toBe(exactly(actor.getSnapshot()));
        expect(exactly(walk.getSnapshot())).toBe(exactly(actor.getSnapshot()));
        actor.stop();
      }
    expect(sessions).toBeGreaterThanOrEqual(SCENARIOS.length);
    expect(events).toBe(sessions * 250);
    expect(refused).toBeGreaterThan(events / 10);
    for (const type of ['PAUSE', 'RESUME', 'INJECT', 'END', 'WALK_OUT', 'CLOSE_CALL', 'CAUCUS_OFFER'])
      expect(types).toContain(type);
  }, 180_000);

  it('refuses a chart that uses what the walk does not take', () => {
    const withEntry = setup({ types: { context: {} as { n: number } } }).createMachine({
      type: 'parallel',
      context: { n: 0 },
      states: { a: { initial: 'x', states: { x: { entry: assign({ n: 1 }) } } } },
    });
    expect(() => walkerFor(withEntry)).toThrow(/entry, exit/);
    const notParallel = setup({}).createMachine({ initial: 'x', states: { x: {} } });
    expect(() => walkerFor(notParallel)).toThrow(/root is parallel/);
  });
});
