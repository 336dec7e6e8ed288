// Projector view: the draft, the "would it pass?" meter and who has the floor, in very large type for the
// back of a classroom. A full-screen layer over the Plenary; it follows the session live.
import { GameObjects, type Scene } from 'phaser';
import type { SessionController } from '../../app/controller';
import { projectorData, speakerLine, type ProjectorData } from '../../app/floor-text';
import { meter } from '../../app/view-model';
import { LIBRARY } from '../../machines/default';
import { announce } from '../../ui/live';
import { addPanel } from '../../ui/box';
import { failInk, passInk } from '../../ui/stance';
import { fit, ts } from '../../ui/text';
import { settings } from '../../ui/settings';
import { MIN_FONT_PX, palette } from '../../ui/theme';
import { registerCaptionSpot } from '../../ui/caption-spot';
import { CAPTIONS } from './layout';
import { meterFigure, meterSpoken } from '../../app/meter-view';

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

/**
 * Where captions of sounds go while the projector shows: the bottom right, beside the footer and under the
 * meter (on the hall's spot they covered the heading that names who objects). Fixed, because a caption is
 * placed when its sound plays, before the view is drawn again for the same move.
 */
const PROJECTOR_CAPTIONS = { x: 860, y: 660, w: 400, h: 56 } as const;

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
    // Captions of sounds go to the corner the projector keeps free, and back to the hall after.
    registerCaptionSpot('Plenary', PROJECTOR_CAPTIONS);
    this.once(GameObjects.Events.DESTROY, () => registerCaptionSpot('Plenary', CAPTIONS));
  }

  render(d: ProjectorData): void {
    const sig = JSON.stringify(d);
    if (sig === this.sig) return;
    this.sig = sig;
    // At the player's text size if it all fits above the footer, else in steps toward the Normal size.
    const scale = settings.get().textScale;
    for (let k = scale; ; k = Math.max(1, k - 0.05)) {
      this.content.removeAll(true);
      if (this.layout(d, k) || k <= 1) break;
    }
  }

  /** Draws the view with type `k` times its design size; whether it all stays above the footer. */
  private layout(d: ProjectorData, k: number): boolean {
    const pal = palette();
    const s = this.scene;
    const W = s.scale.width;
    const size = (base: number) => Math.max(MIN_FONT_PX, Math.round(base * k));
    const add = <T extends GameObjects.GameObject>(o: T) => {
      this.content.add(o);
      return o;
    };
    // The footer at the bottom edge; everything else stays above it.
    const footer = add(
      s.add
        .text(
          40,
          712,
          `Rule this session: ${d.rule}   ·   V or Esc: back to the room`,
          ts(20, { color: pal.muted }),
        )
        .setOrigin(0, 1),
    );
    const bottom = footer.y - footer.height - 6;
    const title = add(
      s.add.text(
        40,
        18,
        fit(s, d.title, W - 80, 34, { bold: true, px: size(34) }),
        ts(34, { color: pal.gold, bold: true, px: size(34) }),
      ),
    );
    const status = add(
      s.add.text(40, title.y + title.height + 6, d.status, ts(26, { color: pal.muted, px: size(26) })),
    );
    const sp = add(
      s.add.text(
        40,
        status.y + status.height + 8,
        d.speaker,
        ts(34, { bold: true, wrap: W - 80, px: size(34) }),
      ),
    );
    const y = sp.y + sp.height + 18;
    // The meter at the right: each rule's verdict and name, the figure it counts by under it.
    const mx = W - 420;
    let my = y;
    my +=
      add(s.add.text(mx, my, 'Would it pass now?', ts(26, { color: pal.gold, bold: true, px: size(26) })))
        .height + 10;
    for (const l of d.meter?.lines ?? []) {
      const head = add(
        s.add.text(
          mx,
          my,
          `${l.row.passes ? '✓' : '✕'} ${l.mine ? '▶ ' : ''}${l.row.label}`,
          ts(24, { color: l.row.passes ? passInk() : failInk(), bold: true, wrap: 390, px: size(24) }),
        ),
      );
      const fig = add(
        s.add.text(
          mx + 30,
          head.y + head.height,
          meterFigure(l.row.tally),
          ts(20, { wrap: 360, px: size(20) }),
        ),
      );
      my = fig.y + fig.height + 10;
    }
    if (!d.meter)
      add(s.add.text(mx, my, 'No draft for decision.', ts(22, { color: pal.muted, px: size(22) })));
    // At the left: the draft, and under it who would object or vote against, every name in full.
    const left = W - 480;
    const sides = (d.meter?.sides ?? []).map((x) =>
      s.add.text(60, 0, `${x.lead}: ${x.names}.`, ts(22, { wrap: left - 40, px: size(22) })),
    );
    const sidesH = sides.reduce((h, t) => h + t.height + 8, 0);
    let ly = y;
    if (d.draft) {
      // The draft's frame, under its text; a long draft is set smaller to leave the names their room.
      const frame = add(addPanel(s, 40, y, left, 40, { edge: pal.panelEdge, radius: 14 }));
      const text = add(
        s.add.text(60, y + 16, `“${d.draft.text}”`, ts(26, { serif: true, wrap: left - 40, px: size(26) })),
      );
      const maxH = bottom - y - 44 - sidesH;
      if (text.height > maxH) text.setStyle(ts(20, { serif: true, wrap: left - 40, px: size(20) }));
      frame.setSize(left, text.height + 32);
      ly = y + text.height + 44;
    } else
      ly =
        add(s.add.text(60, y + 10, 'No draft on the table.', ts(28, { color: pal.muted, px: size(28) })))
          .height +
        y +
        24;
    for (const t of sides) {
      add(t.setY(ly));
      ly += t.height + 8;
    }
    // The meter keeps clear of the captions' corner.
    return Math.max(my, ly - 8) <= bottom && my <= PROJECTOR_CAPTIONS.y - 4;
  }
}
