// The messages between the classroom server and its devices, in one place for both sides.
import type { SessionEvent, SessionInput } from '../model/session';
import type { RoleBriefing } from '../content/types';
import type { RoomSetup } from './room-setup';
import type { Pace } from '../app/pace';

/** Sent to a device when it joins or rejoins: enough to rebuild the meeting by replay. */
export interface JoinReply {
  readonly code: string;
  readonly role: 'teacher' | 'student';
  /** The delegation this device plays, for a student. */
  readonly seat: string | null;
  readonly name: string;
  /** The seat's team code: teammates join with it, and this device rejoins with it (kept on the device). */
  readonly teamCode: string | null;
  readonly setup: RoomSetup;
  readonly input: SessionInput;
  readonly log: readonly SessionEvent[];
  /** This seat's role card, and no other's. */
  readonly briefing: RoleBriefing | null;
}

export interface ServerMessage {
  welcome: JoinReply;
  /** A new event in the room's log, in order; `seq` is its index. */
  event: { readonly seq: number; readonly event: SessionEvent };
  /** The sender's own event was logged (and whether the meeting refused it, with its reason). */
  ack: { readonly seq: number; readonly refused: string | null };
  /** The sender's message was not passed to the meeting. */
  refused: { readonly reason: string };
  notice: { readonly message: string | null };
  /**
   * Who is connected: names per seat, and how many teacher devices. A team (several devices on one seat)
   * speaks with one voice: `voices` names the device that acts for each seat now, and `mine` tells this
   * device whether that is itself.
   */
  presence: {
    readonly seats: Readonly<Record<string, string[]>>;
    readonly voices: Readonly<Record<string, string>>;
    readonly teachers: number;
    readonly mine: boolean;
  };
  /** The room's AI pace now (the teacher changed it). */
  pace: { readonly pace: Pace };
}

/** What a device may send. */
export interface ClientMessage {
  /** Sent once the device's handlers are ready (after joining or reconnecting): answered by welcome. */
  hello: Record<string, never>;
  intent: { readonly event: unknown };
  /** Step pace: the teacher lets the AI make one move. */
  next: Record<string, never>;
  /** The teacher changes the AI's pace. */
  pace: { readonly pace: unknown };
  /** A team member takes over acting for the team's seat. */
  voice: Record<string, never>;
}

/** POST /api/rooms answer. */
export interface OpenedRoom {
  readonly code: string;
  readonly teacherSecret: string;
}
