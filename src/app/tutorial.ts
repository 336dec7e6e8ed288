// How to play: the guided first item. A newcomer is walked through reading the hall, making an argument,
// seeing what it changed, offering a deal and answering a consensus call. Each step waits for the player
// to do it: which step is done is read from the session's log (what a person's seat did) and from two
// things the screen saw (a seat looked at, the What changed panel opened); nothing here runs on a timer.
// The Plenary only shows the step this function returns.
import { phaseFacts } from '../machines/plenary';
import { agendaItemOf } from '../model/items';
import type { Library } from '../model/library';
import type { Phase } from '../model/phase';
import { RULES } from '../model/rules';
import type { SessionContext, SessionEvent } from '../model/session';
import { neededText, objectiveStakes, type ObjectiveSource } from '../model/objectives';
import type { RoleBriefing } from '../content/types';

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
    text: 'What changed (below left) says who your argument moved, and how far. Read it, then click its tab, 6 What changed (or press 6), to go on.',
  },
  deal: {
    title: 'Offer a deal',
    text: 'Click Offer a deal (or press C): give way on an issue you care less about for one you care more about.',
  },
  call: {
    title: 'Answer the call',
    text: 'When the Chair calls for a decision, answer it: let the draft pass, or block it.',
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

/** The call step as the room stands: what to do now, and whether the coach offers to bring the call on. */
export interface CallStep {
  readonly text: string;
  /** The coach's "Call it now" button: the call, as a facilitator may make it, without waiting. */
  readonly offerCall: boolean;
}

/** The key of the coach's "Call it now" button (free among the Plenary's keys). */
export const CALL_NOW_KEY = 'Q';

/**
 * The last step cannot wait for the Chair: the Chair calls only once every speaker has had the floor,
 * minutes away. So the coach explains that and offers to call now (a facilitator's FORCE_CALL, said as
 * such in the transcript); once the call is open it says which buttons answer it under this rule.
 */
export function callStep(lib: Library, phase: Phase, ctx: SessionContext): CallStep {
  const votes = RULES[ctx.rule].counts !== 'objections';
  const yes = votes ? 'Vote for (N)' : 'No objection (N)';
  const no = votes ? 'Vote against (X)' : 'Object formally (X)';
  const answer = votes
    ? `click ${yes} to support the draft, or ${no} to oppose it`
    : `click ${yes} to let the draft pass, or ${no} to block it`;
  const at = phaseFacts(phase);
  if (at.awaits === 'answers')
    return {
      text: `${votes ? 'The Chair calls the vote' : 'The Chair asks whether anyone objects'}: ${answer}. ${RULES[ctx.rule].explain.split('. ')[0]!.replace(/\.$/, '')}.`,
      offerCall: false,
    };
  const decides = ctx.item !== null && agendaItemOf(lib, ctx).decides;
  if (!decides)
    return {
      text: `This item decides nothing, so no call comes: when an item that decides comes up, the Chair calls for a decision and you ${answer}.`,
      offerCall: false,
    };
  // Call it now is the facilitator's FORCE_CALL: offered where the chart's state hears it.
  const callable = at.hears.has('FORCE_CALL');
  return {
    text: `The Chair calls for a decision only when every speaker has had the floor. ${
      callable
        ? `To try it now, click Call it now (${CALL_NOW_KEY}), as a facilitator may.`
        : `When the floor is open again, Call it now (${CALL_NOW_KEY}) brings the call at once.`
    } Then ${answer}.`,
    offerCall: callable,
  };
}

/**
 * The player's aim at this meeting and the way to it, in two sentences for the How to play box, from the
 * Outcome's own scoring (objectiveStakes): the objective this meeting decides, where the draft on the table
 * stands against it, and what follows (help it pass, pull it your way, or block it at the call). Null for
 * a seat without a role card.
 */
export function tutorialAim(
  lib: Library,
  meeting: Omit<ObjectiveSource, 'results'>,
  briefing: RoleBriefing | undefined,
): string | null {
  if (!briefing) return null;
  const here = objectiveStakes(lib, meeting, briefing).filter((k) => k.score.decidable);
  const k = here[0];
  if (!k)
    return 'Your aim: this meeting decides none of your objectives; listen, make friends and trade for later.';
  const o = k.score.objective;
  const aim = `Your aim: ${o.text.replace(/\.$/, '')} (${neededText(o)} on a scale of 0 to 100).`;
  const kept = k.score.status === 'met';
  if (k.tabled === null)
    return `${aim} ${kept ? 'As things stand it is met: keep the room from moving it.' : 'Get a text adopted that meets it.'}`;
  if (k.tabledMeets) return `${aim} The draft, at ${k.tabled}, meets it: argue for it and help it pass.`;
  return `${aim} The draft, at ${k.tabled}, does not: argue and amend to pull it your way${
    kept ? ', or object when the Chair calls for consensus (if nothing passes, your aim is kept)' : ''
  }.`;
}
