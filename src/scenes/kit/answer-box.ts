// A box a player writes a few sentences into (an exit ticket's answer): the text wraps inside it, a click or
// Enter starts typing (a hidden <input>, so screen readers and on-screen keyboards work), the count of
// characters shows under it. Joins a FocusGroup like a button.
import { GameObjects, type Scene } from 'phaser';
import { addBox, restyleBox, type BoxStyle } from '../../ui/box';
import { announce } from '../../ui/live';
import { palette, textStyle } from '../../ui/theme';
import type { Focusable } from '../../ui/focus';
import { editText, stopEditing } from '../plenary/textfield';

export interface AnswerBoxOptions {
  /** What the field is called for screen readers ("Answer to question 1"). */
  readonly label: string;
  readonly initial: string;
  readonly maxLength: number;
  readonly placeholder: string;
  /** Called when typing ends with the text kept (Enter, Tab, or a click elsewhere). */
  readonly onCommit: (text: string, byKey: boolean) => void;
}

export class AnswerBox extends GameObjects.Container implements Focusable {
  private readonly bg: GameObjects.NineSlice;
  private readonly answerText: GameObjects.Text;
  private readonly counter: GameObjects.Text;
  private text: string;
  private focusedNow = false;
  private typing = false;
  private hovered = false;
  private readonly left: number;
  private readonly top: number;

  constructor(
    scene: Scene,
    x: number,
    y: number,
    readonly boxW: number,
    readonly boxH: number,
    private readonly opts: AnswerBoxOptions,
  ) {
    // A container's hit area is centred on its position (as a Button's): the box is drawn around it.
    super(scene, x + boxW / 2, y + boxH / 2);
    this.text = opts.initial;
    this.left = -boxW / 2;
    this.top = -boxH / 2;
    this.bg = addBox(scene, this.left, this.top, boxW, boxH, this.style());
    this.answerText = scene.add.text(
      this.left + 18,
      this.top + 14,
      '',
      textStyle('body', { wrap: boxW - 36 }),
    );
    this.counter = scene.add
      .text(boxW / 2, boxH / 2 + 6, '', textStyle('small', { color: palette().muted }))
      .setOrigin(1, 0);
    this.add([this.bg, this.answerText, this.counter]);
    this.setSize(boxW, boxH);
    this.setInteractive({ useHandCursor: true });
    this.on('pointerover', () => {
      this.hovered = true;
      this.redraw();
    });
    this.on('pointerout', () => {
      this.hovered = false;
      this.redraw();
    });
    this.on('pointerup', () => this.activate());
    scene.add.existing(this);
    this.redraw();
  }

  get value(): string {
    return this.text;
  }

  get enabled(): boolean {
    return true;
  }

  get spoken(): string {
    return `${this.opts.label}: ${this.text || 'empty'}. Press Enter to write.`;
  }

  get isTyping(): boolean {
    return this.typing;
  }

  setFocused(on: boolean): void {
    this.focusedNow = on;
    this.redraw();
  }

  /** Starts typing into the box (the caret at the end of what is there). */
  activate(): void {
    if (this.typing) return;
    this.typing = true;
    this.redraw();
    let byKey = true;
    const noteBlur = () => (byKey = false);
    editText({
      label: this.opts.label,
      initial: this.text,
      maxLength: this.opts.maxLength,
      caretAtEnd: true,
      onChange: (v) => {
        this.text = v;
        this.redraw();
      },
      onDone: (v) => {
        window.removeEventListener('pointerdown', noteBlur, true);
        this.typing = false;
        if (v !== null) this.text = v;
        this.redraw();
        if (v !== null) this.opts.onCommit(this.text, byKey);
        else announce(`${this.opts.label}: kept as it was.`);
      },
    });
    // A click elsewhere ends typing too (the field loses focus): that keeps the text but is no Enter.
    window.addEventListener('pointerdown', noteBlur, true);
  }

  /** Ends typing, keeping the text (the page is going away). */
  stop(): void {
    if (this.typing) stopEditing();
  }

  private style(): BoxStyle {
    const pal = palette();
    return {
      fill: this.typing ? pal.buttonFocus : pal.panel,
      edge: this.typing || this.focusedNow ? pal.goldNum : pal.panelEdge,
      edgeWidth: this.typing || this.focusedNow ? 4 : 2,
      radius: 12,
    };
  }

  private redraw(): void {
    const pal = palette();
    restyleBox(this.bg, this.style());
    if (this.text || this.typing) {
      this.answerText.setText(this.text + (this.typing ? '▏' : '')).setColor(pal.text);
    } else {
      this.answerText
        .setText(this.opts.placeholder)
        .setColor(this.hovered || this.focusedNow ? pal.text : pal.muted);
    }
    // A long answer keeps its end in view: the box shows the last lines that fit.
    const over = this.answerText.height - (this.boxH - 28);
    this.answerText.setY(this.top + (over > 0 ? 14 - over : 14));
    this.answerText.setCrop(0, Math.max(0, over), this.boxW, this.boxH - 28);
    this.counter.setText(`${this.text.length} / ${this.opts.maxLength} characters`);
  }
}
