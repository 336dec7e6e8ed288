// The list of delegations a class can hand to groups: three columns of check boxes, Clear all and Done.
// Enter or a click puts a delegation in or out of the groups' hands.
import type { Scene } from 'phaser';
import { seatChoices, seatName, type RoomDraft } from '../../app/net-classroom';
import { announce } from '../../ui/live';
import { palette, textStyle } from '../../ui/theme';
import { Button } from '../../ui/button';
import { FocusGroup } from '../../ui/focus';

export interface SeatPickerActions {
  /** The groups' seats changed; `focus` is the row to focus when the list is drawn again. */
  readonly onChange: (people: string[], focus: number) => void;
  readonly onDone: () => void;
}

export function showSeatPicker(scene: Scene, draft: RoomDraft, focus: number, act: SeatPickerActions): void {
  const pal = palette();
  const { width: W } = scene.scale;
  scene.add
    .text(W / 2, 20, 'Delegations played by groups', textStyle('h2', { color: pal.gold }))
    .setOrigin(0.5, 0);
  const ids = seatChoices(draft.scenarioId);
  const group = new FocusGroup(scene, { axis: 'grid', columns: 3, onEscape: act.onDone });
  const colW = 400;
  const rowH = 40;
  const perCol = Math.ceil((ids.length + 1) / 3);
  const buttons = ids.map((id, i) => {
    const on = draft.people.includes(id);
    return new Button(scene, 40 + colW / 2 + Math.floor(i / perCol) * (colW + 20), 80 + (i % perCol) * rowH, {
      label: `${on ? '☑' : '☐'} ${seatName(draft.scenarioId, id)}`,
      width: colW,
      height: rowH - 4,
      align: 'left',
      role: 'small',
      onActivate: () => act.onChange(on ? draft.people.filter((p) => p !== id) : [...draft.people, id], i),
    });
  });
  const none = new Button(scene, W - 460, 680, {
    label: 'Clear all',
    width: 260,
    onActivate: () => act.onChange([], ids.length),
  });
  const done = new Button(scene, W - 180, 680, { label: 'Done', width: 260, onActivate: act.onDone });
  group.add(...buttons, none, done);
  group.focus(Math.min(focus, buttons.length), true);
  announce('Choose the delegations played by groups. Enter puts one in or out. Escape when done.');
}
