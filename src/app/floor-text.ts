// Who has the floor, in words: the phase's name, the speaker and who comes next, and the status line under
// them (whose move it is, the AI, the clocks). Read by the Plenary, the projector and the console.
import type { Library } from '../model/library';
import { PHASES, type Phase } from '../model/phase';
import { phaseFacts } from '../machines/plenary';
import { nameOf, shortNameOf, type SessionContext } from '../model/session';
import { playerOf } from './hot-seat';
import { clock, inSession, sessionSecondsLeft, type ClockSettings } from './session-clock';
import { scenarioOf } from '../model/library';
import { RULES } from '../model/rules';
import { meterView, type MeterView } from './meter-view';
import { draftView, STANCE_SYMBOL, type DraftView } from './view-model';

/** Each state's name on screen, as the chart gives it. */
export const PHASE_LABEL = Object.fromEntries(PHASES.map((p) => [p, phaseFacts(p).label])) as Record<
  Phase,
  string
>;

/** The hall's caption: who has the floor, or what the meeting is doing. */
export function speakerLine(lib: Library, phase: Phase, ctx: SessionContext): string {
  const sp = ctx.item?.speakers[0];
  if (phaseFacts(phase).awaits === 'answers') return 'The Chair calls for consensus';
  if (!sp) return PHASE_LABEL[phase];
  return `Floor: ${nameOf(lib, sp)}`;
}

/** The projector's line: the objections at a call, or the speaker. */
export function projectorSpeakerLine(lib: Library, phase: Phase, ctx: SessionContext): string {
  const sp = ctx.item?.speakers[0];
  if (phaseFacts(phase).awaits === 'answers') {
    const objections = ctx.item?.call?.objections ?? [];
    return `Call for consensus: ${objections.map((o) => `${STANCE_SYMBOL.objects} ${nameOf(lib, o)}`).join(', ') || 'no objection so far'}`;
  }
  return sp ? `Speaking: ${nameOf(lib, sp)}` : PHASE_LABEL[phase];
}

/** What the room's screen knows beyond the session: whose seat shows, the hand-over, fast-forward. */
export interface RoomView extends ClockSettings {
  readonly me: string | null;
  /** The facilitator has paused the session (the chart's pause region, isPaused). */
  readonly paused: boolean;
  readonly covering: string | null;
  readonly fast: boolean;
  /** What to say about the AI when it is the AI's move (its pace and countdown); a default otherwise. */
  readonly aiStatus?: string;
  /** A classroom room's team on this device's seat: who acts for it now, whether this device does. */
  readonly team?: TeamView;
}

export interface TeamView {
  readonly size: number;
  readonly voice: string | null;
  readonly mine: boolean;
}

/** A team speaks with one voice: whose it is, in words (nothing for a delegation of one device). */
export function teamWords(team: TeamView | undefined): string | null {
  if (!team || (team.size < 2 && team.mine)) return null;
  if (team.mine) return `You act for your team of ${team.size}`;
  return `${team.voice ?? 'A teammate'} acts for your team (T: take over)`;
}

/** A line naming delegations: "Next: Namibia, China, Russia", which a narrow panel may shorten by names. */
export interface NamesLine {
  /** "Next", "Objecting", or a whole line with no names ("Speakers’ list: empty after this speaker"). */
  readonly lead: string;
  readonly names: readonly string[];
}

/** The line in words, naming the first `max` and counting the rest: "Next: A, B +2". */
export function namesLineText(l: NamesLine, max = Infinity): string {
  if (!l.names.length) return l.lead;
  const shown = l.names.slice(0, max);
  const more = l.names.length - shown.length;
  return `${l.lead}: ${shown.join(', ')}${more > 0 ? ` +${more}` : ''}`;
}

export interface NowLines {
  /** Who speaks, or the call and how many objected. */
  readonly headline: string;
  /** The same with the speaker's short name, for a narrow line ("People’s Republic of China" → "China"). */
  readonly headlineShort: string;
  /** Who is next on the speakers' list, or who has objected at a call. */
  readonly next: NamesLine;
  /** Whose move it is, the AI, the clocks. */
  readonly status: string;
  /** The status asks for attention (a pause, a person's move). */
  readonly urgent: boolean;
  /** It is the shown seat's move. */
  readonly yourMove: boolean;
}

export function nowLines(
  lib: Library,
  phase: Phase,
  ctx: SessionContext,
  awaiting: readonly string[],
  room: RoomView,
): NowLines {
  const { me } = room;
  const sp = ctx.item?.speakers[0];
  let headline: string;
  let headlineShort: string;
  let next: NamesLine;
  const following = (ctx.item?.speakers ?? []).slice(1);
  // What the state waits for, as the chart says: the answers to a call, or the speaker with the floor.
  const at = phaseFacts(phase);
  if (at.awaits === 'answers') {
    // The count on the headline, the names on the line under it (they would not fit beside the count).
    const obj = ctx.item?.call?.objections ?? [];
    headline = `Call for consensus: ${obj.length ? `${obj.length} objection${obj.length > 1 ? 's' : ''}` : 'no objection so far'}`;
    headlineShort = headline;
    next = { lead: obj.length ? 'Objecting' : '', names: obj.map((o) => shortNameOf(lib, o)) };
  } else {
    const who = sp && (sp in ctx.humans ? ` (${ctx.humans[sp]})` : ' (AI)');
    headline = sp ? `Speaking: ${nameOf(lib, sp)}${who}` : PHASE_LABEL[phase];
    headlineShort = sp ? `Speaking: ${shortNameOf(lib, sp)}${who}` : headline;
    next = following.length
      ? { lead: 'Next', names: following.map((id) => shortNameOf(lib, id)) }
      : { lead: at.awaits === 'speaker' ? 'Speakers’ list: empty after this speaker' : '', names: [] };
  }
  const bits: string[] = [];
  let urgent = false;
  if (room.paused) {
    bits.push('‖ PAUSED by the facilitator');
    urgent = true;
  } else if (room.covering) bits.push(`Passing the keyboard to ${playerOf(ctx, room.covering)}…`);
  else if (awaiting.length) {
    bits.push(
      me && awaiting.includes(me)
        ? `▶ Your move, ${playerOf(ctx, me)}`
        : `Waiting for ${awaiting.map((a) => playerOf(ctx, a)).join(', ')}`,
    );
    urgent = true;
  } else if (inSession(phase))
    bits.push(
      room.aiStatus ?? `AI is speaking…  ${room.fast ? '▶▶ fast-forward ON' : 'Space: fast-forward'}`,
    );
  const team = teamWords(room.team);
  if (team && inSession(phase)) bits.push(team);
  if (ctx.speechSeconds && ctx.item && at.awaits === 'speaker' && sp)
    bits.push(`Speech ${clock(ctx.speechSeconds - ctx.item.turn.seconds)}`);
  const left = sessionSecondsLeft(ctx);
  if (left !== null) bits.push(left > 0 ? `Session ${clock(left)} left` : 'Session time is up');
  if (!room.clockRunning && (ctx.speechSeconds || ctx.timeLimit)) bits.push('clock stopped');
  const yourMove = awaiting.length > 0 && me !== null && awaiting.includes(me);
  return { headline, headlineShort, next, status: bits.join('  ·  '), urgent, yourMove };
}

/** What the projector shows: the draft, the meter and who has the floor, in very large type. */
export interface ProjectorData {
  readonly title: string;
  readonly status: string;
  readonly speaker: string;
  readonly draft: DraftView | null;
  /** “Would it pass?” as the Plenary's panel lays it out (meter-view.ts). */
  readonly meter: MeterView | null;
  readonly rule: string;
}

export function projectorData(
  lib: Library,
  phase: Phase,
  ctx: SessionContext,
  /** The chart's pause region (isPaused). */
  paused: boolean,
): ProjectorData {
  const sc = scenarioOf(lib, ctx.scenarioId);
  const d = draftView(lib, ctx);
  return {
    title: d ? d.title : sc.title,
    status: `${sc.title} · Day ${ctx.day} · ${PHASE_LABEL[phase]}${paused ? ' · PAUSED' : ''}`,
    speaker: projectorSpeakerLine(lib, phase, ctx),
    draft: d,
    meter: meterView(lib, ctx),
    rule: RULES[ctx.rule].label,
  };
}

/** The header's right-hand side: the day, the phase and the rule. */
export function headerStatus(lib: Library, phase: Phase, ctx: SessionContext): string {
  const sc = scenarioOf(lib, ctx.scenarioId);
  const rule = ctx.rule === 'consensus' ? 'Consensus (KP rule)' : RULES[ctx.rule].label;
  return `Day ${ctx.day} of ${sc.days} · ${PHASE_LABEL[phase]} · ${rule}`;
}

/** The header's left-hand side: the item and its draft, or the meeting's title. */
export function headerTitle(lib: Library, ctx: SessionContext): string {
  const d = draftView(lib, ctx);
  const n = ctx.agenda.length;
  const itemNo = Math.min(n, ctx.itemIndex + 1);
  return d ? `Item ${itemNo} of ${n}: ${d.title}` : scenarioOf(lib, ctx.scenarioId).title;
}
