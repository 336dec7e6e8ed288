// The computer plays only the seats nobody holds: it never answers a caucus invitation addressed to a
// person, and where the meeting waits for nobody (before it opens, after the communiqué) it proposes
// nothing.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { ISSUE_IDS } from '../../../src/content/types';
import { createPlenaryMachine, phaseFacts, phaseOf } from '../../../src/machines/plenary';
import { nextAiEvent } from '../../../src/model/ai';
import { PHASES } from '../../../src/model/phase';
import { evaluateExchange } from '../../../src/model/procedure/caucus';
import { toyLibrary } from '../fixtures';

function invited(humans: Record<string, string>) {
  const actor = createActor(createPlenaryMachine(toyLibrary), {
    input: { scenarioId: 'free-play', rule: 'consensus', seed: 7, humans },
  }).start();
  actor.send({ type: 'START' });
  actor.send({ type: 'BEGIN' });
  actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
  const ctxOf = () => actor.getSnapshot().context;
  for (let n = ctxOf().item!.speakers.length; n > 0 && ctxOf().item!.speakers[0] !== 'RA'; n--)
    actor.send({ type: 'SKIP_SPEAKER' });
  const deal = ISSUE_IDS.flatMap((give) => ISSUE_IDS.map((ask) => [give, ask] as const)).find(
    ([give, ask]) => give !== ask && evaluateExchange(toyLibrary, ctxOf(), 'RA', 'MA', give, ask).ok,
  )!;
  actor.send({ type: 'CAUCUS_OFFER', by: 'RA', to: 'MA', give: deal[0], ask: deal[1] });
  const snap = actor.getSnapshot();
  expect(snap.context.rejection).toBeNull();
  expect(phaseOf(snap)).toBe('caucus');
  return snap;
}

describe('the computer leaves people’s seats to them', () => {
  it('does not answer a caucus invitation addressed to a person', () => {
    const snap = invited({ RA: 'Rae', MA: 'Ama' });
    expect(nextAiEvent(toyLibrary, phaseFacts('caucus'), snap.context)).toBeNull();
  });

  it('answers one addressed to a seat it plays', () => {
    const snap = invited({ RA: 'Rae' });
    const ev = nextAiEvent(toyLibrary, phaseFacts('caucus'), snap.context);
    expect(ev?.type).toMatch(/^CAUCUS_(ACCEPT|REFUSE)$/);
    expect(ev).toMatchObject({ by: 'MA' });
  });

  it('proposes nothing where the meeting waits for nobody', () => {
    const snap = invited({ RA: 'Rae' });
    const idle = PHASES.filter((p) => phaseFacts(p).awaits === 'nobody');
    expect(idle.length).toBeGreaterThan(0);
    for (const p of idle) expect(nextAiEvent(toyLibrary, phaseFacts(p), snap.context)).toBeNull();
  });
});
