// Watch history: the record of the campaign's next meeting, walked through step by step at a reading
// pace (the meeting, what was on the table, who pushed and who held out, what was decided, what came
// next), each step with its sources. Nothing here is played: it is the record. At the end the campaign
// moves on, carrying the positions the model reaches when the computer plays the meeting as recorded.
import { Scene } from 'phaser';
import { TIMELINE } from '../content/index';
import type { ScenarioId } from '../content/types';
import { loadCampaign, nextInput, nextScenario, recordMeeting, saveCampaign } from '../app/campaign-store';
import { historyWalk, type WalkStep } from '../app/history-walk';
import { readingMs } from '../app/pace';
import { citeLabel } from '../app/view-model';
import { CAMPAIGN } from '../machines/campaign';
import { LIBRARY, plenaryMachine } from '../machines/default';
import { runAiSession } from '../machines/runner';
import { scenarioOf } from '../model/library';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { BASE_FONT_PX, fontPx, palette, textStyle } from '../ui/theme';
import { fitLabel } from '../ui/text';
import { Menu } from '../ui/menu';
import { Panel } from '../ui/panel';
import { TextBlock, type Para } from '../ui/text-block';
import { goTo } from './registry';

registerHelp('History', [
  { keys: 'Space', action: 'Pause or go on' },
  { keys: '→ / Enter', action: 'Next step now' },
  { keys: '←', action: 'The step before' },
  { keys: 'Esc', action: 'Back to the campaign' },
]);

function store(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

/** The walk lingers on a step a little longer than it takes to read, for a class to take it in. */
const LINGER = 1.3;

export default class History extends Scene {
  private steps: WalkStep[] = [];
  private at = 0;
  private paused = false;
  /** ms left on the current step before the walk moves on. */
  private left = 0;
  private body!: TextBlock;
  private status!: Phaser.GameObjects.Text;
  private bar!: Phaser.GameObjects.Graphics;
  private endMenu: Menu | null = null;
  private scenarioId!: ScenarioId;

  constructor() {
    super({ key: 'History' });
  }

  create(): void {
    const pal = palette();
    const progress = loadCampaign(store());
    const id = nextScenario(progress);
    if (!id) {
      void goTo(this, 'Replay');
      return;
    }
    this.scenarioId = id;
    this.at = 0;
    this.paused = false;
    this.endMenu = null;
    const after = CAMPAIGN[CAMPAIGN.indexOf(id) + 1];
    this.steps = historyWalk(LIBRARY, id, TIMELINE, after);
    const sc = scenarioOf(LIBRARY, id);
    // On one line at any text size (smaller type if it must): a second line would run into the line below.
    const head = fitLabel(`Watch history: ${sc.title}`, 1280 - 56, BASE_FONT_PX.h1, { bold: true });
    this.add.text(28, 18, head.text, textStyle('h1', { color: pal.gold, px: head.px }));
    this.add.text(
      30,
      78,
      'The record, step by step, with its sources. Nothing here is played by the computer.',
      textStyle('small', { color: pal.muted }),
    );
    const panel = new Panel(this, 28, 120, 1224, 500);
    // Its "▼ more below" cue goes under the text: room is left for it inside the panel, above the step bar.
    const cueH = Math.ceil(fontPx('small') * 1.3);
    this.body = new TextBlock(this, 56, 140, 1170, 472 - cueH, []);
    void panel;
    this.bar = this.add.graphics();
    this.status = this.add.text(30, 640, '', textStyle('small', { color: pal.muted }));
    this.input.keyboard?.on('keydown', (ev: KeyboardEvent) => this.onKey(ev));
    this.show(0);
  }

  override update(_time: number, delta: number): void {
    if (this.endMenu || this.paused || !this.steps.length) return;
    this.left -= delta;
    if (this.left <= 0) {
      if (this.at < this.steps.length - 1) this.show(this.at + 1);
      else this.finish();
    }
    this.drawBar();
  }

  private stepMs(s: WalkStep): number {
    return readingMs(`${s.heading} ${s.text}`) * LINGER;
  }

  private show(k: number): void {
    const pal = palette();
    this.at = Math.max(0, Math.min(this.steps.length - 1, k));
    const s = this.steps[this.at]!;
    this.left = this.stepMs(s);
    const paras: Para[] = [
      { text: s.heading, role: 'h2', bold: true, color: pal.gold },
      { text: s.text, role: 'body' },
    ];
    if (s.cite.length)
      paras.push({
        text: `Sources: ${s.cite.map(citeLabel).join('; ')}`,
        role: 'small',
        italic: true,
        color: pal.muted,
      });
    this.body.setParas(paras);
    announce(`${s.heading}. ${s.text}`);
    this.drawBar();
  }

  private drawBar(): void {
    const pal = palette();
    const s = this.steps[this.at];
    if (!s) return;
    const share = this.endMenu ? 1 : 1 - Math.max(0, this.left) / this.stepMs(s);
    this.bar.clear();
    this.bar.fillStyle(pal.panelEdge, 1).fillRect(30, 626, 1220, 6);
    this.bar.fillStyle(pal.goldNum, 1).fillRect(30, 626, 1220 * share, 6);
    this.status.setText(
      `Step ${this.at + 1} of ${this.steps.length}${this.paused ? ' · PAUSED' : ''}  ·  Space pause · → next · ← back · Esc back to the campaign`,
    );
  }

  private onKey(ev: KeyboardEvent): void {
    if (this.endMenu) return;
    if (ev.key === ' ') {
      this.paused = !this.paused;
      announce(this.paused ? 'Paused.' : 'Going on.');
      this.drawBar();
    } else if (ev.key === 'ArrowRight' || ev.key === 'Enter') {
      if (this.at < this.steps.length - 1) this.show(this.at + 1);
      else this.finish();
    } else if (ev.key === 'ArrowLeft') this.show(this.at - 1);
    else if (ev.key === 'Escape') void goTo(this, 'Replay');
  }

  /** The end of the record: move the campaign on, or go back to it. */
  private finish(): void {
    if (this.endMenu) return;
    const pal = palette();
    this.add
      .text(
        640,
        470,
        'End of the record for this meeting.',
        textStyle('body', { color: pal.gold, align: 'center' }),
      )
      .setOrigin(0.5, 0);
    this.endMenu = new Menu(
      this,
      640,
      520,
      [
        {
          label: 'On to the next meeting',
          onActivate: () => this.recordAndReturn(),
          hint: 'The campaign carries the positions the model reaches when the computer plays this meeting as recorded.',
        },
        { label: 'Back to the campaign', onActivate: () => void goTo(this, 'Replay') },
      ],
      { width: 420, role: 'small', itemHeight: 48, gap: 8, onEscape: () => void goTo(this, 'Replay') },
    );
    this.endMenu.focus(0, true);
    this.drawBar();
    announce('End of the record. On to the next meeting, or back to the campaign.');
  }

  private recordAndReturn(): void {
    const progress = loadCampaign(store());
    const input = nextInput(progress, {});
    if (input && input.scenarioId === this.scenarioId) {
      const snap = runAiSession(plenaryMachine, LIBRARY, input);
      saveCampaign(store(), recordMeeting(LIBRARY, progress, snap.context));
    }
    void goTo(this, 'Replay');
  }
}
