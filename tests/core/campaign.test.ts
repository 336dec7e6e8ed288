// The 2012–2013 campaign as a player meets it: the meetings follow one another with positions carried
// over, and the debrief says how far each decision departed from the record, in which direction.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN, carryOver, divergence, nextMeeting } from '../../src/machines/campaign';
import { createPlenaryMachine } from '../../src/machines/plenary';
import type { ItemOutcome, ItemResult, SessionContext } from '../../src/model/session';
import { toyLibrary } from './fixtures';

function opening(scenarioId: SessionContext['scenarioId'] = 'free-play'): SessionContext {
  const actor = createActor(createPlenaryMachine(toyLibrary), {
    input: { scenarioId, rule: 'two-thirds', seed: 3, humans: { RA: 'Rae' } },
  }).start();
  return actor.getSnapshot().context;
}

const result = (itemId: 'def' | 'mar', outcome: ItemOutcome, value: number): ItemResult => ({
  itemId,
  issue: itemId === 'def' ? 'definition' : 'marange',
  outcome,
  value,
  statusQuo: itemId === 'def' ? 0 : 80,
  clauses: [],
  day: 1,
  decision: null,
});

/** The toy record: the definition was not adopted (stays at 0); Marange was adopted at 20. */
const diverge = (...results: ItemResult[]) => divergence(toyLibrary, { ...opening(), results });

describe('how far a meeting departed from the record', () => {
  it('the same decision at the recorded value reads as history', () => {
    const [d] = diverge(result('mar', 'adopted', 20.3));
    expect(d).toMatchObject({
      sameOutcome: true,
      historicalValue: 20,
      sessionValue: 20.3,
      history: 'adopted',
    });
    expect(d!.points).toBeCloseTo(0.3);
    expect(d!.summary).toBe('As in history: x');
    expect(d!.title).toBe('Marange');
  });

  it('the same decision further from the record says how many points, wider or narrower', () => {
    expect(diverge(result('mar', 'adopted', 32))[0]!.summary).toBe(
      'The same decision as in history, but 12 points wider.',
    );
    expect(diverge(result('mar', 'adopted', 5))[0]!.summary).toBe(
      'The same decision as in history, but 15 points narrower.',
    );
    // Half a point is where the record stops being followed.
    expect(diverge(result('mar', 'adopted', 20.5))[0]!.summary).toMatch(/^The same decision/);
  });

  it('an item history adopted and the meeting did not: says what happened instead', () => {
    const [d] = diverge(result('mar', 'no-consensus', 80));
    expect(d).toMatchObject({ sameOutcome: false, points: 60, session: 'no-consensus' });
    expect(d!.summary).toBe('History adopted this; your meeting did not (no consensus).');
  });

  it('an item history did not adopt and the meeting did: measured from the status quo', () => {
    const [d] = diverge(result('def', 'adopted', 45));
    expect(d).toMatchObject({ sameOutcome: false, historicalValue: 0, points: 45, history: 'not-adopted' });
    expect(d!.summary).toBe('History did not adopt this; your meeting did, 45 points from the record.');
    // Not adopting it, in any way, is the record's outcome.
    expect(diverge(result('def', 'deferred', 0))[0]!.sameOutcome).toBe(true);
  });

  it('an item only discussed in the record matches only a meeting that only discussed it', () => {
    const lib = {
      ...toyLibrary,
      scenarios: toyLibrary.scenarios.map((s) => ({
        ...s,
        agenda: s.agenda.map((a) => ({
          ...a,
          history: { result: 'discussed' as const, summary: 'talked', cite: [] },
        })),
      })),
    };
    const at = (outcome: ItemOutcome) =>
      divergence(lib, { ...opening(), results: [result('def', outcome, 0)] })[0]!.sameOutcome;
    expect(at('discussed')).toBe(true);
    expect(at('no-consensus')).toBe(false);
    expect(at('adopted')).toBe(false);
  });

  it('reports every item the meeting reached, in order', () => {
    const out = diverge(result('def', 'no-consensus', 0), result('mar', 'adopted', 20));
    expect(out.map((d) => [d.itemId, d.issue])).toEqual([
      ['def', 'definition'],
      ['mar', 'marange'],
    ]);
  });
});

describe('the campaign carries each meeting into the next', () => {
  it('every delegation starts the next meeting where it ended this one, on every issue', () => {
    const ctx = opening();
    const moved = { ...ctx, pos: { ...ctx.pos, definition: ctx.pos.definition.map((x, i) => x + i) } };
    const carry = carryOver(toyLibrary, moved);
    expect(Object.keys(carry)).toEqual(['CH', 'RA', 'RB', 'MA', 'BL', 'OB']);
    expect(carry['MA']!.definition).toBe(moved.pos.definition[3]);
    expect(carry['BL']!.marange).toBe(ctx.pos.marange[4]);
    expect(Object.keys(carry['CH']!).sort()).toEqual(Object.keys(ctx.pos).sort());
  });

  it('the next meeting keeps the rule and the players, with the positions carried', () => {
    const ctx = opening('washington-intersessional-2012');
    const next = nextMeeting(toyLibrary, ctx, 'seed-2')!;
    expect(next).toEqual({
      scenarioId: CAMPAIGN[1],
      rule: 'two-thirds',
      seed: 'seed-2',
      humans: { RA: 'Rae' },
      carry: carryOver(toyLibrary, ctx),
    });
  });

  it('runs the four meetings in the record’s order, and ends after the last', () => {
    expect(CAMPAIGN).toEqual([
      'washington-intersessional-2012',
      'washington-plenary-2012',
      'kimberley-intersessional-2013',
      'johannesburg-plenary-2013',
    ]);
    const ctx = opening('washington-intersessional-2012');
    expect(nextMeeting(toyLibrary, { ...ctx, scenarioId: CAMPAIGN[3]! }, 1)).toBeNull();
    // A meeting outside the campaign has no next one.
    expect(nextMeeting(toyLibrary, opening(), 1)).toBeNull();
  });
});
