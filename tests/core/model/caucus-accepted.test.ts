// A caucus offer accepted is a deal done: both delegations move as the exchange says, the room is told
// who moved where as a caucus line that records a move, and the offer is gone, so the floor goes on.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { ISSUE_IDS } from '../../../src/content/types';
import { createPlenaryMachine, phaseOf } from '../../../src/machines/plenary';
import { evaluateExchange } from '../../../src/model/procedure/caucus';
import { toyLibrary } from '../fixtures';

describe('a caucus offer accepted', () => {
  it('moves both, says so as a caucus move, and clears the offer', () => {
    const actor = createActor(createPlenaryMachine(toyLibrary), {
      input: { scenarioId: 'free-play', rule: 'consensus', seed: 7, humans: { RA: 'Rae', MA: 'Ama' } },
    }).start();
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
    const ctxOf = () => actor.getSnapshot().context;
    for (let n = ctxOf().item!.speakers.length; n > 0 && ctxOf().item!.speakers[0] !== 'RA'; n--)
      actor.send({ type: 'SKIP_SPEAKER' });
    const deal = ISSUE_IDS.flatMap((give) => ISSUE_IDS.map((ask) => [give, ask] as const)).find(
      ([give, ask]) => give !== ask && evaluateExchange(toyLibrary, ctxOf(), 'RA', 'MA', give, ask).ok,
    );
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
