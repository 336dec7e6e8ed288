// Whose move it is: the scenes use this for the hand-over screen and to know when the AI may act.
// The chart says whose move each state waits for (`at.awaits`); this names the seats.
import { isHuman, type SessionContext } from './session';
import type { PhaseFacts } from './phase';
import { rosterOf } from './roster';
import type { Library } from './library';

/** Human-held delegations the game is waiting for now (empty: the AI or nobody must act). */
export function awaitedHumans(lib: Library, at: PhaseFacts, ctx: SessionContext): string[] {
  const roster = rosterOf(lib, ctx.scenarioId);
  const chair = roster.chair;
  const human = (id: string | undefined): id is string => id !== undefined && isHuman(ctx, id);
  switch (at.awaits) {
    case 'chair':
      return human(chair) ? [chair] : [];
    case 'speaker': {
      const speaker = ctx.item?.speakers[0];
      if (speaker !== undefined) return human(speaker) ? [speaker] : [];
      return human(chair) ? [chair] : [];
    }
    case 'addressee':
      return human(ctx.caucus?.to) ? [ctx.caucus!.to] : [];
    case 'answers': {
      const call = ctx.item!.call!;
      const waiting = roster.participants
        .map((i) => roster.ids[i]!)
        .filter(
          (id) =>
            id !== chair &&
            isHuman(ctx, id) &&
            ctx.present[roster.index[id]!] &&
            !call.responded.includes(id),
        );
      if (waiting.length) return waiting;
      return human(chair) ? [chair] : [];
    }
    case 'nobody':
      return [];
  }
}
