// The Plenary's keys, in order of who hears them first: the console shortcut, the projector, an open
// picker or caucus flow, browsing the hall, then the room's own keys and the action letters.
import type { Action } from '../../app/view-model';
import { registerHelp } from '../../ui/help';
import { announce } from '../../ui/live';
import { scrollTarget } from '../../ui/scroll-text';
import { FocusGroup, typingInField } from '../../ui/focus';
import type { ActionPanel } from './action-panel';
import type { HallView } from './hall';
import { TABS, type TabPanel } from './tab-panel';

registerHelp('Plenary', [
  {
    keys: 'Letters on the buttons',
    action:
      'Your actions, each by the letter on its button: S speak, A amend, C caucus, P press, Y yield, R ask to speak, X object, N no objection',
  },
  { keys: '← → ↑ ↓ Enter', action: 'Move between your actions and choose one' },
  { keys: '1 2 3 4 5 6', action: 'Panels: hand, transcript, would it pass?, draft, seat, what changed' },
  { keys: 'PgUp PgDn', action: 'Scroll the panel under the pointer (else the open panel)' },
  { keys: 'B', action: 'How to play: a guided first item, step by step (B again skips it)' },
  { keys: 'Q', action: 'How to play, last step: call for a decision now (Call it now)' },
  { keys: 'H', action: 'Browse the seats in the hall (arrows), Esc to stop' },
  { keys: 'U', action: 'Meaning of the next underlined word in the open panel (or point at it)' },
  { keys: 'Space or F', action: 'Fast-forward the AI on / off; at step pace, the AI’s next move' },
  { keys: 'I', action: 'Let the AI play your seat / take it back' },
  { keys: 'T', action: 'Classroom room, a team on one seat: act for your team yourself' },
  { keys: 'V', action: 'Projector view (large text)' },
  { keys: 'F2 or Ctrl+F', action: 'Facilitator console' },
  { keys: 'Esc', action: 'Close a list; leave to the title (autosaved)' },
]);

/** What the keys drive in the room. */
export interface PlenaryKeyTarget {
  /** The room does not hear keys now (no session, leaving, hand-over cover, console open). */
  deaf(): boolean;
  projectorOpen(): boolean;
  /** An open list or caucus flow that takes the keys. */
  modal(): { handleKey(ev: KeyboardEvent): void } | null;
  browsing(): boolean;
  hall(): HallView;
  tabs(): TabPanel;
  actionPanel(): ActionPanel;
  hasSeat(): boolean;
  openConsole(): void;
  toggleProjector(): void;
  toggleFast(): void;
  browse(on: boolean): void;
  speakSeat(): void;
  toggleAi(): void;
  /** How to play: start the guided tutorial, or skip it. */
  toggleTutorial(): void;
  /** How to play's own key (Call it now at the last step); true when it took the key. */
  tutorialKey(k: string): boolean;
  /** A classroom room's team: this device takes over acting for the seat. */
  takeVoice(): void;
  askLeave(): void;
  act(a: Action): void;
}

export function handlePlenaryKey(ev: KeyboardEvent, room: PlenaryKeyTarget): void {
  // Phaser hands keys to scenes in the order they started, so the Plenary hears keys before the console
  // and the hand-over cover launched over it: it must stand aside itself while they are up.
  if (room.deaf() || typingInField()) return;
  // A modal notice (from the widgets kit) has the keys.
  if (FocusGroup.top(room.hall().scene)) return;
  if (ev.key === 'F2' || ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'f')) {
    if (!ev.repeat) room.openConsole();
    return;
  }
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if (room.projectorOpen()) {
    if (ev.key === 'Escape' || ev.key === 'v' || ev.key === 'V') room.toggleProjector();
    else if (ev.key === ' ' || ev.key === 'f' || ev.key === 'F') room.toggleFast();
    return;
  }
  const modal = room.modal();
  if (modal) {
    modal.handleKey(ev);
    return;
  }
  if (room.browsing() && browseKey(ev, room)) return;
  const k = ev.key;
  if (k === ' ' || k === 'f' || k === 'F') {
    if (!ev.repeat) room.toggleFast();
    return;
  }
  if (/^[1-6]$/.test(k)) {
    room.tabs().setTab(TABS[Number(k) - 1]!.id);
    return;
  }
  const focus = room.actionPanel().focus;
  switch (k) {
    case 'h':
    case 'H':
      room.browse(!room.browsing());
      return;
    case 'v':
    case 'V':
      room.toggleProjector();
      return;
    case 'u':
    case 'U':
      if (!room.tabs().openText.nextTerm()) announce('No explained words in view in this panel.');
      return;
    case 'b':
    case 'B':
      if (!ev.repeat) room.toggleTutorial();
      return;
    case 'i':
    case 'I':
      if (room.hasSeat()) room.toggleAi();
      return;
    case 't':
    case 'T':
      if (room.hasSeat()) room.takeVoice();
      return;
    case 'PageDown':
    case 'PageUp':
      scrollTarget(room.hall().scene, room.tabs().openText).page(k === 'PageDown' ? 1 : -1);
      return;
    case 'Home':
      scrollTarget(room.hall().scene, room.tabs().openText).home();
      return;
    case 'End':
      scrollTarget(room.hall().scene, room.tabs().openText).end();
      return;
    case 'ArrowRight':
      focus.move(1);
      return;
    case 'ArrowLeft':
      focus.move(-1);
      return;
    case 'ArrowDown':
      focus.move(2);
      return;
    case 'ArrowUp':
      focus.move(-2);
      return;
    case 'Tab':
      focus.move(ev.shiftKey ? -1 : 1);
      return;
    case 'Enter':
      if (room.tabs().openText.openStepped()) return;
      if (!ev.repeat) focus.focused?.activate();
      return;
    case 'Escape':
      room.askLeave();
      return;
  }
  if (k.length === 1) {
    if (!ev.repeat && room.tutorialKey(k)) return;
    const actions = room.actionPanel().actions;
    const a = actions.find((x) => x.key.toLowerCase() === k.toLowerCase());
    if (a) {
      focus.focus(actions.indexOf(a), true);
      if (!a.enabled) {
        announce(`${a.label}: not now. ${a.why ?? ''}`);
        return;
      }
      if (!ev.repeat) room.act(a);
    }
  }
}

/** Arrows and Tab move between seats while browsing the hall; Esc, Enter or H stop. */
function browseKey(ev: KeyboardEvent, room: PlenaryKeyTarget): boolean {
  const hall = room.hall();
  const dir = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as const;
  const d = dir[ev.key as keyof typeof dir];
  if (d) {
    hall.setFocus(hall.neighbour(d));
    room.speakSeat();
    return true;
  }
  if (ev.key === 'Tab') {
    const n = hall.seats.length;
    hall.setFocus((hall.focusIndex + (ev.shiftKey ? -1 : 1) + n) % n);
    room.speakSeat();
    return true;
  }
  if (ev.key === 'Escape' || ev.key === 'Enter' || ev.key === 'h' || ev.key === 'H') {
    room.browse(false);
    return true;
  }
  return false;
}
