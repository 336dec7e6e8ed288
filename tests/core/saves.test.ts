import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  autosave,
  checksum,
  CURRENT_KEY,
  loadLatest,
  makeSave,
  parseSave,
  PREVIOUS_KEY,
  restoreSession,
  SaveError,
  SAVE_VERSION,
  type KeyValueStore,
} from '../../src/app/saves';
import { createPlenaryMachine } from '../../src/machines/plenary';
import { replay, runAiSession } from '../../src/machines/runner';
import type { SessionInput } from '../../src/model/session';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);
const input: SessionInput = { scenarioId: 'free-play', rule: 'consensus', seed: 11, humans: { MA: 'Ama' } };

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const full = runAiSession(machine, toyLibrary, { ...input, humans: {} }).context.log;

describe('save and restore', () => {
  it('gives the same snapshot at every point of a session', () => {
    const actor = createActor(machine, { input: { ...input, humans: {} } }).start();
    for (let k = 0; k < full.length; k++) {
      actor.send(full[k]!);
      const text = JSON.stringify(makeSave({ ...input, humans: {} }, full.slice(0, k + 1), '0.1.0', 'test'));
      const restored = restoreSession(parseSave(text), (i, log) => replay(machine, i, log));
      expect(restored.value).toEqual(actor.getSnapshot().value);
      expect(restored.context).toEqual(actor.getSnapshot().context);
    }
  });
});

describe('bad save files', () => {
  const good = JSON.stringify(makeSave(input, full.slice(0, 20), '0.1.0', 'test'));
  const expectProblem = (text: string, problem: string, msg: RegExp) => {
    try {
      parseSave(text);
      throw new Error('accepted a bad save');
    } catch (e) {
      expect(e).toBeInstanceOf(SaveError);
      expect((e as SaveError).problem).toBe(problem);
      expect((e as Error).message).toMatch(msg);
    }
  };
  it('a damaged file says it cannot be read', () =>
    expectProblem(good.slice(0, 200), 'unreadable', /cannot be read/));
  it('another program’s JSON is not a save', () =>
    expectProblem('{"hello":1}', 'not-a-save', /not a save file/));
  it('a save from a newer version names both versions', () => {
    const newer = { ...JSON.parse(good), version: SAVE_VERSION + 1 };
    expectProblem(
      JSON.stringify(newer),
      'newer-version',
      new RegExp(`format ${SAVE_VERSION + 1}; this game reads up to ${SAVE_VERSION}`),
    );
  });
  it('a hand-edited save is caught by its checksum', () => {
    const edited = JSON.parse(good);
    edited.input.rule = 'majority';
    expectProblem(JSON.stringify(edited), 'tampered', /altered or damaged/);
  });
  it('older formats are migrated step by step', () => {
    // A save in the previous format, which had no title, signed as that format signed it.
    const { checksum: _old, title: _t, ...rest } = JSON.parse(good);
    const older = { ...rest, version: SAVE_VERSION - 1 };
    const signed = { ...older, checksum: checksum({ ...older, title: undefined }) };
    const migrated = parseSave(JSON.stringify(signed), {
      [SAVE_VERSION - 1]: (o) => ({ ...o, title: 'Migrated' }),
    });
    expect(migrated.version).toBe(SAVE_VERSION);
    expect(migrated.title).toBe('Migrated');
    expect(() => parseSave(JSON.stringify(signed), {})).toThrow(/cannot be converted/);
  });
  it('a save naming a scenario this game lacks does not open, with the reason', () => {
    const alien = parseSave(
      JSON.stringify(makeSave({ ...input, scenarioId: 'johannesburg-plenary-2013' }, [], '0.1.0', 't')),
    );
    expect(() => restoreSession(alien, (i, log) => replay(machine, i, log))).toThrow(
      /does not open in this version.*Unknown scenario/,
    );
  });
});

describe('autosave keeps the last good save', () => {
  it('rotates good saves and never promotes a damaged one', () => {
    const store = memoryStore();
    const s1 = makeSave(input, full.slice(0, 5), '0.1.0', 'one');
    const s2 = makeSave(input, full.slice(0, 6), '0.1.0', 'two');
    autosave(store, s1);
    autosave(store, s2);
    expect(JSON.parse(store.data.get(PREVIOUS_KEY)!).title).toBe('one');
    store.data.set(CURRENT_KEY, '{"format":"rough-consensus-save", broken');
    const loaded = loadLatest(store);
    expect(loaded.kind).toBe('ok');
    if (loaded.kind === 'ok') {
      expect(loaded.save.title).toBe('one');
      expect(loaded.warning).toMatch(/could not be used/);
    }
    autosave(store, makeSave(input, full.slice(0, 7), '0.1.0', 'three'));
    expect(JSON.parse(store.data.get(PREVIOUS_KEY)!).title).toBe('one');
    expect(JSON.parse(store.data.get(CURRENT_KEY)!).title).toBe('three');
  });
  it('says when nothing is saved', () => expect(loadLatest(memoryStore()).kind).toBe('none'));
});
