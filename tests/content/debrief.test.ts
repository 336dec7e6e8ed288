// The debrief pack of a real meeting, as a class exports it: Markdown and JSON.
import { describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../../src/content/index';
import { CAMPAIGN, nextMeeting } from '../../src/machines/campaign';
import { compareRules } from '../../src/machines/compare';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { phaseOf } from '../../src/machines/plenary';
import { buildReport } from '../../src/machines/report';
import { reportMarkdown } from '../../src/machines/report-markdown';
import { playAi, runAiSession, startSession } from '../../src/machines/runner';
import { rosterOf } from '../../src/model/roster';
import { RULES, ruleThreshold, type RuleId } from '../../src/model/rules';
import type { SessionContext, SessionInput } from '../../src/model/session';

const scenarioId = 'washington-plenary-2012' as const;

function exports(ctx: SessionContext, input: SessionInput) {
  const report = buildReport(LIBRARY, ctx, compareRules(plenaryMachine, LIBRARY, ctx, input), BRIEFINGS);
  return {
    report,
    md: reportMarkdown(LIBRARY, report),
    json: JSON.parse(JSON.stringify(report)) as typeof report,
  };
}

describe('who moved whom, in the exports of a real meeting', () => {
  // Played inside each test (see forcedCallSession below for why).
  function exported() {
    const input = { scenarioId, rule: 'consensus' as const, seed: 1 };
    const ctx = runAiSession(plenaryMachine, LIBRARY, input).context;
    const roster = rosterOf(LIBRARY, scenarioId);
    return { ...exports(ctx, input), roster, names: new Set(roster.names) };
  }

  it('the Markdown names both delegations on every line, never a seat number', () => {
    const { md, names } = exported();
    const lines = md.split('## Who moved whom\n\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const m = /^- (.+) → (.+): [\d.]+ points$/.exec(line);
      expect(m, line).not.toBeNull();
      expect(names.has(m![1]!), line).toBe(true);
      expect(names.has(m![2]!), line).toBe(true);
    }
  });

  it('the JSON gives delegation ids on both sides', () => {
    const { json, roster } = exported();
    expect(json.influence.length).toBeGreaterThan(0);
    for (const e of json.influence) {
      expect(roster.ids).toContain(e.from);
      expect(roster.ids).toContain(e.to);
    }
  });
});

/**
 * A session in which the facilitator forces the first call; then the meeting runs on, or is ended once
 * it is decided. Played inside its test, not while the file loads: Stryker switches a mutant on only as
 * the tests start, and a session played at load time would be played again, unmutated, for every mutant.
 */
function forcedCallSession(seed: number, ending: 'runs on' | 'ended after the call') {
  const input = { scenarioId, rule: 'consensus' as const, seed };
  const actor = startSession(plenaryMachine, input);
  actor.send({ type: 'START' });
  actor.send({ type: 'BEGIN' });
  while (phaseOf(actor.getSnapshot()) !== 'floor') playAi(LIBRARY, actor, 1);
  playAi(LIBRARY, actor, seed); // a few speeches first, more with each seed
  // A caucus the AI opened is answered before the facilitator can force the call.
  while (phaseOf(actor.getSnapshot()) === 'caucus') playAi(LIBRARY, actor, 1);
  actor.send({ type: 'FORCE_CALL' });
  expect(phaseOf(actor.getSnapshot())).toBe('consensusCall');
  if (ending === 'runs on') playAi(LIBRARY, actor);
  else {
    while (phaseOf(actor.getSnapshot()) === 'consensusCall') playAi(LIBRARY, actor, 1);
    actor.send({ type: 'END' });
  }
  expect(phaseOf(actor.getSnapshot())).toBe('communique');
  const ctx = actor.getSnapshot().context;
  actor.stop();
  return { ctx, input };
}
const FORCED_CALLS = [1, 2, 3, 4, 5].flatMap((seed) =>
  (['runs on', 'ended after the call'] as const).map((ending) => ({
    label: `seed ${seed}, ${ending}`,
    seed,
    ending,
  })),
);

describe('after a forced call, every rule’s verdict agrees with its own tally', () => {
  const labelOf = Object.fromEntries(Object.values(RULES).map((r) => [r.label, r.id])) as Record<
    string,
    RuleId
  >;

  it.each(FORCED_CALLS)('$label', ({ seed, ending }) => {
    const { ctx, input } = forcedCallSession(seed, ending);
    const { report, md } = exports(ctx, input);
    // The Markdown table rows, as the class reads them:
    // rule | result | call on the item | draft at that call | tally | for–against | blocked by / outvoted |
    // deciding vote (pivot) | points from the room’s compromise
    const rows = md
      .split('\n')
      .filter((line) => line.startsWith('| '))
      .map((line) => line.slice(2, -2).split(' | '))
      .filter((cells) => cells[0]! in labelOf);
    expect(rows).toHaveLength(report.comparison.length * 5);
    let called = 0;
    for (const [label, result, call, , tally, heads, named, , fromCompromise] of rows) {
      expect(call === '—', label).toBe(fromCompromise === '—');
      if (fromCompromise === '—') continue; // never came to a call under this rule: no tally to agree with
      called++;
      const line = `${label}: ${result} ${tally} ${heads} (${named})`;
      const rule = labelOf[label!]!;
      const adopted = result === 'adopted';
      const [supporters, opponents] = heads!.split('–').map(Number) as [number, number];
      if (RULES[rule].counts === 'heads') {
        expect(tally, line).toBe(heads);
        expect(adopted, line).toBe(supporters >= ruleThreshold(rule, supporters + opponents, 0));
      }
      if (RULES[rule].counts === 'objections') {
        // Not adopted by consensus (minus one): the objections that stood are named, one (two) at least.
        const blockers = named === '—' ? 0 : named!.split(', ').length;
        if (!adopted) expect(blockers, line).toBeGreaterThan(rule === 'consensus' ? 0 : 1);
        else expect(named, line).toBe('—');
        if (rule === 'consensus') expect(tally === 'no objection', line).toBe(adopted);
      }
      if (RULES[rule].counts === 'weight') {
        // The weighted rule prints its production share, never a head count, and passes above half.
        const share = /^(\d+)%–(\d+)% of production$/.exec(tally!);
        expect(share, line).not.toBeNull();
        if (Number(share![1]) !== 50) expect(adopted, line).toBe(Number(share![1]) > 50);
      }
    }
    expect(called).toBeGreaterThan(0);
  });
});

describe('ending a meeting after a call', () => {
  it('an item its own call adopted is recorded as adopted, not as unreached', () => {
    const actor = startSession(plenaryMachine, { scenarioId, rule: 'majority', seed: 2 });
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    // Play on until a call adopts a draft, then the facilitator ends the meeting at once.
    for (let n = 0; n < 400 && phaseOf(actor.getSnapshot()) !== 'adopted'; n++) playAi(LIBRARY, actor, 1);
    expect(phaseOf(actor.getSnapshot())).toBe('adopted');
    const itemId = actor.getSnapshot().context.item!.id;
    actor.send({ type: 'END' });
    const ctx = actor.getSnapshot().context;
    expect(ctx.results.find((r) => r.itemId === itemId)!.outcome).toBe('adopted');
  });
});

describe('comparing the rules in a campaign meeting', () => {
  it('replays from the positions carried in from the last meeting, not from the anchors', () => {
    // The whole room arrives having come round to a wide definition.
    const carried = Object.fromEntries(
      rosterOf(LIBRARY, scenarioId).ids.map((id) => [id, { definition: 100 }]),
    );
    const input = { scenarioId, rule: 'consensus' as const, seed: 4, carry: carried };
    const ctx = runAiSession(plenaryMachine, LIBRARY, input).context;
    const withInput = compareRules(plenaryMachine, LIBRARY, ctx, input);
    const { carry: _carried, ...fromAnchors } = input;
    const withoutCarry = compareRules(plenaryMachine, LIBRARY, ctx, fromAnchors);
    const definition = (cmp: typeof withInput) =>
      Object.values(cmp.find((c) => c.issue === 'definition')!.rows).map(
        (r) => `${r.rule}:${r.outcome}:${r.tally?.for.length}`,
      );
    // The session's own rule is the session itself either way; the replays differ with the carry.
    expect(definition(withInput)).not.toEqual(definition(withoutCarry));
  });
});

describe('the debrief of a campaign meeting', () => {
  it('starts each delegation where the last meeting left it, not at its anchor', () => {
    const first = runAiSession(plenaryMachine, LIBRARY, {
      scenarioId: CAMPAIGN[0]!,
      rule: 'consensus',
      seed: 3,
    }).context;
    const input = nextMeeting(LIBRARY, first, 3)!;
    const ctx = runAiSession(plenaryMachine, LIBRARY, input).context;
    const report = buildReport(
      LIBRARY,
      ctx,
      compareRules(plenaryMachine, LIBRARY, ctx, input),
      BRIEFINGS,
      input.carry,
    );
    const before = rosterOf(LIBRARY, first.scenarioId);
    const roster = rosterOf(LIBRARY, ctx.scenarioId);
    let moved = 0;
    for (const p of report.positions) {
      const k = before.index[p.id];
      if (k === undefined) continue;
      const anchor = roster.anchor.definition[roster.index[p.id]!]!;
      const left = Math.round(first.pos.definition[k]! * 10) / 10;
      expect(p.start.definition, p.id).toBe(left);
      if (Math.abs(left - anchor) >= 0.1) moved += 1;
    }
    // The first meeting moved someone, so the two readings differ for this test to mean anything.
    expect(moved).toBeGreaterThan(0);
  });
});
