// The Vitest setup `npm run mutate` runs for every mutant: the Node project ("core") from vite.config.ts,
// without the build's plugins or the JSON report, minus the few whole-session sweeps listed below, with
// the quickest test files first so that a mutant is usually caught before the slow files start.
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from './vite.config';

const core = base.test?.projects?.find(
  (p): p is TestProjectInlineConfiguration => typeof p === 'object' && 'test' in p && p.test?.name === 'core',
);
if (!core?.test) throw new Error('vite.config.ts has no "core" test project');

/**
 * Sweeps that play dozens of whole sessions (every scenario under every rule, every seed of the
 * historical meetings, 150 random sessions): each costs 10–20 s, and a mutant in the session code would
 * run them all whenever the quicker tests miss it. They still run in `npm test`. Leaving them out can
 * only lower the mutation score: a mutant only they would catch counts here as a survivor.
 */
const TOO_SLOW_FOR_EVERY_MUTANT = [
  'tests/content/engine.test.ts',
  'tests/content/history.test.ts',
  'tests/core/properties.test.ts',
  // Plays a lab run on this thread and again in three worker threads and compares the numbers. The
  // workers load the rules without the mutant switched on, so it "kills" any mutant that changes a
  // lab figure by comparing it with the unmutated code, not with a rule; and it starts three threads
  // per mutant on a shared machine.
  'tests/core/lab-threads.test.ts',
  // 20,000 fuzzed events over the five meetings, every save replayed: one test, 4 s plain and minutes
  // instrumented, reached by every mutant of the session code.
  'tests/core/fuzz.test.ts',
];

/**
 * MUTATE_TESTS=tests/a.test.ts,tests/b.test.ts runs only those test files: a quick lower bound for the
 * score of the file you are working on (a mutant another file would catch counts as a survivor), without
 * the dry run of the whole suite. README, "Mutation testing".
 */
const ONLY = (process.env.MUTATE_TESTS ?? '').split(',').filter(Boolean);

/** Files that failed last time first (they caught the last mutant), then the quickest first. */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const key = (f: TestSpecification) =>
      `${f.project.name}:${f.moduleId.slice(this.ctx.config.root.length + 1)}`;
    const failed = (f: TestSpecification) => (cache.getFileTestResults(key(f))?.failed ? 0 : 1);
    const duration = (f: TestSpecification) =>
      cache.getFileTestResults(key(f))?.duration ?? cache.getFileStats(key(f))?.size ?? Infinity;
    return [...files].sort((a, b) => failed(a) - failed(b) || duration(a) - duration(b));
  }
}

/**
 * Test files that replace a module of the game with `vi.mock`: they need modules of their own. Every other
 * file shares one module graph within a mutant's run (`isolate: false`), which cuts the CPU time of a
 * mutant's tests to less than half: with isolation each of the thirty-odd files that reach a mutant of the
 * session code loaded the content and the rules core again (measured on 34 such files: 47 s of CPU with
 * isolation, 18.5 s without). A run starts a fresh worker, so no module state outlives one mutant.
 */
const MOCKING = ['tests/core', 'tests/content']
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`))
  .filter((f) => f.endsWith('.test.ts') && /\bvi\.(do)?[mM]ock\(/.test(readFileSync(f, 'utf8')));

const project = (name: string, isolate: boolean, include: string[] | undefined, exclude: string[]) => ({
  ...core,
  test: {
    ...core.test,
    name,
    isolate,
    ...(include ? { include } : {}),
    exclude: [...(core.test!.exclude ?? []), ...TOO_SLOW_FOR_EVERY_MUTANT, ...exclude],
    // Instrumented code runs several times slower on a shared machine: the session-long tests need
    // room beyond the core project's 30 s, or the first (dry) run fails before any mutant is tried
    // (caucus-calibration's AI-only meetings took over 30 s instrumented at load 12). Set here in
    // the project: a timeout at the top level gives way to the project's own.
    testTimeout: 120_000,
    // Tests that repeat one check over many seeds play a smaller share here (tests/core/mutation-run.ts):
    // chart-walk, deal-acceptance and no-raw-ids cost 50 of the suite's 115 s under load, for every
    // surviving mutant of the session code. Sweeps inside otherwise quick files skip themselves: see
    // vitest.stryker.sweeps.ts.
    env: { ...core.test!.env, RC_MUTATION_RUN: '1' },
    setupFiles: [...[core.test!.setupFiles ?? []].flat(), './vitest.stryker.sweeps.ts'],
  },
});

const mocking = ONLY.length ? MOCKING.filter((f) => ONLY.includes(f)) : MOCKING;

export default defineConfig({
  test: {
    sequence: { sequencer: QuickestFirst },
    projects: [
      project('core', false, ONLY.length ? ONLY : undefined, MOCKING),
      ...(mocking.length ? [project('core-mocking', true, mocking, [])] : []),
    ],
  },
});
