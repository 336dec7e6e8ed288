// Hot seat: the opaque cover that passes the keyboard to the next person, launched over the room.
import type { Scene } from 'phaser';
import type { HandoverData } from '../Handover';
import { ensureScene } from '../registry';

/** Launches the cover for `data` unless `stillWanted` says the hand-over was cancelled meanwhile. */
export function coverForHandover(room: Scene, data: HandoverData, stillWanted: () => boolean): void {
  const launch = () => {
    if (!room.scene.isActive() || !stillWanted()) return;
    // The cover is opaque: nothing of the room needs drawing beneath it.
    room.cameras.main.setVisible(false);
    room.scene.launch('Handover', data);
    room.scene.bringToTop('Handover');
  };
  // Loaded when the room opened: launch at once, so nothing can be typed into the room meanwhile.
  if (room.scene.get('Handover')) launch();
  else void ensureScene(room.game, 'Handover').then(launch);
}
