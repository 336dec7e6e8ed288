// What an event card does to the room, for the facilitator console choosing one: the words are
// app/event-effects.ts's, for this game's library.
import type { EventEffect } from '../../content/types';
import { effectLines as effectWords } from '../../app/event-effects';
import { LIBRARY } from '../../machines/default';

export function effectLines(effects: readonly EventEffect[]): string[] {
  return effectWords(LIBRARY, effects);
}
