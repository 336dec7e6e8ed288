// What Continue would resume, read from the autosave's text without replaying it (the title screen stays
// light): the meeting, the players, the time on the session clock and when it was saved. Anything missing
// or malformed is left out; the save is validated properly when it is opened.
import { CURRENT_KEY } from './saves';

/** The autosave's text (what Continue would resume), if any; not validated here. */
export function autosaveText(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(CURRENT_KEY);
  } catch {
    return null;
  }
}

export interface SaveSummary {
  readonly title: string;
  readonly players: readonly string[];
  /** Seconds on the session clock (the clock's ticks in the log). */
  readonly played: number;
  readonly moves: number;
  readonly savedAt: Date | null;
}

function record(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** The summary of a save's JSON text, or null if it is not one. */
export function summariseSave(text: string | null): SaveSummary | null {
  if (!text) return null;
  let raw: Record<string, unknown> | null;
  try {
    raw = record(JSON.parse(text));
  } catch {
    return null;
  }
  if (!raw || typeof raw.title !== 'string' || !Array.isArray(raw.log)) return null;
  const humans = record(record(raw.input)?.humans) ?? {};
  const players = [...new Set(Object.values(humans).filter((p): p is string => typeof p === 'string'))];
  let played = 0;
  let moves = 0;
  for (const ev of raw.log as unknown[]) {
    const e = record(ev);
    if (e?.type === 'TICK' && typeof e.seconds === 'number' && Number.isFinite(e.seconds))
      played += e.seconds;
    else if (e) moves++;
  }
  const at = typeof raw.savedAt === 'string' ? new Date(raw.savedAt) : null;
  return {
    title: raw.title,
    players,
    played,
    moves,
    savedAt: at && !Number.isNaN(at.getTime()) ? at : null,
  };
}

/** One line for the title screen: "Washington plenary, Nov 2012 · Ama, Ben · 12 min played · saved 14:05". */
export function describeSave(s: SaveSummary, now = new Date()): string {
  const parts = [s.title];
  parts.push(s.players.length ? s.players.join(', ') : 'the computer plays every seat');
  parts.push(s.played >= 60 ? `${Math.round(s.played / 60)} min on the clock` : `${s.moves} moves so far`);
  if (s.savedAt) {
    const pad = (n: number) => String(n).padStart(2, '0');
    const time = `${pad(s.savedAt.getHours())}:${pad(s.savedAt.getMinutes())}`;
    const sameDay = s.savedAt.toDateString() === now.toDateString();
    parts.push(sameDay ? `saved today at ${time}` : `saved ${s.savedAt.toLocaleDateString()} ${time}`);
  }
  return parts.join(' · ');
}
