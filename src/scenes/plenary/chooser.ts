// The lists that open over the lower panels when an action needs a choice: an argument card, a clause to
// add or strike, a caucus offer or pressure, or whether to leave. One at a time; it has the keys while open.
import type { Scene } from 'phaser';
import type { SessionController } from '../../app/controller';
import { preview, previewSentence } from '../../app/consequences';
import { amendments, hand } from '../../app/view-model';
import type { SessionEvent } from '../../model/session';
import { LIBRARY } from '../../machines/default';
import { announce } from '../../ui/live';
import { CaucusFlow, type CaucusKind } from './caucus';
import { cardItem, clauseItem } from './choices';
import { LOWER } from './layout';
import { ListPicker, type PickItem } from './picker';

export class Chooser {
  private picker: ListPicker | null = null;
  /** The open list is a dialog about the session itself (leave?), not a move: the clocks wait for it. */
  private dialog = false;
  private caucus: CaucusFlow | null = null;

  constructor(
    private readonly scene: Scene,
    /** Called before an event the player chose is sent (the room shows the transcript). */
    private readonly beforeSend: () => void,
    /** Called when the caucus flow closes by itself. */
    private readonly onCaucusClosed: () => void,
  ) {}

  /** What has the keys: the open list or the caucus flow. */
  get modal(): { handleKey(ev: KeyboardEvent): void } | null {
    return this.picker ?? this.caucus;
  }

  /** Whether a list or caucus flow holds the AI back (a caucus waiting for its answer lets the AI move). */
  get holdsTheRoom(): boolean {
    return this.picker !== null || (this.caucus !== null && !this.caucus.waitingForAnswer);
  }

  /** Whether a dialog about the session is open (the clocks stop while it is). */
  get dialogOpen(): boolean {
    return this.picker !== null && this.dialog;
  }

  /** A new snapshot: the caucus flow looks for its answer. */
  onSnapshot(): void {
    this.caucus?.onSnapshot();
  }

  pickCard(s: SessionController, me: string): void {
    const cards = hand(LIBRARY, s.snapshot.context, me);
    this.open(
      `Make an argument (${cards.length} in your hand)`,
      cards.map((c) => cardItem(c, this.preview(s, { type: 'SPEAK', by: me, card: c.id }))),
      (i) => {
        const c = cards[i]!;
        this.close();
        this.beforeSend();
        s.send({ type: 'SPEAK', by: me, card: c.id });
      },
    );
  }

  pickClause(s: SessionController, me: string): void {
    const list = amendments(LIBRARY, s.snapshot.context);
    this.open(
      'Amend the draft: add or strike a clause',
      list.map((a) =>
        clauseItem(a.clause, a.op, this.preview(s, { type: 'AMEND', by: me, op: a.op, clause: a.clause.id })),
      ),
      (i) => {
        const a = list[i]!;
        this.close();
        this.beforeSend();
        s.send({ type: 'AMEND', by: me, op: a.op, clause: a.clause.id });
      },
    );
  }

  /** What a move would change, in a sentence: the same computation as the "What changed" panel after it. */
  private preview(s: SessionController, ev: SessionEvent): string | null {
    const by = 'by' in ev ? ev.by : undefined;
    const c = preview(LIBRARY, s.phase, s.snapshot.context, ev, by);
    return c ? previewSentence(c, ev) : null;
  }

  startCaucus(s: SessionController, me: string, kind: CaucusKind): void {
    this.close();
    this.caucus = new CaucusFlow(this.scene, LOWER, s, me, kind, () => {
      this.caucus = null;
      this.onCaucusClosed();
    });
  }

  askLeave(onLeave: () => void): void {
    this.open(
      'Leave the meeting?',
      [
        { label: 'Stay in the meeting', detail: [{ text: 'Back to the room.' }] },
        {
          label: 'Leave to the title screen',
          detail: [
            {
              text: 'The meeting is saved after every move: Continue on the title screen brings you back here.',
            },
          ],
        },
      ],
      (i) => {
        this.close();
        if (i === 1) onLeave();
      },
      true,
    );
  }

  private open(title: string, items: PickItem[], onPick: (i: number) => void, dialog = false): void {
    this.close();
    this.dialog = dialog;
    this.picker = new ListPicker(this.scene, LOWER, {
      title,
      items,
      onPick,
      onCancel: () => this.close('Cancelled.'),
      modal: dialog,
    });
  }

  /** Closes whatever is open. */
  close(message?: string): void {
    this.picker?.close();
    this.picker = null;
    if (this.caucus) {
      const c = this.caucus;
      this.caucus = null;
      c.close();
    }
    if (message) announce(message);
  }
}
