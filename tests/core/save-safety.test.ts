// Nothing accepted is lost: a storage that is full or refuses writes costs neither the event nor the
// screen, and a save file is checked completely before it replaces anything.
import { describe, expect, it } from 'vitest';
import { SessionController } from '../../src/app/controller';
import {
  CURRENT_KEY,
  loadLatest,
  makeSave,
  NOT_A_SAVE,
  parseSave,
  PREVIOUS_KEY,
  restoreSession,
  SaveError,
  type KeyValueStore,
  type SaveFile,
} from '../../src/app/saves';
import { createPlenaryMachine } from '../../src/machines/plenary';
import type { SessionEvent, SessionInput } from '../../src/model/session';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);
const input: SessionInput = { scenarioId: 'free-play', rule: 'consensus', seed: 5, humans: { MA: 'Ama' } };

class QuotaExceededError extends Error {
  override name = 'QuotaExceededError';
}

/** localStorage with a quota in characters (keys and values), like a browser's. */
function quotaStore(quota: number): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      const old = data.get(k);
      if (used() - (old === undefined ? 0 : k.length + old.length) + k.length + v.length > quota)
        throw new QuotaExceededError('The quota has been exceeded.');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

/** Private browsing in some browsers: every write refused. */
function refusingStore(): KeyValueStore {
  return {
    getItem: () => null,
    setItem: () => {
      throw Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' });
    },
    removeItem: () => {},
  };
}

/** The meeting up to the person's turn, then the clock running (each tick logged and saved). */
function play(c: SessionController, ticks = 100): void {
  c.send({ type: 'START' });
  c.send({ type: 'BEGIN' });
  for (let n = 0; n < 400 && c.stepAi(); n++);
  for (let n = 0; n < ticks; n++) c.send({ type: 'TICK', seconds: 1 });
}

describe('a storage that is full', () => {
  it('keeps every event, keeps the screen up to date, says so, and loses nothing after a reload', () => {
    // Room for one save of this session, not for two: the previous copy must make way.
    const probe = new SessionController(machine, toyLibrary, input, { game: 't' });
    play(probe);
    const store = quotaStore(JSON.stringify(probe.save()).length * 1.6);
    const c = new SessionController(machine, toyLibrary, input, { store, game: 't' });
    const heard: number[] = [];
    c.subscribe((s) => heard.push(s.context.seq));
    const problems: (string | null)[] = [];
    c.onAutosave((p) => problems.push(p));
    play(c);
    expect(heard.at(-1)).toBe(c.snapshot.context.seq); // every event reached the screen
    expect(c.snapshot.context.log).toEqual(probe.snapshot.context.log);
    expect(c.autosaveProblem).toBeNull();
    const reloaded = loadLatest(store);
    expect(reloaded.kind).toBe('ok');
    if (reloaded.kind === 'ok') expect(reloaded.save.log).toEqual(c.snapshot.context.log);
  });

  it('when even one save no longer fits: the event counts, the notice names the way out, the last good save stays, and it retries', () => {
    const probe = new SessionController(machine, toyLibrary, input, { game: 't' });
    play(probe, 0);
    const store = quotaStore(JSON.stringify(probe.save()).length + 40);
    const c = new SessionController(machine, toyLibrary, input, { store, game: 't' });
    const heard: number[] = [];
    c.subscribe((s) => heard.push(s.context.seq));
    play(c);
    expect(c.phase).not.toBe('setup'); // the meeting went on
    expect(heard.at(-1)).toBe(c.snapshot.context.seq);
    expect(c.autosaveProblem).toBe('Autosave failed: storage is full. Export a save file to keep your work.');
    const kept = loadLatest(store);
    expect(kept.kind).toBe('ok');
    if (kept.kind === 'ok') {
      expect(kept.save.log.length).toBeGreaterThanOrEqual(probe.snapshot.context.log.length);
      expect(c.snapshot.context.log.slice(0, kept.save.log.length)).toEqual(kept.save.log);
    }
    // Room again (the teacher cleared some space): the next try writes everything.
    store.data.set('big', '');
    (store as { setItem: KeyValueStore['setItem'] }).setItem = (k, v) => void store.data.set(k, v);
    expect(c.retryAutosave()).toBeNull();
    const now = loadLatest(store);
    if (now.kind === 'ok') expect(now.save.log).toEqual(c.snapshot.context.log);
  });
});

describe('a storage that refuses every write', () => {
  it('still lets a new meeting start and play, and says what to do', () => {
    const c = new SessionController(machine, toyLibrary, input, { store: refusingStore(), game: 't' });
    expect(() => play(c)).not.toThrow();
    expect(c.snapshot.context.log.length).toBeGreaterThan(2);
    expect(c.autosaveProblem).toMatch(/^Autosave failed: .*Export a save file to keep your work\.$/);
  });
});

describe('an imported save is checked completely before it replaces anything', () => {
  const good = (() => {
    const c = new SessionController(machine, toyLibrary, input, { game: 't' });
    play(c, 10);
    return c.save();
  })();
  /** A forged save: signed with a valid checksum, so only the content checks can catch it. */
  const forged = (change: (s: { input: unknown; log: unknown[] }) => void): string => {
    const s = JSON.parse(JSON.stringify(good)) as { input: unknown; log: unknown[] };
    change(s);
    return JSON.stringify(makeSave(s.input as SessionInput, s.log as SessionEvent[], 't', 'forged'));
  };
  const refusal = (text: string): string => {
    try {
      parseSave(text);
    } catch (e) {
      expect(e).toBeInstanceOf(SaveError);
      return (e as Error).message;
    }
    throw new Error('accepted');
  };

  it.each([
    [
      'the rule "bogus"',
      (s: { input: unknown }) => void ((s.input as { rule: string }).rule = 'bogus'),
      /“input › rule” must be a decision rule/,
    ],
    [
      'a null log entry',
      (s: { log: unknown[] }) => void s.log.splice(3, 0, null),
      /Event 4 of the save’s log is not valid/,
    ],
    [
      'XState’s stop event',
      (s: { log: unknown[] }) => void s.log.push({ type: 'xstate.stop' }),
      /no event "xstate.stop"/,
    ],
    [
      'a caucus offer on no issue',
      (s: { log: unknown[] }) =>
        void s.log.push({ type: 'CAUCUS_OFFER', by: 'MA', to: 'RA', give: 'x', ask: 'y' }),
      /“give” must be an issue id/,
    ],
    [
      'a carried position of 140',
      (s: { input: unknown }) => void ((s.input as { carry: unknown }).carry = { MA: { definition: 140 } }),
      /0 to 100/,
    ],
    [
      'a speech timer of 5 s',
      (s: { input: unknown }) => void ((s.input as { speechSeconds: number }).speechSeconds = 5),
      /at least 15 seconds/,
    ],
    ['a by-less DEFER', (s: { log: unknown[] }) => void s.log.push({ type: 'DEFER' }), /“by” is missing/],
  ] as const)('refuses %s with a clear message', (_what, change, message) => {
    expect(refusal(forged(change as (s: { input: unknown; log: unknown[] }) => void))).toMatch(message);
  });

  it('a save that does not open leaves the autosave as it was', () => {
    const store = quotaStore(1e9);
    const running = new SessionController(machine, toyLibrary, input, { store, game: 't' });
    play(running, 5);
    const before = new Map(store.data);
    const alien = parseSave(
      JSON.stringify(makeSave({ ...input, scenarioId: 'johannesburg-plenary-2013' }, good.log, 't', 'x')),
    );
    expect(() =>
      restoreSession(alien, () =>
        SessionController.fromSave(machine, toyLibrary, alien, { store, game: 't' }),
      ),
    ).toThrow(SaveError);
    expect(store.data).toEqual(before);
    expect(store.data.has(PREVIOUS_KEY) || store.data.has(CURRENT_KEY)).toBe(true);
  });

  it('JSON nested 100,000 deep is "not a save file", not a stack overflow', () => {
    const deep = (inner: string) => '['.repeat(100_000) + inner + ']'.repeat(100_000);
    expect(refusal(deep(''))).toBe(NOT_A_SAVE);
    const s = JSON.stringify(good) as string;
    expect(refusal(s.replace('"log":[', `"log":[${deep('')},`))).toBe(NOT_A_SAVE);
  });

  it('what opens is the normalised copy, and it replays to the same session', () => {
    const opened: SaveFile = parseSave(JSON.stringify(good));
    const again = SessionController.fromSave(machine, toyLibrary, opened, { game: 't' });
    expect(again.save().log).toEqual(good.log);
  });
});
