// What the gameplay scenes share beyond the session itself: the facilitator's PIN and clocks, fast-forward,
// whose hand is on screen (hot seat), and which scene shows which phase. Scenes stay thin: the rules live
// in the machine, this only remembers view choices.
import type { Phase } from '../../model/phase';
import { phaseFacts } from '../../machines/plenary';
import { currentSession, latestSave, openSave } from '../../app/session-store';
import type { SessionController } from '../../app/controller';
import { PACES, type Pace } from '../../app/pace';

const KEY = 'roughConsensus.classroom';

/** Game events between the gameplay scenes. */
export const HANDOVER_DONE = 'handover:done';
export const FACILITATOR_CLOSED = 'facilitator:closed';
export const FACILITATOR_PROJECTOR = 'facilitator:projector';

export interface Classroom {
  /** Facilitator PIN: '' for none, else 4 digits. */
  pin: string;
  /** Session timer in minutes (a countdown on screen); null: no session timer. */
  sessionMinutes: number | null;
  /** Whether the clocks run (TICK once a second). */
  clockRunning: boolean;
  /** AI moves at fast-forward pace. */
  fast: boolean;
  /** How the computer-played delegations move: step, classroom or fast (pace.ts). */
  pace: Pace;
  /** The facilitator opens each round (statements, debate, draft, call); else the chair moves on. */
  rounds: boolean;
  /** The human delegation whose hand and actions are on screen. */
  shown: string | null;
  /** The facilitator has unlocked the console once this session. */
  unlocked: boolean;
  /** Started from the Replay campaign: the debrief returns there. */
  campaign: boolean;
  /**
   * A networked classroom device: the teacher's (console, no seat) or a student's (one seat, no hot
   * seat). Null on a single computer.
   */
  device: { readonly role: 'teacher' | 'student'; readonly seat: string | null } | null;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function load(): Classroom {
  const base: Classroom = {
    pin: '',
    sessionMinutes: null,
    clockRunning: true,
    fast: false,
    pace: 'classroom',
    rounds: false,
    shown: null,
    unlocked: false,
    campaign: false,
    device: null,
  };
  try {
    const raw = JSON.parse(storage()?.getItem(KEY) ?? '{}') as Partial<Classroom>;
    if (typeof raw.pin === 'string' && /^(\d{4})?$/.test(raw.pin)) base.pin = raw.pin;
    if (typeof raw.sessionMinutes === 'number' && raw.sessionMinutes > 0)
      base.sessionMinutes = raw.sessionMinutes;
    if (typeof raw.campaign === 'boolean') base.campaign = raw.campaign;
    if (PACES.includes(raw.pace as Pace)) base.pace = raw.pace as Pace;
    if (typeof raw.rounds === 'boolean') base.rounds = raw.rounds;
  } catch {
    // unreadable: defaults
  }
  return base;
}

export const classroom: Classroom = load();

/** Keeps the PIN, session timer, campaign flag and pace with the autosave (so Continue keeps them). */
export function saveClassroom(): void {
  try {
    storage()?.setItem(
      KEY,
      JSON.stringify({
        pin: classroom.pin,
        sessionMinutes: classroom.sessionMinutes,
        campaign: classroom.campaign,
        pace: classroom.pace,
        rounds: classroom.rounds,
      }),
    );
  } catch {
    // storage blocked: this visit only
  }
}

/** Resets the per-session view state for a new session. */
export function freshClassroom(pin: string, sessionMinutes: number | null, campaign = false): void {
  classroom.pin = pin;
  classroom.sessionMinutes = sessionMinutes;
  classroom.clockRunning = true;
  classroom.fast = false;
  classroom.shown = null;
  classroom.unlocked = pin === '';
  classroom.campaign = campaign;
  classroom.device = null;
  saveClassroom();
}

/** The scene that shows a state of the meeting, as the chart names it. */
export function sceneForPhase(phase: Phase): string {
  return phaseFacts(phase).screen;
}

/** The phases' names on screen (one list, in src/app). */
export { PHASE_LABEL } from '../../app/floor-text';

/**
 * The running session, or the autosave reopened (Continue), or null. `warning` says when an older save
 * had to be used; `error` when nothing could be opened.
 */
export function sessionOrResume(resume: boolean): {
  session: SessionController | null;
  warning?: string;
  error?: string;
} {
  const running = currentSession();
  if (running && !resume) return { session: running };
  const latest = latestSave();
  if (latest.kind === 'none')
    return running ? { session: running } : { session: null, error: 'There is no saved session.' };
  if (latest.kind === 'error') return { session: running, error: latest.message };
  try {
    const s = openSave(latest.save);
    const out: { session: SessionController; warning?: string } = { session: s };
    if (latest.warning) out.warning = latest.warning;
    classroom.shown = null;
    classroom.unlocked = classroom.pin === '';
    return out;
  } catch (e) {
    return { session: running, error: (e as Error).message };
  }
}

/** A file name stamp: scenario and local date-time. */
export function fileStem(s: SessionController): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `rough-consensus-${s.input.scenarioId}-${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
}

export { clock } from '../../app/session-clock';

/** Human seats now or at the start, with their player names, in seat order of the input. */
export function playersOf(s: SessionController): { id: string; player: string; human: boolean }[] {
  const ctx = s.snapshot.context;
  const ids = [...new Set([...Object.keys(ctx.startHumans), ...Object.keys(ctx.humans)])];
  return ids.map((id) => ({
    id,
    player: ctx.humans[id] ?? ctx.startHumans[id] ?? 'Player',
    human: id in ctx.humans,
  }));
}

/** Said once, in src/app: the Outcome and the Debrief read the same words. */
export { OUTCOME_WORDS } from '../../app/result-view';
