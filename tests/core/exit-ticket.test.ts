// Exit tickets: each player's short reflection at the end of a meeting (three guided questions), taken
// through the one event schema, kept in the session's log (so saved and replayed), and printed in the
// debrief pack beside the player's participation and objectives.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { EXIT_QUESTIONS } from '../../src/content/teacher-guide';
import { makeSave, parseSave, restoreSession } from '../../src/app/saves';
import { createPlenaryMachine, phaseOf } from '../../src/machines/plenary';
import { playersCsv } from '../../src/machines/report-csv';
import { buildReport } from '../../src/machines/report';
import { reportMarkdown } from '../../src/machines/report-markdown';
import { cleanAnswer, needsHandover, ticketEvent, ticketWriters } from '../../src/app/exit-tickets';
import { replay } from '../../src/machines/runner';
import { checkEvent } from '../../src/model/schema';
import type { SessionEvent, SessionInput } from '../../src/model/session';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);
const input: SessionInput = {
  scenarioId: 'free-play',
  rule: 'consensus',
  seed: 5,
  humans: { MA: 'Ama', RA: 'Rae' },
};
const ticket = (by: string, answers: string[]) => ({ type: 'EXIT_TICKET', by, answers }) as SessionEvent;
const AMA = [
  '  We wanted Marange certified; it was, by consensus. ',
  'The Chair moved Rae with the report.',
  '',
];

/** A meeting the facilitator ends at once: the players are at the communiqué, where tickets are written. */
function ended() {
  const actor = createActor(machine, { input }).start();
  for (const type of ['START', 'BEGIN', 'END'] as const) actor.send({ type });
  expect(phaseOf(actor.getSnapshot())).toBe('communique');
  return actor;
}

describe('exit tickets', () => {
  it('are taken from each player once the meeting has ended, kept in order, trimmed, the newer replacing the older', () => {
    const actor = ended();
    actor.send(ticket('MA', ['first draft', '', '']));
    actor.send(ticket('MA', AMA));
    const ctx = actor.getSnapshot().context;
    expect(ctx.rejection).toBeNull();
    expect(ctx.exitTickets).toEqual({
      MA: ['We wanted Marange certified; it was, by consensus.', 'The Chair moved Rae with the report.', ''],
    });
    // The debrief that follows still holds them, and a player who had not written yet can do so there.
    actor.send({ type: 'DEBRIEF' });
    expect(actor.getSnapshot().context.exitTickets.MA?.[1]).toBe('The Chair moved Rae with the report.');
    actor.send(ticket('RA', ['Later: we held out.', '', '']));
    expect(actor.getSnapshot().context.rejection).toBeNull();
    expect(phaseOf(actor.getSnapshot())).toBe('debrief');
    expect(actor.getSnapshot().context.exitTickets.RA).toEqual(['Later: we held out.', '', '']);
  });

  it('are taken from a player whose delegation walked out of the meeting', () => {
    const actor = createActor(machine, { input: { ...input, humans: { OB: 'Obi' } } }).start();
    for (const type of ['START', 'BEGIN'] as const) actor.send({ type });
    actor.send({ type: 'WALK_OUT', by: 'OB' });
    expect(actor.getSnapshot().context.rejection).toBeNull();
    expect(actor.getSnapshot().context.present[5]).toBe(false);
    actor.send({ type: 'END' });
    actor.send(ticket('OB', ['We left when the draft kept Marange open.', '', '']));
    expect(actor.getSnapshot().context.rejection).toBeNull();
    expect(actor.getSnapshot().context.exitTickets.OB?.[0]).toBe('We left when the draft kept Marange open.');
  });

  it('are refused while the meeting runs, from a seat nobody played, and when all three answers are blank', () => {
    const during = createActor(machine, { input }).start();
    for (const type of ['START', 'BEGIN'] as const) during.send({ type });
    during.send(ticket('MA', AMA));
    expect(during.getSnapshot().context.rejection?.reason).toMatch(/not possible at this stage/);
    expect(during.getSnapshot().context.exitTickets).toEqual({});

    const actor = ended();
    actor.send(ticket('BL', AMA));
    expect(actor.getSnapshot().context.rejection?.reason).toMatch(
      /No one played .* exit tickets are for the players/,
    );
    actor.send(ticket('RA', [' ', '', '']));
    expect(actor.getSnapshot().context.rejection?.reason).toBe('An exit ticket needs at least one answer.');
    expect(actor.getSnapshot().context.exitTickets).toEqual({});
  });

  it('are checked by the event schema: three plain answers of bounded length', () => {
    expect(checkEvent(ticket('MA', AMA)).ok).toBe(true);
    const reason = (raw: unknown) => {
      const r = checkEvent(raw);
      return r.ok ? null : r.reason;
    };
    expect(reason(ticket('MA', ['one', 'two']))).toMatch(/answers/);
    expect(reason(ticket('MA', ['one', 'two\nlines', '']))).toMatch(/line breaks/);
    expect(reason(ticket('MA', ['x'.repeat(601), '', '']))).toMatch(/at most 600/);
    expect(reason({ type: 'EXIT_TICKET', answers: AMA })).toMatch(/“by” is missing/);
  });

  it('are saved with the session and come back when it is opened', () => {
    const actor = ended();
    actor.send(ticket('RA', ['Rae: we objected.', '', 'A vote would have passed it.']));
    const log = actor.getSnapshot().context.log;
    const text = JSON.stringify(makeSave(input, log, '0.1.0', 'lesson'));
    const restored = restoreSession(parseSave(text), (i, l) => replay(machine, i, l));
    expect(restored.context.exitTickets).toEqual(actor.getSnapshot().context.exitTickets);
    // A file whose ticket the schema refuses (written by another tool, checksum and all) does not open.
    const bad = [...log.slice(0, -1), ticket('RA', ['\u0007', '', ''])];
    expect(() => parseSave(JSON.stringify(makeSave(input, bad, '0.1.0', 'lesson')))).toThrow(
      /Event \d+ of the save’s log is not valid/,
    );
  });

  it('appear in the debrief pack beside participation and objectives: JSON, Markdown (and so the print view), CSV', () => {
    const actor = ended();
    actor.send(ticket('MA', AMA));
    const r = buildReport(toyLibrary, actor.getSnapshot().context, [], []);
    expect(r.exitTickets).toEqual([
      {
        delegation: 'MA',
        player: 'Ama',
        answers: EXIT_QUESTIONS.map((q, i) => ({ question: q.text, answer: AMA[i]!.trim() })),
      },
    ]);
    expect(JSON.parse(JSON.stringify(r)).exitTickets[0].answers[0].answer).toMatch(/^We wanted Marange/);
    const md = reportMarkdown(toyLibrary, r);
    const section = md.slice(md.indexOf('## Exit tickets'), md.indexOf('## Questions for discussion'));
    expect(section).toContain('(Ama)');
    expect(section).toContain(
      `1. *${EXIT_QUESTIONS[0]!.text}* We wanted Marange certified; it was, by consensus.`,
    );
    expect(section).toContain(`3. *${EXIT_QUESTIONS[2]!.text}* (left blank)`);
    expect(md.indexOf('## Participation')).toBeLessThan(md.indexOf('## Exit tickets'));
    const csv = playersCsv(r).trim().split(/\r?\n/);
    expect(csv[0]).toBe(
      'delegation,player,speeches,amendments,objections,caucus,objectives_met,objectives_decided,exit_goal,exit_moved,exit_rule',
    );
    const ama = csv.find((l) => l.startsWith('MA,'));
    expect(ama).toContain('We wanted Marange certified; it was, by consensus.');
    // Rae played but wrote nothing: a row with empty answers, not a missing row.
    expect(csv.find((l) => l.startsWith('RA,'))).toMatch(/^RA,Rae,(\d+,){6},,$/);
  });

  it('are written by every seat a person played, in seat order, with a hand-over only between two people', () => {
    const actor = ended();
    actor.send(ticket('RA', ['Rae: we objected.', '', '']));
    const writers = ticketWriters(toyLibrary, actor.getSnapshot().context);
    // In the roster's seat order (Rae's delegation sits first), each with what was handed in.
    expect(writers.map((w) => [w.delegation, w.player, w.handedIn])).toEqual([
      ['RA', 'Rae', true],
      ['MA', 'Ama', false],
    ]);
    expect(writers[0]!.answers).toEqual(['Rae: we objected.', '', '']);
    expect(writers[1]!.answers).toEqual(['', '', '']);
    // Two people: a cover before the first and between them; one person with two seats: none.
    expect(needsHandover(writers, null, writers[0]!)).toBe(true);
    expect(needsHandover(writers, writers[0]!, writers[1]!)).toBe(true);
    const same = writers.map((w) => ({ ...w, player: 'Ama' }));
    expect(needsHandover(same, null, same[0]!)).toBe(false);
    expect(needsHandover(same, same[0]!, same[1]!)).toBe(false);
  });

  it('count a seat handed to the computer mid-meeting: its player still writes, under their name', () => {
    const actor = createActor(machine, { input }).start();
    for (const type of ['START', 'BEGIN'] as const) actor.send({ type });
    actor.send({ type: 'SET_CONTROL', delegation: 'MA', human: false });
    expect(actor.getSnapshot().context.rejection).toBeNull();
    expect(actor.getSnapshot().context.humans).toEqual({ RA: 'Rae' });
    actor.send({ type: 'END' });
    expect(
      ticketWriters(toyLibrary, actor.getSnapshot().context).map((w) => [w.delegation, w.player]),
    ).toEqual([
      ['RA', 'Rae'],
      ['MA', 'Ama'],
    ]);
  });

  it('send a well-formed event: one line per answer, at most 600 characters, nothing when all are blank', () => {
    expect(ticketEvent('MA', ['', '  ', ''])).toBeNull();
    const ev = ticketEvent('MA', [' one\ntwo ', 'x'.repeat(700), ''])!;
    expect(ev.answers).toEqual(['one two', 'x'.repeat(600), '']);
    expect(checkEvent(ev).ok).toBe(true);
    expect(cleanAnswer('a\r\n\u2028b')).toBe('a b');
    const actor = ended();
    actor.send(ev);
    expect(actor.getSnapshot().context.exitTickets.MA?.[0]).toBe('one two');
  });
});
