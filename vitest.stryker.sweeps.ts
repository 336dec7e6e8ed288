// Setup file of the mutation run (vitest.stryker.config.ts): the sweeps that play hundreds of whole
// sessions inside otherwise quick test files skip themselves here. A mutation run runs every test that
// reached a surviving mutant, so each sweep would run again, instrumented, for every mutant the
// quicker tests miss. They still run in `npm test`; leaving them out can only lower the score.
import { beforeEach } from 'vitest';

/** The start of each sweep's name, with what it plays. */
const SWEEPS = [
  // tests/core/screens-agree.test.ts: 200 seeded sessions and every screen and export of each.
  'every meeting under every rule, AI only and with people in seats',
  // tests/core/one-truth.test.ts: the forecast at every call of 200+ seeded sessions.
  'at every call of 200+ seeded sessions',
  // tests/core/pace.test.ts: a 45-minute lesson of each of the five meetings, with 0, 1 and 3 people.
  'at classroom pace a one-lesson meeting fills its 45 minutes',
  // tests/core/screens-agree.test.ts: reads the source files of src/model, which the mutation run has
  // instrumented (their module-level lines are rewritten), so it fails whatever the mutant.
  'no module-level variable in src/model but the documented in-place replay switch',
];

beforeEach((ctx) => {
  if (SWEEPS.some((s) => ctx.task.name.startsWith(s))) ctx.skip('a sweep: left out of the mutation run');
});
