// Scaling out: the log store on PostgreSQL, and two server processes sharing rooms through Redis,
// where a device joins a room held by the other process.
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../e2e/harness';
import { openPgStore } from '../../src/server/pg-store';
import { join, openRoom } from './harness';
import { startPostgres, startRedis, type Service } from './services';
import { spawnServer } from './spawn';

async function serve(port: number, env: Record<string, string>): Promise<void> {
  const child = await spawnServer(port, { env });
  cleanup.push(() => void child.kill('SIGKILL'));
}

const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const f of cleanup.reverse()) await f();
});

describe('the classroom server, scaled out', () => {
  let pg: Service;
  let redis: Service;

  it('keeps rooms and their logs in PostgreSQL when DATABASE_URL is set', async () => {
    pg = await startPostgres();
    cleanup.push(() => pg.stop());
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    await serve(port, { DATABASE_URL: pg.url });
    const { code, teacherSecret } = await openRoom(url, { people: ['ZA'] });
    const teacher = await join(url, code, { teacherSecret });
    teacher.room.send('intent', { event: { type: 'START' } });
    await teacher.waitFor('ack');
    const store = await openPgStore(pg.url);
    const stored = await store.load(code);
    await store.close();
    expect(stored?.events).toEqual([{ type: 'START' }]);
    await teacher.room.leave();
  });

  it('lets a device join, through one process, a room another process holds (Redis)', async () => {
    redis = await startRedis();
    cleanup.push(() => redis.stop());
    const env = { REDIS_URL: redis.url, DATABASE_URL: pg.url };
    const [pa, pb] = [await freePort(), await freePort()];
    await serve(pa, env);
    await serve(pb, env);
    const a = `http://127.0.0.1:${pa}`;
    const b = `http://127.0.0.1:${pb}`;
    const { code, teacherSecret } = await openRoom(a, { people: ['ZA', 'ZW'] });
    const teacher = await join(a, code, { teacherSecret });
    const student = await join(b, code, { name: 'Ana', seat: 'ZA' });
    teacher.room.send('intent', { event: { type: 'START' } });
    // The student sees the meeting through the other process: its own arrival, then the teacher's START.
    const seen = await student.waitFor<{ event: { type: string } }>('event', (e) => e.event.type === 'START');
    expect(seen.event.type).toBe('START');
    await student.room.leave();
    await teacher.room.leave();
  });
});
