// The session boundary: whatever is sent, the session goes on; only well-formed events count, and
// what the log keeps is the normalised copy, so a session and its save always replay alike.
import { describe, expect, it } from 'vitest';
import { SessionController } from '../../src/app/controller';
import { parseSave, type KeyValueStore } from '../../src/app/saves';
import { createPlenaryMachine } from '../../src/machines/plenary';
import { checkEvent, checkInput } from '../../src/model/schema';
import { isHuman, type SessionInput } from '../../src/model/session';
import { problemWith } from '../../src/model/ops';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);
const input: SessionInput = { scenarioId: 'free-play', rule: 'consensus', seed: 5, humans: { MA: 'Ama' } };

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** A session on the floor, MA (a person) awaited. */
function onTheFloor(store?: KeyValueStore) {
  const c = new SessionController(machine, toyLibrary, input, { game: 't', ...(store ? { store } : {}) });
  c.send({ type: 'START' });
  c.send({ type: 'BEGIN' });
  for (let n = 0; n < 500 && c.stepAi(); n++);
  return c;
}

const HOSTILE: [string, unknown][] = [
  ['null', null],
  ['a number', 42],
  ['a string', 'SPEAK'],
  ['an empty object', {}],
  ['a numeric type', { type: 5 }],
  ['a null type', { type: null }],
  ['an array type', { type: ['SPEAK'] }],
  ['an array', ['SPEAK']],
  ['XState’s stop event', { type: 'xstate.stop' }],
  ['XState’s init event', { type: 'xstate.init' }],
  ['a by whose toString is not callable', { type: 'YIELD', by: { toString: 'x' } }],
  ['a by that is an array', { type: 'YIELD', by: ['MA'] }],
  [
    'a throwing proxy',
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    ),
  ],
  ['a by-less DEFER', { type: 'DEFER' }],
  ['a by-less REQUEST_FLOOR', { type: 'REQUEST_FLOOR' }],
  ['a by-less CONCLUDE', { type: 'CONCLUDE' }],
  ['by: undefined', { type: 'YIELD', by: undefined }],
  ['by: constructor', { type: 'YIELD', by: 'constructor' }],
  ['by: __proto__', { type: 'YIELD', by: '__proto__' }],
  ['a caucus offer on no issue', { type: 'CAUCUS_OFFER', by: 'MA', to: 'RA', give: 'x', ask: 'marange' }],
  ['human: "no"', { type: 'SET_CONTROL', delegation: 'RA', human: 'no' }],
  ['a name with a newline', { type: 'SET_CONTROL', delegation: 'RA', human: true, player: 'A\n# B' }],
  ['a name far too long', { type: 'SET_CONTROL', delegation: 'RA', human: true, player: 'x'.repeat(500) }],
  ['a NaN timer', { type: 'SET_SPEECH_TIMER', seconds: NaN }],
  ['an infinite tick', { type: 'TICK', seconds: Infinity }],
];

describe('the event boundary', () => {
  it.each(HOSTILE)('refuses %s with a reason, and the session goes on', (_what, raw) => {
    const c = onTheFloor();
    const before = c.snapshot.context;
    const receipt = c.receive(raw);
    expect(receipt.accepted).toBe(false);
    if (!receipt.accepted) expect(receipt.reason).toMatch(/\w{3,}/);
    expect(c.snapshot.status).toBe('active');
    expect(c.snapshot.context).toBe(before); // untouched: not even logged
    // … and the next event counts as usual.
    expect(c.receive({ type: 'YIELD', by: 'MA' })).toEqual({ accepted: true });
    expect(c.snapshot.context.log.at(-1)).toEqual({ type: 'YIELD', by: 'MA' });
  });

  it('says what is wrong in words a person can act on', () => {
    expect(checkEvent({ type: 'DEFER' })).toEqual({ ok: false, reason: '“DEFER” refused: “by” is missing.' });
    expect(checkEvent({ type: 'xstate.stop' })).toEqual({
      ok: false,
      reason: 'There is no event "xstate.stop" in this game.',
    });
    expect(checkEvent(null)).toMatchObject({ reason: expect.stringMatching(/^An event must be an object/) });
  });

  it('keeps a normalised copy: mutating, NaN, BigInt or cyclic fields cannot reach the log or the save', () => {
    const store = memory();
    const c = onTheFloor(store);
    const cyclic: Record<string, unknown> = { type: 'YIELD', by: 'MA', big: 10n };
    cyclic.self = cyclic;
    expect(c.receive(cyclic)).toEqual({ accepted: true });
    cyclic.by = 'RA';
    expect(c.snapshot.context.log.at(-1)).toEqual({ type: 'YIELD', by: 'MA' });
    // The autosave still writes (no BigInt or cycle in it), and the save replays to the same session.
    const saved = parseSave(store.data.get('roughConsensus.save')!);
    const again = SessionController.fromSave(machine, toyLibrary, saved, { game: 't' });
    expect(again.snapshot.context).toEqual(c.snapshot.context);
  });

  it('accepts every move the AI makes in a whole session (the schema and the game agree)', () => {
    const c = new SessionController(machine, toyLibrary, { ...input, humans: {} }, { game: 't' });
    c.send({ type: 'START' });
    c.send({ type: 'BEGIN' });
    for (let n = 0; n < 5000 && c.stepAi(); n++);
    expect(c.phase).toBe('communique');
    for (const ev of c.snapshot.context.log) expect(checkEvent(ev)).toEqual({ ok: true, value: ev });
  });
});

describe('delegation ids are own properties only', () => {
  it('"constructor", "toString" and "__proto__" are nobody, in the model too', () => {
    const c = onTheFloor();
    const ctx = c.snapshot.context;
    for (const id of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      expect(isHuman(ctx, id)).toBe(false);
      // Past the schema (a direct model call): still not in the room.
      expect(problemWith(toyLibrary, ctx, { type: 'YIELD', by: id })).toMatch(/not in the room/);
      expect(problemWith(toyLibrary, ctx, { type: 'SET_CONTROL', delegation: id, human: true })).toMatch(
        /does not sit/,
      );
    }
  });

  it('SET_CONTROL and CHOOSE_ROLE on "__proto__" leave the Chair to the computer', () => {
    const c = new SessionController(machine, toyLibrary, { ...input, humans: {} }, { game: 't' });
    c.receive({ type: 'CHOOSE_ROLE', delegation: '__proto__', player: 'x' });
    c.receive(JSON.parse('{"type":"SET_CONTROL","delegation":"__proto__","human":true,"player":"x"}'));
    c.receive(JSON.parse('{"type":"SET_CONTROL","delegation":"__proto__","human":true,"player":{"CH":"x"}}'));
    expect(Object.getPrototypeOf(c.snapshot.context.humans)).toBe(Object.prototype);
    expect(isHuman(c.snapshot.context, 'CH')).toBe(false);
    expect(Object.keys(c.snapshot.context.humans)).toEqual([]);
  });
});

describe('the input boundary', () => {
  it('refuses a bogus rule, positions outside 0–100 and an out-of-range timer', () => {
    expect(checkInput({ ...input, rule: 'bogus' })).toMatchObject({ ok: false, reason: /rule/ });
    expect(checkInput({ ...input, carry: { MA: { definition: 140 } } })).toMatchObject({
      ok: false,
      reason: /0 to 100/,
    });
    expect(checkInput({ ...input, speechSeconds: 5 })).toMatchObject({ ok: false, reason: /at least 15/ });
    expect(checkInput(input)).toEqual({ ok: true, value: input });
  });
});
