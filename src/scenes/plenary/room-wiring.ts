// What the Plenary listens to while it is open, and lets go of when it closes: its keys (Ctrl+F and F2
// kept from the browser), the hand-over cover, the console and the projector's switch, the AI's pacer
// every 50 ms and the clocks every second.
import { Scenes, type Scene } from 'phaser';
import { mirrorText } from '../../ui/live';
import { FACILITATOR_CLOSED, FACILITATOR_PROJECTOR, HANDOVER_DONE } from './classroom';

export interface RoomWiring {
  readonly onKey: (ev: KeyboardEvent) => void;
  /** The hand-over cover was passed by the person it was up for. */
  readonly onHandover: (delegation: string) => void;
  readonly onConsoleClosed: () => void;
  readonly onProjector: () => void;
  /** Every 50 ms: the AI's move when it is due. */
  readonly pump: () => void;
  /** Every second: the clocks. */
  readonly tick: () => void;
  /** The scene shuts down: whatever else it holds. */
  readonly onShutdown: () => void;
}

export function wireRoom(scene: Scene, w: RoomWiring): void {
  scene.input.keyboard?.on('keydown', w.onKey);
  // Ctrl+F opens the console, not the browser's find bar. Added after Phaser's own window listener, which
  // ignores events whose default was already prevented.
  const block = (ev: KeyboardEvent) => {
    if ((ev.ctrlKey || ev.metaKey) && (ev.key === 'f' || ev.key === 'F')) ev.preventDefault();
    if (ev.key === 'F2') ev.preventDefault();
  };
  window.addEventListener('keydown', block);
  const events = scene.game.events;
  events.on(HANDOVER_DONE, w.onHandover);
  events.on(FACILITATOR_CLOSED, w.onConsoleClosed);
  events.on(FACILITATOR_PROJECTOR, w.onProjector);
  scene.time.addEvent({ delay: 50, loop: true, callback: w.pump });
  scene.time.addEvent({ delay: 1000, loop: true, callback: w.tick });
  scene.events.once(Scenes.Events.SHUTDOWN, () => {
    scene.input.keyboard?.off('keydown', w.onKey);
    window.removeEventListener('keydown', block);
    events.off(HANDOVER_DONE, w.onHandover);
    events.off(FACILITATOR_CLOSED, w.onConsoleClosed);
    events.off(FACILITATOR_PROJECTOR, w.onProjector);
    w.onShutdown();
    scene.scene.stop('Handover');
    scene.scene.stop('Facilitator');
    mirrorText('');
  });
}
