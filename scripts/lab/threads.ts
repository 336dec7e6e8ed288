// `npm run simulate` across Node worker threads, one per core, as the browser's Rule Lab spreads its
// runs across Web Workers: the same slices (labJobs), the same per-session seeds, the same assembly,
// so the numbers are identical to a single thread's whatever the number of threads.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import {
  assembleChunks,
  labJobs,
  runLabChunk,
  type LabChunk,
  type LabJob,
  type LabRequest,
  type LabResult,
} from '../../src/machines/lab';

/** One thread per core, up to eight (as the browser lab). */
export function defaultThreads(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** What a worker is started with: every slice of the run, and the shared count of slices taken. */
export interface ThreadData {
  readonly jobs: readonly LabJob[];
  readonly taken: SharedArrayBuffer;
}

/** A worker's messages: a slice's chunk under each rule, the end of its work, or why it stopped. */
export type ThreadReply =
  | { readonly type: 'chunks'; readonly chunks: readonly LabChunk[] }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string };

/** The next slice nobody has taken yet, taken (by any thread: the count is shared), or undefined. */
export function takeJob(data: ThreadData): LabJob | undefined {
  return data.jobs[Atomics.add(new Int32Array(data.taken), 0, 1)];
}

/** The worker through tsx, which transpiles every module of the rules again in each worker. */
const WORKER_VIA_TSX = new URL('./worker.mjs', import.meta.url);
const WORKER_SOURCE = fileURLToPath(new URL('./worker.ts', import.meta.url));

/**
 * The worker and the rules it plays bundled as one JavaScript file, so each worker loads plain
 * JavaScript: with tsx a worker spent about 0.8 s of CPU and 1–2 s before its first session
 * registering the loader and transpiling the rules, bundled about 0.3 s (esbuild, which tsx runs on,
 * bundles in about 0.2 s in its own process). Null where esbuild cannot be loaded: the workers then
 * go through tsx.
 */
export async function bundledWorker(): Promise<{ readonly url: URL; remove(): void } | null> {
  let dir: string | null = null;
  try {
    const { build } = await import('esbuild');
    dir = mkdtempSync(join(tmpdir(), 'rough-consensus-simulate-'));
    const outfile = join(dir, 'worker.mjs');
    await build({
      entryPoints: [WORKER_SOURCE],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      // The worker reaches this module (for takeJob) but never builds a bundle itself.
      external: ['esbuild'],
    });
    const made = dir;
    return { url: pathToFileURL(outfile), remove: () => rmSync(made, { recursive: true, force: true }) };
  } catch {
    if (dir) rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

/**
 * The run on `threads` threads: this one and threads − 1 workers. Each thread takes the next slice
 * from a shared count as soon as it is free, so none waits to be handed work, and this thread, which
 * has the rules loaded already, plays its share instead of idling while the workers start.
 */
export async function runLabInThreads(req: LabRequest, threads = defaultThreads()): Promise<LabResult> {
  const jobs = labJobs(req, threads);
  const data: ThreadData = { jobs, taken: new SharedArrayBuffer(4) };
  const chunks: LabChunk[] = [];
  const workers = Math.min(threads, jobs.length) - 1;
  const bundle = workers > 0 ? await bundledWorker() : null;
  const pool = Array.from(
    { length: workers },
    () => new Worker(bundle?.url ?? WORKER_VIA_TSX, { workerData: data }),
  );
  const finished = Promise.all(
    pool.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          w.on('message', (m: ThreadReply) => {
            if (m.type === 'error') reject(new Error(m.message));
            else if (m.type === 'done') resolve();
            else chunks.push(...m.chunks);
          });
          w.on('error', reject);
          w.on('exit', (code) => reject(new Error(`A simulation thread stopped with code ${code}.`)));
        }),
    ),
  );
  finished.catch(() => {}); // awaited below, once this thread's share is played
  try {
    for (let job = takeJob(data); job; job = takeJob(data))
      chunks.push(...runLabChunk(plenaryMachine, LIBRARY, job)!);
    await finished;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
    bundle?.remove();
  }
  return assembleChunks(LIBRARY, req, chunks);
}
