// A lesson played on a virtual clock: the plenary machine, the AI moving at a pace, and simulated people
// who take a person's time to act (longer or shorter than the pace expects, at random). The bench
// prints how long each meeting lasts against the lesson chosen; the tests check the classroom pace.
import { createActor } from 'xstate';
import { nextAiEvent } from '../model/ai';
import { agendaItemOf, draftValueOf } from '../model/items';
import type { Library } from '../model/library';
import type { Phase } from '../model/phase';
import { seedRng, nextRng, type RngState } from '../model/rng';
import { rosterOf } from '../model/roster';
import { wouldObject } from '../model/rules';
import type { SessionContext, SessionEvent, SessionInput } from '../model/session';
import { awaitedHumans } from '../model/turns';
import { phaseFacts, phaseOf, type PlenaryMachine } from '../machines/plenary';
import { AiPacer, personMs, type Pace } from './pace';

export interface LessonRun {
  /** The meeting's length from the floor's opening to its communiqué (ms of virtual time). */
  readonly meetingMs: number;
  readonly aiMoves: number;
  readonly personMoves: number;
  /** Whether the meeting reached its communiqué (else it was cut off after MAX_EVENTS). */
  readonly finished: boolean;
}

/** A simulated person acts in this share of the usual time, drawn evenly (mean 1.3: people run slow). */
const PERSON_SPREAD = [0.4, 2.2] as const;
const MAX_EVENTS = 5000;

/** What a simulated person does when the meeting waits for them: what the AI would do in their seat. */
export function personMove(lib: Library, phase: Phase, ctx: SessionContext, id: string): SessionEvent {
  const at = phaseFacts(phase);
  if (at.awaits === 'answers') {
    const roster = rosterOf(lib, ctx.scenarioId);
    const i = roster.index[id]!;
    if (id !== roster.chair) {
      const issue = ctx.item!.issue;
      const objects = wouldObject(
        ctx.rule,
        ctx.pos[issue][i]!,
        ctx.sal[issue][i]!,
        draftValueOf(lib, ctx),
        agendaItemOf(lib, ctx).statusQuo,
        0,
      );
      return { type: objects ? 'OBJECT' : 'CONCUR', by: id };
    }
  }
  const ev = nextAiEvent(lib, at, { ...ctx, humans: {} });
  return ev && 'by' in ev && ev.by === id ? ev : { type: 'YIELD', by: id };
}

/**
 * Plays a meeting from BEGIN to its communiqué at the given pace, the people in `input.humans` acting
 * after a person's time. Speech timers run as in the Plenary (a TICK before every move).
 */
export function simulateLesson(
  machine: PlenaryMachine,
  lib: Library,
  input: SessionInput,
  pace: Pace,
  lessonMs: number,
  seed: number | string = 1,
): LessonRun {
  const actor = createActor(machine, { input });
  actor.start();
  actor.send({ type: 'START' });
  actor.send({ type: 'BEGIN' });
  let rng: RngState = seedRng(`people/${seed}`);
  const draw = () => {
    const [u, next] = nextRng(rng);
    rng = next;
    return u;
  };
  let t = 0;
  let ticked = 0;
  let aiMoves = 0;
  let personMoves = 0;
  // When each awaited person will act, and when the AI's next move is due (null: not planned yet).
  const personDue = new Map<string, number>();
  const pacer = new AiPacer(lib, pace, lessonMs);
  const send = (ev: SessionEvent) => {
    // The clocks first, as the Plenary's once-a-second TICK would have run them.
    if (t > ticked) actor.send({ type: 'TICK', seconds: (t - ticked) / 1000 });
    ticked = t;
    actor.send(ev);
  };
  let n = 0;
  for (; n < MAX_EVENTS; n++) {
    const snap = actor.getSnapshot();
    const phase = phaseOf(snap);
    const ctx = snap.context;
    const at = phaseFacts(phase);
    if (at.ended) break;
    const awaited = awaitedHumans(lib, at, ctx);
    for (const id of [...personDue.keys()]) if (!awaited.includes(id)) personDue.delete(id);
    for (const id of awaited)
      if (!personDue.has(id)) {
        const ev = personMove(lib, phase, ctx, id);
        const share = PERSON_SPREAD[0] + (PERSON_SPREAD[1] - PERSON_SPREAD[0]) * draw();
        personDue.set(id, t + personMs(ev) * share);
      }
    const aiDue = pacer.dueAt(t, phase, ctx);
    // The speech timer passes the floor on if it runs out before anyone moves.
    const speaker = ctx.item?.speakers[0];
    const timerEnds =
      at.awaits === 'speaker' && speaker && ctx.speechSeconds !== null
        ? ticked + (ctx.speechSeconds - ctx.item!.turn.seconds) * 1000
        : Infinity;
    let nextPerson: [string, number] | null = null;
    for (const [id, due] of personDue) if (!nextPerson || due < nextPerson[1]) nextPerson = [id, due];
    const due = Math.min(aiDue ?? Infinity, nextPerson?.[1] ?? Infinity);
    if (due === Infinity) break;
    if (timerEnds <= due) {
      t = Math.max(t, timerEnds);
      send({ type: 'TICK', seconds: 0.001 });
      personDue.delete(speaker!);
      continue;
    }
    t = due;
    if (nextPerson && nextPerson[1] === due) {
      send(personMove(lib, phase, ctx, nextPerson[0]));
      personDue.delete(nextPerson[0]);
      personMoves++;
    } else {
      const ev = pacer.take(t, phase, ctx);
      if (!ev) throw new Error('The pacer planned a move it then did not make');
      send(ev);
      aiMoves++;
    }
  }
  const finished = phaseFacts(phaseOf(actor.getSnapshot())).ended;
  actor.stop();
  return { meetingMs: t, aiMoves, personMoves, finished };
}
