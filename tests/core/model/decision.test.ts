// Judging a draft at the consensus call: who objects (an objection voiced stands, a person speaks for
// themselves, every other seat objects when its loss beats the cost of objecting, which falls as others
// object), and what every rule decides from that. Worked by hand on the test world's definition item:
// the draft "including violence by state forces" stands at 50, the status quo at 0.
//
//   seat  position  salience  loss s·(|50 − x| − |0 − x|)   production weight  clout
//   CH       70       0.6          −30                            0            0.9   (the Chair)
//   RA       85       0.7          −35                          100            0.8
//   RB       60       0.5          −25                          200            0.6
//   MA       35       0.6          −12                          400            0.6
//   BL        0       0.95         47.5                         300            0.7
//
// Objecting alone costs KAPPA_BASE + KAPPA_ISOLATION = 10; with a share k of the others objecting,
// 2 + 8·(1 − k). Only BL loses more than 10.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createPlenaryMachine } from '../../../src/machines/plenary';
import {
  ballots,
  callObjectors,
  deciders,
  forecastCall,
  judge,
  liveMeter,
  predictedObjectors,
  roomCompromise,
} from '../../../src/model/decision';
import { initialContext, type SessionContext, type SessionInput } from '../../../src/model/session';
import { toyLibrary } from '../fixtures';

const SEATS = ['CH', 'RA', 'RB', 'MA', 'BL', 'OB'] as const; // the roster's order
type Seat = (typeof SEATS)[number];

/** The session at the consensus call on the definition, before anyone has answered. */
function atTheCall(extra: Partial<SessionInput> = {}): SessionContext {
  const a = createActor(createPlenaryMachine(toyLibrary), {
    input: { scenarioId: 'free-play', rule: 'consensus', seed: 7, ...extra },
  }).start();
  for (const type of ['START', 'BEGIN'] as const) a.send({ type });
  a.send({ type: 'OPEN_FLOOR', by: 'CH' });
  a.send({ type: 'TABLE_DRAFT', by: 'CH' });
  a.send({ type: 'CALL_CONSENSUS', by: 'CH' });
  return a.getSnapshot().context;
}

/** The same call with some seats moved (position and salience on the definition). */
function moved(ctx: SessionContext, seats: Partial<Record<Seat, [number, number]>>): SessionContext {
  const pos = [...ctx.pos.definition];
  const sal = [...ctx.sal.definition];
  for (const [id, [x, s]] of Object.entries(seats)) {
    const k = SEATS.indexOf(id as Seat);
    pos[k] = x;
    sal[k] = s;
  }
  return { ...ctx, pos: { ...ctx.pos, definition: pos }, sal: { ...ctx.sal, definition: sal } };
}

/** The call with answers given so far. */
const answered = (ctx: SessionContext, objections: string[], responded: string[] = objections) => ({
  ...ctx,
  item: { ...ctx.item!, call: { objections, responded } },
});

const objectors = (ctx: SessionContext, rule: Parameters<typeof callObjectors>[2] = 'consensus') =>
  [...callObjectors(toyLibrary, ctx, rule, 50, 0)].sort();

describe('who decides', () => {
  it('the participants present; the observer never, and an absent delegation not', () => {
    const ctx = atTheCall();
    expect(deciders(toyLibrary, ctx)).toEqual([0, 1, 2, 3, 4]);
    const present = ctx.present.map((_, k) => k !== 2);
    expect(deciders(toyLibrary, { ...ctx, present })).toEqual([0, 1, 3, 4]);
  });
});

describe('who objects at the call', () => {
  it('the one seat whose loss beats the cost of objecting alone: BL (47.5 > 10)', () => {
    expect(objectors(atTheCall())).toEqual(['BL']);
  });

  it('a loss just under the cost of objecting alone objects once another seat objects (9 > 8, 9 < 10)', () => {
    // MA at 20 with salience 0.9 loses 0.9·(30 − 20) = 9. MA comes before BL in the roster, so this
    // also checks the fixed point: MA is asked again after BL objects.
    const ctx = moved(atTheCall(), { MA: [20, 0.9] });
    expect(objectors(ctx)).toEqual(['BL', 'MA']);
    // Without BL's objection (BL indifferent) MA stays silent: alone it would cost 10.
    expect(objectors(moved(ctx, { BL: [0, 0] }))).toEqual([]);
  });

  it('the cost falls with the share of the others objecting, not their number', () => {
    // MA at 21.5 loses 6.3: 0.9·(28.5 − 21.5). The others are the four seats besides MA: with one of
    // them objecting the cost is 8, with two 6 (counting MA among them, 2 of 5, it would be 6.8).
    const ctx = moved(atTheCall(), { MA: [21.5, 0.9] });
    expect(objectors(ctx)).toEqual(['BL']);
    expect(objectors(answered(ctx, ['RA'], ['RA']))).toEqual(['BL', 'MA', 'RA']);
  });

  it('an objection voiced stands, even from a seat the model would not expect to object', () => {
    expect(objectors(answered(atTheCall(), ['RB']))).toEqual(['BL', 'RB']);
  });

  it('a person speaks for themselves: once they have answered without objecting, they do not object', () => {
    const ctx = atTheCall({ humans: { BL: 'Bo' } });
    expect(objectors(ctx)).toEqual(['BL']); // not answered yet: expected to do as the model would
    expect(objectors(answered(ctx, [], ['BL']))).toEqual([]);
  });

  it('an AI seat that has answered is still judged by its position', () => {
    expect(objectors(answered(atTheCall(), [], ['BL']))).toEqual(['BL']);
  });

  it('a Chair played by a person runs the call and never objects; an AI Chair objects like any seat', () => {
    const chairOpposed = { CH: [0, 0.95] as [number, number] };
    expect(objectors(moved(atTheCall(), chairOpposed))).toEqual(['BL', 'CH']);
    expect(objectors(moved(atTheCall({ humans: { CH: 'Cleo' } }), chairOpposed))).toEqual(['BL']);
  });

  it('a delegation alone in the room objects only when its loss beats the full cost (no company)', () => {
    const ctx = atTheCall();
    const onlyBL = ctx.present.map((_, k) => k === 4);
    expect(objectors({ ...moved(ctx, { BL: [0, 0.19] }), present: onlyBL })).toEqual([]); // 9.5
    expect(objectors({ ...moved(ctx, { BL: [0, 0.21] }), present: onlyBL })).toEqual(['BL']); // 10.5
  });

  it('a loss exactly equal to the cost of objecting does not object: the loss must beat it', () => {
    // BL at 0 with salience 0.25, the draft at 40: a loss of 0.25·40 = 10, the cost of objecting alone.
    const ctx = moved(atTheCall(), { BL: [0, 0.25] });
    expect([...callObjectors(toyLibrary, ctx, 'consensus', 40, 0)]).toEqual([]);
    expect([...callObjectors(toyLibrary, moved(ctx, { BL: [0, 0.26] }), 'consensus', 40, 0)]).toEqual(['BL']);
  });

  it('before an item is open, the call is judged on the first item of the agenda, with no answers', () => {
    const ctx = initialContext(toyLibrary, { scenarioId: 'free-play', rule: 'consensus', seed: 7 });
    expect(ctx.item).toBeNull();
    expect([...callObjectors(toyLibrary, ctx, 'consensus', 50, 0)]).toEqual(['BL']);
    expect(roomCompromise(toyLibrary, ctx)).toBeCloseTo(116 / 2.425, 9);
    expect(judge(toyLibrary, ctx)).toMatchObject({ draftValue: 50, clauses: ['wide'] });
  });

  it('under a vote rule, every seat that does not strictly prefer the draft votes no, loss or not', () => {
    // MA at 25 is exactly as far from the draft as from the status quo.
    const ctx = moved(atTheCall({ rule: 'majority' }), { MA: [25, 0.01] });
    expect(objectors(ctx, 'majority')).toEqual(['BL', 'MA']);
    expect(objectors(ctx, 'consensus')).toEqual(['BL']);
  });

  it('the history tests’ wording: the objectors given some fixed objections, with the answers so far', () => {
    const ctx = atTheCall({ humans: { BL: 'Bo' } });
    const at = (c: SessionContext, fixed: string[]) =>
      [...predictedObjectors(toyLibrary, c, 'consensus', 50, 0, fixed)].sort();
    expect(at(ctx, ['RB'])).toEqual(['BL', 'RB']);
    expect(at(answered(ctx, [], ['BL']), ['RB'])).toEqual(['RB']);
  });
});

describe('the ballots', () => {
  it('each seat’s margin (how much nearer the draft is than the status quo), its weight and its objection', () => {
    const ctx = atTheCall({ humans: { RA: 'Rae' } });
    const b = ballots(toyLibrary, ctx, 50, 0, new Set(['BL']));
    expect(b).toEqual([
      { id: 'CH', human: false, objects: false, prefers: true, margin: 50, weight: 0 },
      { id: 'RA', human: true, objects: false, prefers: true, margin: 50, weight: 100 },
      { id: 'RB', human: false, objects: false, prefers: true, margin: 50, weight: 200 },
      { id: 'MA', human: false, objects: false, prefers: true, margin: 20, weight: 400 },
      { id: 'BL', human: false, objects: true, prefers: false, margin: -50, weight: 300 },
    ]);
    // Against a status quo of 80, the draft at 50 is a loss to the seats above 65.
    const high = ballots(toyLibrary, ctx, 50, 80, new Set());
    expect(high.map((x) => [x.id, x.margin, x.prefers])).toEqual([
      ['CH', -10, false],
      ['RA', -30, false],
      ['RB', 10, true],
      ['MA', 30, true],
      ['BL', 30, true],
    ]);
    // A seat as near one as the other does not prefer the draft.
    const even = ballots(toyLibrary, moved(ctx, { MA: [25, 0.6] }), 50, 0, new Set());
    expect(even.find((x) => x.id === 'MA')).toMatchObject({ prefers: false, margin: 0 });
  });
});

describe('the forecast and the verdict', () => {
  it('no forecast before an item is open, nor on an item that decides nothing', () => {
    expect(
      forecastCall(
        toyLibrary,
        initialContext(toyLibrary, { scenarioId: 'free-play', rule: 'consensus', seed: 7 }),
      ),
    ).toBeNull();
    const a = createActor(createPlenaryMachine(toyLibrary), {
      input: { scenarioId: 'washington-intersessional-2012', rule: 'consensus', seed: 7 },
    }).start();
    for (const type of ['START', 'BEGIN'] as const) a.send({ type });
    a.send({ type: 'OPEN_FLOOR', by: 'CH' });
    const ctx = a.getSnapshot().context;
    expect(ctx.item).not.toBeNull();
    expect(forecastCall(toyLibrary, ctx)).toBeNull();
    expect(liveMeter(toyLibrary, ctx)).toBeNull();
  });

  it('BL’s objection stops consensus; every other rule adopts the draft, BL the one against', () => {
    const f = forecastCall(toyLibrary, atTheCall())!;
    expect(f.verdicts.consensus).toEqual({
      passed: false,
      supporters: ['CH', 'RA', 'RB', 'MA'],
      opponents: ['BL'],
      objectors: ['BL'],
      pivot: 'BL',
      yesWeight: 700,
      totalWeight: 1000,
    });
    for (const rule of ['consensus-minus-one', 'two-thirds', 'majority', 'weighted'] as const) {
      expect(f.verdicts[rule], rule).toMatchObject({ passed: true, opponents: ['BL'], objectors: ['BL'] });
      expect([...f.objectors[rule]], rule).toEqual(['BL']);
    }
    expect(liveMeter(toyLibrary, atTheCall())).toEqual(f.verdicts);
  });

  it('under the session’s rule every objection voiced stands; under the others only a person’s carries over', () => {
    // RB (an AI) objects at the call although it prefers the draft.
    const ai = forecastCall(toyLibrary, answered(atTheCall(), ['RB']))!;
    expect([...ai.objectors.consensus].sort()).toEqual(['BL', 'RB']);
    expect([...ai.objectors['consensus-minus-one']]).toEqual(['BL']);
    expect([...ai.objectors.majority]).toEqual(['BL']);
    expect(ai.verdicts['consensus-minus-one'].passed).toBe(true);
    expect(ai.verdicts.majority.supporters).toEqual(['CH', 'RA', 'RB', 'MA']);
    // The same objection from a person counts under every rule: minus-one no longer tolerates it.
    const person = forecastCall(toyLibrary, answered(atTheCall({ humans: { RB: 'Ray' } }), ['RB']))!;
    for (const rule of ['consensus', 'consensus-minus-one', 'majority'] as const)
      expect([...person.objectors[rule]].sort(), rule).toEqual(['BL', 'RB']);
    expect(person.verdicts['consensus-minus-one'].passed).toBe(false);
    expect(person.verdicts.majority).toMatchObject({ passed: true, supporters: ['CH', 'RA', 'MA'] });
  });

  it('under a vote rule as the session’s, a voiced objection is a vote against; consensus still hears only people', () => {
    const f = forecastCall(toyLibrary, answered(atTheCall({ rule: 'majority' }), ['RA']))!;
    expect([...f.objectors.majority].sort()).toEqual(['BL', 'RA']);
    expect(f.verdicts.majority).toMatchObject({ passed: true, supporters: ['CH', 'RB', 'MA'] });
    expect([...f.objectors.consensus]).toEqual(['BL']);
    expect([...f.objectors['two-thirds']]).toEqual(['BL']);
  });

  it('a seat indifferent between the draft and the status quo: no objection under the consensus rules, a no under the votes', () => {
    // MA at 25 is as far from 50 as from 0: it loses nothing, and it does not prefer the draft.
    const f = forecastCall(toyLibrary, moved(atTheCall(), { MA: [25, 0.6] }))!;
    expect([...f.objectors.consensus]).toEqual(['BL']);
    expect([...f.objectors['consensus-minus-one']]).toEqual(['BL']);
    for (const rule of ['two-thirds', 'majority', 'weighted'] as const)
      expect([...f.objectors[rule]].sort(), rule).toEqual(['BL', 'MA']);
    expect(f.verdicts['two-thirds']).toMatchObject({ passed: false, supporters: ['CH', 'RA', 'RB'] });
    expect(f.verdicts.majority.passed).toBe(true);
  });

  it('the verdict is on the draft as amended, not as it was tabled', () => {
    const ctx = atTheCall();
    const amended = { ...ctx, item: { ...ctx.item!, clauses: ['wide', 'hr'] } };
    expect(judge(toyLibrary, amended)).toMatchObject({ draftValue: 70, clauses: ['wide', 'hr'] });
  });

  it('the verdict recorded at the gavel: the draft’s value and clauses, every rule, and Achen’s compromise', () => {
    const ctx = atTheCall();
    const d = judge(toyLibrary, ctx);
    expect(d.draftValue).toBe(50);
    expect(d.clauses).toEqual(['wide']);
    expect(d.verdicts).toEqual(forecastCall(toyLibrary, ctx)!.verdicts);
    // Σ clout·salience·position / Σ clout·salience = 116 / 2.425
    expect(d.compromise).toBeCloseTo(116 / 2.425, 9);
    expect(roomCompromise(toyLibrary, ctx)).toBeCloseTo(116 / 2.425, 9);
    // BL absent: it neither objects nor pulls the compromise.
    const away = { ...ctx, present: ctx.present.map((_, k) => k !== 4) };
    const without = judge(toyLibrary, away);
    expect(without.verdicts.consensus).toMatchObject({ passed: true, objectors: [], opponents: [] });
    expect(without.compromise).toBeCloseTo(116 / 1.76, 9);
  });
});
