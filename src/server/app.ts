// The classroom server: one process that serves the built game and hosts the rooms on one port.
// Rooms live in the log store and come back from it after a restart; with Redis, rooms spread over
// several processes and any process can admit a device to any room.
import { randomBytes, randomInt } from 'node:crypto';
import http from 'node:http';
import { existsSync } from 'node:fs';
import { Server, matchMaker, LocalPresence, LocalDriver, type Presence } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import sirv from 'sirv';
import { ClassroomRoom, ROOM_NAME, hashSecret, roomServices } from './classroom-room';
import type { LogStore } from './log-store';
import { checkSetup } from './room-setup';
import type { OpenedRoom } from './protocol';
import { classPack, roomReport, roomStatus, type PackRoom } from './room-report';
import * as v from 'valibot';

/** POST /api/reports: the debrief pack of several rooms, each named with its teacher key. */
const PackRequest = v.object({
  rooms: v.pipe(
    v.array(
      v.object({
        code: v.pipe(v.string(), v.regex(/^[A-Z0-9]{5}$/)),
        secret: v.pipe(v.string(), v.maxLength(100)),
      }),
    ),
    v.minLength(1),
    v.maxLength(12),
  ),
  format: v.picklist(['md', 'json', 'csv']),
});

export interface ClassroomServerOptions {
  readonly port: number;
  readonly host?: string;
  readonly store: LogStore;
  /** Folder of the built game (dist/); the API alone when absent. */
  readonly staticDir?: string;
  /** Redis for presence and the room directory: several processes share the rooms. */
  readonly redisUrl?: string;
  /**
   * host:port at which devices reach this process. Needed with Redis: a device that asked another
   * process for a seat connects here directly when this process holds the room.
   */
  readonly publicAddress?: string;
  /** The addresses students type (this computer's network addresses), for the teacher's screen. */
  readonly addresses?: readonly string[];
  /** Largest WebSocket message a device may send, in bytes. */
  readonly maxPayload?: number;
}

export interface ClassroomServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Room codes avoid letters that read alike (0/O, 1/I/L). */
const CODE_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function newRoomCode(): string {
  let s = '';
  for (let i = 0; i < 5; i++) s += CODE_LETTERS[randomInt(CODE_LETTERS.length)];
  return s;
}

const MAX_BODY = 16 * 1024;

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        reject(new Error('not JSON'));
      }
    });
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown, type = 'application/json') {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

async function openRoom(store: LogStore, raw: unknown): Promise<OpenedRoom | { error: string }> {
  const checked = checkSetup(raw);
  if (!checked.ok) return { error: checked.message };
  const teacherSecret = randomBytes(18).toString('base64url');
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = newRoomCode();
    try {
      await store.createRoom({
        code,
        setup: checked.setup,
        teacherHash: hashSecret(teacherSecret),
        createdAt: Date.now(),
        finished: false,
      });
    } catch {
      continue; // code taken
    }
    await matchMaker.createRoom(ROOM_NAME, { code });
    return { code, teacherSecret };
  }
  return { error: 'No free room code: try again.' };
}

/** The API beside the game: open a room, what a join screen needs, and the teacher's reports. */
async function api(
  o: ClassroomServerOptions,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<boolean> {
  const store = o.store;
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith('/api/')) return false;
  try {
    if (req.method === 'GET' && url.pathname === '/api/server') {
      send(res, 200, { addresses: o.addresses ?? [] });
      return true;
    }
    if (req.method === 'POST' && url.pathname === '/api/rooms') {
      const opened = await openRoom(store, await readBody(req));
      send(res, 'error' in opened ? 400 : 201, opened);
      return true;
    }
    if (req.method === 'POST' && url.pathname === '/api/reports') {
      const asked = v.safeParse(PackRequest, await readBody(req));
      if (!asked.success)
        return (
          send(res, 400, { error: 'Send the rooms (code and teacher key of each) and a format.' }),
          true
        );
      const rooms: PackRoom[] = [];
      for (const { code, secret } of asked.output.rooms) {
        const stored = await store.load(code);
        if (!stored || hashSecret(secret) !== stored.record.teacherHash)
          return (send(res, 403, { error: `Room ${code}: no room with that code and teacher key.` }), true);
        rooms.push({ stored });
      }
      const format = asked.output.format;
      const text = classPack(rooms, format);
      send(
        res,
        200,
        text,
        format === 'md' ? 'text/markdown' : format === 'csv' ? 'text/csv' : 'application/json',
      );
      return true;
    }
    const m = /^\/api\/rooms\/([A-Z0-9]{5})(?:\/(report|status))?$/.exec(url.pathname);
    if (req.method === 'GET' && m) {
      const stored = await store.load(m[1]!);
      if (!stored) return (send(res, 404, { error: 'No room has that code.' }), true);
      if (!m[2]) {
        const { scenarioId, rule, people, label } = stored.record.setup;
        send(res, 200, {
          code: stored.record.code,
          scenarioId,
          rule,
          people,
          label: label ?? null,
          finished: stored.record.finished,
        });
        return true;
      }
      const secret = req.headers['x-teacher-secret'] ?? url.searchParams.get('secret') ?? '';
      if (typeof secret !== 'string' || hashSecret(secret) !== stored.record.teacherHash)
        return (send(res, 403, { error: 'The teacher key of this room is needed.' }), true);
      if (m[2] === 'status') return (send(res, 200, roomStatus(stored)), true);
      const format = url.searchParams.get('format') ?? 'json';
      const report = roomReport(stored);
      if (format === 'md') send(res, 200, report.markdown, 'text/markdown');
      else if (format === 'csv') send(res, 200, report.csv, 'text/csv');
      else send(res, 200, report.json);
      return true;
    }
    send(res, 404, { error: 'Unknown API path.' });
  } catch (err) {
    send(res, 400, { error: err instanceof Error ? err.message : String(err) });
  }
  return true;
}

/** Brings back every unfinished room of the store (this process's share of them, with Redis). */
async function restoreRooms(store: LogStore): Promise<void> {
  for (const code of await store.openRooms()) {
    const existing = await matchMaker.query({ roomId: code });
    if (existing.length) continue;
    try {
      await matchMaker.createRoom(ROOM_NAME, { code });
    } catch (err) {
      console.error(`Room ${code} could not be restored: ${String(err)}`);
    }
  }
}

export async function startClassroomServer(o: ClassroomServerOptions): Promise<ClassroomServer> {
  roomServices.store = o.store;
  const serveStatic =
    o.staticDir && existsSync(o.staticDir) ? sirv(o.staticDir, { single: true, etag: true }) : null;
  const httpServer = http.createServer((req, res) => {
    void api(o, req, res).then((handled) => {
      if (handled) return;
      if (serveStatic) serveStatic(req, res, () => send(res, 404, 'Not found', 'text/plain'));
      else send(res, 404, 'Not found', 'text/plain');
    });
  });
  let presence: Presence = new LocalPresence();
  let driver: matchMaker.MatchMakerDriver = new LocalDriver();
  if (o.redisUrl) {
    const { RedisPresence } = await import('@colyseus/redis-presence');
    const { RedisDriver } = await import('@colyseus/redis-driver');
    presence = new RedisPresence(o.redisUrl);
    driver = new RedisDriver(o.redisUrl);
  }
  const gameServer = new Server({
    transport: new WebSocketTransport({ server: httpServer, maxPayload: o.maxPayload ?? 16 * 1024 }),
    presence,
    driver,
    greet: false,
    ...(o.publicAddress ? { publicAddress: o.publicAddress } : {}),
    gracefullyShutdown: false,
  });
  gameServer.define(ROOM_NAME, ClassroomRoom);
  await gameServer.listen(o.port, o.host ?? '0.0.0.0');
  await restoreRooms(o.store);
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  return {
    port,
    async close() {
      await gameServer.gracefullyShutdown(false);
      await o.store.close();
    },
  };
}
