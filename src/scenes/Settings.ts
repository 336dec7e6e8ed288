// Settings: volume, sound on/off, text size, high contrast, colours, reduced motion. All keyboard-operable:
// ↑ ↓ / Tab choose a row, ← → change it, Enter / Space change it too, Escape goes back.
// Changes are stored at once (settings.ts); text size, contrast and colours rebuild the screen, whose key
// shows the hall's stance colours and the pass / fail marks as the player has chosen them.
import { Scene, Scenes } from 'phaser';
import { audio } from '../audio/audio';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { COLOUR_SETS, settings, TEXT_SCALES, type Settings as Prefs } from '../ui/settings';
import { colourKey, colourKeyHeight } from '../ui/colour-key';
import { ts } from '../ui/text';
import { palette, textStyle } from '../ui/theme';
import { Menu, type MenuItem } from '../ui/menu';

registerHelp('Settings', [
  { keys: '← →', action: 'Change the highlighted setting' },
  { keys: 'Enter / Space', action: 'Change it too (toggles and cycles)' },
  { keys: 'Esc', action: 'Back to the title screen' },
]);

const onOff = (b: boolean) => (b ? 'On' : 'Off');
const pct = (v: number) => `${Math.round(v * 100)} %`;
const scaleName = (v: number) => TEXT_SCALES.find((s) => s.value === v)?.label ?? 'Normal';
const colourName = (s: Prefs) => COLOUR_SETS.find((c) => c.value === s.colours)?.label ?? 'Standard';

interface Row {
  readonly label: string;
  /** One line on what it does, shown under the menu while the row is focused. */
  readonly about: string;
  value(s: Prefs): string;
  /** Applies a change in a direction; returns true if settings changed. */
  change(dir: -1 | 1): boolean;
}

export default class Settings extends Scene {
  private focusIndex = 0;
  private restarted = false;
  private menu!: Menu;

  constructor() {
    super({ key: 'Settings' });
  }

  init(data: { focus?: number; restarted?: boolean } = {}): void {
    this.focusIndex = data.focus ?? 0;
    this.restarted = data.restarted === true;
  }

  create(): void {
    const pal = palette();
    const { width: W, height: H } = this.scale;

    const heading = this.add
      .text(W / 2, 28, 'Settings', textStyle('h1', { color: pal.gold }))
      .setOrigin(0.5, 0);

    const rows: Row[] = [
      {
        label: 'Volume',
        about:
          'How loud the gavel, the chime and the murmur of the hall are. You hear the gavel as you change it.',
        value: (s) => pct(s.volume),
        change: (dir) => {
          const v = settings.get().volume;
          // Enter (dir 1) past 100 % wraps to 0 so a single key can reach every level.
          const next =
            dir > 0 && v >= 1 ? 0 : Math.min(1, Math.max(0, Math.round((v + dir * 0.1) * 10) / 10));
          if (next === v) return false;
          audio.setVolume(next);
          audio.play('gavel');
          return true;
        },
      },
      {
        label: 'Sound',
        about: 'All sound off or on; M does the same on any screen. Every sound also shows a caption.',
        value: (s) => onOff(!s.muted),
        change: () => {
          audio.setMuted(!settings.get().muted);
          return true;
        },
      },
      {
        label: 'Text size',
        about: 'Bigger type for the back of the room or a small screen.',
        value: (s) => scaleName(s.textScale),
        change: (dir) => {
          const i = TEXT_SCALES.findIndex((t) => t.value === settings.get().textScale);
          const n = TEXT_SCALES.length;
          const next = TEXT_SCALES[(((i + dir) % n) + n) % n]!;
          settings.set({ textScale: next.value });
          return true;
        },
      },
      {
        label: 'High contrast',
        about: 'Black background, white text and yellow highlights.',
        value: (s) => onOff(s.highContrast),
        change: () => {
          settings.set({ highContrast: !settings.get().highContrast });
          return true;
        },
      },
      {
        label: 'Colours',
        about:
          'Red–green safe: the hall’s stances in blue, pale yellow, orange and grey, and pass and fail in blue and pink instead of green and red, kept far apart for red–green colour blindness.',
        value: colourName,
        change: (dir) => {
          const i = COLOUR_SETS.findIndex((c) => c.value === settings.get().colours);
          const n = COLOUR_SETS.length;
          settings.set({ colours: COLOUR_SETS[(((i + dir) % n) + n) % n]!.value });
          return true;
        },
      },
      {
        label: 'Reduced motion',
        about: 'No moving decorations, glints or fades.',
        value: (s) => onOff(s.reducedMotion),
        change: () => {
          settings.set({ reducedMotion: !settings.get().reducedMotion });
          return true;
        },
      },
    ];

    const s = settings.get();
    const items: MenuItem[] = rows.map((r) => ({
      label: r.label,
      value: r.value(s),
      onActivate: () => r.change(1),
      onAdjust: (dir) => r.change(dir),
      hint: r.about,
    }));
    items.push({ label: 'Back to title', onActivate: () => this.back(), hint: 'Escape' });

    // The rows on the left; on the right what the focused row does, and a key to the colours as chosen.
    const rowW = 620;
    const colX = 40 + rowW + 40;
    const colW = W - colX - 40;
    const top = heading.y + heading.height + 24;
    this.menu = new Menu(this, 40 + rowW / 2, top, items, {
      width: rowW,
      align: 'left',
      gap: 10,
      onEscape: () => this.back(),
      onFocus: (_it, i) => {
        this.focusIndex = i;
        describe(i);
      },
    });

    const about = this.add.text(colX, top, '', textStyle('small', { color: pal.muted, wrap: colW }));
    const describe = (i: number) =>
      about.setText(
        rows[i]?.about ?? 'Back to the title screen. Your settings are already saved on this computer.',
      );

    const hint = this.add
      .text(
        W / 2,
        H - 36,
        '↑ ↓ choose   ← → or Enter change   Esc back',
        textStyle('small', { color: pal.muted }),
      )
      .setOrigin(0.5, 0.5);
    const keyHeading = this.add.text(
      0,
      0,
      'Colours as you will see them',
      ts(18, { color: pal.gold, bold: true }),
    );
    const keyTop = hint.y - hint.height / 2 - 16 - colourKeyHeight();
    keyHeading.setPosition(colX, keyTop - keyHeading.height - 6);
    colourKey(this, colX, keyTop);

    // Refresh values when settings change (from here, or M pressed anywhere); re-lay out on size/contrast.
    const off = settings.subscribe((next, prev) => {
      if (
        next.textScale !== prev.textScale ||
        next.highContrast !== prev.highContrast ||
        next.colours !== prev.colours
      ) {
        const focus = this.focusIndex;
        const row = rows[focus];
        this.time.delayedCall(0, () => this.scene.restart({ focus, restarted: true }));
        if (row) announce(`${row.label}: ${row.value(next)}.`);
        return;
      }
      rows.forEach((r, i) => this.menu.buttons[i]?.setValue(r.value(next)));
      const row = rows[this.focusIndex];
      if (row && row.value(next) !== row.value(prev)) announce(`${row.label}: ${row.value(next)}.`);
    });
    this.events.once(Scenes.Events.SHUTDOWN, off);

    if (!this.restarted) announce('Settings.');
    this.menu.focus(Math.min(this.focusIndex, items.length - 1), this.restarted);
  }

  private back(): void {
    this.scene.start('Title');
  }
}
