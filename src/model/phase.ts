// The words the rules core uses to speak of the plenary's states. Which states there are, how they
// connect and what each one waits for are the statechart's (src/machines/plenary.ts): it gives each
// state's facts below as its meta, and the AI, turn-taking and the rounds read them from there.
import type { Round } from './rounds';
import type { SessionEventType } from './session';

/** The plenary's states as the AI and the scenes see them (the machine's leaf states). */
export const PHASES = [
  'setup',
  'briefing',
  'opening',
  'floor',
  'caucus',
  'chairDraft',
  'consensusCall',
  'adopted',
  'noConsensus',
  'adjourned',
  'communique',
  'debrief',
] as const;
export type Phase = (typeof PHASES)[number];

/**
 * Whose move a state waits for: nobody, the Chair's procedural move, the delegation with the floor
 * (the Chair once the speakers' list is empty), the addressee of a caucus offer, or the answers to
 * a call (then the Chair's gavel).
 */
export type Awaits = 'nobody' | 'chair' | 'speaker' | 'addressee' | 'answers';

/** The Chair's procedural moves: events that carry nothing but who makes them. */
export type ChairMove =
  'OPEN_FLOOR' | 'CALL_CONSENSUS' | 'NEXT_ITEM' | 'CONSULT' | 'REFER' | 'DEFER' | 'NEXT_DAY';

/** What a state of the meeting is, as the chart declares it. */
export interface PhaseFacts {
  readonly awaits: Awaits;
  /** The Chair's moves that carry the meeting on from here, the usual one first. */
  readonly chairMoves: readonly ChairMove[];
  /** The item's round here; 'byList': the statements while speakers are listed, then the debate. */
  readonly round: Round | 'byList' | null;
  /** The round the Chair's next opener opens, when it is not simply the one after `round`. */
  readonly opens?: Round;
  /** The Chair's moves here that open the next round (held while the facilitator runs the rounds). */
  readonly roundOpeners: readonly SessionEventType[];
  /** What the screens call the state. */
  readonly label: string;
  /** The screen that shows the meeting in this state. */
  readonly screen: 'Setup' | 'Briefing' | 'Plenary' | 'Outcome' | 'Debrief';
  /** The meeting sits: the AI moves and the clocks run (unless paused). */
  readonly sitting: boolean;
  /** The meeting has ended: the communiqué or the debrief. */
  readonly ended: boolean;
  /** The event types the state hears (its own, its parents'); others are refused as not now. */
  readonly hears: ReadonlySet<SessionEventType>;
}
