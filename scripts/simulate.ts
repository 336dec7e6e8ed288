// npm run simulate -- --scenario ID --rule RULE|all --runs N --seed S [--json|--csv]
import { SCENARIOS } from '../src/content/index';
import { HelpRequested, parseSimulateArgs, labCsv, labJson, labTable, UsageError } from '../src/machines/cli';
import { LIBRARY, plenaryMachine } from '../src/machines/default';
import { runLab } from '../src/machines/lab';

try {
  const opts = parseSimulateArgs(
    process.argv.slice(2),
    SCENARIOS.map((s) => s.id),
  );
  const result = runLab(plenaryMachine, LIBRARY, opts)!;
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
