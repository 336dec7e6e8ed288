// Mutation results kept in git (mutation/results/<piece>.json), so that a measurement carries on from
// one checkout to the next: a whole run of the core takes hours on a two-core machine, and a fresh
// clone has no reports/ folder. Stryker's incremental file holds, besides the mutants, the source of
// every test file (about half a megabyte, the same in every piece); the kept copy drops those sources and
// names the commit they were measured at, and `npm run mutate` puts them back from git before a run.
// Where that commit is not in the clone, Stryker matches the old tests to the new by name alone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const KEPT_DIR = join(ROOT, 'mutation', 'results');
export const RUN_DIR = join(ROOT, 'reports', 'mutation', 'files');

/** The parts of Stryker's incremental file read or rewritten here; the rest passes through untouched. */
export interface IncrementalReport {
  readonly files: Record<string, unknown>;
  readonly testFiles?: Record<string, { source?: string; tests: unknown[] }>;
  readonly config?: unknown;
  /** The commit whose test files the results were measured with (kept copies only). */
  readonly testsAt?: string;
  readonly [key: string]: unknown;
}

/** The copy to keep: no test sources, no copy of the configuration, the commit they can be read from. */
export function toKept(report: IncrementalReport, commit: string): IncrementalReport {
  const { config: _config, testFiles, ...rest } = report;
  return {
    ...rest,
    testsAt: commit,
    testFiles:
      testFiles &&
      Object.fromEntries(
        Object.entries(testFiles).map(([name, { source: _source, ...file }]) => [name, file]),
      ),
  };
}

/**
 * The incremental file Stryker reads, from a kept copy: each test file's source as it was at `testsAt`,
 * read by `sourceAt` (undefined when git no longer has it; Stryker then matches those tests by name).
 */
export function fromKept(
  kept: IncrementalReport,
  sourceAt: (commit: string, file: string) => string | undefined,
): IncrementalReport {
  const { testsAt, testFiles, ...rest } = kept;
  return {
    ...rest,
    testFiles:
      testFiles &&
      Object.fromEntries(
        Object.entries(testFiles).map(([name, file]) => {
          const source = testsAt ? sourceAt(testsAt, name) : undefined;
          return [name, source === undefined ? file : { ...file, source }];
        }),
      ),
  };
}

/** A file as git holds it at a commit, or undefined when the commit or the file is not in this clone. */
export function gitSourceAt(commit: string, file: string): string | undefined {
  const key = `${commit}:${file}`;
  if (!sources.has(key)) sources.set(key, readGit(key));
  return sources.get(key);
}
const sources = new Map<string, string | undefined>();

function readGit(object: string): string | undefined {
  try {
    return execFileSync('git', ['show', object], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** True when the test files are as HEAD has them: only then can a kept copy name HEAD for their sources. */
export function testsCommitted(): boolean {
  return (
    execFileSync('git', ['status', '--porcelain', '--', 'tests'], { cwd: ROOT, encoding: 'utf8' }).trim() ===
    ''
  );
}

export function headCommit(): string {
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
}

const keptPath = (piece: string) => join(KEPT_DIR, `${piece}.json`);
const runPath = (piece: string) => join(RUN_DIR, `${piece}.json`);

/** Before a piece's run: start from the kept results when this checkout has none of its own. */
export function seedFromKept(piece: string): boolean {
  if (existsSync(runPath(piece)) || !existsSync(keptPath(piece))) return false;
  const kept = JSON.parse(readFileSync(keptPath(piece), 'utf8')) as IncrementalReport;
  mkdirSync(dirname(runPath(piece)), { recursive: true });
  writeFileSync(runPath(piece), JSON.stringify(fromKept(kept, gitSourceAt)));
  return true;
}

/**
 * After a piece's run: keep its results, one mutant or test file per line so that git stores a new run
 * as a small change, naming the commit the tests were measured at (HEAD's, when they are committed).
 */
export function keep(piece: string, commit = headCommit()): void {
  const report = JSON.parse(readFileSync(runPath(piece), 'utf8')) as IncrementalReport;
  mkdirSync(KEPT_DIR, { recursive: true });
  writeFileSync(keptPath(piece), stableJson(toKept(report, commit)));
}

/** JSON with each file's mutants and each test file on lines of their own. */
export function stableJson(report: IncrementalReport): string {
  const lines: string[] = ['{'];
  const entries = Object.entries(report).filter(([, v]) => v !== undefined);
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if ((key === 'files' || key === 'testFiles') && value && typeof value === 'object') {
      const inner = Object.entries(value as Record<string, unknown>);
      lines.push(`${JSON.stringify(key)}: {`);
      inner.forEach(([name, file], j) => {
        const c = j < inner.length - 1 ? ',' : '';
        if (key === 'files' && file && typeof file === 'object' && 'mutants' in file) {
          const { mutants, ...head } = file as { mutants: unknown[] };
          const headJson = JSON.stringify(head);
          const open = headJson === '{}' ? '{"mutants": [' : `${headJson.slice(0, -1)}, "mutants": [`;
          lines.push(`${JSON.stringify(name)}: ${open}`);
          mutants.forEach((m, k) => lines.push(JSON.stringify(m) + (k < mutants.length - 1 ? ',' : '')));
          lines.push(`]}${c}`);
        } else lines.push(`${JSON.stringify(name)}: ${JSON.stringify(file)}${c}`);
      });
      lines.push(`}${comma}`);
    } else lines.push(`${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
  });
  lines.push('}');
  return lines.join('\n') + '\n';
}

// `npx tsx scripts/mutation-kept.ts [commit]`: keep every result this checkout has (runs made outside
// `npm run mutate`, or before an update), naming the commit their tests were measured at (HEAD if none).
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const commit = process.argv[2] ?? headCommit();
  const pieces = existsSync(RUN_DIR)
    ? readdirSync(RUN_DIR)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -'.json'.length))
    : [];
  pieces.forEach((piece) => keep(piece, commit));
  console.log(`Kept ${pieces.length} results in ${KEPT_DIR} (tests as at ${commit}).`);
}
