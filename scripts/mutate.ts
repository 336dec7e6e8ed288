// `npm run mutate`: mutation testing of the rules core (README, "Mutation testing"), one Stryker run per
// source file, so that each file's results are kept as soon as its run ends (a stopped Stryker run
// writes nothing). Each file has its own incremental file, reports/mutation/files/<file>.json, and HTML
// report, reports/mutation/html/<file>.html; a second run of a file tests only the mutants whose code or
// covering tests changed. Each run's results are also kept in git, mutation/results/<file>.json
// (scripts/mutation-kept.ts), and start a checkout that has none of its own: commit them with the tests.
// At the end, the figures per file and over the whole core (scripts/mutation-summary.ts).
//
//   npm run mutate                                   every file of src/model and src/machines
//   npm run mutate -- src/model/session.ts src/machines   these files, or every file under these folders
//   npm run mutate -- --unmeasured src/model         only files with no results for their current code
//   npm run mutate -- src/model/ai.ts:1-120          lines 1 to 120 only: a piece of a long file, kept
//                                                    as its own results (the table merges the pieces)
//   npm run mutate -- src/model/rng.ts -- --force    anything after a second `--` goes to Stryker
//
// Run it under `nice` on a shared machine; `--concurrency 1` (passed to Stryker) when others are busy.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { keep, seedFromKept, testsCommitted } from './mutation-kept';
import { pieceName, summary } from './mutation-summary';

const ROOT = resolve(import.meta.dirname, '..');
const CORE = ['src/model', 'src/machines'];

/** A file, or a range of its lines (`file:start-end`), as Stryker's --mutate takes it. */
function pieces(target: string): string[] {
  const range = /^(.+\.ts):(\d+)-(\d+)$/.exec(target);
  if (range) return [relative(ROOT, resolve(ROOT, range[1]!)) + `:${range[2]}-${range[3]}`];
  return tsFiles(target);
}

function tsFiles(path: string): string[] {
  const abs = resolve(ROOT, path);
  if (!existsSync(abs)) throw new Error(`No such file or folder: ${path}`);
  if (statSync(abs).isFile()) return [relative(ROOT, abs)];
  return readdirSync(abs)
    .sort()
    .flatMap((name) => tsFiles(join(abs, name)))
    .filter((f) => f.endsWith('.ts'));
}

/** True when the piece's report was measured on the file as it is now. */
function measured(piece: string): boolean {
  const file = piece.replace(/:\d+-\d+$/, '');
  const report = join(ROOT, 'reports', 'mutation', 'files', `${pieceName(piece)}.json`);
  if (!existsSync(report)) return false;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8')) as { files?: Record<string, { source?: string }> };
    return json.files?.[file]?.source === readFileSync(join(ROOT, file), 'utf8');
  } catch {
    return false;
  }
}

const argv = process.argv.slice(2);
const split = argv.indexOf('--');
const own = split === -1 ? argv : argv.slice(0, split);
const strykerArgs = split === -1 ? [] : argv.slice(split + 1);
const unmeasuredOnly = own.includes('--unmeasured');
const targets = own.filter((a) => !a.startsWith('--'));
const chosen = [...new Set((targets.length ? targets : CORE).flatMap(pieces))];
// Results kept in git (mutation/results) start this checkout's own where it has none.
chosen.forEach((piece) => seedFromKept(pieceName(piece)));
const files = chosen.filter((f) => !unmeasuredOnly || !measured(f));

const failed: string[] = [];
/** Runs made with uncommitted tests: kept only once the tests are committed (scripts/mutation-kept.ts). */
const kept: string[] = [];
for (const [i, file] of files.entries()) {
  console.log(`\n[${i + 1}/${files.length}] ${file}`);
  const results = join(ROOT, 'reports', 'mutation', 'files', `${pieceName(file)}.json`);
  const before = existsSync(results) ? statSync(results).mtimeMs : 0;
  const run = spawnSync('npx', ['stryker', 'run', '--mutate', file, ...strykerArgs], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, RC_MUTATE_PIECE: pieceName(file) },
  });
  // Stryker exits with 1 below the break threshold too; a run that wrote no results is a failure.
  if (run.signal) process.exit(1);
  if (!existsSync(results) || statSync(results).mtimeMs === before) failed.push(file);
  else if (testsCommitted()) keep(pieceName(file));
  else kept.push(file);
}

const { text, goalsMet } = await summary();
console.log(`\n${text}`);
if (failed.length) console.log(`\nNo results (the run failed): ${failed.join(', ')}`);
if (kept.length)
  console.log(
    `\nNot kept in mutation/results (tests/ has uncommitted changes): ${kept.join(', ')}. ` +
      'Commit the tests, then `npx tsx scripts/mutation-kept.ts` keeps them.',
  );
process.exitCode = goalsMet && failed.length === 0 ? 0 : 1;
