// Many AI-only sessions per rule, summarised: the engine of `npm run simulate` and the Rule Lab.
import { ISSUE_IDS, type IssueId, type ScenarioId } from '../content/types';
import type { Library } from '../model/library';
import { scenarioOf } from '../model/library';
import type { RuleId } from '../model/rules';
import type { ItemResult, VerdictSummary } from '../model/session';
import { drawStances } from '../model/uncertainty';
import type { PlenaryMachine } from './plenary';
import { runAiCoursesUnder } from './runner';

export interface LabRequest {
  readonly scenarioId: ScenarioId;
  readonly rules: readonly RuleId[];
  readonly runs: number;
  readonly seed: number | string;
}

export interface Distribution {
  readonly mean: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

export interface RuleSummary {
  /** Share of sessions adopting each issue on the agenda, 0..1. */
  readonly adopted: Partial<Record<IssueId, number>>;
  /** 90% interval of each share (Wilson): how closely this many sessions pin it down. */
  readonly adoptedInterval: Partial<Record<IssueId, readonly [number, number]>>;
  readonly definitionScope: Distribution;
  /** Histogram of the final definition scope in ten bins of ten points. */
  readonly definitionHistogram: readonly number[];
  /** Each item's spread beyond adopted or not: where it was adopted, and who stood against it. */
  readonly items: Partial<Record<IssueId, ItemSpread>>;
}

/**
 * What the sessions say of one item under one rule besides how often it passed: an item adopted in
 * every session may still be adopted at different values, and a rule that adopts it may do so over
 * the heads of those against it (a vote) or because none of them cares enough to object (consensus).
 */
export interface ItemSpread {
  /** The value adopted, over the sessions that adopted the item; null where none did. */
  readonly value: Distribution | null;
  /** Sessions in which the item came to a call. */
  readonly called: number;
  /** Over those sessions, the mean count of participants against the draft at the item's last call. */
  readonly against: number;
  /** …and of those who objected (under a vote rule: voted no), the ones a rule counts. */
  readonly objecting: number;
  /** Who objected (voted no) most often: the share of the called sessions, most often first (five at most). */
  readonly objectors: readonly { readonly id: string; readonly share: number }[];
}

export interface LabResult {
  readonly scenario: ScenarioId;
  readonly runs: number;
  readonly seed: number | string;
  readonly rules: Partial<Record<RuleId, RuleSummary>>;
}

/** The seed of the i-th session of a lab run: the same in the browser and the CLI. */
export function sessionSeed(seed: number | string, i: number): string {
  return `${seed}/${i}`;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** The definition's value after a session: the adopted scope, or the status quo. */
export function definitionScope(results: readonly ItemResult[], fallback: number): number {
  const defs = results.filter((r) => r.issue === 'definition');
  return defs.length ? defs[defs.length - 1]!.value : fallback;
}

/** Raw outcomes of a slice of a lab run: what workers send back and what summaries are built from. */
export interface LabChunk {
  readonly rule: RuleId;
  readonly from: number;
  /** Final definition scope of each session, in session order. */
  readonly scopes: readonly number[];
  /** Sessions adopting each issue. */
  readonly adopted: Partial<Record<IssueId, number>>;
  /** Each issue's adopted value in each session that adopted it, in session order. */
  readonly values: Partial<Record<IssueId, readonly number[]>>;
  /** Each issue's last call in each session that called it: counts summed over those sessions. */
  readonly calls: Partial<Record<IssueId, CallTally>>;
}

/** Counts at an item's last call, summed over sessions (the rule's own verdict). */
export interface CallTally {
  readonly sessions: number;
  readonly against: number;
  readonly objecting: number;
  /** Sessions in which each participant objected (voted no). */
  readonly objectedBy: Readonly<Record<string, number>>;
}

/**
 * A slice of a lab run, sessions `from` to `to` under each rule: one chunk per rule, in the rules'
 * order. Each session is played under all the rules at once (runAiCoursesUnder: rules that answer
 * its calls alike share its course, which is played once). `onSession` after each session
 * under each rule; returning false cancels (null).
 */
export function runLabChunk(
  machine: PlenaryMachine,
  lib: Library,
  req: {
    scenarioId: ScenarioId;
    rules: readonly RuleId[];
    seed: number | string;
    from: number;
    to: number;
  },
  onSession?: () => boolean | void,
): LabChunk[] | null {
  const { issues, sq } = labIssues(lib, req.scenarioId);
  const chunks = req.rules.map((rule) => ({
    rule,
    from: req.from,
    scopes: [] as number[],
    adopted: {} as Partial<Record<IssueId, number>>,
    values: {} as Partial<Record<IssueId, number[]>>,
    calls: {} as Partial<Record<IssueId, MutableTally>>,
  }));
  if (req.rules.length === 0) return chunks;
  for (let i = req.from; i < req.to; i++) {
    const seed = sessionSeed(req.seed, i);
    // Each session opens with stances drawn within their uncertainty (model/uncertainty.ts).
    const input = {
      scenarioId: req.scenarioId,
      rule: req.rules[0]!,
      seed,
      carry: drawStances(lib, req.scenarioId, seed),
    };
    const courses = runAiCoursesUnder(machine, lib, input, req.rules);
    for (let k = 0; k < chunks.length; k++) {
      const { results } = courses[k]!;
      const chunk = chunks[k]!;
      chunk.scopes.push(definitionScope(results, sq));
      for (const issue of issues) {
        const adopted = lastOf(results, (r) => r.issue === issue && r.outcome === 'adopted');
        if (adopted) {
          chunk.adopted[issue] = (chunk.adopted[issue] ?? 0) + 1;
          (chunk.values[issue] ??= []).push(adopted.value);
        }
        const called = lastOf(results, (r) => r.issue === issue && r.decision !== null);
        if (called) tallyCall((chunk.calls[issue] ??= newTally()), called.decision!.verdicts[chunk.rule]);
      }
      if (onSession?.() === false) return null;
    }
  }
  return chunks;
}

type MutableTally = {
  sessions: number;
  against: number;
  objecting: number;
  objectedBy: Record<string, number>;
};
const newTally = (): MutableTally => ({ sessions: 0, against: 0, objecting: 0, objectedBy: {} });

function lastOf<T>(xs: readonly T[], pick: (x: T) => boolean): T | undefined {
  for (let k = xs.length - 1; k >= 0; k--) if (pick(xs[k]!)) return xs[k];
  return undefined;
}

function tallyCall(t: MutableTally, v: VerdictSummary): void {
  t.sessions++;
  t.against += v.opponents.length;
  t.objecting += v.objectors.length;
  for (const id of v.objectors) t.objectedBy[id] = (t.objectedBy[id] ?? 0) + 1;
}

/** Builds one rule's summary from its chunks, whatever order they arrived in. */
export function summariseChunks(issues: readonly IssueId[], chunks: readonly LabChunk[]): RuleSummary {
  const sorted = chunks.flatMap((c) => c.scopes).sort((a, b) => a - b);
  const n = sorted.length || 1;
  const hist = Array<number>(10).fill(0);
  for (const s of sorted) hist[Math.min(9, Math.floor(s / 10))]!++;
  const count = (i: IssueId) => chunks.reduce((t, c) => t + (c.adopted[i] ?? 0), 0);
  return {
    adopted: Object.fromEntries(issues.map((i) => [i, count(i) / n])),
    adoptedInterval: Object.fromEntries(issues.map((i) => [i, wilson(count(i), sorted.length)])),
    definitionScope: {
      mean: sorted.reduce((a, b) => a + b, 0) / n,
      p10: quantile(sorted, 0.1),
      p50: quantile(sorted, 0.5),
      p90: quantile(sorted, 0.9),
    },
    definitionHistogram: hist,
    items: Object.fromEntries(issues.map((i) => [i, itemSpread(i, chunks)])),
  };
}

function itemSpread(issue: IssueId, chunks: readonly LabChunk[]): ItemSpread {
  const values = chunks.flatMap((c) => c.values[issue] ?? []).sort((a, b) => a - b);
  const tallies = chunks.map((c) => c.calls[issue]).filter((t) => t !== undefined);
  const called = tallies.reduce((n, t) => n + t.sessions, 0);
  const per = (n: number) => (called ? n / called : 0);
  const objectedBy: Record<string, number> = {};
  for (const t of tallies)
    for (const [id, n] of Object.entries(t.objectedBy)) objectedBy[id] = (objectedBy[id] ?? 0) + n;
  return {
    value: values.length ? distribution(values) : null,
    called,
    against: per(tallies.reduce((n, t) => n + t.against, 0)),
    objecting: per(tallies.reduce((n, t) => n + t.objecting, 0)),
    // Most often first, ties by id: any split of the run lists them alike.
    objectors: Object.entries(objectedBy)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, 5)
      .map(([id, n]) => ({ id, share: per(n) })),
  };
}

/** Mean and quantiles of sorted values. */
function distribution(sorted: readonly number[]): Distribution {
  return {
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    p10: quantile(sorted, 0.1),
    p50: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
  };
}

/** Wilson score interval for k successes in n trials at 90% (z = 1.645); [0, 1] for no trials. */
export function wilson(k: number, n: number): readonly [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.6448536269514722;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const mid = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, mid - half), Math.min(1, mid + half)];
}

export function labIssues(lib: Library, scenarioId: ScenarioId): { issues: IssueId[]; sq: number } {
  const sc = scenarioOf(lib, scenarioId);
  const issues = ISSUE_IDS.filter((i) => sc.agenda.some((a) => a.issue === i));
  return { issues, sq: sc.agenda.find((a) => a.issue === 'definition')?.statusQuo ?? 0 };
}

/** One slice of a lab run, as handed to a worker (a Web Worker in the browser, a thread in Node). */
export interface LabJob {
  readonly id: number;
  readonly scenarioId: ScenarioId;
  readonly rules: readonly RuleId[];
  readonly seed: number | string;
  readonly from: number;
  readonly to: number;
}

/**
 * A lab run cut into slices of sessions, each played under every rule, for `workers` workers: eight
 * per worker, so that a worker that finishes early takes another while a slower one is still busy,
 * and the last slice, which one worker plays alone, is short.
 */
export function labJobs(req: LabRequest, workers: number): LabJob[] {
  const jobs: LabJob[] = [];
  const slices = Math.max(1, Math.min(workers * 8, req.runs));
  for (let k = 0; k < slices; k++) {
    const from = Math.floor((k * req.runs) / slices);
    const to = Math.floor(((k + 1) * req.runs) / slices);
    if (to > from)
      jobs.push({ id: jobs.length, scenarioId: req.scenarioId, rules: req.rules, seed: req.seed, from, to });
  }
  return jobs;
}

/** The result of a run from its slices, in whatever order they came back: the same as one thread's. */
export function assembleChunks(lib: Library, req: LabRequest, chunks: readonly LabChunk[]): LabResult {
  const { issues } = labIssues(lib, req.scenarioId);
  const rules: Partial<Record<RuleId, RuleSummary>> = {};
  for (const rule of req.rules)
    rules[rule] = summariseChunks(
      issues,
      chunks.filter((c) => c.rule === rule).sort((a, b) => a.from - b.from),
    );
  return { scenario: req.scenarioId, runs: req.runs, seed: req.seed, rules };
}

/** Runs the lab in this thread; `onProgress(done, total)` after each session, `shouldStop()` to cancel (returns null). */
export function runLab(
  machine: PlenaryMachine,
  lib: Library,
  req: LabRequest,
  onProgress?: (done: number, total: number) => void,
  shouldStop?: () => boolean,
): LabResult | null {
  const total = req.rules.length * req.runs;
  let done = 0;
  const chunks = runLabChunk(machine, lib, { ...req, from: 0, to: req.runs }, () => {
    onProgress?.(++done, total);
    return !shouldStop?.();
  });
  return chunks && assembleChunks(lib, req, chunks);
}
