// Runs on top of every other scene for the whole game: captions of sounds, the help overlay, the keys that
// work everywhere (M mute, ? / F1 help, Ctrl+S export the save, Ctrl+U switch to a new version), the
// notice when autosaving fails, the notice that a new version is ready, and the automation hook's idea of
// the current scene.
import { GameObjects, Scene, Scenes } from 'phaser';
import { audio, onCaption } from '../audio/audio';
import { applyUpdate, onUpdateReady, UPDATE_NOTICE, UPDATE_NOTICE_SHORT } from '../app/app-update';
import { downloadText } from '../app/download';
import { currentSession, onAutosaveProblem } from '../app/session-store';
import { setActiveScene } from '../automation';
import { addBox } from '../ui/box';
import { HelpOverlay, HELP_TOGGLE_EVENT } from '../ui/help';
import { announce } from '../ui/live';
import { settings } from '../ui/settings';
import { captionSpot } from '../ui/caption-spot';
import { textWidth } from '../ui/text';
import { fontPx, lineHeight, MIN_FONT_PX, motionAllowed, palette, textStyle } from '../ui/theme';
import { typingInField } from '../ui/focus';
import { fileStem } from './plenary/classroom';
import { sceneTitle } from './titles';

interface CaptionLine {
  readonly text: string;
  readonly until: number;
}

const CAPTION_MS = 3200;
const MAX_CAPTIONS = 3;

export default class Overlay extends Scene {
  private captions: CaptionLine[] = [];
  private captionBox!: GameObjects.Container;
  private help: HelpOverlay | undefined;
  private pausedForHelp: string[] = [];
  private dirty = false;
  /** The screen the captions were laid out for. */
  private captionsFor = '';
  private saveNotice!: GameObjects.Container;
  private saveProblem: string | null = null;
  private updateNotice!: GameObjects.Container;
  private updateWaiting = false;

  constructor() {
    super({ key: 'Overlay' });
  }

  create(): void {
    this.captionBox = this.add.container(0, 0).setDepth(1500);
    this.saveNotice = this.add.container(0, 0).setDepth(1600);
    this.updateNotice = this.add.container(0, 0).setDepth(1550);
    const offSave = onAutosaveProblem((problem) => this.showSaveProblem(problem));
    const offUpdate = onUpdateReady((ready) => this.showUpdate(ready));
    const offCaption = onCaption((text) => this.pushCaption(text));
    const offSettings = settings.subscribe((next, prev) => {
      if (next.highContrast !== prev.highContrast || next.textScale !== prev.textScale) this.dirty = true;
      if (next.muted !== prev.muted) this.pushCaption(next.muted ? 'Sound off (M to turn on)' : 'Sound on');
    });
    this.input.keyboard?.on('keydown', (ev: KeyboardEvent & { stopPropagation(): void }) => this.onKey(ev));
    const toggle = () => this.toggleHelp();
    this.game.events.on(HELP_TOGGLE_EVENT, toggle);
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      offCaption();
      offSettings();
      offSave();
      offUpdate();
      this.game.events.off(HELP_TOGGLE_EVENT, toggle);
    });
  }

  private onKey(ev: KeyboardEvent & { stopPropagation(): void }): void {
    if ((ev.ctrlKey || ev.metaKey) && (ev.key === 's' || ev.key === 'S')) {
      // The browser's own "save page" would save nothing useful: Ctrl+S exports the session instead.
      ev.preventDefault();
      if (!ev.repeat) this.exportSave();
      return;
    }
    if ((ev.ctrlKey || ev.metaKey) && (ev.key === 'u' || ev.key === 'U') && this.updateWaiting) {
      ev.preventDefault();
      if (!ev.repeat) this.switchVersion();
      return;
    }
    if (typingInField() || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === 'm' || ev.key === 'M') {
      if (!ev.repeat) audio.toggleMute();
      ev.stopPropagation();
    } else if (ev.key === '?' || ev.key === 'F1') {
      if (!ev.repeat) this.toggleHelp();
      ev.stopPropagation();
    } else if (this.help) {
      // While help is open, the keys are its own: Escape, Enter and Space close it; the arrows and page
      // keys scroll it when it is too long for the screen; the rest do nothing.
      if (ev.key === 'Escape' || ev.key === 'Enter' || ev.key === ' ') this.toggleHelp();
      else this.help.key(ev.key);
      ev.stopPropagation();
    }
  }

  /** The active scene below the overlay (the one the player is using). */
  private topSceneKey(): string {
    const scenes = this.scene.manager.getScenes(false, true) as Scene[];
    for (const s of scenes) {
      if (s !== this && (s.sys.isActive() || s.sys.isPaused())) return s.scene.key;
    }
    return '';
  }

  toggleHelp(): void {
    if (this.help) {
      this.help.destroy();
      this.help = undefined;
      for (const key of this.pausedForHelp) this.scene.resume(key);
      this.pausedForHelp = [];
      announce('Help closed.');
      return;
    }
    const key = this.topSceneKey();
    this.pausedForHelp = (this.scene.manager.getScenes(true) as Scene[])
      .filter((s) => s !== this)
      .map((s) => s.scene.key);
    for (const k of this.pausedForHelp) this.scene.pause(k);
    this.help = new HelpOverlay(this, key, sceneTitle(key), () => this.toggleHelp());
  }

  get helpOpen(): boolean {
    return this.help !== undefined;
  }

  /** Downloads the running session's save file (Ctrl+S, or the autosave notice). */
  private exportSave(): void {
    const s = currentSession();
    if (!s) return;
    downloadText(`${fileStem(s)}.save.json`, JSON.stringify(s.save(), null, 2), 'application/json');
    announce('Save file exported (downloaded as JSON). Import it from New game → Import a save file.');
  }

  private showSaveProblem(problem: string | null): void {
    if (problem === this.saveProblem) return;
    const was = this.saveProblem;
    this.saveProblem = problem;
    this.renderSaveNotice();
    if (problem) announce(`${problem} Press Ctrl+S to export a save file.`);
    else if (was) announce('Autosave works again.');
  }

  /**
   * A banner across the top while autosaving fails: what happened, and the key that keeps the work. In
   * the smaller type and one sentence of action, so that at the largest text size it still covers only
   * the top line of a screen.
   */
  private renderSaveNotice(): void {
    this.saveNotice.removeAll(true);
    if (!this.saveProblem) return;
    const pal = palette();
    const W = this.scale.width;
    const w = Math.min(W - 40, 1100);
    const text = this.add
      .text(W / 2, 0, `${this.saveProblem.replace(/\.$/, '')}: press Ctrl+S, or click here.`, {
        ...textStyle('small', { color: '#ffffff', bold: true }),
        align: 'center',
        wordWrap: { width: w - 40 },
      })
      .setOrigin(0.5, 0);
    const h = text.height + 16;
    const box = addBox(this, (W - w) / 2, 6, w, h, {
      fill: 0x7a1f12,
      edge: pal.goldNum,
      edgeAlpha: 1,
      radius: 10,
    });
    text.setY(14);
    box.setInteractive({ useHandCursor: true }).on('pointerdown', () => this.exportSave());
    this.saveNotice.add([box, text]);
  }

  private showUpdate(ready: boolean): void {
    if (ready === this.updateWaiting) return;
    this.updateWaiting = ready;
    this.renderUpdateNotice();
    if (ready) announce(UPDATE_NOTICE);
  }

  /** The player's word: switch to the new version now (the page reloads), unless that could lose work. */
  private switchVersion(): void {
    const problem = applyUpdate(currentSession()?.autosaveProblem ?? null);
    if (problem) announce(problem);
    else announce('Switching to the new version…');
  }

  /** A quiet box at the bottom left while a new version waits: it never covers the top of a screen. */
  private renderUpdateNotice(): void {
    this.updateNotice.removeAll(true);
    if (!this.updateWaiting) return;
    const pal = palette();
    const { width: W, height: H } = this.scale;
    const text = this.add.text(0, 0, UPDATE_NOTICE_SHORT, {
      ...textStyle('small', { color: pal.text }),
      wordWrap: { width: Math.min(W - 64, 520) },
    });
    const w = text.width + 28;
    const h = text.height + 20;
    const box = addBox(this, 12, H - h - 12, w, h, {
      fill: pal.panel,
      edge: pal.goldNum,
      edgeAlpha: 1,
      radius: 10,
    });
    text.setPosition(26, H - h - 2);
    box.setInteractive({ useHandCursor: true }).on('pointerdown', () => this.switchVersion());
    this.updateNotice.add([box, text]);
  }

  private pushCaption(text: string): void {
    // A sound heard again while its caption shows renews that line rather than repeating it.
    this.captions = this.captions.filter((c) => c.text !== text);
    this.captions.push({ text, until: this.time.now + CAPTION_MS });
    if (this.captions.length > MAX_CAPTIONS) this.captions.splice(0, this.captions.length - MAX_CAPTIONS);
    this.renderCaptions();
  }

  private renderCaptions(): void {
    this.captionBox.removeAll(true);
    this.tweens.killTweensOf(this.captionBox);
    this.captionBox.setAlpha(1);
    this.captionsFor = this.topSceneKey();
    if (!this.captions.length) return;
    const pal = palette();
    const { width: W, height: H } = this.scale;
    const spot = captionSpot(this.captionsFor);
    const lines = this.captions.map((c) => c.text);
    if (spot) {
      // In the screen's own spot: small type, set smaller until the widest line fits, and the newest lines
      // that fit its height.
      let size = fontPx('small');
      const widest = (px: number) => Math.max(...lines.map((l) => textWidth(l, px, { px }))) + 24;
      while (size > MIN_FONT_PX && widest(size) > spot.w) size -= 1;
      const lh = Math.round(size * 1.3);
      const shown = lines.slice(-Math.max(1, Math.floor((spot.h - 12) / lh)));
      const w = Math.min(spot.w, widest(size));
      const h = shown.length * lh + 12;
      const x = spot.x + (spot.w - w) / 2;
      this.captionBox.add(
        addBox(this, x, spot.y, w, h, { fill: 0x000000, edge: pal.goldNum, edgeAlpha: 0.9, radius: 8 }),
      );
      shown.forEach((l, i) => {
        const t = this.add
          .text(
            spot.x + spot.w / 2,
            spot.y + 6 + i * lh,
            l,
            textStyle('small', { color: '#ffffff', px: size }),
          )
          .setOrigin(0.5, 0);
        this.captionBox.add(t);
      });
      return;
    }
    const lh = lineHeight('body');
    const texts = lines.map((l) => this.add.text(0, 0, l, textStyle('body', { color: '#ffffff' })));
    const w = Math.max(...texts.map((t) => t.width)) + 40;
    const h = texts.length * lh + 20;
    const x = (W - w) / 2;
    const y = H - h - 12;
    this.captionBox.add(
      addBox(this, x, y, w, h, { fill: 0x000000, edge: pal.goldNum, edgeAlpha: 0.9, radius: 10 }),
    );
    texts.forEach((t, i) => {
      t.setOrigin(0.5, 0).setPosition(W / 2, y + 10 + i * lh + (lh - t.height) / 2);
      this.captionBox.add(t);
    });
  }

  override update(time: number): void {
    // Stay above scenes that were added or started after us.
    const all = this.scene.manager.getScenes(false) as Scene[];
    if (all[all.length - 1] !== this) this.scene.bringToTop();
    setActiveScene(this.topSceneKey());
    // Captions follow the screen: in its own spot, or at the foot of one that has none.
    if (this.captions.length && this.topSceneKey() !== this.captionsFor) this.dirty = true;

    if (this.dirty) {
      this.dirty = false;
      this.renderCaptions();
      this.renderSaveNotice();
      this.renderUpdateNotice();
    }
    const live = this.captions.filter((c) => c.until > time);
    if (live.length !== this.captions.length) {
      const wasLast = live.length === 0;
      this.captions = live;
      if (wasLast && motionAllowed() && this.captionBox.length) {
        this.tweens.add({
          targets: this.captionBox,
          alpha: 0,
          duration: 300,
          onComplete: () => this.renderCaptions(),
        });
      } else this.renderCaptions();
    }
  }
}
