// Many AI-only sessions per rule, summarised: the engine of `npm run simulate` and the Rule Lab.
import { ISSUE_IDS, type IssueId, type ScenarioId } from '../content/types';
import type { Library } from '../model/library';
import { scenarioOf } from '../model/library';
import type { RuleId } from '../model/rules';
import type { ItemResult } from '../model/session';
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
      for (const issue of issues)
        if (results.some((r) => r.issue === issue && r.outcome === 'adopted'))
          chunk.adopted[issue] = (chunk.adopted[issue] ?? 0) + 1;
      if (onSession?.() === false) return null;
    }
  }
  return chunks;
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
