// The browser's handle on one session: it owns the actor, autosaves after every event, lets the AI
// move when no person is awaited, and tells the scenes when something changed.
import type { Actor } from 'xstate';
import type { Library } from '../model/library';
import { nextAiEvent } from '../model/ai';
import type { Phase } from '../model/phase';
import type { SessionEvent, SessionInput } from '../model/session';
import { awaitedHumans } from '../model/turns';
import { phaseOf, type PlenaryMachine, type PlenarySnapshot } from '../machines/plenary';
import { replay, restore, startSession } from '../machines/runner';
import { autosave, makeSave, type KeyValueStore, type SaveFile } from './saves';

export interface ControllerOptions {
  readonly store?: KeyValueStore;
  readonly game: string;
  readonly title?: string;
}

export class SessionController {
  private actor: Actor<PlenaryMachine>;
  private readonly listeners = new Set<(s: PlenarySnapshot) => void>();

  constructor(
    readonly machine: PlenaryMachine,
    readonly lib: Library,
    readonly input: SessionInput,
    private readonly opts: ControllerOptions,
    log: readonly SessionEvent[] = [],
  ) {
    if (log.length) {
      // Rebuild by replay, then continue from that snapshot.
      const snap = replay(machine, input, log);
      this.actor = restore(machine, snap.machine.getPersistedSnapshot(snap), input).start();
    } else this.actor = startSession(machine, input);
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

  /** Delegations held by people that the meeting is waiting for. */
  awaiting(): string[] {
    return awaitedHumans(this.lib, this.phase, this.snapshot.context);
  }

  send(ev: SessionEvent): PlenarySnapshot {
    this.actor.send(ev);
    const snap = this.snapshot;
    if (this.opts.store) autosave(this.opts.store, this.save());
    for (const l of this.listeners) l(snap);
    return snap;
  }

  /** The AI's next move if nobody human is awaited; null when it is a person's turn or the meeting is over. */
  nextAiMove(): SessionEvent | null {
    if (this.awaiting().length) return null;
    return nextAiEvent(this.lib, this.phase, this.snapshot.context);
  }

  /** Makes one AI move. Returns whether it moved. */
  stepAi(): boolean {
    const ev = this.nextAiMove();
    if (!ev) return false;
    this.send(ev);
    return true;
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
  }
}
