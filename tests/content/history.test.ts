// History: played by AI alone under consensus, the real meetings reach the documented outcomes.
// Under a simple majority the same rooms adopt a new definition: the consensus rule is what blocks it.
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/content/index';
import type { HistoricalOutcome } from '../../src/content/types';
import { CAMPAIGN, divergence, nextMeeting } from '../../src/machines/campaign';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { runAiSession } from '../../src/machines/runner';
import type { ItemOutcome, SessionContext, SessionInput } from '../../src/model/session';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

function matches(h: HistoricalOutcome, o: ItemOutcome): boolean {
  if (h.result === 'adopted') return o === 'adopted';
  if (h.result === 'discussed') return o === 'discussed';
  return o === 'no-consensus' || o === 'referred' || o === 'deferred';
}

function play(input: SessionInput): SessionContext {
  return runAiSession(plenaryMachine, LIBRARY, input).context;
}

describe.each(['washington-plenary-2012', 'johannesburg-plenary-2013'] as const)(
  '%s, AI alone under consensus',
  (scenarioId) => {
    const sc = SCENARIOS.find((s) => s.id === scenarioId)!;
    it.each(SEEDS)('reaches the documented outcome on every item (seed %i)', (seed) => {
      const ctx = play({ scenarioId, rule: 'consensus', seed });
      for (const item of sc.agenda) {
        const r = ctx.results.find((x) => x.itemId === item.id)!;
        expect(
          matches(item.history, r.outcome),
          `${item.id}: history ${item.history.result}, game ${r.outcome}`,
        ).toBe(true);
      }
    });
    it('no new definition under consensus; a simple majority of the same room adopts a wider one', () => {
      const kp = play({ scenarioId, rule: 'consensus', seed: 1 });
      const def = kp.results.find((r) => r.issue === 'definition');
      expect(def, 'the meeting has a definition item').toBeDefined();
      expect(def!.outcome).not.toBe('adopted');
      expect(def!.value).toBe(def!.statusQuo);
      const maj = play({ scenarioId, rule: 'majority', seed: 1 });
      const majDef = maj.results.find((r) => r.issue === 'definition')!;
      expect(majDef.outcome).toBe('adopted');
      expect(majDef.value).toBeGreaterThan(majDef.statusQuo);
    });
  },
);

describe('the Washington plenary 2012 in particular', () => {
  it('adopts administrative support and normalises Marange, with no new definition', () => {
    const ctx = play({ scenarioId: 'washington-plenary-2012', rule: 'consensus', seed: 1 });
    const byIssue = (i: string) => ctx.results.find((r) => r.issue === i);
    expect(byIssue('administrative-support')?.outcome).toBe('adopted');
    expect(byIssue('marange')?.outcome).toBe('adopted');
    expect(byIssue('marange')!.value).toBeLessThan(byIssue('marange')!.statusQuo);
    expect(byIssue('definition')?.outcome).not.toBe('adopted');
  });
});

describe('the 2012–2013 campaign', () => {
  function campaign(seed: number): SessionContext[] {
    const out: SessionContext[] = [];
    let input: SessionInput | null = { scenarioId: CAMPAIGN[0]!, rule: 'consensus', seed };
    while (input) {
      const ctx = play(input);
      out.push(ctx);
      input = nextMeeting(LIBRARY, ctx, seed);
    }
    return out;
  }
  it('the untouched campaign follows the record at every meeting: divergence zero', () => {
    const meetings = campaign(1);
    expect(meetings.map((m) => m.scenarioId)).toEqual(CAMPAIGN);
    for (const m of meetings)
      for (const d of divergence(LIBRARY, m))
        expect(d.points, `${m.scenarioId} ${d.itemId}: ${d.summary}`).toBe(0);
  });
  it('an intersessional decides nothing', () => {
    const [washington] = campaign(2);
    expect(washington!.results.every((r) => r.outcome === 'discussed')).toBe(true);
  });
});

describe('taking over delegations changes the outcome as the model says', async () => {
  const { createActor } = await import('xstate');
  const { playAi } = await import('../../src/machines/runner');
  const { phaseOf } = await import('../../src/machines/plenary');
  const { predictedObjectors } = await import('../../src/model/decision');
  const { draftOf, agendaItemOf } = await import('../../src/model/items');

  /** Plays the Washington plenary with some seats held by people who answer every call as told. */
  function playWith(humans: string[], answer: (item: string, id: string) => 'OBJECT' | 'CONCUR') {
    const actor = createActor(plenaryMachine, {
      input: {
        scenarioId: 'washington-plenary-2012',
        rule: 'consensus',
        seed: 3,
        humans: Object.fromEntries(humans.map((h) => [h, h])),
      },
    }).start();
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    const predictions: Record<string, boolean> = {};
    for (let guard = 0; guard < 2000 && phaseOf(actor.getSnapshot()) !== 'communique'; guard++) {
      playAi(LIBRARY, actor);
      const snap = actor.getSnapshot();
      const ctx = snap.context;
      const phase = phaseOf(snap);
      if (phase === 'floor' && ctx.item!.speakers[0] && humans.includes(ctx.item!.speakers[0])) {
        actor.send({ type: 'YIELD', by: ctx.item!.speakers[0] });
      } else if (phase === 'consensusCall') {
        const waiting = humans.find((h) => !ctx.item!.call!.responded.includes(h));
        if (!waiting) continue;
        actor.send({ type: answer(ctx.item!.id, waiting), by: waiting });
        const after = actor.getSnapshot().context;
        if (humans.every((h) => after.item!.call!.responded.includes(h))) {
          // Every person has answered: what does the model predict before the AI and the gavel?
          const item = agendaItemOf(LIBRARY, after);
          const objectors = predictedObjectors(
            LIBRARY,
            after,
            'consensus',
            draftOf(LIBRARY, after).value,
            item.statusQuo,
            after.item!.call!.objections,
          );
          predictions[after.item!.id] ??= objectors.size === 0;
        }
      } else if (guard > 1990) throw new Error(`stuck in ${phase}`);
    }
    return { results: actor.getSnapshot().context.results, predictions };
  }

  it('Zimbabwe alone withdrawing its objection does not carry the definition: China and Russia still object', () => {
    const { results, predictions } = playWith(['ZW'], () => 'CONCUR');
    const def = results.find((r) => r.issue === 'definition')!;
    expect(def.outcome).not.toBe('adopted');
    expect(def.decision!.verdicts.consensus.objectors).toEqual(expect.arrayContaining(['CN', 'RU']));
    expect(predictions['wp12-definition']).toBe(false);
  });

  it('when every objector is held by a person who stays silent, the definition passes, as predicted', () => {
    const first = runAiSession(plenaryMachine, LIBRARY, {
      scenarioId: 'washington-plenary-2012',
      rule: 'consensus',
      seed: 3,
    }).context;
    const blockers = [
      ...new Set(first.results.flatMap((r) => r.decision?.verdicts.consensus.objectors ?? [])),
    ];
    const { results, predictions } = playWith(blockers, () => 'CONCUR');
    const def = results.find((r) => r.issue === 'definition')!;
    expect(predictions['wp12-definition']).toBe(true);
    expect(def.outcome).toBe('adopted');
  });

  it('one objection to the support office stops it under consensus', () => {
    const { results } = playWith(['IN'], (item) => (item === 'wp12-admin' ? 'OBJECT' : 'CONCUR'));
    expect(results.find((r) => r.itemId === 'wp12-admin')!.outcome).not.toBe('adopted');
    expect(results.find((r) => r.itemId === 'wp12-marange')!.outcome).toBe('adopted');
  });
});
