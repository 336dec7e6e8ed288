// A classroom room's device in the Plenary: a team on one seat speaks with one voice (T takes it over, the
// server tells every device), and what the server refuses or says of the connection is shown and said.
import { Scenes, type Scene } from 'phaser';
import type { SessionController } from '../../app/controller';
import type { RemoteSession } from '../../app/remote-session';
import { announce } from '../../ui/live';
import { classroom } from './classroom';
import type { Footer } from './footer';

/** This device's classroom room, when it is one. */
export function remoteOf(s: SessionController | null): RemoteSession | null {
  return classroom.device && s && 'onNotice' in s ? (s as RemoteSession) : null;
}

/** This device takes over acting for its team. */
export function takeVoice(remote: RemoteSession | null): void {
  if (!remote?.seat) return;
  if (remote.holdsVoice) {
    announce(remote.team.length > 1 ? 'You already act for your team.' : 'You act for your delegation.');
    return;
  }
  remote.takeVoice();
  announce('You act for your team now.');
}

/** What the server refused, and the connection, said in the footer and aloud while the scene is open. */
export function followRoom(scene: Scene, room: RemoteSession, footer: () => Footer): void {
  let n = 0;
  const off = room.onNotice((note) => {
    announce(note.text);
    footer().render({ seq: -++n, reason: note.text, until: scene.time.now + 9000 });
  });
  scene.events.once(Scenes.Events.SHUTDOWN, off);
}
