// Caucus, inside the Plenary: pick a partner, the issue you give on and the issue you ask on, send the offer,
// and see the answer (the transcript line) clearly. Or press a delegation on the item's issue. Thin: the
// machine decides whether the offer is allowed and what the answer is.
import type { Scene } from 'phaser';
import { ISSUE_IDS, type IssueId } from '../../content/types';
import type { SessionController } from '../../app/controller';
import { seats, STANCE_LABEL, STANCE_SYMBOL } from '../../app/view-model';
import { LIBRARY } from '../../machines/default';
import { rosterOf } from '../../model/roster';
import { nameOf, type TranscriptEntry } from '../../model/session';
import { announce } from '../../ui/live';
import { palette } from '../../ui/theme';
import { passInk } from '../../ui/stance';
import { ListPicker, type Box, type PickItem } from './picker';
import { ISSUE_ENDS, ISSUE_NAME } from '../../content/issues';
import { type Line } from '../../ui/scroll-text';

export type CaucusKind = 'caucus' | 'pressure';

export class CaucusFlow {
  private picker: ListPicker | null = null;
  private partner: string | null = null;
  private give: IssueId | null = null;
  private ask: IssueId | null = null;
  /** Transcript length when the offer went out; the answer is a later caucus line. */
  private sentAt = -1;
  private done = false;

  constructor(
    private readonly scene: Scene,
    private readonly box: Box,
    private readonly s: SessionController,
    private readonly me: string,
    private readonly kind: CaucusKind,
    private readonly onClose: () => void,
  ) {
    this.pickPartner();
  }

  private open(
    title: string,
    items: PickItem[],
    onPick: (i: number) => void,
    onCancel: () => void,
    selected = 0,
    hint?: string,
  ): void {
    this.picker?.close();
    this.picker = new ListPicker(this.scene, this.box, {
      title,
      items,
      onPick,
      onCancel,
      selected,
      ...(hint ? { hint } : {}),
    });
  }

  private position(id: string, issue: IssueId): number {
    const r = rosterOf(LIBRARY, this.s.snapshot.context.scenarioId);
    return this.s.snapshot.context.pos[issue][r.index[id]!] ?? 0;
  }

  private pickPartner(): void {
    const ctx = this.s.snapshot.context;
    const pal = palette();
    const issue = ctx.item?.issue ?? 'definition';
    const list = seats(LIBRARY, ctx).filter((x) => x.id !== this.me && x.stance !== 'absent');
    // Those who would object first: they are whom a deal can move.
    const rank = { objects: 0, opposes: 1, supports: 2, chair: 3, observer: 4, absent: 5 } as const;
    list.sort((a, b) => rank[a.stance] - rank[b.stance] || a.name.localeCompare(b.name));
    const items: PickItem[] = list.map((x) => ({
      label: `${STANCE_SYMBOL[x.stance]} ${x.name}`,
      tag: `${x.position.toFixed(0)}/100`,
      detail: [
        { text: `${x.name}${x.human ? ` (played by ${x.human})` : ' (AI)'}`, bold: true, color: pal.gold },
        { text: `${STANCE_LABEL[x.stance]}.` },
        {
          text: `On ${ISSUE_NAME[issue]} it stands at ${x.position.toFixed(0)} of 100; you stand at ${this.position(this.me, issue).toFixed(0)}.`,
        },
        ...(x.why ? [{ text: x.why, color: pal.muted } as Line] : []),
      ],
    }));
    const title =
      this.kind === 'caucus'
        ? 'Caucus: whom do you invite to a side meeting?'
        : `Press a delegation on ${ISSUE_NAME[issue]}: whom?`;
    this.open(
      title,
      items,
      (i) => {
        this.partner = list[i]!.id;
        if (this.kind === 'caucus') this.pickGive();
        else this.sendPressure();
      },
      () => this.close('Cancelled.'),
    );
  }

  private issueItems(partner: string, exclude: IssueId | null): PickItem[] {
    const pal = palette();
    return ISSUE_IDS.map((issue) => {
      const [lo, hi] = ISSUE_ENDS[issue];
      return {
        label: ISSUE_NAME[issue],
        tag: `${this.position(this.me, issue).toFixed(0)} / ${this.position(partner, issue).toFixed(0)}`,
        why: issue === exclude ? 'you already give on this issue' : null,
        detail: [
          { text: `0 = ${lo}; 100 = ${hi}.`, color: pal.muted },
          {
            text: `You stand at ${this.position(this.me, issue).toFixed(0)}; ${nameOf(LIBRARY, partner)} at ${this.position(partner, issue).toFixed(0)}.`,
          },
          {
            text: 'A trade works where the two of you care about the issues differently: give where you care little, ask where you care a lot.',
            color: pal.muted,
          },
        ],
      };
    });
  }

  private pickGive(): void {
    const p = this.partner!;
    this.open(
      `Caucus with ${nameOf(LIBRARY, p)}: on which issue do you give ground?`,
      this.issueItems(p, null),
      (i) => {
        this.give = ISSUE_IDS[i]!;
        this.pickAsk();
      },
      () => this.pickPartner(),
      0,
      '↑ ↓ choose · Enter choose · Esc back',
    );
  }

  private pickAsk(): void {
    const p = this.partner!;
    this.open(
      `You give on ${ISSUE_NAME[this.give!]}. What do you ask ${nameOf(LIBRARY, p)} to move on?`,
      this.issueItems(p, this.give),
      (i) => {
        this.ask = ISSUE_IDS[i]!;
        this.confirm();
      },
      () => this.pickGive(),
      this.defaultAsk(),
      '↑ ↓ choose · Enter choose · Esc back',
    );
  }

  /** The item's issue if you are not giving on it, else the first other issue. */
  private defaultAsk(): number {
    const issue = this.s.snapshot.context.item?.issue ?? 'definition';
    return issue !== this.give ? ISSUE_IDS.indexOf(issue) : ISSUE_IDS.findIndex((i) => i !== this.give);
  }

  private confirm(): void {
    const p = nameOf(LIBRARY, this.partner!);
    const pal = palette();
    const summary = `You move on ${ISSUE_NAME[this.give!]} toward ${p}; ${p} moves on ${ISSUE_NAME[this.ask!]} toward you.`;
    this.open(
      `Offer to ${p}`,
      [
        {
          label: 'Send the offer',
          detail: [
            { text: summary },
            { text: `${p} answers at once; you will see the answer here.`, color: pal.muted },
          ],
        },
        { label: 'Change it', detail: [{ text: 'Back to the choice of issues.' }] },
      ],
      (i) => (i === 0 ? this.sendOffer() : this.pickGive()),
      () => this.pickAsk(),
      0,
      'Enter choose · Esc back',
    );
  }

  private sendOffer(): void {
    this.sentAt = this.s.snapshot.context.transcript.length;
    const snap = this.s.send({
      type: 'CAUCUS_OFFER',
      by: this.me,
      to: this.partner!,
      give: this.give!,
      ask: this.ask!,
    });
    if (snap.context.rejection) {
      this.showResult('The offer was refused by the rules', [
        { text: snap.context.rejection.reason, color: '#ff9b85', bold: true },
      ]);
      this.done = true;
      return;
    }
    const to = this.partner!;
    if (to in snap.context.humans) {
      this.showResult('Offer sent', [
        {
          text: `${nameOf(LIBRARY, to)} is played by ${snap.context.humans[to]}: they answer when the keyboard comes to them.`,
        },
      ]);
      this.done = true;
      return;
    }
    this.showResult(`Waiting for ${nameOf(LIBRARY, to)}’s answer…`, [
      { text: 'The delegation is considering your offer.' },
    ]);
  }

  private sendPressure(): void {
    this.sentAt = this.s.snapshot.context.transcript.length;
    const snap = this.s.send({ type: 'PRESSURE', by: this.me, to: this.partner! });
    this.done = true;
    if (snap.context.rejection) {
      this.showResult('Pressure refused by the rules', [
        { text: snap.context.rejection.reason, color: '#ff9b85', bold: true },
      ]);
      return;
    }
    const line = snap.context.transcript.slice(this.sentAt).find((t) => t.kind === 'caucus');
    this.showAnswer(line ?? null);
  }

  /** Called by the Plenary on every snapshot: picks up the AI's answer to the offer. */
  onSnapshot(): void {
    if (this.done || this.sentAt < 0) return;
    const ctx = this.s.snapshot.context;
    if (ctx.caucus) return;
    const answer = ctx.transcript
      .slice(this.sentAt + 1)
      .find((t) => t.kind === 'caucus' && t.by === this.partner);
    this.done = true;
    this.showAnswer(answer ?? null);
  }

  /** The AI may answer while this is open (the Plenary's pacing is held for people, not for answers). */
  get waitingForAnswer(): boolean {
    return !this.done && this.sentAt >= 0;
  }

  private showAnswer(entry: TranscriptEntry | null): void {
    const pal = palette();
    const text = entry?.text ?? 'The offer lapsed without an answer.';
    const good = entry?.moved === true;
    this.showResult(good ? 'They agreed' : 'The answer', [
      { text, size: 22, bold: true, color: good ? passInk() : pal.text },
      {
        text: good
          ? 'Positions in the hall have moved: press H (or point at a seat) to see who moved and why.'
          : 'Nobody moved. A trade works where the two sides care about the issues differently.',
        color: pal.muted,
      },
    ]);
    announce(text);
  }

  private showResult(title: string, lines: Line[]): void {
    this.open(
      title,
      [{ label: 'Back to the floor', detail: lines }],
      () => this.close(),
      () => this.close(),
      0,
      'Enter or Esc: back to the floor',
    );
  }

  handleKey(ev: KeyboardEvent): boolean {
    return this.picker?.handleKey(ev) ?? false;
  }

  close(message?: string): void {
    this.picker?.close();
    this.picker = null;
    if (message) announce(message);
    this.onClose();
  }
}
