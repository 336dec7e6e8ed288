// A meeting played on the classroom server, as this device sees it. The server is the authority: this
// device sends intents, and its own copy of the machine follows the events the server logs (a session is
// input + log, so the copy is the server's meeting exactly). It is a SessionController, so every scene
// works with it as with the hot seat's; only `send` differs: it asks the server, and the change arrives
// with the server's event. The server plays the AI.
import { Client, type Room } from 'colyseus.js';
import { LIBRARY, plenaryMachine } from '../machines/default';
import type { PlenarySnapshot } from '../machines/plenary';
import type { SessionEvent } from '../model/session';
import type { JoinReply, OpenedRoom, ServerMessage } from '../server/protocol';
import type { RoomSetup } from '../server/room-setup';
import { SessionController, type Receipt } from './controller';
import { checkEvent } from '../model/schema';
import type { Pace } from './pace';

export type RemoteNotice = { readonly kind: 'refused' | 'server' | 'connection'; readonly text: string };

export class RemoteSession extends SessionController {
  private readonly noticeListeners = new Set<(n: RemoteNotice) => void>();
  private presenceNow: ServerMessage['presence'] = { seats: {}, voices: {}, teachers: 0, mine: true };
  private closed = false;

  private constructor(
    private room: Room,
    private welcomeNow: JoinReply,
    private readonly client: Client,
    /** What this device joined with (the teacher's key, or name and seat), to get back in. */
    private readonly joinOptions: Record<string, unknown>,
  ) {
    super(
      plenaryMachine,
      LIBRARY,
      welcomeNow.input,
      { game: 'classroom', title: welcomeNow.setup.label ?? welcomeNow.code },
      welcomeNow.log,
    );
    this.listen(room);
  }

  /** Joins a room (`url`: ws:// or wss://) and resolves once this device has the meeting. */
  static async join(url: string, code: string, options: Record<string, unknown>): Promise<RemoteSession> {
    const client = new Client(url);
    const room = await client.joinById(code.trim().toUpperCase(), options);
    const welcome = await new Promise<JoinReply>((resolve) => {
      room.onMessage('welcome', (w: JoinReply) => resolve(w));
      room.send('hello', {});
    });
    return new RemoteSession(room, welcome, client, options);
  }

  get code(): string {
    return this.welcomeNow.code;
  }
  get role(): 'teacher' | 'student' {
    return this.welcomeNow.role;
  }
  /** The delegation this device plays (null for the teacher). */
  get seat(): string | null {
    return this.welcomeNow.seat;
  }
  get teamCode(): string | null {
    return this.welcomeNow.teamCode;
  }
  get setup(): RoomSetup {
    return this.welcomeNow.setup;
  }
  get briefing() {
    return this.welcomeNow.briefing;
  }
  get presence(): ServerMessage['presence'] {
    return this.presenceNow;
  }
  /** Whether this device acts for its seat now (a team speaks with one voice). */
  get holdsVoice(): boolean {
    return this.seat === null || this.presenceNow.mine;
  }
  /** The teammates on this device's seat, this device's name included. */
  get team(): readonly string[] {
    return this.seat ? (this.presenceNow.seats[this.seat] ?? []) : [];
  }
  /** Who acts for this device's seat now. */
  get voice(): string | null {
    return this.seat ? (this.presenceNow.voices[this.seat] ?? null) : null;
  }

  /** This device takes over acting for its team's seat. */
  takeVoice(): void {
    if (this.seat && !this.closed) this.room.send('voice', {});
  }

  /** Asks the server; the snapshot changes when the server's event comes back. */
  override send(ev: SessionEvent): PlenarySnapshot {
    if (!this.closed) this.room.send('intent', { event: ev });
    return this.snapshot;
  }

  /** From outside (window.roughConsensus): checked here, then decided by the server like any move. */
  override receive(raw: unknown): Receipt {
    const checked = checkEvent(raw);
    if (!checked.ok) return { accepted: false, reason: checked.reason };
    this.send(checked.value);
    return { accepted: true };
  }

  override nextAiMove(): SessionEvent | null {
    return null;
  }

  /** Step pace: the server's AI makes its next move (the teacher's Next). */
  override stepAi(): boolean {
    this.next();
    return true;
  }

  /** Step pace: the teacher lets the AI make its next move. */
  next(): void {
    if (!this.closed) this.room.send('next', {});
  }

  override get aiPlaysHere(): boolean {
    return false;
  }

  /** The AI plays on the server: the teacher's pace goes there. */
  override paceChanged(pace: Pace): void {
    if (!this.closed) this.room.send('pace', { pace });
  }

  onNotice(fn: (n: RemoteNotice) => void): () => void {
    this.noticeListeners.add(fn);
    return () => this.noticeListeners.delete(fn);
  }

  override stop(): void {
    this.closed = true;
    void this.room.leave(true);
    super.stop();
  }

  private tell(n: RemoteNotice): void {
    for (const l of this.noticeListeners) l(n);
  }

  private listen(room: Room): void {
    room.onMessage('welcome', (w: JoinReply) => {
      // After a reconnection: start again from the server's whole log.
      this.welcomeNow = w;
      this.replaceLog(w.log);
    });
    room.onMessage('event', (m: ServerMessage['event']) => {
      if (m.seq !== this.snapshot.context.log.length) {
        room.send('hello', {}); // out of step: ask for the whole log again
        return;
      }
      super.send(m.event);
    });
    room.onMessage('ack', () => {});
    room.onMessage('refused', (m: ServerMessage['refused']) =>
      this.tell({ kind: 'refused', text: m.reason }),
    );
    room.onMessage('notice', (m: ServerMessage['notice']) => {
      if (m.message) this.tell({ kind: 'server', text: m.message });
    });
    room.onMessage('pace', (m: ServerMessage['pace']) => {
      this.welcomeNow = { ...this.welcomeNow, setup: { ...this.welcomeNow.setup, pace: m.pace } };
      this.notify();
    });
    room.onMessage('presence', (p: ServerMessage['presence']) => {
      this.presenceNow = p;
      this.notify();
    });
    room.onLeave((code) => {
      if (this.closed || code === 1000) return;
      this.tell({ kind: 'connection', text: 'Connection lost: reconnecting…' });
      void this.reconnect(room.reconnectionToken);
    });
  }

  /** Back into the room after a dropped connection: with Colyseus's token, else with the team code. */
  private async reconnect(token: string): Promise<void> {
    for (let attempt = 0; attempt < 60 && !this.closed; attempt++) {
      await new Promise((r) => setTimeout(r, Math.min(5000, 500 * (attempt + 1))));
      try {
        const room = await this.client
          .reconnect(token)
          .catch(() =>
            this.client.joinById(
              this.code,
              this.seat ? { ...this.joinOptions, teamCode: this.teamCode } : this.joinOptions,
            ),
          );
        this.room = room;
        this.listen(room);
        room.send('hello', {});
        this.tell({ kind: 'connection', text: 'Reconnected.' });
        return;
      } catch {
        // the server may be restarting: try again
      }
    }
    this.tell({ kind: 'connection', text: 'Could not reconnect: ask your teacher for the room code.' });
  }
}

/** The teacher opens a room on the server this page came from. */
export async function openClassroom(baseUrl: string, setup: RoomSetup): Promise<OpenedRoom> {
  const res = await fetch(`${baseUrl}/api/rooms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(setup),
  });
  const body = (await res.json()) as OpenedRoom & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `The server said ${res.status}.`);
  return body;
}
