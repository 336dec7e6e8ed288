// Runs a Rule Lab request across Web Workers (one per core), off the page's thread; cancel
// terminates them. Seeds depend only on the session number, so results match `npm run simulate`.
import { LIBRARY } from '../machines/default';
import {
  labIssues,
  summariseChunks,
  type LabChunk,
  type LabRequest,
  type LabResult,
  type RuleSummary,
} from '../machines/lab';
import type { RuleId } from '../model/rules';
import type { LabJob, LabWorkerMessage } from './lab-protocol';

export interface LabRun {
  readonly result: Promise<LabResult | null>;
  cancel(): void;
}

export function runLabInWorkers(
  req: LabRequest,
  onProgress: (done: number, total: number) => void,
  workers = defaultWorkers(),
): LabRun {
  const jobs: LabJob[] = [];
  const slices = Math.max(1, Math.min(workers * 2, req.runs));
  for (const rule of req.rules)
    for (let k = 0; k < slices; k++) {
      const from = Math.floor((k * req.runs) / slices);
      const to = Math.floor(((k + 1) * req.runs) / slices);
      if (to > from)
        jobs.push({ id: jobs.length, scenarioId: req.scenarioId, rule, seed: req.seed, from, to });
    }
  const total = req.rules.length * req.runs;
  const pool = Array.from(
    { length: Math.min(workers, jobs.length) },
    () => new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' }),
  );
  let cancelled = false;
  let done = 0;
  let resolve!: (r: LabResult | null) => void;
  let reject!: (e: Error) => void;
  const result = new Promise<LabResult | null>((res, rej) => ((resolve = res), (reject = rej)));
  const chunks: LabChunk[] = [];
  let next = 0;
  const stop = () => pool.forEach((w) => w.terminate());
  const feed = (w: Worker) => {
    if (next < jobs.length) w.postMessage(jobs[next++]);
  };
  for (const w of pool) {
    w.onmessage = (e: MessageEvent<LabWorkerMessage>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress((done += m.done), total);
      else if (m.type === 'error') {
        stop();
        reject(new Error(m.message));
      } else {
        chunks.push(m.chunk);
        if (chunks.length === jobs.length) {
          stop();
          resolve(assemble(req, chunks));
        } else feed(w);
      }
    };
    w.onerror = (e) => {
      stop();
      reject(new Error(e.message || 'The Rule Lab worker failed.'));
    };
    feed(w);
  }
  return {
    result,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      stop();
      resolve(null);
    },
  };
}

function assemble(req: LabRequest, chunks: readonly LabChunk[]): LabResult {
  const { issues } = labIssues(LIBRARY, req.scenarioId);
  const rules: Partial<Record<RuleId, RuleSummary>> = {};
  for (const rule of req.rules)
    rules[rule] = summariseChunks(
      issues,
      chunks.filter((c) => c.rule === rule).sort((a, b) => a.from - b.from),
    );
  return { scenario: req.scenarioId, runs: req.runs, seed: req.seed, rules };
}

/**
 * One worker per core, up to eight: a lab run is what the user is waiting for, and the page only
 * draws a progress bar meanwhile, which the browser still schedules between the workers.
 */
function defaultWorkers(): number {
  const n = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(8, n || 2));
}
