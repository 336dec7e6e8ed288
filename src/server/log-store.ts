// Where a classroom room's session lives on disk: a session is (input, event log), so a room is its
// setup plus the events it accepted, appended one by one before anyone is told they were accepted.
import type { SessionEvent } from '../model/session';
import type { RoomSetup } from './room-setup';

export interface RoomRecord {
  readonly code: string;
  readonly setup: RoomSetup;
  /** SHA-256 of the teacher's secret, hex; the secret itself is never stored. */
  readonly teacherHash: string;
  /** ms since the epoch. */
  readonly createdAt: number;
  readonly finished: boolean;
}

export interface StoredRoom {
  readonly record: RoomRecord;
  /** Every event the room's session received, in order (seq 0, 1, 2 …). */
  readonly events: readonly SessionEvent[];
}

/** The one place rooms are persisted. SQLite by default; PostgreSQL when DATABASE_URL is set. */
export interface LogStore {
  /** Fails if the code is taken. */
  createRoom(record: RoomRecord): Promise<void>;
  /** Appends event number `seq` (0-based); resolves only once it is durable. */
  append(code: string, seq: number, event: SessionEvent): Promise<void>;
  load(code: string): Promise<StoredRoom | null>;
  /** Codes of rooms not yet finished, oldest first: the rooms to bring back after a restart. */
  openRooms(): Promise<string[]>;
  finish(code: string): Promise<void>;
  /** A device takes a seat that nobody held: true if this call took it (the first claim wins). */
  claimSeat(code: string, seat: string): Promise<boolean>;
  /** The teacher frees a seat for another device. */
  releaseSeat(code: string, seat: string): Promise<void>;
  close(): Promise<void>;
}
