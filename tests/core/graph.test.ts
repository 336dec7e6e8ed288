// Model-based tests with XState's graph tools: explore the statechart under AI moves and the
// choices people can make, with the context abstracted so the graph stays finite.
import { describe, expect, it } from 'vitest';
import { getAdjacencyMap } from 'xstate/graph';
import { nextAiEvent } from '../../src/model/ai';
import { PHASES } from '../../src/model/phase';
import type { SessionEvent } from '../../src/model/session';
import { phaseFacts, createPlenaryMachine, phaseOf, type PlenarySnapshot } from '../../src/machines/plenary';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);
// One human seat (MA) and a human chair (CH) so the explorer can make every choice people can.
const input = {
  scenarioId: 'free-play' as const,
  rule: 'consensus' as const,
  seed: 1,
  humans: { MA: 'Ama', CH: 'Chair' },
};

function key(s: PlenarySnapshot): string {
  const c = s.context;
  return JSON.stringify([
    phaseOf(s),
    c.itemIndex,
    c.day,
    s.hasTag('paused'),
    c.item?.speakers.length ? c.item.speakers[0] : null,
    c.item?.turn.spoke,
    c.item?.consultations,
    c.item?.call?.objections.length ?? null,
    c.item?.call?.responded.includes('MA') ?? null,
  ]);
}

function choices(s: PlenarySnapshot): SessionEvent[] {
  const c = s.context;
  const phase = phaseOf(s);
  const ai = nextAiEvent(toyLibrary, phaseFacts(phase), { ...c, humans: {} });
  const speaker = c.item?.speakers[0];
  const out: SessionEvent[] = [
    { type: 'START' },
    { type: 'BEGIN' },
    { type: 'DEBRIEF' },
    { type: 'PAUSE' },
    { type: 'RESUME' },
    { type: 'END' },
    { type: 'FORCE_CALL' },
    { type: 'OPEN_FLOOR', by: 'CH' },
    { type: 'TABLE_DRAFT', by: 'CH' },
    { type: 'CALL_CONSENSUS', by: 'CH' },
    { type: 'CLOSE_CALL', by: 'CH' },
    { type: 'NEXT_ITEM', by: 'CH' },
    { type: 'CONSULT', by: 'CH' },
    { type: 'REFER', by: 'CH' },
    { type: 'DEFER', by: 'CH' },
    { type: 'ADJOURN', by: 'CH' },
    { type: 'NEXT_DAY', by: 'CH' },
    { type: 'OBJECT', by: 'MA' },
    { type: 'CONCUR', by: 'MA' },
    { type: 'WITHDRAW_OBJECTION', by: 'MA' },
    { type: 'CAUCUS_OFFER', by: 'MA', to: 'RA', give: 'marange', ask: 'definition' },
    { type: 'CAUCUS_REFUSE', by: 'RA' },
  ];
  if (speaker) out.push({ type: 'YIELD', by: speaker });
  if (ai) out.push(ai);
  return out;
}

type Node = { state: unknown; transitions: Record<string, { event: SessionEvent; state: unknown }> };
/**
 * The chart explored inside each test that reads it, not as the file loads: a mutation run switches a
 * mutant on only as the tests start, so a graph built at load time would never see it.
 */
function explore(): [string, Node][] {
  const adjacency = getAdjacencyMap(machine, {
    input,
    events: choices,
    serializeState: (s) => key(s as PlenarySnapshot),
    limit: 200_000,
  });
  return Object.entries(adjacency) as [string, Node][];
}

describe('statechart coverage', () => {
  it('every phase is reached', () => {
    const nodes = explore();
    const seen = new Set(nodes.map(([, v]) => phaseOf(v.state as PlenarySnapshot)));
    for (const p of PHASES) expect(seen, `phase ${p}`).toContain(p);
  });

  it('every transition in the chart is taken', () => {
    const nodes = explore();
    const taken = new Set<string>();
    for (const [, v] of nodes) {
      const from = phaseOf(v.state as PlenarySnapshot);
      for (const t of Object.values(v.transitions)) {
        const to = phaseOf(t.state as PlenarySnapshot);
        if (to !== from) taken.add(`${from}:${t.event.type}`);
      }
    }
    // Every event that changes state in the chart, by the state that hears it.
    const expected = [
      'setup:START',
      'briefing:BEGIN',
      'opening:OPEN_FLOOR',
      'opening:ADJOURN',
      'floor:CAUCUS_OFFER',
      'floor:TABLE_DRAFT',
      'floor:FORCE_CALL',
      'floor:DEFER',
      'caucus:CAUCUS_REFUSE',
      'chairDraft:CALL_CONSENSUS',
      'chairDraft:DEFER',
      'consensusCall:CLOSE_CALL',
      'adopted:NEXT_ITEM',
      'noConsensus:CONSULT',
      'noConsensus:REFER',
      'noConsensus:DEFER',
      'adjourned:NEXT_DAY',
      'communique:DEBRIEF',
      'floor:END',
      'consensusCall:END',
    ];
    for (const e of expected) expect(taken, e).toContain(e);
  });

  it('from every reachable state the communiqué is still reachable', () => {
    const nodes = explore();
    const into = new Map<string, string[]>();
    for (const [k, v] of nodes)
      for (const t of Object.values(v.transitions)) {
        const to = key(t.state as PlenarySnapshot);
        into.set(to, [...(into.get(to) ?? []), k]);
      }
    const good = new Set(
      nodes
        .filter(([, v]) => ['communique', 'debrief'].includes(phaseOf(v.state as PlenarySnapshot)))
        .map(([k]) => k),
    );
    const queue = [...good];
    while (queue.length) {
      for (const k of into.get(queue.pop()!) ?? []) {
        if (good.has(k)) continue;
        good.add(k);
        queue.push(k);
      }
    }
    const stuck = nodes.filter(([k]) => !good.has(k)).map(([k]) => k);
    expect(stuck).toEqual([]);
    expect(nodes.length).toBeGreaterThan(30);
  });
});
