// The computer never retries a move the rules refused. A refused move is held back until the room
// moves (an accepted event other than the clock, a pause or a resume); every refused move is held, not
// only the last, so two refused moves cannot take turns forever either. One guard for every place the
// AI plays: the browser's session controller, which the classroom server's room also drives.
import type { SessionEvent } from '../model/session';
import { NOT_MOVES } from './pace';

export class RefusedMoves {
  private readonly held = new Set<string>();

  /** Whether `ev` was refused since the room last moved (it must not be sent again yet). */
  holds(ev: SessionEvent): boolean {
    return this.held.size > 0 && this.held.has(keyOf(ev));
  }

  /** After event `ev` was applied: an AI move the rules refused is held; a move that counted frees all. */
  note(ev: SessionEvent, refused: boolean, byAi: boolean): void {
    if (refused) {
      if (byAi) this.held.add(keyOf(ev));
    } else if (!NOT_MOVES.has(ev.type)) this.held.clear();
  }

  clear(): void {
    this.held.clear();
  }
}

/** Events are flat records of plain values: their fields in one order tell them apart. */
function keyOf(ev: SessionEvent): string {
  return JSON.stringify(ev, Object.keys(ev).sort());
}
