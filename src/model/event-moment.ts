// When an event card happened, seen from the meeting being played: one of this meeting's own events, an
// earlier one the delegates remember, or a later one brought forward (a what-if). The transcript and the
// facilitator's list both read it from here, so the room and the console say the same thing.
import type { EventCard, Scenario } from '../content/types';
import { asSentence } from './prose';
import { MONTH_NAMES as MONTHS } from '../content/months';

export type EventMoment = 'this-meeting' | 'earlier' | 'later';

/** An event card's 'YYYY-MM' or 'YYYY-MM-DD' date in words: "June 2009". */
export function eventDateWords(date: string): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  return month ? `${month} ${date.slice(0, 4)}` : date.slice(0, 4);
}

/** Where the card stands in time from the meeting (its own cards first; then by month). */
export function eventMoment(card: EventCard, sc: Scenario): EventMoment {
  if (sc.events.includes(card.id)) return 'this-meeting';
  const month = card.date.slice(0, 7);
  if (month < sc.date) return 'earlier';
  return month === sc.date ? 'this-meeting' : 'later';
}

/** The transcript's line for an injected card: news of the meeting, a memory with its date, or a what-if. */
export function eventTranscriptText(card: EventCard, sc: Scenario): string {
  const when = eventDateWords(card.date);
  // A title that carries its year already ("… (2009)") loses it where the full date is given.
  const title = card.title.replace(/\s*\(\d{4}\)$/, '');
  switch (eventMoment(card, sc)) {
    case 'this-meeting':
      return `${asSentence(card.title)} ${card.text}`;
    case 'earlier':
      return `Delegates recall ${when}: ${asSentence(title)} ${card.text}`;
    case 'later':
      return `What if (the game’s illustration: in history this came later, in ${when}): ${asSentence(title)} ${card.text}`;
  }
}
