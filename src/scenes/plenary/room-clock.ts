// The room's session clock: a TICK a second while the clocks run, and when the chart has closed the
// meeting at the session's time limit, the TIME IS UP banner, said and gavelled once.
import type { GameObjects, Scene } from 'phaser';
import { audio } from '../../audio/audio';
import type { SessionController } from '../../app/controller';
import { clocksRun } from '../../app/session-clock';
import type { SessionContext } from '../../model/session';
import { announce } from '../../ui/live';
import { classroom } from './classroom';
import { hallBanner } from './footer';
import { HALL } from './layout';

export interface ClockRoom {
  readonly session: () => SessionController | null;
  /**
   * Whether the room holds the clocks: the screen is leaving or covered, or the teacher is busy (the
   * console or its PIN screen, a dialog such as "Leave the meeting?").
   */
  readonly held: () => boolean;
  /** What else the room does when time is up (close an open list). */
  readonly onTimeUp: () => void;
}

export class RoomClock {
  private readonly banner: GameObjects.Container;
  private up = false;

  constructor(
    scene: Scene,
    private readonly room: ClockRoom,
  ) {
    this.banner = hallBanner(
      scene,
      HALL,
      'TIME IS UP',
      'The session timer has run out: the meeting closes and the communiqué is drafted.',
    );
  }

  /** The session timer ran out and closed the meeting. */
  get timeIsUp(): boolean {
    return this.up;
  }

  /** Once a second: a TICK while the clocks run and the meeting is in session. */
  tick(): void {
    const s = this.room.session();
    // In a classroom room the server keeps the clocks.
    if (!s || classroom.device || this.room.held()) return;
    if (!clocksRun(s.snapshot, classroom)) return;
    // The chart ends the meeting when a tick reaches the session's time limit.
    s.send({ type: 'TICK', seconds: 1 });
  }

  /** After each snapshot: if the chart closed the meeting at the time limit, say so, once. */
  notice(ctx: SessionContext): void {
    if (!ctx.timeUp || this.up) return;
    this.up = true;
    this.room.onTimeUp();
    this.banner.setVisible(true);
    announce('Session time is up: the meeting closes.');
    audio.play('gavel');
  }
}
