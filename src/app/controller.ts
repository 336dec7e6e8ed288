// The browser's handle on one session: it owns the actor, autosaves after every event, lets the AI
// move when no person is awaited, and tells the scenes when something changed.
import type { Actor } from 'xstate';
import type { Library } from '../model/library';
import type { Phase } from '../model/phase';
import { checkEvent, checkInput } from '../model/schema';
import { type SessionContext, type SessionEvent, type SessionInput } from '../model/session';
import { replayingInPlace } from '../model/session-record';
import { awaitedHumans } from '../model/turns';
import { factsOf, isPaused, phaseOf, type PlenaryMachine, type PlenarySnapshot } from '../machines/plenary';
import { startSession } from '../machines/runner';
import { aiReason } from './ai-why';
import { aiMoveNow, type Pace } from './pace';
import { RefusedMoves } from './refused-moves';
import { autosave, AutosaveFailed, makeSave, type KeyValueStore, type SaveFile } from './saves';

export interface ControllerOptions {
  readonly store?: KeyValueStore;
  readonly game: string;
  readonly title?: string;
}

/** What became of an event sent from outside: counted, or refused with the reason. */
export type Receipt = { readonly accepted: true } | { readonly accepted: false; readonly reason: string };

/** A scene sent something that is not an event: a bug, reported with the schema's reason. */
export class MalformedEvent extends Error {}

export type MoveListener = (ev: SessionEvent, before: SessionContext, after: SessionContext) => void;

export class SessionController {
  private actor: Actor<PlenaryMachine>;
  /** The session's settings, as the boundary normalised them. */
  readonly input: SessionInput;
  private readonly listeners = new Set<(s: PlenarySnapshot) => void>();
  /** The AI's moves the rules refused: never sent again until the room moves. */
  private readonly refusedAi = new RefusedMoves();
  /** Why each computer move was made, by the sequence number of what it put in the transcript. */
  private readonly reasons = new Map<number, string>();
  /** Each delegation's latest computer move and why. */
  private readonly lastReasons = new Map<string, string>();
  /** Told of every accepted event with the context before and after it (the "What changed" panel). */
  private readonly moveListeners = new Set<MoveListener>();
  private saveProblem: string | null = null;
  private readonly saveListeners = new Set<(problem: string | null) => void>();

  constructor(
    readonly machine: PlenaryMachine,
    readonly lib: Library,
    input: SessionInput,
    private readonly opts: ControllerOptions,
    log: readonly SessionEvent[] = [],
  ) {
    const checked = checkInput(input);
    if (!checked.ok) throw new Error(checked.reason);
    this.input = input = checked.value;
    // Rebuild by replaying the log, noting why each computer move was made, then continue. Only the
    // last context is kept (no one listens yet), so the log grows in place: linear in its length.
    const actor = (this.actor = startSession(machine, input));
    replayingInPlace(() =>
      log.forEach((raw, k) => {
        const ev = checkEvent(raw);
        if (!ev.ok) throw new Error(`Event ${k + 1} of the log is not valid. ${ev.reason}`);
        this.deliver(ev.value);
        const { status, error } = actor.getSnapshot();
        if (status === 'error')
          throw new Error(
            `The session stops at event ${k + 1} of the log: ${(error as Error)?.message ?? error}`,
          );
      }),
    );
  }

  /** Sends one event to the actor, keeping the reason for a computer move. */
  private deliver(ev: SessionEvent): void {
    const before = this.actor.getSnapshot().context;
    const why = aiReason(this.lib, before, ev);
    this.actor.send(ev);
    const ctx = this.actor.getSnapshot().context;
    if (ctx.rejection) return;
    if (why && 'by' in ev) {
      this.reasons.set(ctx.seq, why);
      this.lastReasons.set(ev.by, why);
    }
    for (const l of this.moveListeners) l(ev, before, ctx);
  }

  /** Tells `fn` of every accepted event from now on, with the context before and after it. */
  onMove(fn: MoveListener): () => void {
    this.moveListeners.add(fn);
    return () => this.moveListeners.delete(fn);
  }

  /** Why the computer made the move recorded at this transcript sequence number, if it was one. */
  reasonAt(seq: number): string | null {
    return this.reasons.get(seq) ?? null;
  }

  /** A delegation's latest computer move and why, for its Seat panel. */
  lastReason(id: string): string | null {
    return this.lastReasons.get(id) ?? null;
  }

  /** Starts again from another log of the same session (a networked device resyncing with its room). */
  protected replaceLog(log: readonly SessionEvent[]): void {
    this.actor.stop();
    this.reasons.clear();
    this.lastReasons.clear();
    this.refusedAi.clear();
    this.actor = startSession(this.machine, this.input);
    for (const ev of log) this.deliver(ev);
    this.notify();
  }

  protected notify(): void {
    const snap = this.snapshot;
    for (const l of this.listeners) l(snap);
  }

  static fromSave(
    machine: PlenaryMachine,
    lib: Library,
    save: SaveFile,
    opts: ControllerOptions,
  ): SessionController {
    return new SessionController(machine, lib, save.input, { ...opts, title: save.title }, save.log);
  }

  get snapshot(): PlenarySnapshot {
    return this.actor.getSnapshot();
  }

  get phase(): Phase {
    return phaseOf(this.snapshot);
  }

  /** Whether the facilitator has paused the session (the chart's pause region). */
  get paused(): boolean {
    return isPaused(this.snapshot);
  }

  /** Delegations held by people that the meeting is waiting for. */
  awaiting(): string[] {
    return awaitedHumans(this.lib, factsOf(this.snapshot), this.snapshot.context);
  }

  /**
   * Sends an event from outside the game's own code (window.roughConsensus, the network): never
   * throws; a malformed event leaves the session untouched, a refused one is logged as usual.
   */
  receive(raw: unknown): Receipt {
    const checked = checkEvent(raw);
    if (!checked.ok) return { accepted: false, reason: checked.reason };
    const rejection = this.apply(checked.value).context.rejection;
    return rejection ? { accepted: false, reason: rejection.reason } : { accepted: true };
  }

  /** Sends one of the game's own events. Refused moves land in `context.rejection`, as ever. */
  send(ev: SessionEvent): PlenarySnapshot {
    const checked = checkEvent(ev);
    if (!checked.ok) throw new MalformedEvent(checked.reason);
    return this.apply(checked.value);
  }

  /** The event is the boundary's normalised copy: the log never holds a caller's object. */
  private apply(ev: SessionEvent, byAi = false): PlenarySnapshot {
    this.deliver(ev);
    const snap = this.snapshot;
    // A refused AI move is held back; anything that moves the room may change what it would meet.
    this.refusedAi.note(ev, snap.context.rejection !== null, byAi);
    this.persist();
    this.notify();
    return snap;
  }

  /**
   * Autosaves. A storage that is full or refuses writes never costs the event (it counted) nor the
   * screen (listeners still hear it): the problem is reported, and the next event tries again.
   */
  private persist(): void {
    if (!this.opts.store) return;
    let problem: string | null = null;
    try {
      autosave(this.opts.store, this.save());
    } catch (e) {
      problem = e instanceof AutosaveFailed ? e.message : `Autosave failed: ${(e as Error).message}`;
    }
    if (problem === this.saveProblem) return;
    this.saveProblem = problem;
    for (const l of this.saveListeners) l(problem);
  }

  /** Why the last autosave failed, or null when the session is safely stored (or not stored at all). */
  get autosaveProblem(): string | null {
    return this.saveProblem;
  }

  /** Tries the autosave again now (the next event would). Returns the problem, if any remains. */
  retryAutosave(): string | null {
    this.persist();
    return this.saveProblem;
  }

  /** Called with the problem when autosaving starts to fail, and with null when it works again. */
  onAutosave(fn: (problem: string | null) => void): () => void {
    this.saveListeners.add(fn);
    return () => this.saveListeners.delete(fn);
  }

  /**
   * The AI's next move: none while a person is awaited, except the computer's objections during a
   * consensus call (pace.ts); null when it is a person's turn, the meeting is over, or the AI would
   * only repeat a move the rules just refused (it waits for someone else to act).
   */
  nextAiMove(): SessionEvent | null {
    if (this.paused) return null;
    const ev = aiMoveNow(this.lib, this.phase, this.snapshot.context);
    return ev && this.refusedAi.holds(ev) ? null : ev;
  }

  /** Makes one AI move. Returns whether it moved. */
  stepAi(): boolean {
    const ev = this.nextAiMove();
    if (!ev) return false;
    this.sendAi(ev);
    return true;
  }

  /** Whether this page plays the AI (and keeps its pace); a classroom room's server does it there. */
  get aiPlaysHere(): boolean {
    return true;
  }

  /** The facilitator changed the AI's pace. Here the AI plays in this page; a classroom room passes it on. */
  paceChanged(_pace: Pace): void {}

  /** Sends an AI move the pace has timed (one nextAiMove gave); a refused one is not offered again. */
  sendAi(ev: SessionEvent): PlenarySnapshot {
    const checked = checkEvent(ev);
    if (!checked.ok) throw new MalformedEvent(checked.reason);
    return this.apply(checked.value, true);
  }

  subscribe(fn: (s: PlenarySnapshot) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  save(): SaveFile {
    return makeSave(
      this.input,
      this.snapshot.context.log,
      this.opts.game,
      this.opts.title ?? this.input.scenarioId,
    );
  }

  stop(): void {
    this.actor.stop();
    this.listeners.clear();
    this.moveListeners.clear();
    this.saveListeners.clear();
  }
}
