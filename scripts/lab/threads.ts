// `npm run simulate` across Node worker threads, one per core, as the browser's Rule Lab spreads its
// runs across Web Workers: the same slices (labJobs), the same per-session seeds, the same assembly,
// so the numbers are identical to a single thread's whatever the number of threads.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { LIBRARY } from '../../src/machines/default';
import {
  assembleChunks,
  labJobs,
  type LabChunk,
  type LabRequest,
  type LabResult,
} from '../../src/machines/lab';

/** One thread per core, up to eight (as the browser lab). */
export function defaultThreads(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** The worker's reply to one job: its slice's chunk under each rule. */
export type ThreadReply =
  | { readonly type: 'chunks'; readonly chunks: readonly LabChunk[] }
  | { readonly type: 'error'; readonly message: string };

const WORKER = new URL('./worker.mjs', import.meta.url);

export async function runLabInThreads(req: LabRequest, threads = defaultThreads()): Promise<LabResult> {
  const jobs = labJobs(req, threads);
  const chunks: LabChunk[] = [];
  const pool = Array.from({ length: Math.min(threads, jobs.length) }, () => new Worker(WORKER));
  let next = 0;
  try {
    await Promise.all(
      pool.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next < jobs.length) w.postMessage(jobs[next++]);
              else resolve();
            };
            w.on('message', (m: ThreadReply) => {
              if (m.type === 'error') reject(new Error(m.message));
              else {
                chunks.push(...m.chunks);
                feed();
              }
            });
            w.on('error', reject);
            w.on('exit', (code) => {
              if (code !== 0) reject(new Error(`A simulation thread stopped with code ${code}.`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return assembleChunks(LIBRARY, req, chunks);
}
