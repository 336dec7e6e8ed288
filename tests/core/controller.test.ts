import { describe, expect, it } from 'vitest';
import { SessionController } from '../../src/app/controller';
import { CURRENT_KEY, loadLatest, type KeyValueStore } from '../../src/app/saves';
import { createPlenaryMachine } from '../../src/machines/plenary';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);
const store = (): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};

describe('the session controller', () => {
  it('waits for the person whose turn it is, autosaves every event, and continues from the save exactly', () => {
    const s = store();
    const c = new SessionController(
      machine,
      toyLibrary,
      { scenarioId: 'free-play', rule: 'consensus', seed: 5, humans: { MA: 'Ama' } },
      { store: s, game: 't' },
    );
    c.send({ type: 'START' });
    c.send({ type: 'BEGIN' });
    let guard = 0;
    while (c.stepAi() && guard++ < 500);
    expect(c.awaiting()).toEqual(['MA']);
    expect(c.nextAiMove()).toBeNull();
    const saved = loadLatest(s);
    expect(saved.kind).toBe('ok');
    expect(JSON.parse(s.data.get(CURRENT_KEY)!).log).toHaveLength(c.snapshot.context.log.length);
    if (saved.kind !== 'ok') return;
    const resumed = SessionController.fromSave(machine, toyLibrary, saved.save, { game: 't' });
    expect(resumed.snapshot.context).toEqual(c.snapshot.context);
    expect(resumed.phase).toBe(c.phase);
    resumed.send({ type: 'YIELD', by: 'MA' });
    expect(resumed.snapshot.context.rejection).toBeNull();
  });
});
