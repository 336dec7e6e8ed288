import { describe, expect, it } from 'vitest';
import { parseSimulateArgs, UsageError, labCsv, labJson } from '../../src/machines/cli';
import { compareRules, objectionsStop } from '../../src/machines/compare';
import { LIBRARY } from '../../src/machines/default';
import { nameOf } from '../../src/model/session';
import { runLab } from '../../src/machines/lab';
import { createPlenaryMachine, phaseOf } from '../../src/machines/plenary';
import { buildReport } from '../../src/machines/report';
import { reportMarkdown } from '../../src/machines/report-markdown';
import { playAi, runAiSession, startSession } from '../../src/machines/runner';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);

/**
 * Sessions are played inside each test that reads them, not once as the file loads: Stryker switches a
 * mutant on only as the tests start, so a session played at load time would never see it.
 */
function compared() {
  const input = { scenarioId: 'free-play' as const, rule: 'consensus' as const, seed: 7 };
  const ctx = runAiSession(machine, toyLibrary, input).context;
  const cmp = compareRules(machine, toyLibrary, ctx, input);
  return { cmp, def: cmp.find((c) => c.itemId === 'def')! };
}

describe('the same session under every rule', () => {
  it('consensus: the lone blocker stops the definition and is named', () => {
    const { def } = compared();
    expect(def.rows.consensus.adopted).toBe(false);
    expect(def.rows.consensus.tally!.blockedBy).toEqual(['BL']);
    expect(def.rows.consensus.tally!.pivot).toBe('BL');
    expect(def.rows['consensus-minus-one'].adopted).toBe(true);
  });

  it('majority: the same moves pass 4–1 and the blocker is outvoted', () => {
    const { def } = compared();
    expect(def.rows.majority.adopted).toBe(true);
    expect(def.rows.majority.tally!.for).toHaveLength(4);
    expect(def.rows.majority.tally!.against).toEqual(['BL']);
    expect(def.rows.majority.tally!.outvoted).toEqual(['BL']);
    expect(def.rows.majority.text).toMatch(/^Conflict diamonds means/);
  });

  it('says so plainly', () => {
    const { cmp, def } = compared();
    expect(def.summary).toBe(
      'Under two-thirds majority this text passes 4–1; under consensus Delegation BL’s objection stops it.',
    );
    expect(cmp.find((c) => c.itemId === 'mar')!.summary).toMatch(/^Adopted by consensus/);
  });

  it('measures the distance from the compromise point', () => {
    const { def } = compared();
    expect(def.rows.consensus.fromCompromise).toBeGreaterThan(0);
  });
});

describe('simulate CLI arguments', () => {
  const ids = ['free-play', 'washington-plenary-2012'];
  it('parses a full command line', () => {
    expect(
      parseSimulateArgs(
        ['--scenario', 'free-play', '--rule', 'majority', '--runs', '5', '--seed', '9', '--json'],
        ids,
      ),
    ).toEqual({
      scenarioId: 'free-play',
      rules: ['majority'],
      runs: 5,
      seed: 9,
      format: 'json',
    });
  });
  it.each([
    [['--scenario', 'nowhere'], /Unknown scenario "nowhere". Valid: free-play, washington-plenary-2012/],
    [
      ['--scenario', 'free-play', '--rule', 'dice'],
      /Unknown rule "dice". Valid: consensus, consensus-minus-one, two-thirds, majority, weighted, all/,
    ],
    [['--scenario', 'free-play', '--runs', '0'], /--runs must be a whole number/],
    [['--scenario', 'free-play', '--runs', 'ten'], /--runs must be a whole number/],
    [['--scenario', 'free-play', '--frobnicate'], /Unknown flag "--frobnicate"/],
    [[], /--scenario is required/],
  ])('rejects %j clearly', (argv, msg) => {
    expect(() => parseSimulateArgs(argv, ids)).toThrow(UsageError);
    expect(() => parseSimulateArgs(argv, ids)).toThrow(msg);
  });
});

describe('lab summaries', () => {
  it('JSON has the documented shape and CSV one row per rule', () => {
    const r = runLab(machine, toyLibrary, {
      scenarioId: 'free-play',
      rules: ['consensus', 'majority'],
      runs: 6,
      seed: 3,
    })!;
    const j = JSON.parse(labJson(r));
    expect(Object.keys(j)).toEqual(['scenario', 'runs', 'seed', 'rules']);
    // Stances are drawn within their uncertainty, so consensus sometimes adopts; less often than a majority.
    expect(j.rules.consensus.adopted.definition).toBeLessThan(j.rules.majority.adopted.definition);
    expect(j.rules.majority.adopted.definition).toBe(1);
    // Marange passes in most sessions under either rule; under consensus a drawn stance far from the
    // draft can block it (a deal moves a partner at most a few points), never under a majority.
    expect(j.rules.majority.adopted.marange).toBe(1);
    expect(j.rules.consensus.adopted.marange).toBeGreaterThanOrEqual(0.5);
    expect(j.rules.consensus.adopted.marange).toBeLessThanOrEqual(1);
    expect(Object.keys(j.rules.majority.definitionScope)).toEqual(['mean', 'p10', 'p50', 'p90']);
    expect(labCsv(r).split('\n')).toHaveLength(3);
  });
  it('can be cancelled', () => {
    let n = 0;
    expect(
      runLab(
        machine,
        toyLibrary,
        { scenarioId: 'free-play', rules: ['consensus'], runs: 50, seed: 1 },
        undefined,
        () => ++n > 3,
      ),
    ).toBeNull();
  });
});

describe('a meeting compared at its communiqué, before anyone asks for the debrief', () => {
  // Only the definition is on the agenda: consensus fails it and the chair refers it, which ends the
  // meeting; under a vote the same first call adopts it, and only the chair's NEXT_ITEM (never in the
  // log) would carry the replay on to the communiqué.
  function atCommunique() {
    const input = { scenarioId: 'free-play' as const, rule: 'consensus' as const, seed: 7, items: ['def'] };
    const actor = startSession(machine, input);
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    playAi(toyLibrary, actor);
    const ctx = actor.getSnapshot().context;
    const md = reportMarkdown(
      toyLibrary,
      buildReport(toyLibrary, ctx, compareRules(machine, toyLibrary, ctx, input), []),
    );
    return { actor, ctx, md };
  }

  it('the session stopped at the communiqué, with no DEBRIEF or END in its log', () => {
    const { actor, ctx } = atCommunique();
    expect(phaseOf(actor.getSnapshot())).toBe('communique');
    expect(ctx.log.map((e) => e.type)).not.toContain('DEBRIEF');
    expect(ctx.log.map((e) => e.type)).not.toContain('END');
  });

  it('the export still sets the last item out under every rule', () => {
    const { md } = atCommunique();
    expect(md).toContain('### The definition');
    expect(md).toContain('Under two-thirds majority this text passes 4–1');
    expect(md).toMatch(/\| Simple majority \| adopted \| 1 \| \d+ \| 4–1 \|/);
  });
});

describe('who stopped a draft, in words', () => {
  it('reads right for one objector, several, and more than it names', () => {
    const [cn, ru, zw] = ['CN', 'RU', 'ZW'].map((id) => nameOf(LIBRARY, id));
    expect(objectionsStop(LIBRARY, ['CN'])).toBe(`${cn}’s objection stops`);
    expect(objectionsStop(LIBRARY, ['CN', 'RU'])).toBe(`the objections of ${cn} and ${ru} stop`);
    expect(objectionsStop(LIBRARY, ['CN', 'RU', 'ZW', 'NA'])).toBe(
      `the objections of ${cn}, ${ru}, ${zw} and ${nameOf(LIBRARY, 'NA')} stop`,
    );
    expect(objectionsStop(LIBRARY, ['CN', 'RU', 'ZW', 'NA', 'VE'])).toMatch(/and 2 other delegations stop$/);
  });
});
