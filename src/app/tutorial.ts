// How to play: the guided first item. A newcomer is walked through reading the hall, making an argument,
// seeing what it changed, offering a deal and answering a consensus call. Each step waits for the player
// to do it: which step is done is read from the session's log (what a person's seat did) and from two
// things the screen saw (a seat looked at, the What changed panel opened); nothing here runs on a timer.
// The Plenary only shows the step this function returns.
import type { SessionEvent } from '../model/session';

export type TutorialStep = 'hall' | 'argue' | 'changed' | 'deal' | 'call' | 'done';

export const TUTORIAL_STEPS: readonly Exclude<TutorialStep, 'done'>[] = [
  'hall',
  'argue',
  'changed',
  'deal',
  'call',
];

/** What the screen saw the player do (not in the session's log). */
export interface TutorialSeen {
  /** Pointed at a seat or browsed the hall. */
  readonly seatLooked: boolean;
  /** Opened the What changed panel after their first argument. */
  readonly changesOpened: boolean;
}

/** The part of the session a step is judged on. */
export interface TutorialSession {
  readonly log: readonly SessionEvent[];
  /** Seats played by people. */
  readonly humans: Readonly<Record<string, string>>;
}

/** Whether a person's seat did one of `types`. */
function didByPerson(s: TutorialSession, types: readonly SessionEvent['type'][]): boolean {
  return s.log.some((e) => types.includes(e.type) && 'by' in e && e.by in s.humans);
}

/** The first step the player has not done yet, in order ('done' when all are). */
export function tutorialStep(s: TutorialSession, seen: TutorialSeen): TutorialStep {
  const done: Record<Exclude<TutorialStep, 'done'>, boolean> = {
    hall: seen.seatLooked,
    argue: didByPerson(s, ['SPEAK']),
    changed: seen.changesOpened,
    deal: didByPerson(s, ['CAUCUS_OFFER']),
    call: didByPerson(s, ['OBJECT', 'CONCUR', 'WITHDRAW_OBJECTION']),
  };
  return TUTORIAL_STEPS.find((step) => !done[step]) ?? 'done';
}

/** What the coach says at each step: the goal, then how, by mouse and by key. */
export const TUTORIAL_TEXT: Record<TutorialStep, { readonly title: string; readonly text: string }> = {
  hall: {
    title: 'Read the hall',
    text: 'Point at a seat (or press H and the arrows) to see who it is and where it stands.',
  },
  argue: {
    title: 'Make an argument',
    text: 'On your move, click Make an argument (or press S) and choose a card: it pulls others your way.',
  },
  changed: {
    title: 'See what it changed',
    text: 'Click the tab 6 What changed (or press 6) to see who moved, and how far.',
  },
  deal: {
    title: 'Offer a deal',
    text: 'Click Offer a deal (or press C): give way on an issue you care less about for one you care more about.',
  },
  call: {
    title: 'Answer the call',
    text: 'When the Chair calls for consensus, click No objection (N) or Object formally (X).',
  },
  done: {
    title: 'You have played every move',
    text: 'The meeting goes on: keep persuading, trading and answering until it ends. ? shows every key.',
  },
};

/** "How to play 2 of 5 · Make an argument" */
export function tutorialHeading(step: TutorialStep): string {
  const i = TUTORIAL_STEPS.indexOf(step as Exclude<TutorialStep, 'done'>);
  const { title } = TUTORIAL_TEXT[step];
  return i < 0 ? `How to play · ${title}` : `How to play ${i + 1} of ${TUTORIAL_STEPS.length} · ${title}`;
}
