// The AI's pace in the room: the session's AI clock (src/app/pace.ts, shared with the facilitator's
// console) asked every 50 ms, Space or F for fast-forward at classroom and fast pace, and Next (Space or F
// at step pace, N in the console) for one move now. Also what the status line says about the AI.
import type { Scene } from 'phaser';
import type { SessionController } from '../../app/controller';
import { clock } from '../../app/session-clock';
import { ROUND_LABEL, roundOf } from '../../app/pace';
import { announce } from '../../ui/live';
import { classroom } from './classroom';
import { pacerFor } from './pacing';

export class RoomPacer {
  private lastSecond = -1;

  constructor(
    private readonly scene: Scene,
    /** Called when what the status line says about the AI changes (the countdown, a new plan). */
    private readonly onStatus: () => void,
  ) {}

  /** Called every 50 ms: makes the AI's move when it is due. `allowed`: nothing covers the room. */
  pump(s: SessionController, allowed: boolean): void {
    const pacer = pacerFor(s);
    const ev = pacer.take(this.scene.time.now, s.phase, s.snapshot.context, { allowed, paused: s.paused });
    if (ev) s.sendAi(ev);
    const left = pacer.waitLeft();
    const second = left === null ? -1 : Math.ceil(left / 1000);
    if (second !== this.lastSecond) {
      this.lastSecond = second;
      this.onStatus();
    }
  }

  /** Space or F: at step pace the next move; otherwise fast-forward on or off. */
  spaceOrF(s: SessionController): void {
    if (!s.aiPlaysHere) {
      // A classroom room: the server plays the AI; the teacher's Next asks it for one move.
      if (classroom.pace === 'step' && classroom.device?.role === 'teacher') {
        s.stepAi();
        announce('Next move.');
      } else announce('The computer’s delegations move at the pace your teacher set.');
      return;
    }
    const pacer = pacerFor(s);
    if (classroom.pace === 'step') {
      pacer.next();
      announce('Next move.');
      return;
    }
    classroom.fast = !classroom.fast;
    pacer.setFastForward(classroom.fast);
    announce(classroom.fast ? 'Fast-forward on.' : 'Fast-forward off.');
  }

  /** The status line's words about the AI: its pace, its countdown, what it waits for. */
  status(s: SessionController): string {
    if (!s.aiPlaysHere)
      // The pace first, so a narrow status line keeps it and drops the rest ('The computer’s delegations…').
      return classroom.pace === 'step'
        ? `AI: step pace · it moves when the teacher presses Next${classroom.device?.role === 'teacher' ? ' (Space)' : ''}`
        : `AI: ${classroom.pace} pace · the classroom server keeps time`;
    const pacer = pacerFor(s);
    const round = roundOf(s.phase, s.snapshot.context);
    if (pacer.heldForRound)
      return `${round ? `${ROUND_LABEL[round]} done. ` : ''}The chair waits for the facilitator to open the next round (F2).`;
    // The aside last, so a narrow status line drops it and keeps the key (it read 'Step pace: press Space for…').
    if (classroom.pace === 'step') return 'Space: the AI’s next move (step pace)';
    if (classroom.fast) return 'AI moving  ▶▶ fast-forward ON (Space: off)';
    const left = pacer.waitLeft();
    const when = left === null ? '' : ` in ${clock(left / 1000)}`;
    return classroom.pace === 'classroom'
      ? `Next AI move${when} (classroom pace) · Space: fast-forward`
      : `AI moving${when} · Space: fast-forward`;
  }
}
