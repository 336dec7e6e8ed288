// The mutants no test caught, from the results `npm run mutate` kept (scripts/mutation-summary.ts reads
// the same reports): one line per mutant, where it is, the code it changed and what it changed it to.
// Each is a behaviour no test pins down: write a test from the behaviour, or mark the mutant equivalent
// with a Stryker disable comment and its reason (README, "Mutation testing").
//
//   npx tsx scripts/mutation-survivors.ts                     every file of the core
//   npx tsx scripts/mutation-survivors.ts src/model/ai.ts     these files only
//   npx tsx scripts/mutation-survivors.ts --reports ../other/reports/mutation/files src/model/ai.ts
import { resolve } from 'node:path';
import { collect, DEFAULT_REPORTS } from './mutation-summary';

const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const args = process.argv.slice(2);
const at = args.indexOf('--reports');
const reports = at === -1 ? DEFAULT_REPORTS : [resolve(args[at + 1] ?? '')];
const wanted = args.filter((_, i) => at === -1 || (i !== at && i !== at + 1));

const files = collect(reports);
for (const [file, result] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  if (wanted.length && !wanted.includes(file)) continue;
  const lines = result.source.split('\n');
  const alive = [...result.mutants.values()]
    .filter((m) => UNDETECTED.has(m.status))
    .sort(
      (a, b) =>
        a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column,
    );
  if (!alive.length) continue;
  console.log(`\n${file}: ${alive.length} not caught`);
  for (const m of alive) {
    const { start, end } = m.location;
    const original =
      start.line === end.line
        ? lines[start.line - 1]!.slice(start.column - 1, end.column - 1)
        : `${lines[start.line - 1]!.slice(start.column - 1)} …`;
    const short = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}…` : s).replace(/\s+/g, ' ');
    const status = m.status === 'NoCoverage' ? ' (no test reaches it)' : '';
    console.log(
      `  ${file}:${start.line}:${start.column} ${m.mutatorName}${status}: ${short(original)} → ${short(m.replacement ?? '')}`,
    );
  }
}
