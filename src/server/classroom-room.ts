// The Colyseus room of one classroom meeting. Clients send intents; the room checks each against the
// shared event schema, decides who may send it, stamps the sender's seat as `by`, and hands it to the
// RoomSession, the one authority. Every client gets the meeting's input and log on joining and each
// new event after (its own copy of the machine replays them: a session is input + log), plus its own
// seat's briefing; nobody is sent another seat's.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Room, type Client } from '@colyseus/core';
import { BRIEFINGS } from '../content';
import type { LogStore } from './log-store';
import { authorise, type Role } from './permissions';
import { checkIntent } from './intents';
import { RoomSession, type Accepted } from './room-session';
import { checkSetup, type RoomSetup } from './room-setup';
import { RateLimiter } from './rate-limit';
import { PLAYER_NAME_MAX } from '../model/schema';
import { PACES, type Pace } from '../app/pace';
import type { JoinReply, ServerMessage } from './protocol';

const isPace = (x: unknown): x is Pace => (PACES as readonly unknown[]).includes(x);

export const ROOM_NAME = 'classroom';
/** How long a dropped device keeps its place before the seat counts as empty. */
export const RECONNECT_SECONDS = 180;

interface Member {
  role: Role;
  name: string;
  limiter: RateLimiter;
  /** False while a dropped device may still come back. */
  connected: boolean;
}

/** The server-wide things every room needs, set once at start-up. */
export const roomServices: { store: LogStore | null } = { store: null };

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * The code a seat's first device shows its teammates so they can join the same delegation, and which a
 * device uses to take its seat back (after a server restart too): derived from the room's secret hash,
 * so the server keeps no list of them and nobody can work one out without it.
 */
export function teamCode(teacherHash: string, seat: string): string {
  const mac = createHmac('sha256', teacherHash).update(`team\n${seat}`).digest();
  return String(mac.readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A team's names as one player label that fits the event schema ("Ana, Ben" or "Ana +3"). */
export function teamLabel(names: readonly string[]): string {
  const all = names.join(', ');
  if (all.length <= PLAYER_NAME_MAX) return all;
  return `${names[0]!.slice(0, PLAYER_NAME_MAX - 4)} +${names.length - 1}`;
}

export class ClassroomRoom extends Room {
  override maxClients = 100;
  override autoDispose = false;
  private session!: RoomSession;
  private setup!: RoomSetup;
  private teacherHash = '';
  private readonly members = new Map<string, Member>();
  /** Which device acts for each seat now: a team speaks with one voice (sessionId per seat). */
  private readonly voices = new Map<string, string>();

  override async onCreate(options: { code: string }) {
    const store = roomServices.store!;
    const stored = await store.load(options.code);
    if (!stored) throw new Error(`No room ${options.code} in the store.`);
    const checked = checkSetup(stored.record.setup);
    if (!checked.ok) throw new Error(checked.message);
    this.roomId = options.code;
    this.setup = checked.setup;
    this.teacherHash = stored.record.teacherHash;
    this.setMetadata({
      label: this.setup.label ?? null,
      scenarioId: this.setup.scenarioId,
      rule: this.setup.rule,
    });
    this.session = new RoomSession(
      options.code,
      checked.setup,
      checked.input,
      store,
      {
        onEvent: (a) => this.share(a),
        onStoreTrouble: (message) => this.broadcast('notice', { message } satisfies ServerMessage['notice']),
      },
      { setInterval: (fn, ms) => this.clock.setInterval(fn, ms) },
      stored.events,
    );
    this.session.start();
    // A device asks for the meeting once its handlers are in place (on join and after a reconnect).
    this.onMessage('hello', (client) => this.welcome(client));
    this.onMessage('intent', (client, message) => void this.intent(client, message));
    this.onMessage('next', (client) => this.next(client));
    this.onMessage('pace', (client, message) => this.pace(client, message));
    this.onMessage('voice', (client) => this.takeVoice(client));
    this.onMessage('*', (client) => this.refuse(client, 'The room does not know that message.'));
  }

  override async onAuth(_client: Client, options: unknown) {
    const o = (options ?? {}) as Record<string, unknown>;
    if (typeof o.teacherSecret === 'string') {
      if (!sameText(hashSecret(o.teacherSecret), this.teacherHash))
        throw new Error('That is not this room’s teacher key.');
      return { role: { kind: 'teacher' }, name: 'Teacher' };
    }
    const name = typeof o.name === 'string' ? o.name.trim() : '';
    // eslint-disable-next-line no-control-regex
    if (!name || name.length > 30 || /[\u0000-\u001f\u007f]/.test(name))
      throw new Error('Type your name (up to 30 letters) to join.');
    const seat = typeof o.seat === 'string' ? o.seat : '';
    if (!this.setup.people.includes(seat)) throw new Error('Choose one of the delegations played by people.');
    const code = typeof o.teamCode === 'string' ? o.teamCode : '';
    const joinsTeam = code !== '' && sameText(code, teamCode(this.teacherHash, seat));
    if (!joinsTeam && !(await roomServices.store!.claimSeat(this.roomId, seat)))
      throw new Error('That delegation is taken: ask its team for their team code, or choose another.');
    return { role: { kind: 'student', seat }, name };
  }

  override onJoin(client: Client, _options: unknown, auth: { role: Role; name: string }) {
    this.members.set(client.sessionId, { ...auth, limiter: new RateLimiter(8, 16), connected: true });
    if (auth.role.kind === 'student') {
      if (!this.voiceHolder(auth.role.seat)) this.voices.set(auth.role.seat, client.sessionId);
      void this.uncover(auth.role.seat);
    }
    this.broadcastPresence();
  }

  override async onLeave(client: Client, consented: boolean) {
    const member = this.members.get(client.sessionId);
    if (!member) return;
    member.connected = false;
    if (member.role.kind === 'student') this.passVoice(member.role.seat, client.sessionId);
    this.broadcastPresence();
    if (!consented) {
      try {
        if (member.role.kind === 'student') this.scheduleCover(member.role.seat, client.sessionId);
        await this.allowReconnection(client, RECONNECT_SECONDS);
        member.connected = true;
        if (member.role.kind === 'student') {
          if (!this.voiceHolder(member.role.seat)) this.voices.set(member.role.seat, client.sessionId);
          void this.uncover(member.role.seat);
        }
        this.broadcastPresence();
        return;
      } catch {
        // gone for good
      }
    }
    this.members.delete(client.sessionId);
    if (member.role.kind === 'student') this.scheduleCover(member.role.seat, null);
    this.broadcastPresence();
  }

  override onDispose() {
    this.session?.dispose();
  }

  /** For the dashboard and the debrief pack (also reached from other processes by remoteRoomCall). */
  summary(): { code: string; setup: RoomSetup; log: unknown[]; input: unknown } {
    return { code: this.roomId, setup: this.setup, input: this.session.input, log: [...this.session.log] };
  }

  private welcome(client: Client): void {
    const member = this.members.get(client.sessionId);
    if (!member) return;
    const seat = member.role.kind === 'student' ? member.role.seat : null;
    const reply: JoinReply = {
      code: this.roomId,
      role: member.role.kind,
      seat,
      name: member.name,
      teamCode: seat ? teamCode(this.teacherHash, seat) : null,
      setup: { ...this.setup },
      input: this.session.input,
      log: [...this.session.log],
      briefing: seat ? (BRIEFINGS.find((b) => b.delegation === seat) ?? null) : null,
    };
    client.send('welcome', reply);
  }

  private share(a: Accepted): void {
    this.broadcast('event', { seq: a.seq, event: a.event } satisfies ServerMessage['event']);
  }

  private refuse(client: Client, reason: string): void {
    client.send('refused', { reason } satisfies ServerMessage['refused']);
  }

  private async intent(client: Client, message: unknown): Promise<void> {
    const member = this.members.get(client.sessionId);
    if (!member) return;
    if (!member.limiter.take()) return this.refuse(client, 'Too many messages: wait a moment.');
    const checked = checkIntent(message);
    if (!checked.ok) return this.refuse(client, checked.reason);
    const allowed = authorise(member.role, checked.event);
    if (!allowed.ok) return this.refuse(client, allowed.reason);
    if (member.role.kind === 'student') {
      const holder = this.voiceHolder(member.role.seat);
      if (holder && holder.id !== client.sessionId)
        return this.refuse(
          client,
          `${holder.name} acts for your delegation now. Agree in your team who speaks, then take over (T) to act yourself.`,
        );
    }
    const done = await this.session.apply(allowed.event);
    client.send('ack', { seq: done.seq, refused: done.refused } satisfies ServerMessage['ack']);
  }

  /** Step pace: the teacher lets the AI make one move. */
  private next(client: Client): void {
    const member = this.members.get(client.sessionId);
    if (member?.role.kind !== 'teacher') return this.refuse(client, 'Only the teacher moves the AI on.');
    if (!this.session.next()) this.refuse(client, 'The AI has no move to make now.');
  }

  /** The teacher changes the AI's pace; every device hears it. */
  private pace(client: Client, message: unknown): void {
    const member = this.members.get(client.sessionId);
    if (member?.role.kind !== 'teacher') return this.refuse(client, 'Only the teacher sets the pace.');
    const pace = (message as { pace?: unknown } | null)?.pace;
    if (!isPace(pace)) return this.refuse(client, 'The pace is step, classroom or fast.');
    this.setup = { ...this.setup, pace };
    this.session.setPace(pace);
    this.broadcast('pace', { pace } satisfies ServerMessage['pace']);
  }

  /** A team member takes over acting for the seat (the team agrees who speaks; the last to ask does). */
  private takeVoice(client: Client): void {
    const member = this.members.get(client.sessionId);
    if (member?.role.kind !== 'student')
      return this.refuse(client, 'Only a delegation’s device can speak for it.');
    this.voices.set(member.role.seat, client.sessionId);
    this.broadcastPresence();
  }

  /** The connected device acting for `seat`, if any. */
  private voiceHolder(seat: string): { id: string; name: string } | null {
    const id = this.voices.get(seat);
    const m = id === undefined ? undefined : this.members.get(id);
    return id !== undefined && m?.connected ? { id, name: m.name } : null;
  }

  /** The device that spoke for a seat is gone: a connected teammate speaks now, if there is one. */
  private passVoice(seat: string, leaving: string): void {
    if (this.voices.get(seat) !== leaving) return;
    this.voices.delete(seat);
    for (const [id, m] of this.members)
      if (id !== leaving && m.connected && m.role.kind === 'student' && m.role.seat === seat) {
        this.voices.set(seat, id);
        return;
      }
  }

  private seatHolders(seat: string, except: string | null): number {
    let n = 0;
    for (const [id, m] of this.members)
      if (id !== except && m.connected && m.role.kind === 'student' && m.role.seat === seat) n++;
    return n;
  }

  /** onDrop 'ai': when the last device of a seat goes, the AI covers it until one is back. */
  private scheduleCover(seat: string, leaving: string | null): void {
    if (this.setup.onDrop !== 'ai' || this.seatHolders(seat, leaving) > 0) return;
    if (this.session.covered.has(seat) || this.session.finished) return;
    this.session.covered.add(seat);
    void this.session.apply({ type: 'SET_CONTROL', delegation: seat, human: false });
  }

  /**
   * A device of `seat` is in: the seat is played by people again (if the AI covered it), under the names
   * of the team now at it, so the transcript, the hall and the debrief say who played it.
   */
  private async uncover(seat: string): Promise<void> {
    const wasCovered = this.session.covered.delete(seat);
    if (this.session.finished) return;
    const player = teamLabel(this.teamNames(seat));
    if (!player) return;
    if (!wasCovered && this.session.snapshot.context.humans[seat] === player) return;
    await this.session.apply({ type: 'SET_CONTROL', delegation: seat, human: true, player });
  }

  /** The names of the devices connected to `seat`, each once, in the order they came. */
  private teamNames(seat: string): string[] {
    const names: string[] = [];
    for (const m of this.members.values())
      if (m.connected && m.role.kind === 'student' && m.role.seat === seat && !names.includes(m.name))
        names.push(m.name);
    return names;
  }

  private broadcastPresence(): void {
    const seats: Record<string, string[]> = {};
    const voices: Record<string, string> = {};
    let teachers = 0;
    for (const m of this.members.values()) {
      if (!m.connected) continue;
      if (m.role.kind === 'teacher') teachers++;
      else (seats[m.role.seat] ??= []).push(m.name);
    }
    for (const seat of Object.keys(seats)) {
      const holder = this.voiceHolder(seat);
      if (holder) voices[seat] = holder.name;
    }
    // Each device is told whether it is the one acting for its seat.
    for (const client of this.clients) {
      const m = this.members.get(client.sessionId);
      const mine = m?.role.kind === 'student' && this.voices.get(m.role.seat) === client.sessionId;
      client.send('presence', { seats, voices, teachers, mine } satisfies ServerMessage['presence']);
    }
  }
}
