// The networked classroom, as devices see it: the server is the one authority, acts only for the
// device's own seat, refuses what is malformed or not theirs, and sends no seat another's briefing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../../src/content';
import type { ClassroomServer } from '../../src/server/app';
import type { SessionEvent } from '../../src/model/session';
import { join, openRoom, startServer, type Device } from './harness';

let server: ClassroomServer;
let url: string;

beforeAll(async () => {
  ({ server, url } = await startServer());
});
afterAll(async () => {
  await server.close();
});

const logged = (d: Device) =>
  d.messages.filter((m) => m.type === 'event').map((m) => (m.message as { event: SessionEvent }).event);

describe('a classroom room', () => {
  it('opens with a code and refuses a setup that names no seat of that meeting', async () => {
    const opened = await openRoom(url);
    expect(opened.code).toMatch(/^[A-Z2-9]{5}$/);
    await expect(openRoom(url, { people: ['ATLANTIS'] })).rejects.toThrow(/no seat/);
    await expect(openRoom(url, { rule: 'dictator' as never })).rejects.toThrow(/decision rule/);
  });

  it('admits the teacher only with the key, and each student to one seat', async () => {
    const { code, teacherSecret } = await openRoom(url);
    await expect(join(url, code, { teacherSecret: 'guess' })).rejects.toThrow(/teacher key/);
    const teacher = await join(url, code, { teacherSecret });
    expect(teacher.welcome.role).toBe('teacher');
    const za = await join(url, code, { name: 'Ana', seat: 'ZA' });
    expect(za.welcome.seat).toBe('ZA');
    await expect(join(url, code, { name: 'Ben', seat: 'ZA' })).rejects.toThrow(/taken/);
    const mate = await join(url, code, { name: 'Ben', seat: 'ZA', teamCode: za.welcome.teamCode });
    expect(mate.welcome.seat).toBe('ZA');
    await expect(join(url, code, { name: 'Cy', seat: 'US' })).rejects.toThrow(/played by people/);
    for (const d of [teacher, za, mate]) await d.room.leave();
  });

  it('acts for the device’s own seat whatever the message says, and refuses the rest with a reason', async () => {
    const { code, teacherSecret } = await openRoom(url);
    const teacher = await join(url, code, { teacherSecret });
    const za = await join(url, code, { name: 'Ana', seat: 'ZA' });
    za.room.send('intent', { event: { type: 'START' } });
    expect((await za.waitFor<{ reason: string }>('refused')).reason).toMatch(/teacher/);
    teacher.room.send('intent', { event: { type: 'START' } });
    teacher.room.send('intent', { event: { type: 'BEGIN' } });
    await teacher.waitFor('ack', (a: { seq: number }) => a.seq === 1);
    // Zimbabwe's seat is someone else's: the server writes South Africa's.
    za.room.send('intent', { event: { type: 'REQUEST_FLOOR', by: 'ZW' } });
    await za.waitFor('ack');
    const last = logged(teacher).at(-1) as { type: string; by: string } | undefined;
    await teacher.waitFor('event', (e: { event: { type: string } }) => e.event.type === 'REQUEST_FLOOR');
    expect(logged(teacher).find((e) => e.type === 'REQUEST_FLOOR')).toMatchObject({ by: 'ZA' });
    void last;
    for (const bad of [
      null,
      42,
      'SPEAK',
      {},
      { type: 5 },
      { type: 'xstate.stop' },
      { type: 'SPEAK', by: ['ZA'] },
    ]) {
      za.messages.length = 0;
      za.room.send('intent', { event: bad });
      expect((await za.waitFor<{ reason: string }>('refused')).reason.length).toBeGreaterThan(5);
    }
    // The room goes on: the teacher can still pause it.
    teacher.room.send('intent', { event: { type: 'PAUSE' } });
    await teacher.waitFor('event', (e: { event: { type: string } }) => e.event.type === 'PAUSE');
    for (const d of [teacher, za]) await d.room.leave();
  });

  it('refuses a flood from one device and keeps serving the others', async () => {
    const { code } = await openRoom(url);
    const za = await join(url, code, { name: 'Ana', seat: 'ZA' });
    for (let i = 0; i < 60; i++) za.room.send('intent', { event: { type: 'YIELD', by: 'ZA' } });
    const tooMany = await za.waitFor<{ reason: string }>('refused', (r) => /Too many/.test(r.reason));
    expect(tooMany.reason).toMatch(/wait/);
    await za.room.leave();
  });

  it('sends a seat its own briefing and never another’s', async () => {
    const { code, teacherSecret } = await openRoom(url);
    const teacher = await join(url, code, { teacherSecret });
    const za = await join(url, code, { name: 'Ana', seat: 'ZA' });
    const zw = await join(url, code, { name: 'Zee', seat: 'ZW' });
    teacher.room.send('intent', { event: { type: 'START' } });
    await za.waitFor('event');
    expect(za.welcome.briefing?.delegation).toBe('ZA');
    const secretOf = (id: string) =>
      BRIEFINGS.find((b) => b.delegation === id)!.objectives.map((o) => o.text);
    const received = (d: Device) => Buffer.concat(d.bytes).toString('utf8');
    for (const text of secretOf('ZW')) expect(received(za)).not.toContain(text);
    for (const text of secretOf('ZA')) expect(received(zw)).not.toContain(text);
    for (const text of secretOf('ZA')) expect(received(za)).toContain(text);
    for (const d of [teacher, za, zw]) await d.room.leave();
  });

  it('keeps a dropped device’s seat: it reconnects and gets every event it missed', async () => {
    const { code, teacherSecret } = await openRoom(url);
    const teacher = await join(url, code, { teacherSecret });
    const za = await join(url, code, { name: 'Ana', seat: 'ZA' });
    const token = za.room.reconnectionToken;
    (
      za.room.connection.transport as unknown as { ws: { terminate?: () => void; close: () => void } }
    ).ws.close();
    teacher.room.send('intent', { event: { type: 'START' } });
    await teacher.waitFor('ack');
    const { Client } = await import('colyseus.js');
    const back = await new Client(url.replace(/^http/, 'ws')).reconnect(token);
    const { attach } = await import('./harness');
    const device = await attach(back);
    expect(device.welcome.seat).toBe('ZA');
    expect(device.welcome.log.map((e) => e.type)).toContain('START');
    for (const d of [teacher, device]) await d.room.leave();
  });

  it('plays the seats nobody holds: at step pace only on the teacher’s Next, at fast pace by itself', async () => {
    const step = await openRoom(url, { pace: 'step' });
    const teacher = await join(url, step.code, { teacherSecret: step.teacherSecret });
    teacher.room.send('intent', { event: { type: 'START' } });
    teacher.room.send('intent', { event: { type: 'BEGIN' } });
    await teacher.waitFor('ack', (a: { seq: number }) => a.seq === 1);
    await new Promise((r) => setTimeout(r, 1200));
    // The room's clock ticks once the meeting sits; moves are everything else.
    const moves = (d: Device) => logged(d).filter((e) => e.type !== 'TICK');
    expect(moves(teacher)).toHaveLength(2);
    teacher.room.send('next', {});
    await teacher.waitFor<{ seq: number; event: SessionEvent }>(
      'event',
      (e) => e.event.type !== 'TICK' && e.seq >= 2,
    );
    await new Promise((r) => setTimeout(r, 800));
    expect(moves(teacher)).toHaveLength(3);
    await teacher.room.leave();

    const fast = await openRoom(url, { pace: 'fast', people: [] });
    const t2 = await join(url, fast.code, { teacherSecret: fast.teacherSecret });
    t2.room.send('intent', { event: { type: 'START' } });
    t2.room.send('intent', { event: { type: 'BEGIN' } });
    await t2.waitFor('event', (e: { seq: number }) => e.seq === 5, 15_000);
    await t2.room.leave();
  });

  it('gives the debrief pack to the teacher’s key only', async () => {
    const { code, teacherSecret } = await openRoom(url);
    expect((await fetch(`${url}/api/rooms/${code}/report`)).status).toBe(403);
    const res = await fetch(`${url}/api/rooms/${code}/report?format=md`, {
      headers: { 'x-teacher-secret': teacherSecret },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/#/);
  });

  it('lets a team act with one voice: the first device acts, a teammate takes over, the other is refused', async () => {
    const { code, teacherSecret } = await openRoom(url);
    const teacher = await join(url, code, { teacherSecret });
    const ana = await join(url, code, { name: 'Ana', seat: 'ZA' });
    const ben = await join(url, code, { name: 'Ben', seat: 'ZA', teamCode: ana.welcome.teamCode });
    const presence = (d: Device) =>
      d.waitFor<{ voices: Record<string, string>; mine: boolean; seats: Record<string, string[]> }>(
        'presence',
        (p) => p.seats.ZA?.length === 2,
      );
    expect(await presence(ana)).toMatchObject({ voices: { ZA: 'Ana' }, mine: true });
    expect(await presence(ben)).toMatchObject({ voices: { ZA: 'Ana' }, mine: false });
    teacher.room.send('intent', { event: { type: 'START' } });
    teacher.room.send('intent', { event: { type: 'BEGIN' } });
    await teacher.waitFor('event', (e: { event: SessionEvent }) => e.event.type === 'BEGIN');
    // The meeting records who plays the seat: the team's names.
    expect(
      logged(teacher)
        .filter((e) => e.type === 'SET_CONTROL')
        .at(-1),
    ).toMatchObject({
      delegation: 'ZA',
      human: true,
      player: 'Ana, Ben',
    });
    ben.room.send('intent', { event: { type: 'REQUEST_FLOOR', by: 'ZA' } });
    expect((await ben.waitFor<{ reason: string }>('refused')).reason).toMatch(/Ana acts for your delegation/);
    ben.room.send('voice', {});
    await ben.waitFor<{ mine: boolean }>('presence', (p) => p.mine);
    await ana.waitFor<{ voices: Record<string, string> }>('presence', (p) => p.voices.ZA === 'Ben');
    ana.messages.length = 0;
    ana.room.send('intent', { event: { type: 'REQUEST_FLOOR', by: 'ZA' } });
    expect((await ana.waitFor<{ reason: string }>('refused')).reason).toMatch(/Ben acts/);
    ben.room.send('intent', { event: { type: 'REQUEST_FLOOR', by: 'ZA' } });
    await teacher.waitFor('event', (e: { event: SessionEvent }) => e.event.type === 'REQUEST_FLOOR');
    // The one who acts leaves: the teammate still here acts for the seat.
    await ben.room.leave();
    await ana.waitFor<{ mine: boolean }>('presence', (p) => p.mine);
    for (const d of [teacher, ana]) await d.room.leave();
  });

  it('lets the teacher, and nobody else, change the AI’s pace; every device hears it', async () => {
    const { code, teacherSecret } = await openRoom(url, { pace: 'step' });
    const teacher = await join(url, code, { teacherSecret });
    const za = await join(url, code, { name: 'Ana', seat: 'ZA' });
    za.room.send('pace', { pace: 'fast' });
    expect((await za.waitFor<{ reason: string }>('refused')).reason).toMatch(/Only the teacher/);
    teacher.room.send('pace', { pace: 'quick' });
    expect((await teacher.waitFor<{ reason: string }>('refused')).reason).toMatch(/step, classroom or fast/);
    teacher.room.send('intent', { event: { type: 'START' } });
    teacher.room.send('intent', { event: { type: 'BEGIN' } });
    await teacher.waitFor('ack', (a: { seq: number }) => a.seq === 1);
    teacher.room.send('pace', { pace: 'fast' });
    expect(await za.waitFor<{ pace: string }>('pace')).toEqual({ pace: 'fast' });
    // At fast pace the AI moves without a Next (at step pace it waited: see the test above).
    await teacher.waitFor('event', (e: { seq: number }) => e.seq === 2, 10_000);
    for (const d of [teacher, za]) await d.room.leave();
  });

  it('gives the pack of several rooms to the holder of every room’s key, rooms side by side', async () => {
    const a = await openRoom(url, { label: 'Group A', rule: 'consensus' });
    const b = await openRoom(url, { label: 'Group B', rule: 'majority' });
    const pack = (rooms: { code: string; secret: string }[], format: string) =>
      fetch(`${url}/api/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rooms, format }),
      });
    const both = [
      { code: a.code, secret: a.teacherSecret },
      { code: b.code, secret: b.teacherSecret },
    ];
    const forged = await pack([both[0]!, { code: b.code, secret: a.teacherSecret }], 'md');
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { error: string }).error).toContain(b.code);
    expect((await pack(both, 'pdf')).status).toBe(400);
    const md = await (await pack(both, 'md')).text();
    const rows = md.split('\n').filter((l) => l.startsWith('| Group'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(new RegExp(`Group A \\(${a.code}\\) \\| Consensus`));
    expect(rows[1]).toMatch(new RegExp(`Group B \\(${b.code}\\) \\| Simple majority`));
    expect(md).toContain(`## Group B (${b.code})`);
    const csv = await (await pack(both, 'csv')).text();
    const lines = csv.split('\n');
    expect(lines[0]).toMatch(/^room,group,item,/);
    expect(lines.filter((l) => l.startsWith(`${b.code},Group B,`)).length).toBeGreaterThan(0);
    const json = (await (await pack(both, 'json')).json()) as { rooms: { code: string }[] };
    expect(json.rooms.map((r) => r.code)).toEqual([a.code, b.code]);
  });
});
