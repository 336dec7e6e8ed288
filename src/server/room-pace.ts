// How long the room's AI waits before its next move. Fast is the hot seat's fast-forward; classroom
// leaves each speech up long enough to read aloud (about 180 words a minute, never under 2.5 s).
import type { Pace } from './room-setup';

export interface PaceTimer {
  clear(): void;
}

const FAST_MS = 850;
const FLOOR_MS = 2500;
const MS_PER_WORD = 330;

export function aiDelayMs(pace: Pace, lastText: string): number {
  if (pace === 'fast') return FAST_MS;
  const words = lastText.split(/\s+/).filter(Boolean).length;
  return Math.max(FLOOR_MS, words * MS_PER_WORD);
}
