import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { absentPlayerMove, nextAiEvent } from '../../src/model/ai';
import { awaitedHumans } from '../../src/model/turns';
import { phaseFacts, createPlenaryMachine, phaseOf } from '../../src/machines/plenary';
import { playAi, replay, replayUnder, runAiSession } from '../../src/machines/runner';
import { EVENT_WORDS, notAtThisStage } from '../../src/model/event-words';
import type { SessionInput } from '../../src/model/session';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);
const input: SessionInput = { scenarioId: 'free-play', rule: 'consensus', seed: 7 };

function started(extra: Partial<SessionInput> = {}) {
  const actor = createActor(machine, { input: { ...input, ...extra } }).start();
  actor.send({ type: 'START' });
  actor.send({ type: 'BEGIN' });
  return actor;
}

describe('an AI-only session', () => {
  it('plays from setup to debrief and records each item', () => {
    const snap = runAiSession(machine, toyLibrary, input);
    expect(phaseOf(snap)).toBe('debrief'); // the debrief (where late exit tickets are still heard)
    expect(snap.context.results.map((r) => r.itemId)).toEqual(['def', 'mar']);
  });

  it('under consensus the lone blocker stops the wide definition; Marange normalisation passes', () => {
    const { results } = runAiSession(machine, toyLibrary, input).context;
    const def = results[0]!;
    expect(def.outcome).toBe('referred');
    expect(def.value).toBe(0);
    expect(def.decision!.verdicts.consensus.objectors).toContain('BL');
    expect(def.decision!.verdicts.majority.passed).toBe(true);
    expect(results[1]!.outcome).toBe('adopted');
    expect(results[1]!.value).toBe(20);
  });

  it('under a simple majority the same room adopts a new definition', () => {
    const { results } = runAiSession(machine, toyLibrary, { ...input, rule: 'majority' }).context;
    expect(results[0]!.outcome).toBe('adopted');
    expect(results[0]!.value).toBeGreaterThan(0);
  });

  it('replaying the log gives the identical snapshot', () => {
    const snap = runAiSession(machine, toyLibrary, input);
    const again = replay(machine, input, snap.context.log);
    expect(again.value).toEqual(snap.value);
    expect(again.context).toEqual(snap.context);
  });

  it('replaying the same log under another rule gives that rule’s outcome', () => {
    const snap = runAiSession(machine, toyLibrary, input);
    const underMajority = replayUnder(
      machine,
      toyLibrary,
      input,
      snap.context.log,
      snap.context.logItem,
      'majority',
      true,
    );
    const def = underMajority.context.results.find((r) => r.itemId === 'def')!;
    expect(def.outcome).toBe('adopted');
    expect(underMajority.context.results.map((r) => r.itemId)).toEqual(['def', 'mar']);
    expect(phaseOf(underMajority)).toBe('debrief');
    // and back: a majority session's log replayed under consensus fails on the definition
    const maj = runAiSession(machine, toyLibrary, { ...input, rule: 'majority' });
    const underConsensus = replayUnder(
      machine,
      toyLibrary,
      { ...input, rule: 'majority' },
      maj.context.log,
      maj.context.logItem,
      'consensus',
      true,
    );
    expect(underConsensus.context.results.find((r) => r.itemId === 'def')!.value).toBe(0);
    expect(underConsensus.context.results.map((r) => r.itemId)).toEqual(['def', 'mar']);
  });

  it('another seed may order the debate differently but the blocker still blocks', () => {
    for (const seed of [1, 2, 3, 'x']) {
      const { results } = runAiSession(machine, toyLibrary, { ...input, seed }).context;
      expect(results[0]!.value).toBe(0);
    }
  });
});

describe('rights and rejections', () => {
  it('an observer cannot object; the snapshot says why', () => {
    const actor = started();
    playAi(toyLibrary, actor, 1); // chair opens the floor
    actor.send({ type: 'FORCE_CALL' });
    expect(phaseOf(actor.getSnapshot())).toBe('consensusCall');
    actor.send({ type: 'OBJECT', by: 'OB' });
    const { context } = actor.getSnapshot();
    expect(context.item!.call!.objections).toEqual([]);
    expect(context.rejection?.reason).toMatch(/Observers speak but cannot block/);
  });

  it('only the chair tables a draft', () => {
    const actor = started();
    actor.send({ type: 'OPEN_FLOOR', by: 'RA' });
    expect(phaseOf(actor.getSnapshot())).toBe('opening');
    expect(actor.getSnapshot().context.rejection?.reason).toMatch(/Only the Chair/);
  });

  it('a delegation cannot speak out of turn', () => {
    const actor = started();
    actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
    const speaker = actor.getSnapshot().context.item!.speakers[0]!;
    const other = ['RA', 'RB', 'MA', 'BL', 'OB'].find((d) => d !== speaker)!;
    actor.send({ type: 'SPEAK', by: other, card: 'd-wide' });
    expect(actor.getSnapshot().context.rejection?.reason).toMatch(/turn to speak/);
    expect(actor.getSnapshot().context.item!.played).toEqual([]);
  });

  it('an event that does not fit the stage is rejected, not thrown', () => {
    const actor = started();
    expect(() => actor.send({ type: 'CLOSE_CALL', by: 'CH' })).not.toThrow();
    expect(actor.getSnapshot().context.rejection?.reason).toBe(
      'Closing the call is not possible at this stage of the meeting.',
    );
    expect(actor.getSnapshot().status).toBe('active');
  });

  it('names every event a refusal can be about in words, never by its id', () => {
    for (const type of Object.keys(EVENT_WORDS) as (keyof typeof EVENT_WORDS)[]) {
      const said = notAtThisStage(type);
      expect(said).not.toContain(type);
      expect(said).toMatch(/^[A-Z][^_]* is not possible at this stage of the meeting\.$/);
    }
  });

  it('a paused session hears nothing but the facilitator', () => {
    const actor = started();
    actor.send({ type: 'PAUSE' });
    actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
    expect(phaseOf(actor.getSnapshot())).toBe('opening');
    expect(actor.getSnapshot().context.rejection?.reason).toMatch(/paused/);
    actor.send({ type: 'RESUME' });
    actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
    expect(phaseOf(actor.getSnapshot())).toBe('floor');
  });

  it('a human participant must answer the call before the chair closes it', () => {
    const actor = started({ humans: { MA: 'Ama' } });
    actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
    actor.send({ type: 'FORCE_CALL' });
    actor.send({ type: 'CLOSE_CALL', by: 'CH' });
    expect(actor.getSnapshot().context.rejection?.reason).toMatch(/Waiting for Delegation MA/);
    actor.send({ type: 'CONCUR', by: 'MA' });
    actor.send({ type: 'CLOSE_CALL', by: 'CH' });
    expect(['adopted', 'noConsensus']).toContain(phaseOf(actor.getSnapshot()));
  });

  it('withdrawing the only objection lets the draft pass under consensus', () => {
    const actor = started({ humans: { BL: 'Bo' } });
    actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
    actor.send({ type: 'FORCE_CALL' });
    actor.send({ type: 'OBJECT', by: 'BL' });
    actor.send({ type: 'WITHDRAW_OBJECTION', by: 'BL' });
    playAi(toyLibrary, actor, 50);
    const first = actor.getSnapshot().context.results[0];
    expect(first?.outcome ?? phaseOf(actor.getSnapshot())).toBe('adopted');
  });
});

describe('an intersessional decides nothing', () => {
  it('the chair cannot table a draft and every item ends discussed', () => {
    const actor = started({ scenarioId: 'washington-intersessional-2012' });
    actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
    actor.send({ type: 'TABLE_DRAFT', by: 'CH' });
    expect(actor.getSnapshot().context.rejection?.reason).toMatch(/decides nothing/);
    const snap = runAiSession(machine, toyLibrary, {
      ...input,
      scenarioId: 'washington-intersessional-2012',
    });
    expect(snap.context.results.every((r) => r.outcome === 'discussed')).toBe(true);
  });
});

describe('caucus, pressure and events', () => {
  it('an accepted exchange moves both sides’ voting positions toward each other', () => {
    // RA gives on Marange (which it cares little about) for movement on the definition, where MA is
    // across the likely outcome from it: a trade both gain from, so the computer-played MA accepts.
    const actor = started({ humans: { RA: 'Rae' } });
    actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
    const before = actor.getSnapshot().context;
    actor.send({ type: 'CAUCUS_OFFER', by: 'RA', to: 'MA', give: 'marange', ask: 'definition' });
    expect(phaseOf(actor.getSnapshot())).toBe('caucus');
    playAi(toyLibrary, actor, 1);
    const after = actor.getSnapshot().context;
    expect(phaseOf(actor.getSnapshot())).toBe('floor');
    expect(after.transcript.at(-1)!.text).toMatch(/Delegation MA accepts/);
    // MA (seat 3) moves up on the definition toward RA; RA (seat 1) moves down on Marange toward MA.
    expect(after.pos.definition[3]!).toBeGreaterThan(before.pos.definition[3]! + 1);
    expect(after.pos.marange[1]!).toBeLessThan(before.pos.marange[1]! - 1);
    expect(after.lastMove[3]).toMatchObject({ issue: 'definition', by: 'RA', cause: 'caucus' });
    expect(after.lastMove[1]).toMatchObject({ issue: 'marange', by: 'MA', cause: 'caucus' });
    // Nobody else moves.
    for (const seat of [0, 2, 4, 5]) {
      expect(after.pos.definition[seat]).toBe(before.pos.definition[seat]);
      expect(after.pos.marange[seat]).toBe(before.pos.marange[seat]);
    }
  });

  it('a declined exchange moves nobody', () => {
    // The other way round MA would give on the issue it cares about more: it declines.
    const actor = started({ humans: { RA: 'Rae' } });
    actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
    const before = actor.getSnapshot().context;
    actor.send({ type: 'CAUCUS_OFFER', by: 'RA', to: 'MA', give: 'definition', ask: 'marange' });
    playAi(toyLibrary, actor, 1);
    const after = actor.getSnapshot().context;
    expect(phaseOf(actor.getSnapshot())).toBe('floor');
    expect(after.transcript.at(-1)!.text).toMatch(/Delegation MA declines/);
    expect(after.pos).toEqual(before.pos);
    expect(after.offersMade).toEqual({ RA: 1 });
  });

  it('an injected event moves the named delegations and can empty an observer seat', () => {
    const actor = started();
    const before = actor.getSnapshot().context.pos.definition[3]!;
    actor.send({ type: 'INJECT', card: 'ev-shift' });
    const ctx = actor.getSnapshot().context;
    expect(ctx.pos.definition[3]).toBe(before + 20);
    expect(ctx.present[5]).toBe(false);
    actor.send({ type: 'INJECT', card: 'ev-shift' });
    expect(actor.getSnapshot().context.rejection?.reason).toMatch(/already happened/);
  });

  it('pressure on an AI delegation gets one of the four reactions', () => {
    const actor = started({ humans: { RA: 'Rae' } });
    actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
    actor.send({ type: 'PRESSURE', by: 'RA', to: 'MA' });
    expect(actor.getSnapshot().context.transcript.at(-1)!.text).toMatch(
      /shrugs it off|stands firm|part of the way|gives way/,
    );
  });
});

describe('persistence', () => {
  it('a persisted snapshot restores and plays on to the same result', () => {
    const actor = started();
    playAi(toyLibrary, actor, 9);
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(machine, { snapshot: saved, input }).start();
    playAi(toyLibrary, actor);
    playAi(toyLibrary, restored);
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
    expect(restored.getSnapshot().value).toEqual(actor.getSnapshot().value);
  });
});

describe('replaying a hot-seat session under another rule', () => {
  it('carries on past the recorded moves with absent players yielding and concurring', () => {
    const withPeople = { ...input, humans: { MA: 'Ama', CH: 'Chair' } };
    const actor = createActor(machine, { input: withPeople }).start();
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    // People play their seats simply: the chair follows the AI chair's procedure, MA yields and concurs.
    for (let n = 0; n < 500 && phaseOf(actor.getSnapshot()) !== 'communique'; n++) {
      const snap = actor.getSnapshot();
      const phase = phaseOf(snap);
      const person = awaitedHumans(toyLibrary, phaseFacts(phase), snap.context)[0];
      actor.send(
        (person
          ? absentPlayerMove(toyLibrary, phaseFacts(phase), snap.context, person)
          : nextAiEvent(toyLibrary, phaseFacts(phase), snap.context))!,
      );
    }
    const ctx = actor.getSnapshot().context;
    expect(phaseOf(actor.getSnapshot())).toBe('communique');
    const underMajority = replayUnder(
      machine,
      toyLibrary,
      withPeople,
      ctx.log,
      ctx.logItem,
      'majority',
      true,
    );
    expect(underMajority.context.results.map((r) => r.itemId)).toEqual(['def', 'mar']);
    expect(underMajority.context.results[0]!.outcome).toBe('adopted');
  });
});

describe('the speech timer, changed mid-session by the facilitator', () => {
  it('a shorter timer takes the floor from a speaker already past it; off lets them speak on', () => {
    const actor = started({ speechSeconds: 120 });
    actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
    const first = actor.getSnapshot().context.item!.speakers[0]!;
    actor.send({ type: 'TICK', seconds: 70 });
    expect(actor.getSnapshot().context.item!.speakers[0]).toBe(first);
    actor.send({ type: 'SET_SPEECH_TIMER', seconds: 60 });
    const set = actor.getSnapshot().context;
    expect(set.speechSeconds).toBe(60);
    expect(set.transcript.at(-1)!.text).toMatch(/speech timer to 60 seconds/);
    actor.send({ type: 'TICK', seconds: 1 });
    const second = actor.getSnapshot().context.item!.speakers[0]!;
    expect(second).not.toBe(first);
    expect(actor.getSnapshot().context.transcript.at(-1)!.text).toMatch(/Time is up/);
    actor.send({ type: 'SET_SPEECH_TIMER', seconds: null });
    actor.send({ type: 'TICK', seconds: 1000 });
    expect(actor.getSnapshot().context.item!.speakers[0]).toBe(second);
  });

  it('can be set while paused, and refuses a length out of range without changing anything', () => {
    const actor = started({ speechSeconds: 90 });
    actor.send({ type: 'PAUSE' });
    actor.send({ type: 'SET_SPEECH_TIMER', seconds: 180 });
    expect(actor.getSnapshot().context.rejection).toBeNull();
    expect(actor.getSnapshot().context.speechSeconds).toBe(180);
    for (const bad of [5, 601, 90.5, Number.NaN]) {
      actor.send({ type: 'SET_SPEECH_TIMER', seconds: bad });
      expect(actor.getSnapshot().context.rejection?.reason).toMatch(/from 15 to 600, or off/);
      expect(actor.getSnapshot().context.speechSeconds).toBe(180);
    }
  });

  it('is part of the log: a replay gives the same snapshot', () => {
    const inputWithTimer = { ...input, speechSeconds: 120 };
    const actor = started({ speechSeconds: 120 });
    actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
    actor.send({ type: 'SET_SPEECH_TIMER', seconds: 60 });
    actor.send({ type: 'TICK', seconds: 61 });
    playAi(toyLibrary, actor, 3);
    const snap = actor.getSnapshot();
    const again = replay(machine, inputWithTimer, snap.context.log);
    expect(again.context).toEqual(snap.context);
  });
});
