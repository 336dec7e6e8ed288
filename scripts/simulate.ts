// npm run simulate -- --scenario ID --rule RULE|all --runs N --seed S [--threads T] [--json|--csv]
import { SCENARIOS } from '../src/content/index';
import { HelpRequested, parseSimulateArgs, labCsv, labJson, labTable, UsageError } from '../src/machines/cli';
import { LIBRARY, plenaryMachine } from '../src/machines/default';
import { runLab } from '../src/machines/lab';
import { defaultThreads, runLabInThreads } from './lab/threads';

try {
  const opts = parseSimulateArgs(
    process.argv.slice(2),
    SCENARIOS.map((s) => s.id),
  );
  const threads = opts.threads ?? defaultThreads();
  // One thread runs here; more spread the sessions across worker threads, with the same numbers.
  const result = threads > 1 ? await runLabInThreads(opts, threads) : runLab(plenaryMachine, LIBRARY, opts)!;
  console.log(
    opts.format === 'json' ? labJson(result) : opts.format === 'csv' ? labCsv(result) : labTable(result),
  );
} catch (e) {
  if (e instanceof HelpRequested) {
    console.log(e.message);
    process.exit(0);
  }
  if (e instanceof UsageError) {
    console.error(`simulate: ${e.message}`);
    process.exit(2);
  }
  throw e;
}
