// The facilitator console (F2, Ctrl+F) opens over the room: the teacher's device only in a classroom room.
import type { Scene } from 'phaser';
import { Notice } from '../../ui/notice';
import { ensureScene } from '../registry';
import { classroom } from './classroom';

/**
 * Opens the console over `room`. `opened(true)` as it starts loading, `opened(false)` if it could not
 * open; the room is hidden beneath it (the console says when it closes).
 */
export function openConsole(room: Scene, opened: (open: boolean) => void): void {
  if (classroom.device?.role === 'student') {
    new Notice(room, 'The facilitator console is on your teacher’s device.', { title: 'Console' });
    return;
  }
  opened(true);
  void ensureScene(room.game, 'Facilitator').then((ok) => {
    if (!ok || !room.scene.isActive()) {
      opened(false);
      return;
    }
    room.cameras.main.setVisible(false);
    room.scene.launch('Facilitator');
    room.scene.bringToTop('Facilitator');
  });
}
