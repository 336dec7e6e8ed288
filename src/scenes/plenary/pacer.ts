// The AI's pace in the room: one move every 850 ms (110 ms at fast-forward), starting a delay after it may
// move, so a person can read what just happened.
import type { Scene } from 'phaser';
import { announce } from '../../ui/live';
import { classroom } from './classroom';

const AI_DELAY = 850;
const AI_DELAY_FAST = 110;

export class AiPacer {
  private waiting = false;
  private nextAt = 0;

  constructor(
    private readonly scene: Scene,
    /** Called when the AI starts waiting to move (the status line says so). */
    private readonly onWait: () => void,
  ) {}

  private get delay(): number {
    return classroom.fast ? AI_DELAY_FAST : AI_DELAY;
  }

  /** Called every 50 ms: makes the AI's move when it may move and its delay has passed. */
  pump(mayMove: boolean, move: () => void): void {
    if (!mayMove) {
      this.waiting = false;
      return;
    }
    const now = this.scene.time.now;
    if (!this.waiting) {
      this.waiting = true;
      this.nextAt = now + this.delay;
      this.onWait();
      return;
    }
    if (now < this.nextAt) return;
    this.nextAt = now + this.delay;
    move();
  }

  toggleFast(): void {
    classroom.fast = !classroom.fast;
    announce(classroom.fast ? 'Fast-forward on.' : 'Fast-forward off.');
    this.nextAt = Math.min(this.nextAt, this.scene.time.now + this.delay);
  }
}
