// Whose move it is: the scenes use this for the hand-over screen and to know when the AI may act.
import { isHuman, type SessionContext } from './session';
import type { Phase } from './phase';
import { rosterOf } from './roster';
import type { Library } from './library';

/** Human-held delegations the game is waiting for now (empty: the AI or nobody must act). */
export function awaitedHumans(lib: Library, phase: Phase, ctx: SessionContext): string[] {
  const roster = rosterOf(lib, ctx.scenarioId);
  const chair = roster.chair;
  const human = (id: string | undefined): id is string => id !== undefined && isHuman(ctx, id);
  switch (phase) {
    case 'opening':
    case 'chairDraft':
    case 'adopted':
    case 'noConsensus':
    case 'adjourned':
      return human(chair) ? [chair] : [];
    case 'floor': {
      const speaker = ctx.item?.speakers[0];
      if (speaker !== undefined) return human(speaker) ? [speaker] : [];
      return human(chair) ? [chair] : [];
    }
    case 'caucus':
      return human(ctx.caucus?.to) ? [ctx.caucus!.to] : [];
    case 'consensusCall': {
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
    default:
      return [];
  }
}
