// The consensus call as players meet it, through the machine's events: the Chair tables the draft and
// calls for objections, who may object, concur or withdraw and what the room is told, the Chair waiting
// for every person before closing, the verdict read out, and one round of consultations.
import { describe, expect, it } from 'vitest';
import { onTheFloor } from './toy-floor';
import { phaseOf } from '../../../src/machines/plenary';
import type { SessionEvent, SessionInput } from '../../../src/model/session';

const people = { CH: 'Cleo', RA: 'Rae', BL: 'Bo', OB: 'Olu' };

type Actor = ReturnType<typeof onTheFloor>;
const ctxOf = (a: Actor) => a.getSnapshot().context;
const lastLine = (a: Actor) => ctxOf(a).transcript.at(-1)!;
const refusal = (a: Actor, ev: SessionEvent) => {
  const before = ctxOf(a).transcript.length;
  a.send(ev);
  expect(ctxOf(a).transcript).toHaveLength(before);
  return ctxOf(a).rejection?.reason;
};

function atTheCall(extra: Partial<SessionInput> = {}) {
  const actor = onTheFloor({ humans: people, ...extra });
  actor.send({ type: 'TABLE_DRAFT', by: 'CH' });
  actor.send({ type: 'CALL_CONSENSUS', by: 'CH' });
  expect(phaseOf(actor.getSnapshot())).toBe('consensusCall');
  return actor;
}

describe('tabling the draft and calling for consensus', () => {
  it('the Chair reads the draft out, then asks for objections', () => {
    const actor = onTheFloor({ humans: people });
    actor.send({ type: 'TABLE_DRAFT', by: 'CH' });
    expect(phaseOf(actor.getSnapshot())).toBe('chairDraft');
    expect(lastLine(actor)).toMatchObject({
      kind: 'procedure',
      by: 'CH',
      text: 'The Chair tables the draft: “Conflict diamonds means including violence by state forces”',
    });
    actor.send({ type: 'CALL_CONSENSUS', by: 'CH' });
    expect(lastLine(actor)).toMatchObject({
      by: 'CH',
      text: 'The Chair asks whether there is any objection to the draft.',
    });
    expect(ctxOf(actor).item!.call).toEqual({ objections: [], responded: [] });
  });

  it('under a vote rule the room is told an objection is a vote against', () => {
    const actor = atTheCall({ rule: 'majority' });
    expect(lastLine(actor).text).toBe(
      'The Chair asks whether there is any objection to the draft. (Under simple majority, an objection counts as a vote against.)',
    );
  });

  it('the facilitator may force a call from the floor', () => {
    const actor = onTheFloor({ humans: people });
    actor.send({ type: 'FORCE_CALL' });
    expect(phaseOf(actor.getSnapshot())).toBe('consensusCall');
    expect(lastLine(actor).text).toBe('The facilitator calls for a decision now.');
  });

  it('an intersessional can neither table a draft nor be forced to decide', () => {
    const actor = onTheFloor({ humans: people, scenarioId: 'washington-intersessional-2012' });
    expect(refusal(actor, { type: 'TABLE_DRAFT', by: 'CH' })).toBe(
      'An intersessional discusses and decides nothing: conclude the discussion instead.',
    );
    expect(refusal(actor, { type: 'FORCE_CALL' })).toBe('An intersessional decides nothing.');
    expect(phaseOf(actor.getSnapshot())).toBe('floor');
  });
});

describe('answering the call', () => {
  it('a participant objects formally, once, and has answered', () => {
    const actor = atTheCall();
    actor.send({ type: 'OBJECT', by: 'BL' });
    expect(lastLine(actor)).toMatchObject({
      kind: 'objection',
      by: 'BL',
      text: 'Delegation BL formally objects.',
    });
    expect(ctxOf(actor).item!.call).toEqual({ objections: ['BL'], responded: ['BL'] });
    expect(refusal(actor, { type: 'OBJECT', by: 'BL' })).toBe('Your objection already stands.');
    expect(refusal(actor, { type: 'CONCUR', by: 'BL' })).toBe('Withdraw your objection first.');
  });

  it('under a vote rule an objection is read as a vote against', () => {
    const actor = atTheCall({ rule: 'two-thirds' });
    actor.send({ type: 'OBJECT', by: 'BL' });
    expect(lastLine(actor).text).toBe('Delegation BL votes against.');
  });

  it('an observer can neither object nor answer', () => {
    const actor = atTheCall();
    expect(refusal(actor, { type: 'OBJECT', by: 'OB' })).toBe(
      'Observers speak but cannot block: only participants may object.',
    );
    expect(refusal(actor, { type: 'CONCUR', by: 'OB' })).toBe('Only participants answer a consensus call.');
    expect(ctxOf(actor).item!.call).toEqual({ objections: [], responded: [] });
  });

  it('an objection withdrawn no longer stands, and the answer still counts', () => {
    const actor = atTheCall();
    expect(refusal(actor, { type: 'WITHDRAW_OBJECTION', by: 'RA' })).toBe('You have no objection standing.');
    actor.send({ type: 'OBJECT', by: 'BL' });
    actor.send({ type: 'WITHDRAW_OBJECTION', by: 'BL' });
    expect(lastLine(actor)).toMatchObject({
      kind: 'objection',
      by: 'BL',
      text: 'Delegation BL withdraws its objection.',
    });
    expect(ctxOf(actor).item!.call).toEqual({ objections: [], responded: ['BL'] });
    actor.send({ type: 'CONCUR', by: 'BL' });
    actor.send({ type: 'CONCUR', by: 'RA' });
    actor.send({ type: 'CONCUR', by: 'RA' });
    expect(ctxOf(actor).item!.call!.responded).toEqual(['BL', 'RA']);
  });
});

describe('closing the call', () => {
  it('waits for every person in the room who has not answered (not the Chair, not observers)', () => {
    const actor = atTheCall();
    expect(refusal(actor, { type: 'CLOSE_CALL', by: 'CH' })).toBe(
      'Waiting for Delegation RA, Delegation BL to answer the call.',
    );
    actor.send({ type: 'CONCUR', by: 'RA' });
    expect(refusal(actor, { type: 'CLOSE_CALL', by: 'CH' })).toBe(
      'Waiting for Delegation BL to answer the call.',
    );
  });

  it('a standing formal objection: no consensus, and the objectors are named', () => {
    const actor = atTheCall();
    actor.send({ type: 'CONCUR', by: 'RA' });
    actor.send({ type: 'OBJECT', by: 'BL' });
    actor.send({ type: 'CLOSE_CALL', by: 'CH' });
    expect(phaseOf(actor.getSnapshot())).toBe('noConsensus');
    const line = lastLine(actor);
    expect(line.kind).toBe('decision');
    expect(line.text).toMatch(/^No consensus: the draft fails\. Objecting: (.+, )?Delegation BL(, .+)?\.$/);
    const decision = ctxOf(actor).item!.decision!;
    expect(decision.verdicts.consensus.passed).toBe(false);
    expect(decision.verdicts.consensus.objectors).toContain('BL');
  });

  it('under a vote rule a lost vote says there was no majority; a won one is adopted, the outvoted named', () => {
    const lost = atTheCall({
      rule: 'majority',
      humans: { CH: 'Cleo', RA: 'Rae', RB: 'Rob', MA: 'Max', BL: 'Bo' },
    });
    for (const id of ['RA', 'RB', 'MA', 'BL']) lost.send({ type: 'OBJECT', by: id });
    lost.send({ type: 'CLOSE_CALL', by: 'CH' });
    expect(phaseOf(lost.getSnapshot())).toBe('noConsensus');
    expect(lastLine(lost).text).toMatch(/^No majority: the draft fails\. Objecting: /);

    const won = atTheCall({
      rule: 'majority',
      humans: { CH: 'Cleo', RA: 'Rae', RB: 'Rob', MA: 'Max', BL: 'Bo' },
    });
    for (const id of ['RA', 'RB', 'MA']) won.send({ type: 'CONCUR', by: id });
    won.send({ type: 'OBJECT', by: 'BL' });
    won.send({ type: 'CLOSE_CALL', by: 'CH' });
    expect(phaseOf(won.getSnapshot())).toBe('adopted');
    expect(lastLine(won).text).toBe('The draft is adopted. Objecting: Delegation BL.');
  });

  it('with no objection at all the draft is adopted and nobody is named', () => {
    const actor = atTheCall({ humans: { CH: 'Cleo', RA: 'Rae', RB: 'Rob', MA: 'Max', BL: 'Bo' } });
    for (const id of ['RA', 'RB', 'MA', 'BL']) actor.send({ type: 'CONCUR', by: id });
    actor.send({ type: 'CLOSE_CALL', by: 'CH' });
    expect(phaseOf(actor.getSnapshot())).toBe('adopted');
    expect(lastLine(actor).text).toBe('The draft is adopted.');
    expect(ctxOf(actor).item!.decision!.verdicts.consensus).toMatchObject({ passed: true, objectors: [] });
  });
});

describe('consultations after a failed call', () => {
  it('reopen the floor to those who objected, once', () => {
    const actor = atTheCall();
    actor.send({ type: 'CONCUR', by: 'RA' });
    actor.send({ type: 'OBJECT', by: 'BL' });
    actor.send({ type: 'CLOSE_CALL', by: 'CH' });
    actor.send({ type: 'CONSULT', by: 'CH' });
    expect(phaseOf(actor.getSnapshot())).toBe('floor');
    const item = ctxOf(actor).item!;
    expect(item.consultations).toBe(1);
    expect(item.call).toBeNull();
    expect(item.speakers).toContain('BL');
    expect(item.turn).toEqual({ spoke: false, amended: false, seconds: 0 });
    expect(lastLine(actor)).toMatchObject({
      kind: 'procedure',
      text: 'The Chair holds consultations: the floor reopens to those who objected.',
    });
    // A second failed call: consultations are spent.
    actor.send({ type: 'FORCE_CALL' });
    actor.send({ type: 'CONCUR', by: 'RA' });
    actor.send({ type: 'OBJECT', by: 'BL' });
    actor.send({ type: 'CLOSE_CALL', by: 'CH' });
    expect(phaseOf(actor.getSnapshot())).toBe('noConsensus');
    expect(refusal(actor, { type: 'CONSULT', by: 'CH' })).toBe(
      'Consultations are exhausted: refer the item to committee or defer it.',
    );
  });
});
