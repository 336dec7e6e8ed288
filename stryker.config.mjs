// Mutation testing of the rules core (src/model, src/machines) against the Node tests. A surviving mutant
// is a change to the rules that no test notices. `npm run mutate` (scripts/mutate.ts) runs Stryker with
// this configuration once per source file; README, "Mutation testing", says when to run it.

/** Set by scripts/mutate.ts: the one source file this run mutates, so its results are kept apart. */
const piece = process.env.RC_MUTATE_PIECE;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // Only the Node project: the browser tests never reach the mutants and would cost minutes each run.
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: ['src/model/**/*.ts', 'src/machines/**/*.ts'],
  // Each mutant runs only the tests that executed its code in the first (dry) run.
  coverageAnalysis: 'perTest',
  // Static mutants (code run once, when a module loads) would each need the whole suite in a fresh
  // process. See README for why skipping them loses nothing here.
  ignoreStatic: true,
  // A mutant that loops is caught by its timeout; on a shared machine tests slow down unevenly, and a
  // tight timeout would count slow runs as caught (with 15 s, a third of the mutants of the procedure
  // files "timed out" while the machine ran browser tests, each costing a restarted worker).
  timeoutFactor: 3,
  timeoutMS: 30_000,
  // The first (dry) run executes the whole Node suite with coverage: 3 to 10 minutes on a shared
  // machine, past Stryker's default limit of 5.
  dryRunTimeoutMinutes: 30,
  // The machine's two cores; pass --concurrency 1 on a busy machine (`npm run mutate -- <file> -- --concurrency 1`).
  concurrency: 2,
  // A second run tests only mutants whose code or covering tests changed. The file itself stays out of
  // git (reports/ is ignored); scripts/mutate.ts keeps a copy without the tests' sources in
  // mutation/results/ and starts a fresh checkout from it.
  incremental: true,
  incrementalFile: piece ? `reports/mutation/files/${piece}.json` : 'reports/stryker-incremental.json',
  reporters: ['html', 'clear-text', 'progress'],
  htmlReporter: { fileName: piece ? `reports/mutation/html/${piece}.html` : 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportTests: false, reportScoreTable: true },
  // Goals of issue 21: 80% over the whole core, 70% in every file (per file, read the score table).
  thresholds: { high: 80, low: 70, break: 80 },
  // Not copied into the sandbox: the reports of earlier runs and the build.
  ignorePatterns: ['.stryker-tmp*', 'reports', '/mutation', 'test-results', 'dist'],
  tempDirName: piece ? `.stryker-tmp/${piece}` : '.stryker-tmp',
};
