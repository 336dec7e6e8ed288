// npm run bench [-- --json] [-- --quick]: measured figures, never asserted. Each section prints its
// numbers beside a baseline measured in the same run.
import { runAiSession, runAiSessionInActor } from '../src/machines/runner';
import { LIBRARY, plenaryMachine } from '../src/machines/default';
import { browserFigures } from './bench-browser';
import { aiMoveFigures } from './bench/ai-moves';
import { paceFigures } from './bench/pace';
import { resultsHashFigures } from './bench/results-hash';
import { openSaveFigures } from './bench/open-save';
import { serverFigures } from './bench/server';
import { threadFigures } from './bench/threads';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const quick = args.has('--quick');
const scenarioId = 'washington-plenary-2012' as const;

/**
 * V8 needs a few hundred sessions before the engine's functions are fully optimised (throughput
 * climbs from about a fifth of its final value over the first ~600 sessions), and a Rule Lab run is
 * thousands of sessions long: so the sessions are warmed up first, then measured in rounds. The
 * figure is the median round.
 */
const WARM_UP = quick ? 600 : 1000;
const ROUNDS = 5;
const perRound = quick ? 200 : 600;

interface Path {
  run(seed: number): number; // events in the session
  rates: number[];
  events: number;
  seconds: number;
}

const path = (run: (seed: number) => number): Path => ({ run, rates: [], events: 0, seconds: 0 });
const machinePath = path(
  (seed) => runAiSession(plenaryMachine, LIBRARY, { scenarioId, rule: 'consensus', seed }).context.log.length,
);
// The same sessions through an XState actor, as the chart was played before it was walked (chart-walk.ts).
const actorPath = path(
  (seed) =>
    runAiSessionInActor(plenaryMachine, LIBRARY, { scenarioId, rule: 'consensus', seed }).context.log.length,
);

// The first sessions of a fresh process, for the record: what a single short run sees.
const COLD = 100;
const coldStart = performance.now();
for (let i = 0; i < COLD; i++) machinePath.run(-1 - i);
const coldRate = COLD / ((performance.now() - coldStart) / 1000);
for (let i = COLD; i < WARM_UP; i++) {
  machinePath.run(-1 - i);
  actorPath.run(-1 - i);
}
// Rounds alternate between the two, so that both see the same load on the machine.
for (let r = 0; r < ROUNDS; r++) {
  for (const p of [machinePath, actorPath]) {
    const t0 = performance.now();
    let events = 0;
    for (let i = 0; i < perRound; i++) events += p.run(r * perRound + i);
    const seconds = (performance.now() - t0) / 1000;
    p.rates.push(perRound / seconds);
    p.events += events;
    p.seconds += seconds;
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const n = ROUNDS * perRound;

const figures: Record<string, number> = {
  machineSessionsPerSec: median(machinePath.rates),
  eventsPerSession: machinePath.events / n,
  machineColdSessionsPerSec: coldRate,
  machineMicrosPerEvent: (1e6 * machinePath.seconds) / machinePath.events,
  actorSessionsPerSec: median(actorPath.rates),
};

const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;

const rows: [string, string][] = [
  [
    `AI-only sessions of ${scenarioId}, the chart walked (as the Rule Lab and simulate play them)`,
    `${figures.machineSessionsPerSec!.toFixed(0)} /s (rounds ${range(machinePath.rates)})`,
  ],
  [
    `the same sessions through an XState actor, same run`,
    `${median(actorPath.rates).toFixed(0)} /s (rounds ${range(actorPath.rates)})`,
  ],
  [
    `the first ${COLD} sessions of a fresh process, machine (before V8 has optimised it)`,
    `${coldRate.toFixed(0)} /s`,
  ],
  ['events per session', figures.eventsPerSession!.toFixed(1)],
  ['cost per event, machine', `${figures.machineMicrosPerEvent!.toFixed(2)} µs`],
];

resultsHashFigures(rows);
Object.assign(figures, paceFigures(rows));
Object.assign(figures, openSaveFigures(rows, quick));

Object.assign(figures, aiMoveFigures(quick ? 20 : 100, rows));
Object.assign(figures, await threadFigures(quick ? 1000 : 10_000, rows));

if (!quick || args.has('--browser'))
  Object.assign(figures, await browserFigures(rows, quick ? undefined : figures.simulateSingleThreadSeconds));
if (args.has('--server')) Object.assign(figures, await serverFigures(rows, quick));

const w = Math.max(...rows.map((r) => r[0].length));
console.log(
  `Rough Consensus benchmark (Node ${process.version}; sessions: ${WARM_UP} warm-up, then ${ROUNDS} rounds of ${perRound}, median round)`,
);
for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
if (json) console.log(JSON.stringify(figures));
