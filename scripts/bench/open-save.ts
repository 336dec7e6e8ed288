// Opening a save, measured: a long session's save file read, checked (every event through the
// schema) and replayed to its end, at two lengths, so the figures show whether the cost is linear in
// the log. A classroom's long session is a few thousand events; 60,000 is the stress case.
import { SessionController } from '../../src/app/controller';
import { makeSave, parseSave } from '../../src/app/saves';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import type { SessionEvent, SessionInput } from '../../src/model/session';

const input: SessionInput = {
  scenarioId: 'washington-plenary-2012',
  rule: 'consensus',
  seed: 7,
  humans: { ZA: 'Player 1' },
};

/** A session's log `events` long: the AI plays to the person's turn, then the clock runs and the facilitator pauses, resumes and moves the floor. */
function longLog(events: number): readonly SessionEvent[] {
  const c = new SessionController(plenaryMachine, LIBRARY, input, { game: 'bench' });
  c.send({ type: 'START' });
  c.send({ type: 'BEGIN' });
  for (let n = 0; n < 1000 && c.stepAi(); n++);
  const cycle: SessionEvent[] = [
    { type: 'TICK', seconds: 1 },
    { type: 'PAUSE' },
    { type: 'RESUME' },
    { type: 'SPEAK', by: 'ZA', card: 'no-such-card' }, // refused, and logged as refused
  ];
  const log = [...c.snapshot.context.log];
  for (let k = 0; log.length < events; k++) log.push(cycle[k % cycle.length]!);
  c.stop();
  return log;
}

function timeOpen(text: string): { parseMs: number; replayMs: number; events: number } {
  const t0 = performance.now();
  const save = parseSave(text);
  const t1 = performance.now();
  const c = SessionController.fromSave(plenaryMachine, LIBRARY, save, { game: 'bench' });
  const t2 = performance.now();
  const events = c.snapshot.context.log.length;
  c.stop();
  return { parseMs: t1 - t0, replayMs: t2 - t1, events };
}

/** Adds rows for a 6,000- and a 60,000-event save; returns the figures (ms). */
export function openSaveFigures(rows: [string, string][], quick = false): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const n of quick ? [6_000] : [6_000, 60_000]) {
    const save = JSON.stringify(makeSave(input, longLog(n), 'bench', 'A long session'));
    const r = timeOpen(save);
    figures[`openSave${n}ParseMs`] = r.parseMs;
    figures[`openSave${n}ReplayMs`] = r.replayMs;
    rows.push([
      `opening a save of ${r.events.toLocaleString('en')} events (${(save.length / 1e6).toFixed(1)} MB): read and check, replay`,
      `${r.parseMs.toFixed(0)} ms + ${r.replayMs.toFixed(0)} ms = ${(r.parseMs + r.replayMs).toFixed(0)} ms`,
    ]);
  }
  return figures;
}
