// The simulate CLI's worker threads, measured as a user runs them: `npm run simulate` as a fresh process
// with --threads 1 and with one thread per core, the same lab run (every rule, N sessions each),
// timed from outside, with the CPU time each process used, the load average around each run (other
// programs on the machine take cores the threads need), and whether the two give the same numbers
// (they must: the sessions' seeds depend only on their number).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { RULE_IDS } from '../../src/model/rules';
import { defaultThreads } from '../lab/threads';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** CPU seconds used by this process's finished children (Linux), or null where /proc is not there. */
function childrenCpuSeconds(): number | null {
  try {
    // Fields after the command's closing parenthesis: cutime and cstime are the 14th and 15th.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

interface CliRun {
  readonly seconds: number;
  readonly cpuSeconds: number | null;
  readonly output: string;
  readonly load: number;
}

/** One `npm run simulate` (through tsx, as the npm script runs it) with the given threads. */
function runCli(runs: number, threads: number): Promise<CliRun> {
  const args = ['tsx', 'scripts/simulate.ts', '--scenario', 'washington-plenary-2012', '--rule', 'all'];
  args.push('--runs', String(runs), '--seed', '1', '--threads', String(threads), '--json');
  const cpu0 = childrenCpuSeconds();
  const load0 = loadavg()[0]!;
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`simulate --threads ${threads} stopped with code ${code}`));
      const cpu1 = childrenCpuSeconds();
      resolve({
        seconds: (performance.now() - t0) / 1000,
        cpuSeconds: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
        output,
        load: (load0 + loadavg()[0]!) / 2,
      });
    });
  });
}

const cpu = (r: CliRun) => (r.cpuSeconds === null ? '' : `, ${r.cpuSeconds.toFixed(1)} s of CPU`);

/** The request of the browser lab's section (seed 1), so that it can reuse the one-thread time. */
export async function threadFigures(runs: number, rows: [string, string][]): Promise<Record<string, number>> {
  const threads = defaultThreads();
  const spread = await runCli(runs, threads);
  const single = await runCli(runs, 1);
  const same = spread.output === single.output;
  const what = `${runs.toLocaleString('en')} sessions × ${RULE_IDS.length} rules`;
  rows.push(
    [
      `simulate CLI, ${what}, one thread (a fresh process, load average ${single.load.toFixed(1)})`,
      `${single.seconds.toFixed(1)} s${cpu(single)}`,
    ],
    [
      `simulate CLI, ${what}, ${threads} worker threads (${availableParallelism()} cores, load average ${spread.load.toFixed(1)})`,
      `${spread.seconds.toFixed(1)} s${cpu(spread)} (${(single.seconds / spread.seconds).toFixed(2)}× one thread); ` +
        `numbers ${same ? 'identical' : 'DIFFERENT'} to one thread's`,
    ],
  );
  return {
    simulateSingleThreadSeconds: single.seconds,
    simulateWorkerThreadsSeconds: spread.seconds,
    simulateThreads: threads,
    simulateIdentical: same ? 1 : 0,
    simulateLoadAverage: (single.load + spread.load) / 2,
  };
}
