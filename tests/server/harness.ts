// Starts the classroom server in this process on a free port with a fresh SQLite file, and joins
// devices to it with the real Colyseus client.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { Client, type Room } from 'colyseus.js';
import { startClassroomServer, type ClassroomServer } from '../../src/server/app';
import { openSqliteStore } from '../../src/server/sqlite-store';
import type { JoinReply, OpenedRoom } from '../../src/server/protocol';
import type { RoomSetup } from '../../src/server/room-setup';

export function tempDb(): string {
  return joinPath(mkdtempSync(joinPath(tmpdir(), 'rc-server-')), 'classroom.db');
}

export async function startServer(
  db = tempDb(),
): Promise<{ server: ClassroomServer; url: string; db: string }> {
  const server = await startClassroomServer({ port: 0, host: '127.0.0.1', store: openSqliteStore(db) });
  return { server, url: `http://127.0.0.1:${server.port}`, db };
}

export async function openRoom(url: string, setup: Partial<RoomSetup> = {}): Promise<OpenedRoom> {
  const res = await fetch(`${url}/api/rooms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      scenarioId: 'washington-plenary-2012',
      rule: 'consensus',
      people: ['ZA', 'ZW', 'EU'],
      pace: 'step',
      seed: 'net-1',
      ...setup,
    }),
  });
  const body = (await res.json()) as OpenedRoom & { error?: string };
  if (!res.ok) throw new Error(body.error);
  return body;
}

/** A device in a room: everything it was sent, as decoded messages and as raw bytes. */
export interface Device {
  room: Room;
  welcome: JoinReply;
  messages: { type: string | number; message: unknown }[];
  bytes: Buffer[];
  /** Waits for a message of `type` matching `pred` (already received ones count, from index `from`). */
  waitFor<T>(type: string, pred?: (m: T) => boolean, ms?: number, from?: number): Promise<T>;
}

export async function join(url: string, code: string, options: Record<string, unknown>): Promise<Device> {
  const client = new Client(url.replace(/^http/, 'ws'));
  const room = await client.joinById(code, options);
  return attach(room);
}

export async function attach(room: Room): Promise<Device> {
  const messages: Device['messages'] = [];
  const bytes: Buffer[] = [];
  // The socket itself: what the device was sent, byte for byte, before any decoding.
  const ws = (room.connection.transport as unknown as { ws: WebSocket }).ws;
  ws.addEventListener('message', (e: MessageEvent) => bytes.push(Buffer.from(e.data as ArrayBuffer)));
  room.onMessage('*', (type, message) => messages.push({ type, message }));
  const device: Device = {
    room,
    welcome: null as unknown as JoinReply,
    messages,
    bytes,
    waitFor<T>(type: string, pred: (m: T) => boolean = () => true, ms = 10_000, from = 0) {
      return new Promise<T>((resolve, reject) => {
        const started = Date.now();
        const look = () => {
          const hit = messages.slice(from).find((m) => m.type === type && pred(m.message as T));
          if (hit) return resolve(hit.message as T);
          if (Date.now() - started > ms) return reject(new Error(`no ${type} message within ${ms} ms`));
          setTimeout(look, 10);
        };
        look();
      });
    },
  };
  room.send('hello', {});
  device.welcome = await device.waitFor<JoinReply>('welcome');
  return device;
}
