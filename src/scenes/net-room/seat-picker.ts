// The delegations a class hands to groups: the shared searchable list (ui/list-picker.ts) with check boxes.
// Type to narrow it, Enter or a click / tap puts a delegation in or out of the groups' hands, Clear all,
// Escape or Done. It scrolls, so the full names fit at every text size and window.
import type { Scene } from 'phaser';
import type { RoomDraft } from '../../app/net-classroom';
import { ListPicker } from '../../ui/list-picker';
import { seatChoices } from '../setup/choices';

export const SEAT_PICKER_TITLE = 'Delegations played by groups';

export interface SeatPickerActions {
  /** The groups' seats changed (each tick). */
  readonly onChange: (people: string[]) => void;
  /** The list closed with these seats. */
  readonly onDone: (people: string[]) => void;
}

export function showSeatPicker(scene: Scene, draft: RoomDraft, act: SeatPickerActions): ListPicker {
  return new ListPicker(scene, {
    title: SEAT_PICKER_TITLE,
    options: seatChoices(draft.scenarioId).map((c) => ({
      id: c.id,
      label: c.name,
      keywords: [c.id, c.note],
      note: `${c.note} · ${c.id}`,
    })),
    multi: { chosen: draft.people, onChange: act.onChange, onDone: act.onDone },
  });
}
