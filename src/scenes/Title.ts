// The title screen: emblem, name, and the main menu. Thin: it only routes to other scenes.
import { Scene } from 'phaser';
import { autosaveText, describeSave, summariseSave } from '../app/save-summary';
import { setReady, VERSION } from '../automation';
import { drawEmblem, drawGlint } from '../ui/emblem';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { settings } from '../ui/settings';
import { motionAllowed, palette, textStyle } from '../ui/theme';
import { Menu, type MenuItem } from '../ui/menu';
import { Notice } from '../ui/notice';
import { ensureScene, hasScene } from './registry';

registerHelp('Title', [
  { keys: '↑ ↓ or Tab', action: 'Choose a menu item' },
  { keys: 'Enter / Space', action: 'Open it' },
]);

let lastFocus: string | undefined;

export default class Title extends Scene {
  private menu!: Menu;
  private busy = false;

  constructor() {
    super({ key: 'Title' });
  }

  create(): void {
    performance.mark('rc:title');
    this.busy = false;
    const pal = palette();
    const { width: W, height: H } = this.scale;

    // Left: the emblem, the name and one line on what the game is, stacked and centred in the space above
    // the footer; the emblem gives way when large text needs the room.
    const leftX = 340;
    const footerTop = H - 76;
    const name = this.add
      .text(leftX, 0, 'Rough\nConsensus', textStyle('title', { color: pal.gold, align: 'center' }))
      .setOrigin(0.5, 0);
    const blurb = this.add
      .text(
        leftX,
        0,
        // One line each at normal size; larger text wraps naturally instead of leaving orphans.
        settings.get().textScale > 1
          ? 'A Kimberley Process plenary, 2012–2013. Argue over what counts as a “conflict diamond”.'
          : 'A Kimberley Process plenary, 2012–2013.\nArgue over what counts as a “conflict diamond”.',
        textStyle('body', { color: pal.muted, align: 'center', wrap: 620 }),
      )
      .setOrigin(0.5, 0);
    const gap = 18;
    const room = footerTop - 24 - name.height - blurb.height - 2 * gap;
    const r = Math.max(40, Math.min(92, room / 2));
    const stackH = 2 * r + gap + name.height + gap + blurb.height;
    const top = Math.max(16, (footerTop - stackH) / 2);
    drawEmblem(this, leftX, top + r, r);
    if (motionAllowed()) this.addGlint(leftX, top + r, r);
    name.setY(top + 2 * r + gap);
    blurb.setY(name.y + name.height + gap);

    // Right: the menu.
    const saved = autosaveText();
    const hasSave = saved !== null;
    const summary = summariseSave(saved);
    const resumes = summary ? describeSave(summary) : null;
    const items: (MenuItem & { key: string })[] = [
      {
        key: 'continue',
        label: 'Continue',
        onActivate: () => this.open('Plenary', 'Continue', { resume: true }),
        ...(hasSave ? {} : { disabledReason: 'no saved session yet' }),
        ...(resumes ? { hint: `resumes ${resumes}` } : {}),
      },
      { key: 'new', label: 'New game', onActivate: () => this.open('Setup', 'New game') },
      { key: 'replay', label: 'Replay 2012–2013', onActivate: () => this.open('Replay', 'Replay 2012–2013') },
      {
        key: 'classroom',
        label: 'Classroom',
        hint: 'for teachers: set up a class or a classroom room, the teacher’s guide, role cards, the student primer, the debrief slides',
        onActivate: () => this.open('Classroom', 'Classroom'),
      },
      { key: 'lab', label: 'Rule Lab', onActivate: () => this.open('RuleLab', 'Rule Lab') },
      { key: 'sources', label: 'Sources', onActivate: () => this.open('Sources', 'Sources') },
      { key: 'settings', label: 'Settings', onActivate: () => this.open('Settings', 'Settings') },
    ];
    const menuW = 520;
    const menuX = 960;
    this.menu = new Menu(this, menuX, 0, items, {
      width: menuW,
      onFocus: (_item, i) => {
        lastFocus = items[i]?.key;
      },
    });
    // Centre the menu vertically in the space above the footer.
    const menuTop = Math.max(24, (footerTop - this.menu.height) / 2);
    for (const b of this.menu.buttons) b.y += menuTop;
    // What Continue resumes, under its button (the gap to the next one is widened to make room).
    if (resumes) {
      const cont = this.menu.buttons[0]!;
      const line = this.add
        .text(
          menuX,
          cont.y + cont.boxH / 2 + 6,
          `Resumes ${resumes}`,
          textStyle('small', { color: pal.muted, align: 'center', wrap: menuW + 120 }),
        )
        .setOrigin(0.5, 0);
      const push = line.height + 8;
      for (const b of this.menu.buttons.slice(1)) b.y += push;
      const overflow = this.menu.buttons.at(-1)!.y + this.menu.buttons.at(-1)!.boxH / 2 - (footerTop - 8);
      if (overflow > 0) {
        for (const b of this.menu.buttons) b.y -= overflow;
        line.y -= overflow;
      }
    }

    // Footer: how to drive it, and the version.
    this.add
      .text(
        40,
        H - 44,
        '↑ ↓ choose   Enter open   ? help   M sound on/off',
        textStyle('small', { color: pal.muted }),
      )
      .setOrigin(0, 0.5);
    this.add.text(W - 40, H - 44, `v${VERSION}`, textStyle('small', { color: pal.muted })).setOrigin(1, 0.5);

    const start = Math.max(
      0,
      items.findIndex((it) => it.key === lastFocus && (it.key !== 'continue' || hasSave)),
    );
    const first = lastFocus === undefined ? (hasSave ? 0 : 1) : start;
    this.menu.focus(first, true);
    // The networked classroom's addresses: /#room opens a room (the teacher), /#join a student's join
    // screen (the room's QR code adds the code: /#join=CODE). They join the title menu with the
    // Classroom entry.
    if (typeof location !== 'undefined') {
      if (/^#join(=[A-Z0-9]{5})?$/i.test(location.hash)) return this.open('NetJoin', 'Join a classroom room');
      if (location.hash === '#room') return this.open('NetRoom', 'Open a classroom room');
    }
    announce(`Rough Consensus. Main menu. ${this.menu.buttons[first]?.spoken ?? ''}`);
    setReady(true);
    performance.mark('rc:ready');
  }

  /** A slow glint on the diamond's table (not drawn with reduced motion). */
  private addGlint(cx: number, cy: number, r: number): void {
    const glint = drawGlint(this, cx + r * 0.2, cy - r * 0.52, r * 0.16).setAlpha(0);
    this.tweens.add({
      targets: glint,
      alpha: 1,
      scale: { from: 0.4, to: 1 },
      duration: 700,
      yoyo: true,
      repeat: -1,
      repeatDelay: 3500,
      ease: 'Sine.easeInOut',
    });
  }

  /** Goes to a scene, or says it is not in this build yet. */
  private open(key: string, name: string, data?: object): void {
    if (this.busy) return;
    if (!hasScene(this.game, key)) {
      new Notice(this, `${name} is coming in this build.`, { title: 'Not yet available' });
      return;
    }
    this.busy = true;
    void ensureScene(this.game, key).then((ok) => {
      this.busy = false;
      if (!this.scene.isActive()) return;
      if (ok) this.scene.start(key, data);
      else
        new Notice(this, `${name} could not be opened. Try reloading the page.`, {
          title: 'Something went wrong',
        });
    });
  }
}
