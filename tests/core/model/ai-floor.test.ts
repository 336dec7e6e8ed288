// What a computer-played delegation does with the floor: amends first if one clause brings the draft
// more than AMEND_THRESHOLD points nearer its position (never back to the status quo), then speaks with
// the argument nearest its position weighed by strength, yielding with its speech unless it still
// seeks a caucus.
import { describe, expect, it } from 'vitest';
import { phaseFacts } from '../../../src/machines/plenary';
import { chooseAmendment, chooseCard, nextAiEvent } from '../../../src/model/ai';
import type { Library } from '../../../src/model/library';
import type { SessionContext } from '../../../src/model/session';
import { toyLibrary } from '../fixtures';
import { onTheFloor, playOn, toyMeeting } from './toy-floor';

const SEATS = ['CH', 'RA', 'RB', 'MA', 'BL', 'OB'];
const floor = (seed = 7) => onTheFloor({ seed }).getSnapshot().context;
const speaking = (ctx: SessionContext, id: string) => ({
  ...ctx,
  item: { ...ctx.item!, speakers: [id, ...ctx.item!.speakers.filter((s) => s !== id)] },
});
/** The context with one seat's stance on the issue in hand set. */
function standing(ctx: SessionContext, id: string, x: number, s: number): SessionContext {
  const issue = ctx.item!.issue;
  const i = SEATS.indexOf(id);
  return {
    ...ctx,
    pos: { ...ctx.pos, [issue]: ctx.pos[issue].map((v, k) => (k === i ? x : v)) },
    sal: { ...ctx.sal, [issue]: ctx.sal[issue].map((v, k) => (k === i ? s : v)) },
  };
}
const move = (ctx: SessionContext) => nextAiEvent(toyLibrary, phaseFacts('floor'), ctx);

describe('a turn on the floor', () => {
  it('starts with the amendment when one is worth it, then the speech (Bloc B on the definition)', () => {
    const ctx = speaking(floor(), 'BL');
    // BL stands at 0; the draft at 50: adding "mining-related only" (-10) brings it to 40.
    expect(move(ctx)).toEqual({ type: 'AMEND', by: 'BL', op: 'add', clause: 'narrow' });
  });

  it('yields with the speech when the speaker seeks no caucus, and keeps the floor when it does', () => {
    const ob = move(speaking(floor(), 'OB'));
    expect(ob).toMatchObject({ type: 'SPEAK', by: 'OB', yield: true });
    const actor = toyMeeting();
    const snap = playOn(actor, (s) => {
      const last = s.context.log.at(-1);
      return last?.type === 'SPEAK' && last.by === 'BL';
    });
    expect(snap.context.log.at(-1)).not.toHaveProperty('yield');
    expect(snap.context.item!.speakers[0]).toBe('BL');
  });
});

describe('the argument a speaker chooses', () => {
  it('is the nearest its position when strengths are equal, whatever the draw (MA at 35: the middle one at 50)', () => {
    for (let seed = 1; seed <= 20; seed++) expect(chooseCard(toyLibrary, floor(seed), 'MA')).toBe('d-mid');
  });

  it('is a much stronger one ten points away before a weak one at its own position', () => {
    const near = {
      ...toyLibrary.arguments.find((a) => a.id === 'd-mid')!,
      id: 'weak-here',
      position: 35,
      strength: 0,
    };
    const strong = { ...near, id: 'strong-near', position: 45, strength: 1 };
    const lib: Library = { ...toyLibrary, arguments: [near, strong] };
    for (let seed = 1; seed <= 20; seed++) expect(chooseCard(lib, floor(seed), 'MA')).toBe('strong-near');
  });
});

describe('the amendment a delegation moves', () => {
  it('comes from one to which the issue matters at least 0.5', () => {
    // RB at 75 with the draft at 50: adding "human rights" (+20) brings it 20 points nearer.
    expect(chooseAmendment(toyLibrary, standing(floor(), 'RB', 75, 0.5), 'RB')).toEqual({
      type: 'AMEND',
      by: 'RB',
      op: 'add',
      clause: 'hr',
    });
    expect(chooseAmendment(toyLibrary, standing(floor(), 'RB', 75, 0.49), 'RB')).toBeNull();
  });

  it('takes out a clause that pulls the draft away from it', () => {
    const ctx = floor();
    const narrowed = { ...ctx, item: { ...ctx.item!, clauses: ['wide', 'narrow'] } };
    expect(chooseAmendment(toyLibrary, narrowed, 'RA')).toEqual({
      type: 'AMEND',
      by: 'RA',
      op: 'remove',
      clause: 'narrow',
    });
  });

  it('never brings the draft back to the status quo (Marange: supervision stays at 80)', () => {
    const onMarange = playOn(toyMeeting(), (s) => s.context.item?.issue === 'marange').context;
    expect(onMarange.item!.clauses).toEqual(['lift']);
    // RA wants supervision kept (90): taking out "lift supervision" (-60) would leave the status quo.
    expect(chooseAmendment(toyLibrary, standing(onMarange, 'RA', 90, 0.8), 'RA')).toBeNull();
  });
});
