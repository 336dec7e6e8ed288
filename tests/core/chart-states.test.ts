// What each state of the plenary chart tells the screens (its name, the screen that shows it, whose move
// it awaits, the Chair's moves, the round, whether the meeting sits or has ended), and the chart's own
// refusals (a move not heard at this stage, a move while paused, pausing twice, resuming when running).
// The chart is built inside each test: facts read from a chart built as a file loads would never see a
// change made as the tests start (README, "Mutation testing").
import { describe, expect, it } from 'vitest';
import { createPlenaryMachine, phaseOf } from '../../src/machines/plenary';
import { playAi, startSession } from '../../src/machines/runner';
import type { Phase } from '../../src/model/phase';
import { toyLibrary } from './fixtures';

const plenary = { screen: 'Plenary', awaits: 'nobody', chairMoves: [], round: null, roundOpeners: [] };

/** What the screens read of each state: the spec of the chart's meta. */
const EXPECTED: Partial<Record<Phase, object>> = {
  setup: { ...plenary, label: 'Setting up', screen: 'Setup' },
  briefing: { ...plenary, label: 'Briefing', screen: 'Briefing' },
  opening: {
    ...plenary,
    label: 'Opening the item',
    awaits: 'chair',
    chairMoves: ['OPEN_FLOOR'],
    round: 'statements',
    opens: 'statements',
    roundOpeners: ['OPEN_FLOOR'],
  },
  floor: {
    ...plenary,
    label: 'Floor open',
    awaits: 'speaker',
    round: 'byList',
    roundOpeners: ['TABLE_DRAFT', 'CONCLUDE', 'DEFER'],
  },
  caucus: { ...plenary, label: 'Caucus', awaits: 'addressee', round: 'debate' },
  chairDraft: {
    ...plenary,
    label: 'Chair’s draft tabled',
    awaits: 'chair',
    chairMoves: ['CALL_CONSENSUS'],
    round: 'draft',
    roundOpeners: ['CALL_CONSENSUS'],
  },
  consensusCall: { ...plenary, label: 'Call for consensus', awaits: 'answers', round: 'call' },
  adopted: { ...plenary, label: 'Adopted', awaits: 'chair', chairMoves: ['NEXT_ITEM'], round: 'call' },
  noConsensus: {
    ...plenary,
    label: 'No consensus',
    awaits: 'chair',
    chairMoves: ['CONSULT', 'REFER', 'DEFER'],
    round: 'call',
  },
  adjourned: { ...plenary, label: 'Adjourned', awaits: 'chair', chairMoves: ['NEXT_DAY'] },
  communique: { ...plenary, label: 'Communiqué', screen: 'Outcome' },
  debrief: { ...plenary, label: 'Debrief', screen: 'Debrief' },
};

const SITTING = new Set<Phase>([
  'opening',
  'floor',
  'caucus',
  'chairDraft',
  'consensusCall',
  'adopted',
  'noConsensus',
  'adjourned',
]);
const ENDED = new Set<Phase>(['communique', 'debrief']);

describe('each state of the chart, as the screens read it', () => {
  it('its name, screen, awaited move, the Chair’s moves and round; whether the meeting sits or has ended', () => {
    const machine = createPlenaryMachine(toyLibrary);
    const actor = startSession(machine, { scenarioId: 'free-play', rule: 'consensus', seed: 7 });
    const seen = new Map<Phase, { meta: unknown; sitting: boolean; ended: boolean }>();
    const look = () => {
      const snap = actor.getSnapshot();
      const metas = Object.values(snap.getMeta());
      expect(metas).toHaveLength(1);
      seen.set(phaseOf(snap), {
        meta: metas[0],
        sitting: snap.hasTag('sitting'),
        ended: snap.hasTag('ended'),
      });
    };
    look();
    actor.send({ type: 'START' });
    look();
    actor.send({ type: 'BEGIN' });
    for (let n = 0; n < 400 && !actor.getSnapshot().hasTag('ended'); n++) {
      look();
      if (playAi(toyLibrary, actor, 1) === 0) break;
    }
    look();
    actor.send({ type: 'DEBRIEF' });
    look();
    actor.stop();
    // The toy meeting on seed 7 passes through every state (the definition blocked, consulted and referred
    // over a night, Marange adopted).
    expect([...seen.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [phase, { meta, sitting, ended }] of seen) {
      expect(meta, phase).toEqual(EXPECTED[phase]);
      expect(sitting, phase).toBe(SITTING.has(phase));
      expect(ended, phase).toBe(ENDED.has(phase));
    }
  });
});

describe('the facilitator’s call', () => {
  it('forced on a tabled draft, it opens the call at once', () => {
    const machine = createPlenaryMachine(toyLibrary);
    const actor = startSession(machine, { scenarioId: 'free-play', rule: 'consensus', seed: 7 });
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    for (let n = 0; n < 200 && phaseOf(actor.getSnapshot()) !== 'chairDraft'; n++)
      playAi(toyLibrary, actor, 1);
    expect(phaseOf(actor.getSnapshot())).toBe('chairDraft');
    actor.send({ type: 'FORCE_CALL' });
    expect(actor.getSnapshot().context.rejection).toBeNull();
    expect(phaseOf(actor.getSnapshot())).toBe('consensusCall');
    actor.stop();
  });
});

describe('the chart’s own refusals', () => {
  it('a move not heard at this stage, a move while paused, pausing twice, resuming a running meeting', () => {
    const machine = createPlenaryMachine(toyLibrary);
    const actor = startSession(machine, { scenarioId: 'free-play', rule: 'consensus', seed: 7 });
    const refused = () => actor.getSnapshot().context.rejection?.reason;
    actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
    expect(refused()).toMatch(/ is not possible at this stage of the meeting\.$/);
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'RESUME' });
    expect(refused()).toBe('The session is not paused.');
    actor.send({ type: 'PAUSE' });
    expect(actor.getSnapshot().hasTag('paused')).toBe(true);
    actor.send({ type: 'PAUSE' });
    expect(refused()).toBe('The session is already paused.');
    actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
    expect(refused()).toBe('The facilitator has paused the session.');
    expect(phaseOf(actor.getSnapshot())).toBe('opening');
    actor.send({ type: 'RESUME' });
    actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
    expect(refused()).toBeUndefined();
    expect(phaseOf(actor.getSnapshot())).toBe('floor');
    actor.stop();
  });
});
