// The action panel's content: its title and the buttons for the seat on screen (with why each is not
// possible now), plus the button that hands the seat to the AI or takes it back.
import type { Library } from '../model/library';
import type { Phase } from '../model/phase';
import { nameOf, type SessionContext } from '../model/session';
import { actions, hand, type Action } from './view-model';

export interface SeatActions {
  readonly title: string;
  readonly actions: readonly Action[];
}

export function seatActions(
  lib: Library,
  phase: Phase,
  ctx: SessionContext,
  me: string | null,
  covering: string | null,
): SeatActions {
  let acts: Action[] = [];
  let title: string;
  if (!me) {
    title = covering
      ? 'Hand-over in progress'
      : Object.keys(ctx.humans).length
        ? 'Waiting for the next player'
        : 'Watching: the AI plays every seat';
  } else if (!(me in ctx.humans)) {
    title = `${nameOf(lib, me)}: played by the AI`;
  } else {
    title = `Your seat: ${nameOf(lib, me)} (${ctx.humans[me]})`;
    // An empty hand: say so on the button rather than open an empty list.
    const empty = hand(lib, ctx, me).length === 0;
    acts = actions(lib, phase, ctx, me).map((a) =>
      a.need === 'card' && a.enabled && empty
        ? { ...a, enabled: false, why: 'No argument cards left on this item: amend, caucus or yield.' }
        : a,
    );
  }
  if (me)
    acts.push({
      id: 'ai',
      label: me in ctx.humans ? 'Let the AI play' : 'Take my seat back',
      key: 'I',
      need: 'none',
      event: null,
      enabled: true,
      why: null,
    });
  return { title, actions: acts };
}
