// Projector view: the draft, the "would it pass?" meter and who has the floor, in very large type for the
// back of a classroom. A full-screen layer over the Plenary; it follows the session live.
import { GameObjects, type Scene } from 'phaser';
import type { SessionController } from '../../app/controller';
import { projectorData, speakerLine, type ProjectorData } from '../../app/floor-text';
import { meter } from '../../app/view-model';
import { LIBRARY } from '../../machines/default';
import { announce } from '../../ui/live';
import { addPanel } from '../../ui/box';
import { palette } from '../../ui/theme';
import { failInk, passInk } from '../../ui/stance';
import { fit, ts } from '../../ui/text';
import { meterSpoken } from './tab-panel';

/** What the projector shows of the session now (the pause read from the chart). */
export function projectorOf(s: SessionController): ProjectorData {
  return projectorData(LIBRARY, s.phase, s.snapshot.context, s.paused);
}

/** V: the projector comes up over the room, or goes; returns the view now up, if any. */
export function switchProjector(
  scene: Scene,
  open: ProjectorView | null,
  s: SessionController,
): ProjectorView | null {
  if (open) {
    open.destroy();
    announce('Back to the room.');
    return null;
  }
  const view = new ProjectorView(scene);
  view.render(projectorOf(s));
  const ctx = s.snapshot.context;
  announce(`Projector view. ${speakerLine(LIBRARY, s.phase, ctx)}. ${meterSpoken(meter(LIBRARY, ctx))}`);
  return view;
}

export class ProjectorView extends GameObjects.Container {
  private readonly content: GameObjects.Container;
  private sig = '';

  constructor(scene: Scene) {
    super(scene, 0, 0);
    const pal = palette();
    const { width: W, height: H } = scene.scale;
    this.add(scene.add.rectangle(0, 0, W, H, pal.bg, 1).setOrigin(0, 0).setInteractive());
    this.content = scene.add.container(0, 0);
    this.add(this.content);
    this.setDepth(800);
    scene.add.existing(this);
  }

  render(d: ProjectorData): void {
    const sig = JSON.stringify(d);
    if (sig === this.sig) return;
    this.sig = sig;
    const pal = palette();
    const s = this.scene;
    const W = s.scale.width;
    this.content.removeAll(true);
    const add = <T extends GameObjects.GameObject>(o: T) => {
      this.content.add(o);
      return o;
    };
    add(
      s.add.text(
        40,
        18,
        fit(s, d.title, W - 80, 34, { bold: true }),
        ts(34, { color: pal.gold, bold: true }),
      ),
    );
    add(s.add.text(40, 70, d.status, ts(26, { color: pal.muted })));
    const sp = add(s.add.text(40, 112, d.speaker, ts(34, { bold: true, wrap: W - 80 })));
    const y = sp.y + sp.height + 18;
    if (d.draft) {
      // The draft's frame, under its text; sized once the text is laid out.
      const frame = add(addPanel(s, 40, y, W - 480, 40, { edge: pal.panelEdge, radius: 14 }));
      const text = add(s.add.text(60, y + 16, `“${d.draft.text}”`, ts(26, { serif: true, wrap: W - 520 })));
      // Keep the meter room: shrink the draft if it is very long.
      const maxH = 720 - y - 60;
      if (text.height > maxH) text.setStyle(ts(20, { serif: true, wrap: W - 520 }));
      frame.setSize(W - 480, Math.min(maxH, text.height) + 32);
    } else add(s.add.text(60, y + 10, 'No draft on the table.', ts(28, { color: pal.muted })));
    // The meter at the right.
    let my = y;
    add(s.add.text(W - 420, my, 'Would it pass now?', ts(26, { color: pal.gold, bold: true })));
    my += 44;
    for (const row of d.meter) {
      add(
        s.add.text(
          W - 420,
          my,
          `${row.passes ? '✓' : '✕'} ${row.label}`,
          ts(24, { color: row.passes ? passInk() : failInk(), bold: true, wrap: 390 }),
        ),
      );
      const det = add(s.add.text(W - 390, my + 34, row.detail, ts(20, { color: pal.text, wrap: 360 })));
      my += 34 + det.height + 12;
    }
    add(
      s.add.text(
        40,
        688,
        `Rule this session: ${d.rule}   ·   V or Esc: back to the room`,
        ts(20, { color: pal.muted }),
      ),
    );
  }
}
