// The computer plays only the seats nobody holds: it never answers a caucus invitation addressed to a
// person, and where the meeting waits for nobody (before it opens, after the communiqué) it proposes
// nothing.
import { describe, expect, it } from 'vitest';
import { phaseFacts, phaseOf } from '../../../src/machines/plenary';
import { nextAiEvent } from '../../../src/model/ai';
import { PHASES } from '../../../src/model/phase';
import { toyLibrary } from '../fixtures';
import { raHoldsTheFloorWithADeal } from './toy-floor';

function invited(humans: Record<string, string>) {
  const { actor, deal: found } = raHoldsTheFloorWithADeal(humans);
  const deal = found!;
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
