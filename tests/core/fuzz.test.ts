// A seeded fuzz of the session boundary: more than 20,000 events across the five meetings, legal moves
// mixed with well-formed moves the rules may refuse, malformed events and hostile objects. Whatever
// arrives, no session dies, nothing malformed reaches the log, what is logged is a plain copy of what
// was meant, and every session's save file replays to the identical session.
//
// Which events are malformed is known here by construction (each malformed one is a well-formed event
// broken in one named way), not by asking the schema under test.
import { describe, expect, it } from 'vitest';
import { phaseFacts } from '../../src/machines/plenary';
import { SessionController } from '../../src/app/controller';
import { parseSave } from '../../src/app/saves';
import { ARGUMENTS, CLAUSES, EVENTS, SCENARIO_IDS } from '../../src/content/index';
import { ISSUE_IDS } from '../../src/content/types';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { nextAiEvent } from '../../src/model/ai';
import { rosterOf } from '../../src/model/roster';
import { RULE_IDS } from '../../src/model/rules';
import { EVENT_TYPES } from '../../src/model/schema';
import type { SessionEvent, SessionInput } from '../../src/model/session';

/** Small, fast, seeded (mulberry32): the same events on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

const CARDS = ARGUMENTS.map((a) => a.id);
const EVENT_CARDS = EVENTS.map((e) => e.id);
const CLAUSE_IDS = CLAUSES.map((c) => c.id);
const NAMES = ['Ama', 'Bo', 'Chen Li', 'Dário', '=HYPERLINK("x")', 'A | B', '# heading'];

/** The fields of each event type, filled well-formed (the rules may still refuse the move). */
function fieldsFor(type: SessionEvent['type'], r: Rng, ids: readonly string[]): Record<string, unknown> {
  const someone = () => (r.next() < 0.95 ? r.pick(ids) : 'ATLANTIS'); // well-formed, sits nowhere
  switch (type) {
    case 'CHOOSE_ROLE':
      return { delegation: someone(), player: r.pick(NAMES) };
    case 'RELEASE_ROLE':
      return { delegation: someone() };
    case 'SET_CONTROL':
      return r.next() < 0.5
        ? { delegation: someone(), human: true, player: r.pick(NAMES) }
        : { delegation: someone(), human: r.next() < 0.3 };
    case 'SPEAK':
      return { by: someone(), card: r.pick(CARDS), ...(r.next() < 0.5 ? { yield: r.next() < 0.5 } : {}) };
    case 'AMEND':
      return { by: someone(), op: r.pick(['add', 'remove']), clause: r.pick(CLAUSE_IDS) };
    case 'CAUCUS_OFFER':
      return { by: someone(), to: someone(), give: r.pick(ISSUE_IDS), ask: r.pick(ISSUE_IDS) };
    case 'PRESSURE':
      return { by: someone(), to: someone() };
    case 'INJECT':
      return { card: r.pick(EVENT_CARDS) };
    case 'EXIT_TICKET':
      return {
        by: someone(),
        answers: r.pick([
          ['We held our line.', '', 'A vote would pass it.'],
          ['', ' ', ''],
        ]),
      };
    case 'TICK':
      return { seconds: r.pick([1, 1, 1, 0.5, 30, 0, -3]) };
    case 'SET_SPEECH_TIMER':
      return { seconds: r.pick([null, 60, 90, 3, 601, 120.5]) };
    case 'SET_TIME_LIMIT':
      return { minutes: r.pick([null, 1, 45, 0, 601, 2.5]) };
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
      return { by: someone() };
  }
}

/** A well-formed event broken in one way. Every one must be refused. */
function malformed(r: Rng, good: Record<string, unknown>): unknown {
  const keys = Object.keys(good).filter((k) => k !== 'type');
  const key = keys.length ? r.pick(keys) : null;
  const bad: unknown[] = [
    null,
    undefined,
    42,
    'SPEAK',
    [good],
    {},
    { ...good, type: 5 },
    { ...good, type: null },
    { ...good, type: [good.type] },
    { ...good, type: 'xstate.stop' },
    { ...good, type: 'xstate.init' },
    { ...good, type: 'NO_SUCH_EVENT' },
    { ...good, type: String(good.type).toLowerCase() },
    { ...good, type: '__proto__' },
    { ...good, type: 'constructor' },
    new Proxy(good, {
      get: () => {
        throw new Error('a hostile getter');
      },
    }),
  ];
  if (key) {
    const without = { ...good };
    delete without[key];
    const wrong: unknown[] = [
      undefined,
      null,
      7,
      { toString: 'x' },
      [good[key]],
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
      'a\nb',
      'x'.repeat(500),
      NaN,
      Infinity,
      'yes',
      Symbol('s'),
    ];
    const broken = (v: unknown) => ({ ...good, [key]: v });
    const breaks = wrong.filter((v) => !isAlsoValid(String(good.type), key, v)).map(broken);
    // Leaving out an optional field (a player's name, a speech's yield) is not a break.
    const optional =
      (good.type === 'SET_CONTROL' && key === 'player') || (good.type === 'SPEAK' && key === 'yield');
    bad.push(...(optional ? [] : [without]), ...breaks, ...breaks);
    if (good.type === 'SET_CONTROL') bad.push({ ...good, human: 'no' }, { ...good, human: 1 });
    if (good.type === 'CAUCUS_OFFER') bad.push({ ...good, give: 'x' }, { ...good, ask: 'toString' });
  }
  if (good.type === 'SET_CONTROL' || good.type === 'CHOOSE_ROLE')
    bad.push(
      { ...good, player: 'Ann\n# Forged heading' },
      { ...good, player: 'x'.repeat(41) },
      { ...good, player: 'Bob\u202E' },
    );
  return r.pick(bad);
}

/** A few replacement values that happen to be well-formed for a field (an optional one left out). */
function isAlsoValid(type: string, key: string, v: unknown): boolean {
  if (v === undefined) return false; // exactOptional: an explicit undefined is not leaving it out
  if (type === 'SET_SPEECH_TIMER' && key === 'seconds' && (v === null || v === 7)) return true;
  if (type === 'TICK' && key === 'seconds' && v === 7) return true;
  if (type === 'SET_TIME_LIMIT' && key === 'minutes' && (v === null || v === 7)) return true;
  // A delegation or content id that is a plain word is well-formed (the rules refuse who it names).
  const idField = ['by', 'to', 'delegation', 'card', 'clause'].includes(key);
  if (idField && v === 'yes') return true;
  // A player's name is any short plain line, even one that reads like a property name.
  if (key === 'player' && typeof v === 'string' && /^\w{1,40}$/.test(v)) return true;
  return false;
}

function describeRaw(raw: unknown): string {
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return 'an unreadable object';
  }
}

/** A well-formed event with hostile extras the boundary must drop (a BigInt, a cycle, a function). */
function withExtras(r: Rng, good: Record<string, unknown>): Record<string, unknown> {
  const extra: Record<string, unknown> = { ...good };
  const kind = r.int(4);
  if (kind === 0) extra.big = 10n;
  else if (kind === 1) extra.self = extra;
  else if (kind === 2) extra.fn = () => 1;
  else Object.defineProperty(extra, '__proto__', { value: { by: 'CH' }, enumerable: true });
  return extra;
}

const EVENTS_PER_SCENARIO = 4200;
const EVENTS_PER_SESSION = 600;

describe('the boundary under a seeded fuzz', () => {
  it('20,000+ events over the five meetings: no session dies, nothing malformed is logged, every save replays identically', () => {
    const r = rng(20121130);
    let total = 0;
    let malformedSent = 0;
    let sessions = 0;
    let refused = 0;
    let finished = 0;
    for (const scenarioId of SCENARIO_IDS) {
      const ids = rosterOf(LIBRARY, scenarioId).ids;
      for (let sent = 0; sent < EVENTS_PER_SCENARIO;) {
        const humans = Object.fromEntries(
          Array.from({ length: r.int(3) }, () => [r.pick(ids), r.pick(NAMES.slice(0, 4))]),
        );
        const input: SessionInput = { scenarioId, rule: r.pick(RULE_IDS), seed: r.int(1e6), humans };
        const c = new SessionController(plenaryMachine, LIBRARY, input, { game: 'fuzz' });
        sessions++;
        for (let k = 0; k < EVENTS_PER_SESSION; k++, sent++) {
          const ctx = c.snapshot.context;
          const before = ctx.log.length;
          const roll = r.next();
          // Legal moves keep the meeting going: the AI's policy played for every seat, people's too.
          const legal =
            roll < 0.45 ? nextAiEvent(LIBRARY, phaseFacts(c.phase), { ...ctx, humans: {} }) : null;
          const type = r.pick(EVENT_TYPES);
          const good = (legal as Record<string, unknown> | null) ?? { type, ...fieldsFor(type, r, ids) };
          if (roll >= 0.45 && roll < 0.75) {
            const raw = malformed(r, good);
            malformedSent++;
            if (c.receive(raw).accepted) expect.fail(`malformed event accepted: ${describeRaw(raw)}`);
            expect(c.snapshot.context).toBe(ctx); // untouched: not even logged
          } else {
            const raw = roll >= 0.9 ? withExtras(r, good) : good;
            if (!c.receive(raw).accepted) refused++;
            const log = c.snapshot.context.log;
            expect(log).toHaveLength(before + 1);
            // The log holds the meant event, fresh and plain: never the caller's object or its extras.
            expect(log[before]).not.toBe(raw);
            expect(log[before]).toStrictEqual(good);
          }
          const status = c.snapshot.status;
          if (status !== 'active' && status !== 'done') expect.fail(`session ${status} at event ${k}`);
          total++;
          if (c.phase === 'debrief') break;
        }
        if (c.phase === 'communique' || c.phase === 'debrief') finished++;
        // The save file, through its text and the import's parser, replays to the identical session.
        const saved = parseSave(JSON.stringify(c.save()));
        const again = SessionController.fromSave(plenaryMachine, LIBRARY, saved, { game: 'fuzz' });
        expect(again.snapshot.value).toEqual(c.snapshot.value);
        expect(again.snapshot.context).toEqual(c.snapshot.context);
        c.stop();
        again.stop();
      }
    }
    expect(total).toBeGreaterThanOrEqual(20_000);
    expect(malformedSent).toBeGreaterThan(5_000);
    expect(sessions).toBeGreaterThanOrEqual(5 * 7);
    // The mix reaches every part of a meeting: moves the rules refuse, and meetings played to the end.
    expect(refused).toBeGreaterThan(1000);
    expect(finished).toBeGreaterThan(5);
  }, 120_000);
});
