// Runs a Rule Lab request across Web Workers (one per core), off the page's thread; cancel
// terminates them. Seeds depend only on the session number, so results match `npm run simulate`.
import { LIBRARY } from '../machines/default';
import { assembleChunks, labJobs, type LabChunk, type LabRequest, type LabResult } from '../machines/lab';
import type { LabWorkerMessage } from './lab-protocol';

export interface LabRun {
  readonly result: Promise<LabResult | null>;
  cancel(): void;
}

export function runLabInWorkers(
  req: LabRequest,
  onProgress: (done: number, total: number) => void,
  workers = defaultWorkers(),
): LabRun {
  const jobs = labJobs(req, workers);
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
  let finished = 0;
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
        chunks.push(...m.chunks);
        if (++finished === jobs.length) {
          stop();
          resolve(assembleChunks(LIBRARY, req, chunks));
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

/**
 * One worker per core, up to eight: a lab run is what the user is waiting for, and the page only
 * draws a progress bar meanwhile, which the browser still schedules between the workers.
 */
function defaultWorkers(): number {
  const n = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(8, n || 2));
}
