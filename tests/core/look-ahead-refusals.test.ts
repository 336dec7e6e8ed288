// Looking ahead one move (stepChart: the pace's forecast, the preview of a move) says "refused" exactly
// where the session itself would refuse: an event the chart does not hear in that state, or a move the
// rules refuse there; an allowed move leads where the session goes.
import { describe, expect, it } from 'vitest';
import { phaseOf } from '../../src/machines/plenary';
import { stepChart } from '../../src/machines/step';
import { toyLibrary } from './fixtures';
import { onTheFloor } from './model/toy-floor';

describe('looking ahead one move', () => {
  it('refuses what the chart does not hear, and what the rules refuse, as the session does', () => {
    const actor = onTheFloor();
    const snap = actor.getSnapshot();
    const phase = phaseOf(snap);
    expect(phase).toBe('floor');
    // Not heard on the floor: the Chair's NEXT_DAY.
    expect(stepChart(toyLibrary, phase, snap.context, { type: 'NEXT_DAY', by: 'CH' })).toBeNull();
    // Heard, but refused by the rules: MA does not have the floor.
    expect(stepChart(toyLibrary, phase, snap.context, { type: 'SPEAK', by: 'MA', card: 'd-mid' })).toBeNull();
    // Allowed: it leads where the session goes.
    const ahead = stepChart(toyLibrary, phase, snap.context, { type: 'SPEAK', by: 'BL', card: 'd-mid' });
    actor.send({ type: 'SPEAK', by: 'BL', card: 'd-mid' });
    expect(ahead?.phase).toBe(phaseOf(actor.getSnapshot()));
    expect(ahead?.context.pos).toEqual(actor.getSnapshot().context.pos);
  });
});
