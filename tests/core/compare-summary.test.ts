// The Outcome's comparison as a teacher reads it: each rule's row (adopted or not, at what value, the
// text adopted, how far from the room's compromise) and the one sentence said aloud above the rows, for
// every way an item can end: discussed only, not reached, set aside, stopped by objections or not agreed,
// passed by a vote the consensus rule did not, adopted by consensus but failing a vote, adopted by all.
import { describe, expect, it } from 'vitest';
import { compareRules, objectionsStop, summarise, type RuleRow } from '../../src/machines/compare';
import { LIBRARY } from '../../src/machines/default';
import { createPlenaryMachine } from '../../src/machines/plenary';
import { playAi, runAiSession, startSession } from '../../src/machines/runner';
import { RULE_IDS, RULES, type RuleId } from '../../src/model/rules';
import { nameOf } from '../../src/model/session';
import type { Tally } from '../../src/model/tally';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);

/** A call's tally under a rule, as tally.ts would give it. */
function tally(rule: RuleId, passed: boolean, yes: string[], no: string[], objecting: string[] = []): Tally {
  const objections = RULES[rule].counts === 'objections';
  return {
    rule,
    counts: RULES[rule].counts,
    passed,
    for: yes,
    against: no,
    objecting,
    forShare: yes.length / (yes.length + no.length),
    pivot: null,
    blockedBy: objections && !passed ? objecting : [],
    outvoted: !objections && passed ? no : [],
  };
}

/** Every rule's row of one item decided at a call: those named in `failing` did not adopt it. */
function decided(failing: RuleId[], consensusObjectors: string[] = []): Record<RuleId, RuleRow> {
  const rows = {} as Record<RuleId, RuleRow>;
  for (const rule of RULE_IDS) {
    const passed = !failing.includes(rule);
    const t = passed
      ? tally(rule, true, ['RA', 'RB', 'MA', 'OB'], ['BL'])
      : tally(rule, false, ['RA', 'MA'], ['RB', 'BL', 'OB'], rule === 'consensus' ? consensusObjectors : []);
    rows[rule] = {
      rule,
      outcome: passed ? 'adopted' : 'no-consensus',
      adopted: passed,
      value: passed ? 40 : 0,
      text: passed ? 'Conflict diamonds means rough diamonds.' : null,
      tally: t,
      fromCompromise: passed ? 5 : 35,
      call: { number: 1, draftValue: 40 },
    };
  }
  return rows;
}

/** Every rule's row of an item no call decided, ended as `outcome`. */
function undecided(outcome: RuleRow['outcome']): Record<RuleId, RuleRow> {
  const rows = {} as Record<RuleId, RuleRow>;
  for (const rule of RULE_IDS)
    rows[rule] = {
      rule,
      outcome,
      adopted: false,
      value: 0,
      text: null,
      tally: null,
      fromCompromise: null,
      call: null,
    };
  return rows;
}

const say = (rows: Record<RuleId, RuleRow>) => summarise(toyLibrary, 'The definition', rows);

describe('the sentence above the rules’ rows', () => {
  it('an item only discussed, not reached, or set aside before any call', () => {
    expect(say(undecided('discussed'))).toBe(
      '“The definition” was discussed only: an intersessional takes no decisions.',
    );
    expect(say(undecided('not-reached'))).toBe(
      '“The definition” was not reached: the meeting closed before any call on it.',
    );
    expect(say(undecided('deferred'))).toBe(
      '“The definition” was set aside before any call on it, so no rule decided it.',
    );
  });

  it('stopped under consensus: by whose objection, or not agreed, and whether a vote carries it', () => {
    expect(say(decided(['consensus'], ['BL']))).toBe(
      'Under two-thirds majority this text passes 4–1; under consensus Delegation BL’s objection stops it.',
    );
    expect(say(decided(['consensus', 'two-thirds'], ['BL']))).toBe(
      'Under simple majority this text passes 4–1; under consensus Delegation BL’s objection stops it.',
    );
    expect(say(decided(['consensus']))).toBe(
      'Under two-thirds majority this text passes 4–1; under consensus it was not agreed.',
    );
    expect(
      say(decided(['consensus', 'consensus-minus-one', 'two-thirds', 'majority', 'weighted'], ['BL'])),
    ).toBe(
      'No rule adopts it: under consensus Delegation BL’s objection stops it, and no vote carries it either.',
    );
  });

  it('adopted by consensus: which vote would fail it, or every vote carries it too', () => {
    expect(say(decided(['majority']))).toBe(
      'Adopted by consensus, yet under simple majority it would fail 2–3.',
    );
    expect(say(decided([]))).toBe(
      'Adopted by consensus: no participant objected, and every vote carries it too.',
    );
  });
});

describe('each rule’s row, from the same moves replayed under it', () => {
  it('the rule that stops an item keeps the status quo, no text, and its distance from the compromise', () => {
    const input = { scenarioId: 'free-play' as const, rule: 'consensus' as const, seed: 7 };
    const ctx = runAiSession(machine, toyLibrary, input).context;
    const def = compareRules(machine, toyLibrary, ctx, input).find((c) => c.itemId === 'def')!;
    const result = ctx.results.find((r) => r.itemId === 'def')!;
    const kp = def.rows.consensus;
    expect(kp).toMatchObject({ adopted: false, outcome: result.outcome, value: result.value, text: null });
    expect(result.outcome).not.toBe('adopted');
    expect(kp.value).toBe(0); // the definition's status quo
    expect(kp.call!.draftValue).not.toBe(0);
    expect(kp.fromCompromise).toBeCloseTo(Math.abs(0 - result.decision!.compromise));
  });

  it('a rule that adopts it: adopted, at the draft’s value, with that item’s own text', () => {
    const input = { scenarioId: 'free-play' as const, rule: 'consensus' as const, seed: 7 };
    const ctx = runAiSession(machine, toyLibrary, input).context;
    const cmp = compareRules(machine, toyLibrary, ctx, input);
    const def = cmp.find((c) => c.itemId === 'def')!.rows.majority;
    expect(def).toMatchObject({ adopted: true, outcome: 'adopted', value: def.call!.draftValue });
    expect(def.value).not.toBe(0);
    expect(def.text).toMatch(/^Conflict diamonds means/);
    const mar = cmp.find((c) => c.itemId === 'mar')!;
    expect(mar.title).toBe('Marange');
    expect(mar.rows.majority.text).toMatch(/^On Marange:/);
    // Adopted by consensus too: its distance from the room's compromise point at that call.
    const agreed = ctx.results.find((r) => r.itemId === 'mar')!;
    expect(mar.rows.consensus).toMatchObject({ adopted: true, value: agreed.value });
    expect(agreed.value).toBeGreaterThan(0);
    expect(mar.rows.consensus.fromCompromise).toBeCloseTo(
      Math.abs(agreed.value - agreed.decision!.compromise),
    );
  });

  it('a meeting compared part way through sets out only the items it has settled', () => {
    const input = { scenarioId: 'free-play' as const, rule: 'consensus' as const, seed: 7 };
    const actor = startSession(machine, input);
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    // The definition referred, the first move on Marange made.
    const onMarange = () => actor.getSnapshot().context.logItem.at(-1) === 1;
    while (!onMarange()) playAi(toyLibrary, actor, 1);
    const ctx = actor.getSnapshot().context;
    actor.stop();
    expect(ctx.agenda).toEqual(['def', 'mar']);
    expect(ctx.results.map((r) => [r.itemId, r.outcome])).toEqual([['def', 'referred']]);
    const cmp = compareRules(machine, toyLibrary, ctx, input);
    expect(cmp.map((c) => c.itemId)).toEqual(['def']);
    expect(cmp[0]!.rows.majority.adopted).toBe(true);
  });
});

describe('a meeting ended by the chair just after a call', () => {
  it('the draft that call adopted counts as adopted at its value; the item never called is not reached', () => {
    const input = { scenarioId: 'free-play' as const, rule: 'majority' as const, seed: 7 };
    const actor = startSession(machine, input);
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    while (actor.getSnapshot().context.log.at(-1)?.type !== 'CLOSE_CALL') playAi(toyLibrary, actor, 1);
    actor.send({ type: 'END' });
    const ctx = actor.getSnapshot().context;
    actor.stop();
    const [def, mar] = compareRules(machine, toyLibrary, ctx, input);
    const call = def!.rows.majority.call!;
    expect(call.number).toBe(1);
    expect(def!.rows.majority).toMatchObject({ adopted: true, outcome: 'adopted', value: call.draftValue });
    expect(call.draftValue).not.toBe(0);
    expect(def!.rows.consensus).toMatchObject({ adopted: false, value: 0 });
    for (const rule of RULE_IDS)
      expect(mar!.rows[rule]).toMatchObject({
        adopted: false,
        outcome: 'not-reached',
        value: 80,
        tally: null,
        call: null,
        fromCompromise: null,
      });
    expect(mar!.summary).toBe('“Marange” was not reached: the meeting closed before any call on it.');
  });
});

describe('who stopped a draft, past the names it gives', () => {
  it('names the first three and counts the rest', () => {
    const [cn, ru, zw] = ['CN', 'RU', 'ZW'].map((id) => nameOf(LIBRARY, id));
    expect(objectionsStop(LIBRARY, ['CN', 'RU', 'ZW', 'NA', 'VE'])).toBe(
      `the objections of ${cn}, ${ru}, ${zw} and 2 other delegations stop`,
    );
  });
});
