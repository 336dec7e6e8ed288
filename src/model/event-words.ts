// Every event of the session named in plain words, for the refusals a player or teacher reads ("Forcing a
// consensus call is not possible at this stage of the meeting"): an event's type is an id, never shown.
import type { SessionEventType } from './schema';

/** What each event does, as the subject of a sentence. Every event type has its words (the type says so). */
export const EVENT_WORDS: { readonly [K in SessionEventType]: string } = {
  CHOOSE_ROLE: 'Taking a seat',
  RELEASE_ROLE: 'Leaving a seat',
  SET_CONTROL: 'Handing a seat to a person or the computer',
  START: 'Starting the meeting',
  BEGIN: 'Beginning the meeting',
  OPEN_FLOOR: 'Opening the floor',
  REQUEST_FLOOR: 'Asking for the floor',
  SPEAK: 'Making an argument',
  AMEND: 'Amending the draft',
  YIELD: 'Yielding the floor',
  CAUCUS_OFFER: 'Offering a deal',
  CAUCUS_ACCEPT: 'Accepting a deal',
  CAUCUS_REFUSE: 'Refusing a deal',
  PRESSURE: 'Pressing a delegation',
  TABLE_DRAFT: 'Tabling the draft',
  CALL_CONSENSUS: 'Calling for consensus',
  OBJECT: 'Objecting',
  WITHDRAW_OBJECTION: 'Withdrawing an objection',
  CONCUR: 'Not objecting',
  CLOSE_CALL: 'Closing the call',
  NEXT_ITEM: 'Moving to the next item',
  CONSULT: 'Sending the item to informal consultations',
  REFER: 'Referring the item to a committee',
  DEFER: 'Deferring the item',
  CONCLUDE: 'Concluding the item',
  WALK_OUT: 'Walking out',
  ADJOURN: 'Adjourning for the day',
  NEXT_DAY: 'Opening the next day',
  PAUSE: 'Pausing the session',
  RESUME: 'Resuming the session',
  INJECT: 'Injecting an event card',
  SKIP_SPEAKER: 'Skipping the speaker',
  FORCE_CALL: 'Forcing a consensus call',
  END: 'Ending the meeting',
  TICK: 'The clock',
  SET_SPEECH_TIMER: 'Changing the speech timer',
  SET_TIME_LIMIT: 'Changing the session timer',
  SET_ROUNDS: 'Changing who opens the rounds',
  OPEN_ROUND: 'Opening a round',
  DEBRIEF: 'Going to the debrief',
  EXIT_TICKET: 'Handing in an exit ticket',
};

/** The refusal of an event the meeting does not hear in its current state. */
export function notAtThisStage(type: SessionEventType): string {
  return `${EVENT_WORDS[type]} is not possible at this stage of the meeting.`;
}
