// npm run bench -- --server: the classroom server under a class's load, on loopback. 30 rooms of the
// Washington plenary, 25 devices in each (one per delegation played by a group), every device acting at
// a classroom rate; measured: the time from a device's intent to the moment every device in its room
// has the resulting event (p50 / p95 / p99), and the server's CPU and memory per room. Then the same with
// two server processes sharing the rooms through Redis (devices join through either process).
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from 'colyseus.js';
import { freePort } from '../../tests/e2e/harness';
import { startRedis } from '../../tests/server/services';
import { spawnServer } from '../../tests/server/spawn';
import { seatChoices } from '../../src/app/net-classroom';

const SCENARIO = 'washington-plenary-2012' as const;

interface Case {
  readonly rooms: number;
  readonly devices: number;
  /** How long devices act, after all have joined (ms). */
  readonly actMs: number;
  /** Mean time between one device's intents (ms): a classroom rate. */
  readonly everyMs: number;
}

const freshDb = () => join(mkdtempSync(join(tmpdir(), 'rc-bench-')), 'classroom.db');

/** A server process; processes sharing rooms through Redis share one store too (here one SQLite file). */
const serve = (port: number, env: Record<string, string>, db = freshDb()) =>
  spawnServer(port, { db, env: { NODE_ENV: 'production', ...env } });

/** CPU seconds (user + system) and resident memory (MB) of a process, from /proc. */
function usage(pid: number): { cpu: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  const rssPages = Number(stat[21]);
  return { cpu: ticks / 100, rssMb: (rssPages * 4096) / 1e6 };
}

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function runCase(c: Case, servers: string[], pids: number[]) {
  const seats = seatChoices(SCENARIO).slice(0, c.devices);
  const latencies: number[] = [];
  const rooms: { teacher: Room; devices: Room[] }[] = [];
  const before = pids.map(usage);
  // Each device notes when each logged event (by seq) reaches it; a sender learns its intent's seq
  // from its ack (acks come in the order it sent). Latency: the last arrival minus the send.
  const sentAt = new Map<string, number>();
  const arrivals = new Map<string, number[]>();
  const outbox = new Map<Room, number[]>();
  const send = (m: Room, event: object) => {
    (outbox.get(m) ?? outbox.set(m, []).get(m)!).push(performance.now());
    m.send('intent', { event });
  };
  // Handlers go on as each device joins: the room talks to it from the first moment.
  const listen = (m: Room, r: number): Room => {
    m.onMessage('event', (e: { seq: number }) => {
      const key = `${r}:${e.seq}`;
      (arrivals.get(key) ?? arrivals.set(key, []).get(key)!).push(performance.now());
    });
    m.onMessage('ack', (a: { seq: number }) => {
      const t0 = outbox.get(m)?.shift();
      if (t0 !== undefined) sentAt.set(`${r}:${a.seq}`, t0);
    });
    m.onMessage('presence', () => {});
    m.onMessage('refused', () => outbox.get(m)?.shift());
    m.onMessage('welcome', () => {});
    return m;
  };
  for (let r = 0; r < c.rooms; r++) {
    const base = servers[r % servers.length]!;
    const res = await fetch(`${base}/api/rooms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        scenarioId: SCENARIO,
        rule: 'consensus',
        people: seats,
        pace: 'step',
        seed: `bench-${r}`,
      }),
    });
    const opened = (await res.json()) as { code: string; teacherSecret: string; error?: string };
    if (!res.ok) throw new Error(`The server refused the room: ${opened.error}`);
    const { code, teacherSecret } = opened;
    const ws = (i: number) => new Client(servers[i % servers.length]!.replace(/^http/, 'ws'));
    const teacher = listen(await ws(r).joinById(code, { teacherSecret }), r);
    const devices: Room[] = [];
    for (let d = 0; d < seats.length; d++)
      devices.push(listen(await ws(r + d + 1).joinById(code, { name: `S${d}`, seat: seats[d] }), r));
    rooms.push({ teacher, devices });
  }
  for (let r = 0; r < rooms.length; r++)
    for (const type of ['START', 'BEGIN']) send(rooms[r]!.teacher, { type });
  const stopAt = performance.now() + c.actMs;
  const timers: NodeJS.Timeout[] = [];
  let k = 0;
  rooms.forEach((room) => {
    room.devices.forEach((d) => {
      const act = () => {
        if (performance.now() > stopAt) return;
        send(d, { type: k++ % 2 ? 'REQUEST_FLOOR' : 'YIELD', by: 'x' });
        timers.push(setTimeout(act, c.everyMs * (0.5 + Math.random())));
      };
      timers.push(setTimeout(act, Math.random() * c.everyMs));
    });
  });
  await new Promise((r) => setTimeout(r, c.actMs + 2000));
  for (const t of timers) clearTimeout(t);
  const everyone = c.devices + 1;
  for (const [key, t0] of sentAt) {
    const times = arrivals.get(key) ?? [];
    if (times.length === everyone) latencies.push(Math.max(...times) - t0);
  }
  const after = pids.map(usage);
  for (const room of rooms) for (const m of [room.teacher, ...room.devices]) void m.leave();
  latencies.sort((a, b) => a - b);
  const cpu = after.reduce((s, u, i) => s + u.cpu - before[i]!.cpu, 0);
  const rss = after.reduce((s, u) => s + u.rssMb, 0);
  return {
    intents: latencies.length,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    cpuPerRoomPct: (100 * cpu) / (c.actMs / 1000) / c.rooms,
    rssMbPerRoom: rss / c.rooms,
  };
}

export async function serverFigures(
  rows: [string, string][],
  quick: boolean,
): Promise<Record<string, number>> {
  const c: Case = { rooms: quick ? 10 : 30, devices: 25, actMs: quick ? 10_000 : 30_000, everyMs: 8000 };
  const figures: Record<string, number> = {};
  const procs: ChildProcess[] = [];
  try {
    const port = await freePort();
    const one = await serve(port, {});
    procs.push(one);
    await new Promise((r) => setTimeout(r, 500));
    const a = await runCase(c, [`http://127.0.0.1:${port}`], [one.pid!]);
    rows.push([
      `server: ${c.rooms} rooms × ${c.devices} devices, one process, intent → every device`,
      `p50 ${a.p50.toFixed(1)} ms, p95 ${a.p95.toFixed(1)} ms, p99 ${a.p99.toFixed(1)} ms (${a.intents} intents)`,
    ]);
    rows.push([
      'server CPU and memory per room (one process)',
      `${a.cpuPerRoomPct.toFixed(2)} % of a core, ${a.rssMbPerRoom.toFixed(1)} MB`,
    ]);
    Object.assign(figures, {
      serverP50Ms: a.p50,
      serverP95Ms: a.p95,
      serverP99Ms: a.p99,
      serverCpuPctPerRoom: a.cpuPerRoomPct,
      serverMbPerRoom: a.rssMbPerRoom,
    });
    one.kill('SIGTERM');

    const redis = await startRedis();
    try {
      const [pa, pb] = [await freePort(), await freePort()];
      const env = { REDIS_URL: redis.url };
      const db = freshDb();
      const x = await serve(pa, env, db);
      const y = await serve(pb, env, db);
      procs.push(x, y);
      await new Promise((r) => setTimeout(r, 500));
      const b = await runCase(c, [`http://127.0.0.1:${pa}`, `http://127.0.0.1:${pb}`], [x.pid!, y.pid!]);
      rows.push([
        `server: the same, two processes behind Redis`,
        `p50 ${b.p50.toFixed(1)} ms, p95 ${b.p95.toFixed(1)} ms, p99 ${b.p99.toFixed(1)} ms (${b.intents} intents)`,
      ]);
      rows.push([
        'server CPU and memory per room (two processes)',
        `${b.cpuPerRoomPct.toFixed(2)} % of a core, ${b.rssMbPerRoom.toFixed(1)} MB`,
      ]);
      Object.assign(figures, { redisP50Ms: b.p50, redisP95Ms: b.p95, redisP99Ms: b.p99 });
    } finally {
      await redis.stop();
    }
  } finally {
    for (const p of procs) p.kill('SIGKILL');
  }
  return figures;
}
