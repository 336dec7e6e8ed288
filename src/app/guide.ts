// The player's guide in plain words: what each move in the room does and what it risks, how much a
// delegation cares about an issue, and what a position on an issue's 0–100 scale means. Read by the
// Briefing and by the tutorial, so both say the same thing. The wording follows the model (persuasion,
// exchange, challenge, decision): change one, check the other.
import { ISSUE_ENDS, ISSUE_NAME, scalePlace } from '../content/issues';
import type { IssueId } from '../content/types';
import { MAX_OFFERS } from '../model/session';

export interface MoveGuide {
  /** The button's words in the room, and its key. */
  readonly action: string;
  readonly key: string;
  readonly does: string;
  readonly risks: string;
}

export const MOVE_GUIDE: readonly MoveGuide[] = [
  {
    action: 'Make an argument',
    key: 'S',
    does: 'Play one argument card from your hand on your turn. Delegations whose view is close enough to the argument to hear it move towards it: more if they care little about the issue, if the argument appeals to what they value, and if your delegation carries weight.',
    risks:
      'Delegations far from the argument do not hear it, and one that the argument offends (for example on sovereignty) moves away. One argument per turn, and the hand runs out.',
  },
  {
    action: 'Amend the draft',
    key: 'A',
    does: 'Add or remove one clause of the text on the table (participants only, on your turn). Each clause moves the draft along the issue’s scale, and the text changes in front of everyone.',
    risks:
      'A draft pushed far from what some participants want gives them a reason to object when the Chair calls for consensus, and under consensus one objection blocks it.',
  },
  {
    action: 'Offer a deal (caucus)',
    key: 'C',
    does: 'Propose a trade to one delegation: you move on an issue that matters less to you, it moves on one that matters more to you.',
    risks: `It works only where the two of you care about the issues differently; otherwise it refuses, and if it accepts you really do give ground. At most ${MAX_OFFERS} caucus moves per delegation.`,
  },
  {
    action: 'Press a delegation',
    key: 'P',
    does: 'Lean on one delegation to move towards you on the issue being discussed. It may give way, meet you part of the way, stand firm or shrug it off.',
    risks: `Pressing a delegation that cares more than you do, or carries more weight, usually achieves nothing. Pressure counts against the same ${MAX_OFFERS} caucus moves as deals.`,
  },
  {
    action: 'Object formally (at the consensus call)',
    key: 'X',
    does: 'When the Chair asks whether anyone objects, say that you cannot join the consensus. Under the KP’s rule one formal objection stops the draft; under a voting rule this is a vote against.',
    risks:
      'Blocking keeps the text as it stands now (the status quo), not something better; the item may go to consultations, a committee or the next meeting. Standing alone costs more than objecting with others.',
  },
];

/**
 * How much a delegation cares about an issue (salience 0–1), in words, with its subject: 'it cares a lot:
 * hard to move', or to the player reading their own card, 'you care a lot: hard to move'.
 */
export function careWords(salience: number, who: 'it' | 'you' = 'it'): string {
  const [s, verb] = who === 'you' ? ['you', 'care'] : ['it', 'cares'];
  if (salience >= 0.75) return `${s} ${verb} a great deal: a red-line issue, ${s} will hardly move`;
  if (salience >= 0.55) return `${s} ${verb} a lot: hard to move`;
  if (salience >= 0.35) return `${s} ${verb} somewhat: can be moved, or traded`;
  return `${s} ${verb} little: easy to move, and good to give away in a deal`;
}

/** A position on an issue's scale with what it means: "30 of 100 (nearer ‘rebels only’)". */
export function positionWords(issue: IssueId, value: number): string {
  return scalePlace(issue, value);
}

/** The issue's name and what its two ends mean. */
export function scaleWords(issue: IssueId): string {
  const [lo, hi] = ISSUE_ENDS[issue];
  return `${ISSUE_NAME[issue]}: 0 = ${lo}, 100 = ${hi}`;
}
