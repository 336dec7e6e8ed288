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
import { draftView, meter, STANCE_SYMBOL, type DraftView, type MeterRow } from './view-model';

/** Each state's name on screen, as the chart gives it. */
export const PHASE_LABEL = Object.fromEntries(PHASES.map((p) => [p, phaseFacts(p).label])) as Record<
  Phase,
  string
>;

/** The hall's caption: who has the floor, or what the meeting is doing. */
export function speakerLine(lib: Library, phase: Phase, ctx: SessionContext): string {
  const sp = ctx.item?.speakers[0];
  if (phase === 'consensusCall') return 'The Chair calls for consensus';
  if (!sp) return phase === 'floor' ? 'Floor open' : PHASE_LABEL[phase];
  return `Floor: ${nameOf(lib, sp)}`;
}

/** The projector's line: the objections at a call, or the speaker. */
export function projectorSpeakerLine(lib: Library, phase: Phase, ctx: SessionContext): string {
  const sp = ctx.item?.speakers[0];
  if (phase === 'consensusCall') {
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

export interface NowLines {
  /** Who speaks, or the call and its objections. */
  readonly headline: string;
  /** Who is next on the speakers' list. */
  readonly next: string;
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
  if (phase === 'consensusCall') {
    const obj = ctx.item?.call?.objections ?? [];
    headline = `Call for consensus: ${obj.length ? `${obj.length} objection${obj.length > 1 ? 's' : ''} (${obj.map((o) => shortNameOf(lib, o)).join(', ')})` : 'no objection so far'}`;
  } else if (sp)
    headline = `Speaking: ${nameOf(lib, sp)}${sp in ctx.humans ? ` (${ctx.humans[sp]})` : ' (AI)'}`;
  else headline = PHASE_LABEL[phase];
  const following = (ctx.item?.speakers ?? []).slice(1);
  const next = following.length
    ? `Next: ${following
        .slice(0, 3)
        .map((id) => shortNameOf(lib, id))
        .join(', ')}${following.length > 3 ? ` +${following.length - 3}` : ''}`
    : phase === 'floor'
      ? 'Speakers’ list: empty after this speaker'
      : '';
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
  if (ctx.speechSeconds && ctx.item && phase === 'floor' && sp)
    bits.push(`Speech ${clock(ctx.speechSeconds - ctx.item.turn.seconds)}`);
  const left = sessionSecondsLeft(ctx);
  if (left !== null) bits.push(left > 0 ? `Session ${clock(left)} left` : 'Session time is up');
  if (!room.clockRunning && (ctx.speechSeconds || ctx.timeLimit)) bits.push('clock stopped');
  const yourMove = awaiting.length > 0 && me !== null && awaiting.includes(me);
  return { headline, next, status: bits.join('  ·  '), urgent, yourMove };
}

/** What the projector shows: the draft, the meter and who has the floor, in very large type. */
export interface ProjectorData {
  readonly title: string;
  readonly status: string;
  readonly speaker: string;
  readonly draft: DraftView | null;
  readonly meter: readonly MeterRow[];
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
    meter: meter(lib, ctx),
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
