// Exit tickets at the end of a meeting: who writes one (every seat a person played, in seat order), whether
// the keyboard passes to someone else between two of them (hot seat), and the event a written ticket
// sends. Pure: the ExitTicket scene asks and draws.
import { EXIT_QUESTIONS } from '../content/teacher-guide';
import type { Library } from '../model/library';
import { rosterOf } from '../model/roster';
import type { EventOf } from '../model/schema';
import { nameOf, type SessionContext } from '../model/session';
import { playerOf } from './hot-seat';

/** The longest answer the event schema takes (one line, no line breaks). */
export const EXIT_ANSWER_MAX = 600;

export interface TicketWriter {
  readonly delegation: string;
  readonly delegationName: string;
  /** The person who played it (who holds it now, or held it at the start). */
  readonly player: string;
  /** The answers handed in so far, one per question ('' where none). */
  readonly answers: readonly string[];
  readonly handedIn: boolean;
}

/** Every delegation a person played in this session, in seat order, with the ticket written for it. */
export function ticketWriters(lib: Library, ctx: SessionContext): TicketWriter[] {
  const played = new Set([...Object.keys(ctx.startHumans), ...Object.keys(ctx.humans)]);
  return rosterOf(lib, ctx.scenarioId)
    .ids.filter((id) => played.has(id))
    .map((id) => {
      const written = ctx.exitTickets[id];
      return {
        delegation: id,
        delegationName: nameOf(lib, id),
        player: playerOf(ctx, id),
        answers: EXIT_QUESTIONS.map((_q, i) => written?.[i] ?? ''),
        handedIn: written !== undefined,
      };
    });
}

/**
 * Whether the screen must pass the keyboard (behind the hand-over cover) before `next` writes: always when
 * more than one person played, unless the same person wrote the ticket just before (two seats of one player).
 */
export function needsHandover(
  writers: readonly TicketWriter[],
  previous: TicketWriter | null,
  next: TicketWriter,
): boolean {
  const people = new Set(writers.map((w) => w.player));
  if (people.size < 2) return false;
  return previous?.player !== next.player;
}

/** One line per answer: the schema refuses line breaks and more than EXIT_ANSWER_MAX characters. */
export function cleanAnswer(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .trim()
    .slice(0, EXIT_ANSWER_MAX);
}

/** The event for a written ticket, or null if every answer is blank (nothing to hand in). */
export function ticketEvent(delegation: string, answers: readonly string[]): EventOf<'EXIT_TICKET'> | null {
  const clean = EXIT_QUESTIONS.map((_q, i) => cleanAnswer(answers[i] ?? ''));
  if (!clean.some(Boolean)) return null;
  return { type: 'EXIT_TICKET', by: delegation, answers: [clean[0]!, clean[1]!, clean[2]!] };
}
