// Parsing and printing for `npm run simulate`: pure, so it is tested without spawning a process.
import type { IssueId, ScenarioId } from '../content/types';
import { isRuleId, RULE_IDS, RULES, type RuleId } from '../model/rules';
import { toCsv } from './csv';
import type { Distribution, ItemSpread, LabRequest, LabResult } from './lab';

export class UsageError extends Error {}
/** `--help`: not an error; the message is the usage text, printed and exit 0. */
export class HelpRequested extends Error {}

export function simulateUsage(scenarioIds: readonly string[]): string {
  return [
    'Usage: npm run simulate -- --scenario ID [--rule RULE|all] [--runs N] [--seed S] [--threads T] [--json|--csv]',
    '',
    'Plays N AI-only sessions of a scenario under each decision rule and prints what each rule adopts.',
    '',
    `  --scenario ID   one of: ${scenarioIds.join(', ')} (required)`,
    `  --rule RULE     one of: ${RULE_IDS.join(', ')}, or all (default all)`,
    `  --runs N        sessions per rule, 1 to ${MAX_RUNS} (default 100)`,
    '  --seed S        any text; the same seed gives the same runs, kept exactly as given (default 1)',
    `  --threads T     worker threads, 1 to ${MAX_THREADS} (default one per core); any T gives the same numbers`,
    '  --json, --csv   print JSON or CSV instead of a table',
    '  --help          print this help',
  ].join('\n');
}

export interface SimulateOptions extends LabRequest {
  readonly format: 'table' | 'json' | 'csv';
  /** Worker threads asked for; absent: one per core. */
  readonly threads?: number;
}

export const MAX_RUNS = 100_000;
export const MAX_THREADS = 64;

export function parseSimulateArgs(argv: readonly string[], scenarioIds: readonly string[]): SimulateOptions {
  let scenario: string | undefined;
  let rule = 'all';
  let runs = 100;
  let seed: string = '1';
  let format: SimulateOptions['format'] = 'table';
  let threads: number | undefined;
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value.`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    switch (a) {
      case '--scenario':
        scenario = value(i++, a);
        break;
      case '--rule':
        rule = value(i++, a);
        break;
      case '--runs': {
        const v = value(i++, a);
        runs = Number(v);
        if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS)
          throw new UsageError(`--runs must be a whole number from 1 to ${MAX_RUNS}, got "${v}".`);
        break;
      }
      case '--seed':
        seed = value(i++, a);
        break;
      case '--threads': {
        const v = value(i++, a);
        threads = Number(v);
        if (!Number.isInteger(threads) || threads < 1 || threads > MAX_THREADS)
          throw new UsageError(`--threads must be a whole number from 1 to ${MAX_THREADS}, got "${v}".`);
        break;
      }
      case '--json':
        format = 'json';
        break;
      case '--csv':
        format = 'csv';
        break;
      case '--help':
      case '-h':
        throw new HelpRequested(simulateUsage(scenarioIds));
      default:
        throw new UsageError(
          `Unknown flag "${a}". Flags: --scenario ID --rule RULE|all --runs N --seed S --threads T [--json|--csv] [--help].`,
        );
    }
  }
  if (!scenario) throw new UsageError(`--scenario is required. Valid: ${scenarioIds.join(', ')}.`);
  if (!scenarioIds.includes(scenario))
    throw new UsageError(`Unknown scenario "${scenario}". Valid: ${scenarioIds.join(', ')}.`);
  let rules: RuleId[];
  if (rule === 'all') rules = [...RULE_IDS];
  else if (isRuleId(rule)) rules = [rule];
  else throw new UsageError(`Unknown rule "${rule}". Valid: ${RULE_IDS.join(', ')}, all.`);
  return {
    scenarioId: scenario as ScenarioId,
    rules,
    runs,
    seed: seedAsGiven(seed),
    format,
    ...(threads === undefined ? {} : { threads }),
  };
}

/**
 * The seed kept exactly as typed: a number only when the number prints back as the same text (so
 * "9" is 9, but "12345678901234567890123" and "…124", which a double cannot tell apart, stay text).
 */
function seedAsGiven(seed: string): number | string {
  const n = Number(seed);
  return /^\d+$/.test(seed) && Number.isSafeInteger(n) && String(n) === seed ? n : seed;
}

/**
 * The JSON the issue specifies: scenario, runs, seed, and per rule adopted shares and the scope
 * distribution; then each item's spread (the value adopted, those against and objecting at its call).
 */
export function labJson(r: LabResult): string {
  const rules = Object.fromEntries(
    Object.entries(r.rules).map(([id, s]) => [
      id,
      { adopted: s!.adopted, definitionScope: s!.definitionScope, items: s!.items },
    ]),
  );
  return JSON.stringify({ scenario: r.scenario, runs: r.runs, seed: r.seed, rules });
}

export function labCsv(r: LabResult): string {
  const issues = [...new Set(Object.values(r.rules).flatMap((s) => Object.keys(s!.adopted)))];
  const head = [
    'scenario',
    'rule',
    'runs',
    'seed',
    ...issues.map((i) => `adopted_${i}`),
    'scope_mean',
    'scope_p10',
    'scope_p50',
    'scope_p90',
    ...issues.flatMap((i) => SPREAD_COLUMNS.map((c) => `${c}_${i}`)),
  ];
  const rows = Object.entries(r.rules).map(([id, s]) => [
    r.scenario,
    id,
    r.runs,
    r.seed,
    ...issues.map((i) => fmt(s!.adopted[i as keyof typeof s.adopted] ?? 0)),
    fmt(s!.definitionScope.mean),
    fmt(s!.definitionScope.p10),
    fmt(s!.definitionScope.p50),
    fmt(s!.definitionScope.p90),
    ...issues.flatMap((i) => spreadCells(s!.items[i as IssueId])),
  ]);
  return toCsv([head, ...rows]).trimEnd();
}

/** Per item: the value adopted (10th, 50th, 90th percentile; empty where never adopted), and the mean
 * counts against the draft and objecting (voting no) at its last call. */
const SPREAD_COLUMNS = ['value_p10', 'value_p50', 'value_p90', 'against', 'objecting'] as const;

function spreadCells(s: ItemSpread | undefined): (number | string)[] {
  const v = s?.value;
  return [
    v ? fmt(v.p10) : '',
    v ? fmt(v.p50) : '',
    v ? fmt(v.p90) : '',
    fmt(s?.against ?? 0),
    fmt(s?.objecting ?? 0),
  ];
}

/** Where an item was adopted, as the table prints it: "at 19", "at 15–19" (10–90% of sessions). */
export function adoptedAt(v: Distribution | null | undefined): string {
  if (!v) return '';
  const lo = Math.round(v.p10);
  const hi = Math.round(v.p90);
  return lo === hi ? `at ${lo}` : `at ${lo}–${hi}`;
}

export function labTable(r: LabResult): string {
  const issues = [...new Set(Object.values(r.rules).flatMap((s) => Object.keys(s!.adopted)))];
  const cols = ['rule', ...issues.map((i) => `adopts ${i}`), 'scope mean', 'p10', 'p50', 'p90'];
  const rows = Object.entries(r.rules).map(([id, s]) => [
    RULES[id as RuleId].label,
    ...issues.map((i) =>
      // Stryker disable next-line MethodExpression: a share alone ('50% ') is padded to its heading ('adopts …', longer), so its trailing space never shows
      `${Math.round(100 * (s!.adopted[i as IssueId] ?? 0))}% ${adoptedAt(s!.items[i as IssueId]?.value)}`.trim(),
    ),
    s!.definitionScope.mean.toFixed(1),
    s!.definitionScope.p10.toFixed(1),
    s!.definitionScope.p50.toFixed(1),
    s!.definitionScope.p90.toFixed(1),
  ]);
  const widths = cols.map((c, k) => Math.max(c.length, ...rows.map((row) => String(row[k]).length)));
  const line = (cells: readonly (string | number)[]) =>
    cells.map((c, k) => String(c).padEnd(widths[k]!)).join('  ');
  return [
    `${r.scenario}: ${r.runs} AI-only sessions per rule, seed ${r.seed}`,
    line(cols),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}

function fmt(x: number): number {
  return Math.round(x * 10000) / 10000;
}
