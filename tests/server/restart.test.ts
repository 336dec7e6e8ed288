// A crash in the middle of a meeting: the server process is killed and started again on the same
// store. Every event a device was told was accepted is still there, and the devices get back in.
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../e2e/harness';
import { join, openRoom, tempDb } from './harness';
import { spawnServer } from './spawn';

const serve = (port: number, db: string) => spawnServer(port, { db });

let proc: ChildProcess | null = null;

afterEach(() => {
  proc?.kill('SIGKILL');
  proc = null;
});

describe('the classroom server after a crash', () => {
  it('loses no acknowledged event, and teacher and students get back into the room', async () => {
    const db = tempDb();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    proc = await serve(port, db);
    const { code, teacherSecret } = await openRoom(url, { people: ['ZA'] });
    const teacher = await join(url, code, { teacherSecret });
    const za = await join(url, code, { name: 'Ana', seat: 'ZA' });
    for (const type of ['START', 'BEGIN', 'PAUSE', 'RESUME', 'PAUSE'])
      teacher.room.send('intent', { event: { type } });
    // (The student's arrival is logged first: the seat is played by Ana.)
    await teacher.waitFor('ack', (a: { seq: number }) => a.seq === 5);
    const acked = teacher.messages
      .filter((m) => m.type === 'ack')
      .map((m) => (m.message as { seq: number }).seq);
    const before = teacher.messages.filter((m) => m.type === 'event').length;
    expect(before).toBe(6);

    proc.kill('SIGKILL');
    await new Promise((r) => proc!.once('exit', r));
    proc = await serve(port, db);

    const back = await join(url, code, { teacherSecret });
    expect(back.welcome.log.map((e) => e.type)).toEqual([
      'SET_CONTROL',
      'START',
      'BEGIN',
      'PAUSE',
      'RESUME',
      'PAUSE',
    ]);
    expect(back.welcome.log.length).toBeGreaterThanOrEqual(Math.max(...acked) + 1);
    // The student's device takes its seat again with the team code it was given.
    await expect(join(url, code, { name: 'Ana', seat: 'ZA' })).rejects.toThrow(/taken/);
    const again = await join(url, code, { name: 'Ana', seat: 'ZA', teamCode: za.welcome.teamCode });
    expect(again.welcome.seat).toBe('ZA');
    await back.room.leave();
    await again.room.leave();
  });
});
