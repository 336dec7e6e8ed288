// One classroom room's meeting, without the network: the plenary machine as the one authority, every
// event it hears appended to the log store before anybody is told, and the AI playing the seats no
// person holds. The Colyseus room only carries messages to and from this.
import { SessionController } from '../app/controller';
import { LIBRARY, plenaryMachine } from '../machines/default';
import { factsOf, isPaused, phaseOf } from '../machines/plenary';
import { clocksRun } from '../app/session-clock';
import type { SessionEvent, SessionInput } from '../model/session';
import type { LogStore } from './log-store';
import { AiPacer } from '../app/pace';
import type { RoomSetup } from './room-setup';

export interface PaceTimer {
  clear(): void;
}

/** How often the room asks its pacer whether the AI's move is due (ms). */
const PACE_POLL_MS = 200;

export interface Accepted {
  /** Position of the event in the log (0-based). */
  readonly seq: number;
  readonly event: SessionEvent;
  /** Why the meeting refused it, when it did (it is logged all the same, as in every session). */
  readonly refused: string | null;
}

export interface RoomSessionHooks {
  /** Every logged event, once it is durable, in order. */
  onEvent(a: Accepted): void;
  /** The store failed: the room says so and keeps trying. */
  onStoreTrouble(message: string | null): void;
}

export class RoomSession {
  private readonly controller: SessionController;
  private queue: Promise<unknown> = Promise.resolve();
  private paceTimer: PaceTimer | null = null;
  private tickTimer: PaceTimer | null = null;
  /** The same pacer as the single-computer Plenary: one truth for how fast the AI moves. */
  private readonly pacer: AiPacer;
  private aiBusy = false;
  private disposed = false;
  /** Seats whose devices are all gone and which the AI covers meanwhile (onDrop: 'ai'). */
  readonly covered = new Set<string>();

  constructor(
    readonly code: string,
    readonly setup: RoomSetup,
    readonly input: SessionInput,
    private readonly store: LogStore,
    private readonly hooks: RoomSessionHooks,
    private readonly timers: { setInterval(fn: () => void, ms: number): PaceTimer },
    log: readonly SessionEvent[] = [],
  ) {
    this.controller = new SessionController(plenaryMachine, LIBRARY, input, { game: 'server' }, log);
    // The controller's next AI move holds back the moves the rules refused (the browser's own guard).
    this.pacer = new AiPacer(LIBRARY, setup.pace, setup.lessonMinutes * 60_000, () =>
      this.controller.nextAiMove(),
    );
  }

  get snapshot() {
    return this.controller.snapshot;
  }

  get log(): readonly SessionEvent[] {
    return this.controller.snapshot.context.log;
  }

  get finished(): boolean {
    return factsOf(this.snapshot).ended;
  }

  /** Starts the room's clocks: the AI's moves, and a TICK a second while the meeting is in session. */
  start(): void {
    this.tickTimer = this.timers.setInterval(() => this.tick(), 1000);
    this.paceTimer = this.timers.setInterval(() => void this.pace(), PACE_POLL_MS);
  }

  dispose(): void {
    this.disposed = true;
    this.paceTimer?.clear();
    this.tickTimer?.clear();
  }

  /**
   * Applies an event that is already checked and authorised, in arrival order. Resolves once it is
   * in the store; the hooks hear of it only then.
   */
  apply(event: SessionEvent, byAi = false): Promise<Accepted> {
    const run = this.queue.then(() => this.applyNow(event, byAi));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async applyNow(event: SessionEvent, byAi: boolean): Promise<Accepted> {
    if (this.disposed) throw new Error('The room is closed.');
    const snap = byAi ? this.controller.sendAi(event) : this.controller.send(event);
    const log = snap.context.log;
    const seq = log.length - 1;
    const stored = log[seq]!;
    await this.persist(seq, stored);
    const rejection = snap.context.rejection;
    const accepted: Accepted = { seq, event: stored, refused: rejection ? rejection.reason : null };
    this.hooks.onEvent(accepted);
    if (this.finished) await this.store.finish(this.code).catch(() => undefined);
    return accepted;
  }

  /** Retries until the store takes the event: the meeting must not run ahead of its record. */
  private async persist(seq: number, event: SessionEvent): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.store.append(this.code, seq, event);
        if (attempt) this.hooks.onStoreTrouble(null);
        return;
      } catch (err) {
        if (this.disposed) throw err;
        this.hooks.onStoreTrouble(`The server could not save the last move (${String(err)}); retrying.`);
        await new Promise((r) => setTimeout(r, Math.min(5000, 200 * 2 ** attempt)));
      }
    }
  }

  /** The AI moves when the pacer says its move is due; a move the rules refused is not tried again. */
  private async pace(): Promise<void> {
    if (this.disposed || this.aiBusy) return;
    const ev = this.pacer.take(Date.now(), phaseOf(this.snapshot), this.snapshot.context, {
      paused: isPaused(this.snapshot),
    });
    if (!ev) return;
    this.aiBusy = true;
    try {
      await this.apply(ev, true);
    } finally {
      this.aiBusy = false;
    }
  }

  /** Step pace: the teacher's Next. The move is made at the pacer's next look (within 0.2 s). */
  next(): boolean {
    if (!this.controller.nextAiMove()) return false;
    this.pacer.next();
    return true;
  }

  /** The teacher changes the pace mid-meeting. */
  setPace(pace: RoomSetup['pace']): void {
    this.pacer.setPace(pace);
  }

  /**
   * A second of the room's clocks: the speech timer and the lesson's time limit (the session's, from the
   * setup), under the same rule as on one computer; the chart ends the meeting when the time is up.
   */
  private tick(): void {
    if (!clocksRun(this.snapshot, { clockRunning: true })) return;
    void this.apply({ type: 'TICK', seconds: 1 }).catch(() => undefined);
  }
}
