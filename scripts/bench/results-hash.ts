// A fingerprint of what simulated sessions compute: the SHA-256 of every final snapshot (state and
// whole context: positions, transcript, log, the verdicts under every rule) of AI-only sessions of
// every meeting under every rule, half of them with stances drawn as the Rule Lab draws them, and of
// a Rule Lab run's JSON. A change made only for speed must leave both exactly as they were: compare
// the figures printed before and after it (`npm run bench -- --quick` prints them first).
import { createHash } from 'node:crypto';
import { SCENARIOS } from '../../src/content/index';
import { labJson } from '../../src/machines/cli';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { runLab } from '../../src/machines/lab';
import { runAiSession } from '../../src/machines/runner';
import { RULE_IDS } from '../../src/model/rules';
import { drawStances } from '../../src/model/uncertainty';

export interface ResultsHash {
  /** Hex SHA-256 of the sessions' final snapshots, in a fixed order. */
  readonly snapshots: string;
  /** Hex SHA-256 of the lab run's JSON (washington-plenary-2012, every rule, seed 1). */
  readonly lab: string;
}

export function resultsHash(sessionsPerCase = 20, labRuns = 300): ResultsHash {
  const h = createHash('sha256');
  for (const sc of SCENARIOS)
    for (const rule of RULE_IDS)
      for (let i = 0; i < sessionsPerCase; i++) {
        const seed = `h/${i}`;
        const carry = i % 2 ? { carry: drawStances(LIBRARY, sc.id, seed) } : {};
        const snap = runAiSession(plenaryMachine, LIBRARY, { scenarioId: sc.id, rule, seed, ...carry });
        h.update(JSON.stringify(snap.value));
        h.update(JSON.stringify(snap.context));
      }
  const lab = runLab(plenaryMachine, LIBRARY, {
    scenarioId: 'washington-plenary-2012',
    rules: RULE_IDS,
    runs: labRuns,
    seed: 1,
  })!;
  return { snapshots: h.digest('hex'), lab: createHash('sha256').update(labJson(lab)).digest('hex') };
}

/** The bench's row: the two fingerprints, shortened to 16 hex digits. */
export function resultsHashFigures(rows: [string, string][]): void {
  const { snapshots, lab } = resultsHash();
  rows.push([
    `results fingerprint (SHA-256 of ${SCENARIOS.length * RULE_IDS.length * 20} final snapshots; of a 300 × ${RULE_IDS.length} lab run)`,
    `${snapshots.slice(0, 16)}; ${lab.slice(0, 16)}`,
  ]);
}
