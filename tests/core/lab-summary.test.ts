// What `npm run simulate` and the Rule Lab print, from outcomes set by hand: the command line it
// accepts, the shares and scope statistics it summarises, and the table, CSV and JSON it writes.
import { describe, expect, it } from 'vitest';
import {
  HelpRequested,
  labCsv,
  labJson,
  labTable,
  MAX_RUNS,
  parseSimulateArgs,
  simulateUsage,
  UsageError,
} from '../../src/machines/cli';
import {
  definitionScope,
  labIssues,
  quantile,
  sessionSeed,
  summariseChunks,
  wilson,
  type LabResult,
} from '../../src/machines/lab';
import type { ItemResult } from '../../src/model/session';
import { toyLibrary } from './fixtures';

const ids = ['free-play', 'washington-plenary-2012'];
const parse = (...argv: string[]) => parseSimulateArgs(argv, ids);
const usageError = (argv: string[]) => {
  try {
    parse(...argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
};

describe('the simulate command line', () => {
  it('defaults to every rule, 100 runs, seed 1 and a table', () => {
    expect(parse('--scenario', 'free-play')).toEqual({
      scenarioId: 'free-play',
      rules: ['consensus', 'consensus-minus-one', 'two-thirds', 'majority', 'weighted'],
      runs: 100,
      seed: 1,
      format: 'table',
    });
    expect(parse('--scenario', 'free-play', '--rule', 'all').rules).toHaveLength(5);
    expect(parse('--csv', '--scenario', 'free-play').format).toBe('csv');
  });

  it('accepts runs from 1 to the maximum, and nothing outside', () => {
    expect(parse('--scenario', 'free-play', '--runs', '1').runs).toBe(1);
    expect(parse('--scenario', 'free-play', '--runs', String(MAX_RUNS)).runs).toBe(100_000);
    expect(usageError(['--scenario', 'free-play', '--runs', String(MAX_RUNS + 1)])).toBe(
      '--runs must be a whole number from 1 to 100000, got "100001".',
    );
    expect(usageError(['--scenario', 'free-play', '--runs', '2.5'])).toMatch(/got "2.5"/);
  });

  // Here, not only in lab-threads.test.ts, which the mutation run leaves out (its worker threads).
  it('accepts threads from 1 to 64, one per core when not given, and nothing outside', () => {
    expect(parse('--scenario', 'free-play', '--threads', '1').threads).toBe(1);
    expect(parse('--scenario', 'free-play', '--threads', '64').threads).toBe(64);
    expect('threads' in parse('--scenario', 'free-play')).toBe(false);
    for (const bad of ['0', '65', 'two', '1.5'])
      expect(usageError(['--scenario', 'free-play', '--threads', bad])).toBe(
        `--threads must be a whole number from 1 to 64, got "${bad}".`,
      );
    expect(usageError(['--scenario', 'free-play', '--threads'])).toBe('--threads needs a value.');
  });

  it('refuses runs below 1 and an unknown rule, naming the valid ones', () => {
    expect(usageError(['--scenario', 'free-play', '--runs', '0'])).toBe(
      '--runs must be a whole number from 1 to 100000, got "0".',
    );
    expect(usageError(['--scenario', 'free-play', '--rule', 'unanimity'])).toBe(
      'Unknown rule "unanimity". Valid: consensus, consensus-minus-one, two-thirds, majority, weighted, all.',
    );
    expect(usageError(['--scenario', 'nowhere'])).toBe(
      'Unknown scenario "nowhere". Valid: free-play, washington-plenary-2012.',
    );
    expect(parse('--scenario', 'free-play', '--rule', 'majority').rules).toEqual(['majority']);
    expect(parse('--json', '--scenario', 'free-play').format).toBe('json');
  });

  it('says which flag is missing its value, even when another flag follows', () => {
    expect(usageError(['--scenario'])).toBe('--scenario needs a value.');
    expect(usageError(['--scenario', '--json'])).toBe('--scenario needs a value.');
    expect(usageError(['--scenario', 'free-play', '--rule'])).toBe('--rule needs a value.');
    expect(usageError(['--scenario', 'free-play', '--seed', '--csv'])).toBe('--seed needs a value.');
    expect(usageError(['--scenario', 'free-play', '--runs'])).toBe('--runs needs a value.');
    // A negative number is a value, not a flag (it is rejected as runs on its merits).
    expect(usageError(['--scenario', 'free-play', '--runs', '-3'])).toMatch(/--runs must be a whole number/);
  });

  it('names the valid choices when a scenario or a flag is unknown', () => {
    expect(usageError([])).toBe('--scenario is required. Valid: free-play, washington-plenary-2012.');
    expect(usageError(['-x'])).toBe(
      'Unknown flag "-x". Flags: --scenario ID --rule RULE|all --runs N --seed S --threads T [--json|--csv] [--help].',
    );
  });

  it('keeps the seed as typed: digits that print back the same are a number, anything else text', () => {
    const seed = (s: string) => parse('--scenario', 'free-play', '--seed', s).seed;
    expect(seed('42')).toBe(42);
    expect(seed('0')).toBe(0);
    expect(seed('007')).toBe('007');
    expect(seed('lesson 3')).toBe('lesson 3');
    expect(seed('1e3')).toBe('1e3');
    expect(seed('-4')).toBe('-4');
    expect(seed('9007199254740993')).toBe('9007199254740993');
  });

  it('-h and --help print the usage, listing the scenarios and rules', () => {
    for (const flag of ['-h', '--help']) {
      let message = '';
      try {
        parse('--scenario', 'free-play', flag);
      } catch (e) {
        expect(e).toBeInstanceOf(HelpRequested);
        message = (e as Error).message;
      }
      expect(message).toBe(simulateUsage(ids));
    }
    // The whole help as printed, blank lines included.
    expect(simulateUsage(ids).split('\n')).toEqual([
      'Usage: npm run simulate -- --scenario ID [--rule RULE|all] [--runs N] [--seed S] [--threads T] [--json|--csv]',
      '',
      'Plays N AI-only sessions of a scenario under each decision rule and prints what each rule adopts.',
      '',
      '  --scenario ID   one of: free-play, washington-plenary-2012 (required)',
      '  --rule RULE     one of: consensus, consensus-minus-one, two-thirds, majority, weighted, or all (default all)',
      '  --runs N        sessions per rule, 1 to 100000 (default 100)',
      '  --seed S        any text; the same seed gives the same runs, kept exactly as given (default 1)',
      '  --threads T     worker threads, 1 to 64 (default one per core); any T gives the same numbers',
      '  --json, --csv   print JSON or CSV instead of a table',
      '  --help          print this help',
    ]);
    const usage = simulateUsage(ids).split('\n');
    expect(usage[0]).toBe(
      'Usage: npm run simulate -- --scenario ID [--rule RULE|all] [--runs N] [--seed S] [--threads T] [--json|--csv]',
    );
    expect(usage).toContain('  --scenario ID   one of: free-play, washington-plenary-2012 (required)');
    expect(usage).toContain(
      '  --rule RULE     one of: consensus, consensus-minus-one, two-thirds, majority, weighted, or all (default all)',
    );
    expect(usage).toContain('  --runs N        sessions per rule, 1 to 100000 (default 100)');
    expect(usage).toContain(
      '  --threads T     worker threads, 1 to 64 (default one per core); any T gives the same numbers',
    );
  });
});

/** Two rules over a two-issue agenda, as a lab run of 4 sessions would give them. */
const result: LabResult = {
  scenario: 'free-play',
  runs: 4,
  seed: 'class-1',
  rules: {
    consensus: {
      adopted: { definition: 0.25, marange: 1 },
      adoptedInterval: {},
      definitionScope: { mean: 12.5, p10: 0, p50: 5, p90: 37.123456 },
      definitionHistogram: [],
      items: {
        definition: {
          value: { mean: 50, p10: 50, p50: 50, p90: 50 },
          called: 4,
          against: 10.5,
          objecting: 2.75,
          objectors: [{ id: 'ZW', share: 0.75 }],
        },
        marange: {
          value: { mean: 13, p10: 10.4, p50: 14, p90: 14 },
          called: 4,
          against: 3,
          objecting: 0,
          objectors: [],
        },
      },
    },
    majority: {
      adopted: { definition: 1 / 3, marange: 0.5 },
      adoptedInterval: {},
      definitionScope: { mean: 50, p10: 42.25, p50: 50, p90: 57.75 },
      definitionHistogram: [],
      items: {
        definition: {
          value: { mean: 50, p10: 42.25, p50: 50, p90: 57.75 },
          called: 3,
          against: 20,
          objecting: 20,
          objectors: [{ id: 'ZW', share: 1 }],
        },
        marange: { value: null, called: 4, against: 40, objecting: 40, objectors: [] },
      },
    },
  },
};

describe('the lab’s summaries as printed', () => {
  it('a table a person reads: one row per rule, shares in whole percent and where adopted, scope to a tenth', () => {
    expect(labTable(result).split('\n')).toEqual([
      'free-play: 4 AI-only sessions per rule, seed class-1',
      'rule                     adopts definition  adopts marange  scope mean  p10   p50   p90 ',
      '-----------------------  -----------------  --------------  ----------  ----  ----  ----',
      'Consensus (the KP rule)  25% at 50          100% at 10–14   12.5        0.0   5.0   37.1',
      'Simple majority          33% at 42–58       50%             50.0        42.3  50.0  57.8',
    ]);
  });

  it('CSV a spreadsheet reads: shares and scope to four decimals, then each item’s spread', () => {
    expect(labCsv(result).split('\n')).toEqual([
      'scenario,rule,runs,seed,adopted_definition,adopted_marange,scope_mean,scope_p10,scope_p50,scope_p90,' +
        'value_p10_definition,value_p50_definition,value_p90_definition,against_definition,objecting_definition,' +
        'value_p10_marange,value_p50_marange,value_p90_marange,against_marange,objecting_marange',
      'free-play,consensus,4,class-1,0.25,1,12.5,0,5,37.1235,50,50,50,10.5,2.75,10.4,14,14,3,0',
      'free-play,majority,4,class-1,0.3333,0.5,50,42.25,50,57.75,42.25,50,57.75,20,20,,,,40,40',
    ]);
  });

  it('JSON with the scenario, runs, seed and each rule’s shares, scope and items’ spread', () => {
    expect(JSON.parse(labJson(result))).toEqual({
      scenario: 'free-play',
      runs: 4,
      seed: 'class-1',
      rules: {
        consensus: {
          adopted: { definition: 0.25, marange: 1 },
          definitionScope: result.rules.consensus!.definitionScope,
          items: result.rules.consensus!.items,
        },
        majority: {
          adopted: { definition: 1 / 3, marange: 0.5 },
          definitionScope: result.rules.majority!.definitionScope,
          items: result.rules.majority!.items,
        },
      },
    });
  });

  it('an issue one rule never adopted is printed as 0 for it', () => {
    const partial: LabResult = {
      ...result,
      rules: { ...result.rules, majority: { ...result.rules.majority!, adopted: { definition: 1 } } },
    };
    expect(labCsv(partial).split('\n')[2]).toMatch(/^free-play,majority,4,class-1,1,0,50,42.25,50,57.75,/);
    expect(labTable(partial).split('\n')[4]).toMatch(/^Simple majority\s+100% at 42–58\s+0%\s+50\.0/);
  });

  it('an issue one rule’s sessions never reached: no spread, nobody against, in the CSV and the table', () => {
    const { marange: _, ...reached } = result.rules.majority!.items;
    const partial: LabResult = {
      ...result,
      rules: { ...result.rules, majority: { ...result.rules.majority!, items: reached } },
    };
    expect(labCsv(partial).split('\n')[2]).toBe(
      'free-play,majority,4,class-1,0.3333,0.5,50,42.25,50,57.75,42.25,50,57.75,20,20,,,,0,0',
    );
    expect(labTable(partial).split('\n')[4]).toBe(
      'Simple majority          33% at 42–58       50%             50.0        42.3  50.0  57.8',
    );
  });
});

const outcome = (issue: ItemResult['issue'], value: number): ItemResult => ({
  itemId: issue,
  issue,
  outcome: 'adopted',
  value,
  statusQuo: 0,
  clauses: [],
  day: 1,
  decision: null,
});

describe('the lab’s statistics', () => {
  it('each session of a run has its own seed, the same wherever it runs', () => {
    expect(sessionSeed(7, 0)).toBe('7/0');
    expect(sessionSeed('class', 12)).toBe('class/12');
  });

  it('quantiles interpolate between the sorted outcomes', () => {
    const xs = [0, 10, 20, 30, 40];
    expect(quantile(xs, 0)).toBe(0);
    expect(quantile(xs, 0.5)).toBe(20);
    expect(quantile(xs, 1)).toBe(40);
    expect(quantile(xs, 0.1)).toBeCloseTo(4);
    expect(quantile(xs, 0.9)).toBeCloseTo(36);
    expect(quantile([5], 0.9)).toBe(5);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('the definition’s scope is the last definition decided, else the status quo', () => {
    expect(
      definitionScope([outcome('definition', 30), outcome('marange', 5), outcome('definition', 45)], 0),
    ).toBe(45);
    expect(definitionScope([outcome('marange', 5)], 12)).toBe(12);
    expect(definitionScope([], 12)).toBe(12);
  });

  it('the Wilson interval at 90%: the published values, and [0, 1] with no sessions', () => {
    // k = 5 of n = 10: p = 0.5, z = 1.645 gives 0.5 ± 0.2307.
    const [lo, hi] = wilson(5, 10);
    expect(lo).toBeCloseTo(0.2693, 3);
    expect(hi).toBeCloseTo(0.7307, 3);
    // None of 20: from 0 to z²/(n+z²) = 0.1192; all of 20, its mirror.
    expect(wilson(0, 20)[0]).toBe(0);
    expect(wilson(0, 20)[1]).toBeCloseTo(0.1192, 3);
    expect(wilson(20, 20)[0]).toBeCloseTo(0.8808, 3);
    expect(wilson(20, 20)[1]).toBe(1);
    expect(wilson(0, 0)).toEqual([0, 1]);
  });

  it('summarises sessions from chunks in any order: shares, intervals, scope and its histogram', () => {
    const s = summariseChunks(
      ['definition', 'marange'],
      [
        { rule: 'majority', from: 2, scopes: [100, 35], adopted: { definition: 2 }, values: {}, calls: {} },
        {
          rule: 'majority',
          from: 0,
          scopes: [5, 9.99],
          adopted: { definition: 1, marange: 1 },
          values: {},
          calls: {},
        },
      ],
    );
    expect(s.adopted).toEqual({ definition: 0.75, marange: 0.25 });
    expect(s.adoptedInterval.definition).toEqual(wilson(3, 4));
    expect(s.adoptedInterval.marange).toEqual(wilson(1, 4));
    expect(s.definitionScope.mean).toBeCloseTo(37.4975);
    expect(s.definitionScope.p50).toBeCloseTo(22.495);
    expect(s.definitionScope.p10).toBeCloseTo(quantile([5, 9.99, 35, 100], 0.1));
    expect(s.definitionScope.p90).toBeCloseTo(quantile([5, 9.99, 35, 100], 0.9));
    // Ten bins of ten points; 100 falls in the last.
    expect(s.definitionHistogram).toEqual([2, 0, 0, 1, 0, 0, 0, 0, 0, 1]);
  });

  it('with no sessions yet, shares are zero rather than undefined', () => {
    const s = summariseChunks(['definition'], []);
    expect(s.adopted).toEqual({ definition: 0 });
    expect(s.definitionScope.mean).toBe(0);
    expect(s.adoptedInterval.definition).toEqual([0, 1]);
    expect(s.items.definition).toEqual({ value: null, called: 0, against: 0, objecting: 0, objectors: [] });
  });

  it('an item adopted everywhere still shows where it was adopted, and who stood against it', () => {
    const base = { rule: 'consensus' as const, scopes: [], adopted: {} };
    const s = summariseChunks(
      ['definition', 'marange'],
      [
        {
          ...base,
          from: 3,
          values: { marange: [10, 14] },
          calls: { marange: { sessions: 2, against: 7, objecting: 0, objectedBy: {} } },
        },
        {
          ...base,
          from: 0,
          values: { marange: [14, 14, 14] },
          calls: {
            marange: { sessions: 3, against: 8, objecting: 0, objectedBy: {} },
            definition: { sessions: 3, against: 30, objecting: 7, objectedBy: { RU: 2, ZW: 3, CN: 2 } },
          },
        },
      ],
    );
    // Adopted in all five, at 14 in four and at 10 in one: the value's spread, over adopted sessions only.
    expect(s.items.marange!.value).toEqual({
      mean: 13.2,
      p10: quantile([10, 14, 14, 14, 14], 0.1),
      p50: 14,
      p90: 14,
    });
    expect(s.items.marange!.value!.p10).toBeCloseTo(11.6);
    // Three against on average, none objecting: under consensus they let it pass.
    expect(s.items.marange).toMatchObject({ called: 5, against: 3, objecting: 0, objectors: [] });
    // Never adopted: no value; who objected most often first, ties by id.
    expect(s.items.definition).toEqual({
      value: null,
      called: 3,
      against: 10,
      objecting: 7 / 3,
      objectors: [
        { id: 'ZW', share: 1 },
        { id: 'CN', share: 2 / 3 },
        { id: 'RU', share: 2 / 3 },
      ],
    });
  });

  it('the lab studies the issues on the agenda, in the scale’s order, and the definition’s status quo', () => {
    expect(labIssues(toyLibrary, 'free-play')).toEqual({ issues: ['definition', 'marange'], sq: 0 });
    const noDefinition = {
      ...toyLibrary,
      scenarios: [{ ...toyLibrary.scenarios[0]!, agenda: toyLibrary.scenarios[0]!.agenda.slice(1) }],
    };
    expect(labIssues(noDefinition, 'free-play')).toEqual({ issues: ['marange'], sq: 0 });
  });
});
