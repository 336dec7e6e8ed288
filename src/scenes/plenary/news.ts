// What the room hears after each new snapshot: new transcript lines read out, the gavel, chime and murmur,
// a refusal latched for the footer, and "your move" said once per turn.
import type { Scene } from 'phaser';
import { turnReason } from '../../app/hot-seat';
import { actions } from '../../app/view-model';
import { classroom } from './classroom';
import { audio } from '../../audio/audio';
import { LIBRARY } from '../../machines/default';
import { phaseFacts } from '../../machines/plenary';
import type { Phase } from '../../model/phase';
import { nameOf, type SessionContext } from '../../model/session';
import { announce } from '../../ui/live';
import type { Refusal } from './footer';
import type { TabPanel } from './tab-panel';

export class RoomNews {
  /** The latest refusal, shown in the footer for nine seconds. */
  rejection: Refusal | null = null;
  private seen: number;
  private lastPhase: Phase;
  private yourTurnFor: string | null = null;
  private murmurOff: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly scene: Scene,
    private readonly tabs: TabPanel,
    ctx: SessionContext,
    phase: Phase,
  ) {
    this.seen = ctx.transcript.length;
    this.lastPhase = phase;
  }

  /** The keyboard passed: say "your move" again to whoever has it now. */
  handedOver(): void {
    this.yourTurnFor = null;
  }

  notice(ctx: SessionContext, phase: Phase, me: string | null, awaiting: readonly string[]): void {
    const fresh = ctx.transcript.slice(this.seen);
    this.seen = ctx.transcript.length;
    for (const t of fresh) {
      announce(t.text);
      if (t.kind === 'objection') this.murmur();
    }
    const prev = this.lastPhase;
    this.lastPhase = phase;
    const at = phaseFacts(phase);
    if (prev !== phase) {
      // The gavel opens and closes a call (the state that waits for the answers); the chime is the
      // Adopted state's own.
      const calling = at.awaits === 'answers';
      if (calling || phaseFacts(prev).awaits === 'answers') audio.play('gavel');
      if (phase === 'adopted') this.scene.time.delayedCall(500, () => audio.play('chime'));
      if (calling) this.tabs.suggest('meter');
    }
    // On a networked device, another device's refusal is that device's business.
    const elsewhere =
      classroom.device !== null &&
      ctx.rejection?.by !== undefined &&
      ctx.rejection.by !== classroom.device.seat;
    if (
      ctx.rejection &&
      ctx.rejection.seq !== this.rejection?.seq &&
      ctx.rejection.type !== 'TICK' &&
      !elsewhere
    ) {
      this.rejection = {
        seq: ctx.rejection.seq,
        reason: ctx.rejection.reason,
        until: this.scene.time.now + 9000,
      };
      announce(`Refused: ${ctx.rejection.reason}`);
    }
    if (me && awaiting.includes(me)) {
      if (this.yourTurnFor !== me + phase) {
        this.yourTurnFor = me + phase;
        const first = actions(LIBRARY, phase, ctx, me).find((a) => a.enabled);
        announce(
          `Your move, ${nameOf(LIBRARY, me)}. ${turnReason(LIBRARY, at, ctx, me)} ${first ? `For example ${first.key}: ${first.label}.` : ''}`,
        );
        if (at.awaits === 'speaker' && ctx.item?.speakers[0] === me) this.tabs.suggest('hand');
      }
    } else this.yourTurnFor = null;
  }

  private murmur(): void {
    audio.play('murmur');
    if (this.murmurOff) clearTimeout(this.murmurOff);
    this.murmurOff = setTimeout(() => audio.ambience(false), 2500);
  }

  /** The room closes: no murmur left running. */
  stop(): void {
    if (this.murmurOff) clearTimeout(this.murmurOff);
    audio.ambience(false);
  }
}
