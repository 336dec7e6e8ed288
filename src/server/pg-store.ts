// The log store on PostgreSQL, for a school that runs the classroom server on several machines: the
// same two tables as the SQLite store. An append resolves once PostgreSQL has committed it.
import pg from 'pg';
import type { SessionEvent } from '../model/session';
import type { LogStore, RoomRecord, StoredRoom } from './log-store';

export async function openPgStore(url: string): Promise<LogStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  await pool.query(`
    CREATE TABLE IF NOT EXISTS rc_rooms (
      code TEXT PRIMARY KEY, setup TEXT NOT NULL, teacher_hash TEXT NOT NULL,
      created_at BIGINT NOT NULL, finished BOOLEAN NOT NULL DEFAULT FALSE);
    CREATE TABLE IF NOT EXISTS rc_events (
      code TEXT NOT NULL REFERENCES rc_rooms(code), seq INTEGER NOT NULL, event TEXT NOT NULL,
      PRIMARY KEY (code, seq));
    CREATE TABLE IF NOT EXISTS rc_seats (
      code TEXT NOT NULL REFERENCES rc_rooms(code), seat TEXT NOT NULL, PRIMARY KEY (code, seat));`);
  return {
    async createRoom(r: RoomRecord) {
      await pool.query(
        'INSERT INTO rc_rooms (code, setup, teacher_hash, created_at, finished) VALUES ($1, $2, $3, $4, $5)',
        [r.code, JSON.stringify(r.setup), r.teacherHash, r.createdAt, r.finished],
      );
    },
    async append(code: string, seq: number, event: SessionEvent) {
      await pool.query('INSERT INTO rc_events (code, seq, event) VALUES ($1, $2, $3)', [
        code,
        seq,
        JSON.stringify(event),
      ]);
    },
    async load(code: string): Promise<StoredRoom | null> {
      const room = await pool.query('SELECT * FROM rc_rooms WHERE code = $1', [code]);
      const row = room.rows[0] as
        | { code: string; setup: unknown; teacher_hash: string; created_at: string; finished: boolean }
        | undefined;
      if (!row) return null;
      const ev = await pool.query('SELECT event FROM rc_events WHERE code = $1 ORDER BY seq', [code]);
      return {
        record: {
          code: row.code,
          setup: JSON.parse(row.setup as string) as StoredRoom['record']['setup'],
          teacherHash: row.teacher_hash,
          createdAt: Number(row.created_at),
          finished: row.finished,
        },
        events: ev.rows.map((r: { event: string }) => JSON.parse(r.event) as SessionEvent),
      };
    },
    async openRooms() {
      const r = await pool.query('SELECT code FROM rc_rooms WHERE NOT finished ORDER BY created_at');
      return r.rows.map((x: { code: string }) => x.code);
    },
    async finish(code: string) {
      await pool.query('UPDATE rc_rooms SET finished = TRUE WHERE code = $1', [code]);
    },
    async claimSeat(code: string, seat: string) {
      const r = await pool.query('INSERT INTO rc_seats (code, seat) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        code,
        seat,
      ]);
      return r.rowCount === 1;
    },
    async releaseSeat(code: string, seat: string) {
      await pool.query('DELETE FROM rc_seats WHERE code = $1 AND seat = $2', [code, seat]);
    },
    async close() {
      await pool.end();
    },
  };
}
