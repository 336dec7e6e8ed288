// A caucus offer accepted is a deal done: both delegations move as the exchange says, the room is told
// who moved where as a caucus line that records a move, and the offer is gone, so the floor goes on.
import { describe, expect, it } from 'vitest';
import { phaseOf } from '../../../src/machines/plenary';
import { evaluateExchange } from '../../../src/model/procedure/caucus';
import { toyLibrary } from '../fixtures';
import { raHoldsTheFloorWithADeal } from './toy-floor';

describe('a caucus offer accepted', () => {
  it('moves both, says so as a caucus move, and clears the offer', () => {
    const { actor, ctxOf, deal } = raHoldsTheFloorWithADeal({ RA: 'Rae', MA: 'Ama' });
    expect(deal).toBeDefined();
    const [give, ask] = deal!;
    const r = evaluateExchange(toyLibrary, ctxOf(), 'RA', 'MA', give, ask);
    if (!r.ok) throw new Error('no deal');
    actor.send({ type: 'CAUCUS_OFFER', by: 'RA', to: 'MA', give, ask });
    actor.send({ type: 'CAUCUS_ACCEPT', by: 'MA' });
    const ctx = ctxOf();
    expect(ctx.rejection).toBeNull();
    expect(ctx.caucus).toBeNull();
    expect(phaseOf(actor.getSnapshot())).toBe('floor');
    expect(ctx.pos[give][1]).toBeCloseTo(r.hNewGive, 9);
    expect(ctx.pos[ask][3]).toBeCloseTo(r.tNewAsk, 9);
    expect(ctx.transcript.at(-1)).toMatchObject({ kind: 'caucus', by: 'MA', moved: true });
    expect(ctx.transcript.at(-1)!.text).toMatch(/^Delegation MA accepts: Delegation RA moves on /);
  });
});
