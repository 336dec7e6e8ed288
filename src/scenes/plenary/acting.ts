// A person's action from the panel or its key: sent at once, or through the chooser that asks for a card,
// a clause or a deal's terms; "Let the AI play" hands the seat to the computer and back.
import type { SessionController } from '../../app/controller';
import { playerOf } from '../../app/hot-seat';
import type { Action } from '../../app/view-model';
import { announce } from '../../ui/live';
import type { Chooser } from './chooser';
import { classroom } from './classroom';
import type { TabPanel } from './tab-panel';

export interface ActingRoom {
  readonly session: SessionController | null;
  /** The delegation on screen, or null. */
  readonly me: string | null;
  readonly chooser: Chooser;
  readonly tabs: TabPanel;
}

export function act(room: ActingRoom, a: Action): void {
  const s = room.session;
  if (!s || !a.enabled) {
    if (a.why) announce(`${a.label}: ${a.why}`);
    return;
  }
  const me = room.me;
  if (!me) return;
  if (a.id === 'ai') {
    toggleAi(room);
    return;
  }
  switch (a.need) {
    case 'none':
      if (a.event) {
        room.tabs.setTab('transcript', false);
        s.send(a.event);
      }
      break;
    case 'card':
      room.chooser.pickCard(s, me);
      break;
    case 'clause':
      room.chooser.pickClause(s, me);
      break;
    case 'caucus':
    case 'pressure':
      room.chooser.startCaucus(s, me, a.need);
      break;
  }
}

/** The seat on screen goes to the computer, or back to its player. */
export function toggleAi(room: ActingRoom): void {
  const { session: s, me } = room;
  if (!s || !me) return;
  const ctx = s.snapshot.context;
  s.send(
    me in ctx.humans
      ? { type: 'SET_CONTROL', delegation: me, human: false }
      : { type: 'SET_CONTROL', delegation: me, human: true, player: playerOf(ctx, me) },
  );
  classroom.shown = me;
}
