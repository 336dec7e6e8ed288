// npm run bench [-- --json] [-- --quick]: measured figures, never asserted. Each section prints its
// numbers beside a baseline measured in the same run.
import { runAiSession } from '../src/machines/runner';
import { LIBRARY, plenaryMachine } from '../src/machines/default';
import { runModelSession } from '../src/model/kernel';
import { browserFigures } from './bench-browser';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const quick = args.has('--quick');
const scenarioId = 'washington-plenary-2012' as const;

function timeIt(n: number, f: (i: number) => number): { seconds: number; events: number } {
  for (let i = 0; i < Math.min(50, n); i++) f(-1 - i); // warm up the JIT
  const t0 = performance.now();
  let events = 0;
  for (let i = 0; i < n; i++) events += f(i);
  return { seconds: (performance.now() - t0) / 1000, events };
}

const n = quick ? 300 : 3000;
const machine = timeIt(
  n,
  (i) => runAiSession(plenaryMachine, LIBRARY, { scenarioId, rule: 'consensus', seed: i }).context.log.length,
);
const model = timeIt(
  n,
  (i) => runModelSession(LIBRARY, { scenarioId, rule: 'consensus', seed: i }).context.log.length,
);

const figures: Record<string, number> = {
  machineSessionsPerSec: n / machine.seconds,
  modelSessionsPerSec: n / model.seconds,
  eventsPerSession: machine.events / n,
  machineMicrosPerEvent: (1e6 * machine.seconds) / machine.events,
  modelMicrosPerEvent: (1e6 * model.seconds) / model.events,
};
figures.xstateOverheadMicrosPerEvent = figures.machineMicrosPerEvent! - figures.modelMicrosPerEvent!;

const rows: [string, string][] = [
  [
    `AI-only sessions of ${scenarioId} through the XState actor`,
    `${figures.machineSessionsPerSec!.toFixed(0)} /s`,
  ],
  ['the same sessions through the model functions alone', `${figures.modelSessionsPerSec!.toFixed(0)} /s`],
  [
    'machine ÷ model throughput',
    `${(figures.machineSessionsPerSec! / figures.modelSessionsPerSec!).toFixed(2)}×`,
  ],
  ['events per session', figures.eventsPerSession!.toFixed(1)],
  ['cost per event, machine', `${figures.machineMicrosPerEvent!.toFixed(2)} µs`],
  ['cost per event, model alone', `${figures.modelMicrosPerEvent!.toFixed(2)} µs`],
  ['XState’s share per event', `${figures.xstateOverheadMicrosPerEvent!.toFixed(2)} µs`],
];

if (!quick || args.has('--browser')) Object.assign(figures, await browserFigures(rows));

const w = Math.max(...rows.map((r) => r[0].length));
console.log(`Rough Consensus benchmark (${n} sessions each, Node ${process.version})`);
for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
if (json) console.log(JSON.stringify(figures));
