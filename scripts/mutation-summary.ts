// The mutation score of the rules core, file by file, from the reports the mutation runs left behind
// (`npm run mutate`, README "Mutation testing"): every JSON report under reports/mutation/ (each run's
// incremental file, written when that run finishes), merged. Prints a Markdown table: per file the
// mutants killed (killed or timed out) over those counted (killed, timed out, survived, without
// coverage), as Stryker scores them; the whole figure over the files measured; the files not measured.
//
//   npx tsx scripts/mutation-summary.ts [report.json | folder ...]
//
// A file whose source changed since its report is marked "code changed": its figure is for the older code.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';

/** What is read of a Stryker report (mutation-testing-report-schema; the incremental file has this shape). */
interface MutantResult {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
interface MutationTestResult {
  schemaVersion: string;
  projectRoot?: string;
  files: Record<string, { source: string; mutants: MutantResult[] }>;
}

const ROOT = resolve(import.meta.dirname, '..');
const CORE = ['src/model', 'src/machines'];
/** Where `npm run mutate` keeps each file's results, and where a plain `stryker run` keeps its own. */
export const DEFAULT_REPORTS = [
  // Kept in git (scripts/mutation-kept.ts): read first, so this checkout's own runs win over them.
  join(ROOT, 'mutation', 'results'),
  join(ROOT, 'reports', 'mutation', 'files'),
  join(ROOT, 'reports', 'stryker-incremental.json'),
];
/** Issue 21's goals. */
const WHOLE_GOAL = 80;
const FILE_GOAL = 70;

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

interface FileResult {
  /** Mutants by where they are and what they change: one result per mutant, the newest report's. */
  mutants: Map<string, MutantResult>;
  /** The source the newest report was measured on. */
  source: string;
  reportTime: number;
  /** The line ranges measured, when only pieces of the file were (`file:start-end`); null: the whole file. */
  ranges: string[] | null;
}

function jsonFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return path.endsWith('.json') ? [path] : [];
  return readdirSync(path).flatMap((name) => jsonFiles(join(path, name)));
}

function isReport(x: unknown): x is MutationTestResult {
  return typeof x === 'object' && x !== null && 'files' in x && 'schemaVersion' in x;
}

/**
 * The name of a piece's results: src/model/procedure/call.ts → src-model-procedure-call, and a range of
 * its lines src/model/ai.ts:1-120 → src-model-ai-1-120.
 */
export const pieceName = (piece: string) => piece.replace(/\.ts(?=$|:)/, '').replace(/[^A-Za-z0-9]+/g, '-');

const mutantKey = (m: MutantResult) =>
  `${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column} ${m.mutatorName} ${m.replacement ?? ''}`;

/** Every report's results, the newest report winning where two measured the same mutant. */
export function collect(paths: string[]): Map<string, FileResult> {
  const reports = paths
    .flatMap((group, order) =>
      jsonFiles(group).map((path) => ({ path, order, time: statSync(path).mtimeMs })),
    )
    .sort((a, b) => a.order - b.order || a.time - b.time);
  const files = new Map<string, FileResult>();
  for (const { path, time } of reports) {
    let report: unknown;
    try {
      report = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      continue; // a report being written, or not a report
    }
    if (!isReport(report)) continue;
    const base = report.projectRoot ?? ROOT;
    for (const [name, file] of Object.entries(report.files)) {
      // The file's path in its own checkout: another checkout's reports (--reports) name the same files.
      const key = relative(base, resolve(base, name));
      // A piece of a file's lines is named so (pieceName): src-model-ai-1-100.json.
      const range = /-(\d+)-(\d+)\.json$/.exec(basename(path));
      const measuredHere = range ? [`${range[1]}-${range[2]}`] : null;
      const entry = files.get(key) ?? {
        mutants: new Map(),
        source: file.source,
        reportTime: time,
        ranges: measuredHere,
      };
      // A newer report of changed code replaces the older one's mutants, which may no longer exist.
      if (entry.source !== file.source) {
        entry.mutants.clear();
        entry.ranges = measuredHere;
      } else if (entry.ranges && measuredHere) {
        entry.ranges = [...new Set([...entry.ranges, ...measuredHere])];
      } else entry.ranges = null;
      for (const m of file.mutants) entry.mutants.set(mutantKey(m), m);
      entry.source = file.source;
      entry.reportTime = time;
      files.set(key, entry);
    }
  }
  return files;
}

function coreFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(`${dir}/${d.name}`) : d.name.endsWith('.ts') ? [`${dir}/${d.name}`] : [],
    );
  return CORE.flatMap(walk).sort();
}

export interface Score {
  file: string;
  killed: number;
  counted: number;
  survived: number;
  noCoverage: number;
  excluded: number;
  changed: boolean;
  ranges: string[] | null;
}

export function score(file: string, result: FileResult): Score {
  const all = [...result.mutants.values()];
  const killed = all.filter((m) => DETECTED.has(m.status)).length;
  const survived = all.filter((m) => m.status === 'Survived').length;
  const noCoverage = all.filter((m) => m.status === 'NoCoverage').length;
  const counted = all.filter((m) => DETECTED.has(m.status) || UNDETECTED.has(m.status)).length;
  const current = existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), 'utf8') : '';
  return {
    file,
    killed,
    counted,
    survived,
    noCoverage,
    excluded: all.length - counted,
    changed: current !== result.source,
    ranges: result.ranges,
  };
}

const pct = (k: number, n: number) => (n === 0 ? '—' : `${((100 * k) / n).toFixed(1)}%`);

/**
 * Files Stryker finds nothing to mutate in (types only): no run can measure them, so they are not
 * missing. Asked of Stryker's own instrumenter, which the runs use.
 */
async function mutantFree(files: string[]): Promise<Set<string>> {
  if (!files.length) return new Set();
  const { Instrumenter } = await import('@stryker-mutator/instrumenter');
  const quiet = () => false;
  const none = () => undefined;
  const log = {
    isTraceEnabled: quiet,
    isDebugEnabled: quiet,
    isInfoEnabled: quiet,
    isWarnEnabled: quiet,
    isErrorEnabled: quiet,
    isFatalEnabled: quiet,
    trace: none,
    debug: none,
    info: none,
    warn: none,
    error: none,
    fatal: none,
  };
  const instrumenter = new Instrumenter(log);
  const free = new Set<string>();
  for (const file of files) {
    const { mutants } = await instrumenter.instrument(
      [{ name: file, content: readFileSync(join(ROOT, file), 'utf8'), mutate: true }],
      { plugins: null, excludedMutations: [], ignorers: [], noHeader: false },
    );
    if (mutants.length === 0) free.add(file);
  }
  return free;
}

/** The table, the whole figure and the files not measured, and whether issue 21's goals are met. */
export async function summary(
  paths: string[] = DEFAULT_REPORTS,
): Promise<{ text: string; goalsMet: boolean }> {
  const files = collect(paths);
  const core = coreFiles();
  const scores = core.filter((f) => files.has(f)).map((f) => score(f, files.get(f)!));
  const unreported = core.filter((f) => !files.has(f));
  const free = await mutantFree(unreported);
  const missing = unreported.filter((f) => !free.has(f));
  const under = (s: Score) => s.counted > 0 && (100 * s.killed) / s.counted < FILE_GOAL;
  const lines = [
    '| file | killed / counted | score | survived | no coverage | static or ignored | note |',
    '|---|---|---|---|---|---|---|',
    ...scores.map((s) => {
      const note = [
        s.ranges ? `lines ${s.ranges.join(', ')} only` : '',
        under(s) ? `under ${FILE_GOAL}%` : '',
        s.changed ? 'code changed since measured' : '',
      ]
        .filter(Boolean)
        .join('; ');
      return `| \`${s.file}\` | ${s.killed} / ${s.counted} | ${pct(s.killed, s.counted)} | ${s.survived} | ${s.noCoverage} | ${s.excluded} | ${note} |`;
    }),
  ];
  const killed = scores.reduce((t, s) => t + s.killed, 0);
  const counted = scores.reduce((t, s) => t + s.counted, 0);
  lines.push(
    '',
    `Measured: ${scores.length} of ${core.length} files, ${pct(killed, counted)} (${killed} of ${counted} mutants) ` +
      `killed over them; goals ${WHOLE_GOAL}% over the whole core, ${FILE_GOAL}% in every file.`,
  );
  if (free.size) lines.push(`Nothing to mutate: ${[...free].map((f) => `\`${f}\``).join(', ')}.`);
  if (missing.length) lines.push(`Not measured: ${missing.map((f) => `\`${f}\``).join(', ')}.`);
  const changed = scores.filter((s) => s.changed);
  if (changed.length)
    lines.push(
      `Code changed since measured (run them again): ${changed.map((s) => `\`${s.file}\``).join(', ')}.`,
    );
  const goalsMet =
    missing.length === 0 &&
    changed.length === 0 &&
    !scores.some((s) => s.ranges) &&
    counted > 0 &&
    (100 * killed) / counted >= WHOLE_GOAL &&
    !scores.some(under);
  return { text: lines.join('\n'), goalsMet };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const { text, goalsMet } = await summary(args.length ? args.map((a) => resolve(a)) : DEFAULT_REPORTS);
  console.log(text);
  process.exitCode = goalsMet ? 0 : 1;
}
