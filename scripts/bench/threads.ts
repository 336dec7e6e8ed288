// The simulate CLI's worker threads, measured: the same lab run (every rule, N sessions each) on one
// thread and on one thread per core, timed in the same process, and whether the two give the same
// numbers (they must: the sessions' seeds depend only on their number).
import { availableParallelism } from 'node:os';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { runLab } from '../../src/machines/lab';
import { RULE_IDS } from '../../src/model/rules';
import { defaultThreads, runLabInThreads } from '../lab/threads';

/** The request of the browser lab's section (seed 1), so that it can reuse the one-thread time. */
export async function threadFigures(runs: number, rows: [string, string][]): Promise<Record<string, number>> {
  const req = { scenarioId: 'washington-plenary-2012' as const, rules: RULE_IDS, runs, seed: 1 };
  const threads = defaultThreads();
  // Threads first: the single thread then runs in a process V8 has already warmed, which favours it.
  let t0 = performance.now();
  const spread = await runLabInThreads(req, threads);
  const threadSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const single = runLab(plenaryMachine, LIBRARY, req)!;
  const singleSeconds = (performance.now() - t0) / 1000;
  const same = JSON.stringify(spread) === JSON.stringify(single);
  const what = `${runs.toLocaleString('en')} sessions × ${RULE_IDS.length} rules`;
  rows.push(
    [`simulate CLI, ${what}, one thread`, `${singleSeconds.toFixed(1)} s`],
    [
      `simulate CLI, ${what}, ${threads} worker threads (${availableParallelism()} cores)`,
      `${threadSeconds.toFixed(1)} s (${(singleSeconds / threadSeconds).toFixed(2)}× one thread); ` +
        `numbers ${same ? 'identical' : 'DIFFERENT'} to one thread's`,
    ],
  );
  return {
    simulateSingleThreadSeconds: singleSeconds,
    simulateWorkerThreadsSeconds: threadSeconds,
    simulateThreads: threads,
    simulateIdentical: same ? 1 : 0,
  };
}
