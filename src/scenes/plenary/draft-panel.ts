// The draft on the table: its issue, a gauge from 0 to 100 with the draft (◆) and the status quo (□),
// and its text and clauses.
import type { GameObjects, Scene } from 'phaser';
import type { DraftView } from '../../app/view-model';
import { ISSUE_ENDS, ISSUE_NAME } from '../../content/issues';
import { drawBox } from '../../ui/panel';
import { ScrollText } from '../../ui/scroll-text';
import { fit, fitEnds, textWidth, ts } from '../../ui/text';
import { palette } from '../../ui/theme';
import { DRAFT } from './layout';

export class DraftPanel {
  private readonly title: GameObjects.Text;
  private readonly gauge: GameObjects.Container;
  private readonly text: ScrollText;
  private sig = '';

  constructor(private readonly scene: Scene) {
    const pal = palette();
    drawBox(scene, DRAFT.x, DRAFT.y, DRAFT.w, DRAFT.h);
    this.title = scene.add.text(DRAFT.x + 14, DRAFT.y + 8, '', ts(20, { color: pal.gold, bold: true }));
    this.gauge = scene.add.container(0, 0);
    this.text = new ScrollText(
      scene,
      DRAFT.x + 14,
      DRAFT.y + 104,
      DRAFT.w - 24,
      DRAFT.h - 112,
      false,
      '▼ the whole draft: press 4',
    );
  }

  render(d: DraftView | null): void {
    const pal = palette();
    const sig = JSON.stringify(d);
    if (sig === this.sig) return;
    this.sig = sig;
    this.gauge.removeAll(true);
    if (!d) {
      this.title.setText('No item on the table');
      this.text.setLines([{ text: 'The Chair opens the next item.', color: pal.muted }]);
      return;
    }
    this.drawGauge(d);
    const clauses = d.clauses.map((c) => c.label).join(' · ');
    this.text.setLines(
      [
        { text: `“${d.text}”`, serif: true, size: 18 },
        {
          text: clauses ? `Clauses: ${clauses}` : 'No clauses yet: the status quo stands.',
          size: 16,
          color: pal.muted,
        },
      ],
      true,
    );
  }

  private drawGauge(d: DraftView): void {
    const scene = this.scene;
    const pal = palette();
    const x0 = DRAFT.x + 24;
    const x1 = DRAFT.x + DRAFT.w - 24;
    const y = DRAFT.y + 62;
    const at = (v: number) => x0 + ((x1 - x0) * v) / 100;
    const g = scene.add.graphics();
    g.lineStyle(4, pal.panelEdge, 1).lineBetween(x0, y, x1, y);
    for (let v = 0; v <= 100; v += 25)
      g.lineStyle(2, pal.panelEdge, 1).lineBetween(at(v), y - 6, at(v), y + 6);
    // Status quo: an open square; the draft: a filled diamond (shape, not only colour).
    g.lineStyle(3, 0xffffff, 1).strokeRect(at(d.statusQuo) - 7, y - 7, 14, 14);
    const vx = at(d.value);
    g.fillStyle(pal.goldNum, 1);
    g.fillTriangle(vx - 11, y, vx + 11, y, vx, y - 11);
    g.fillTriangle(vx - 11, y, vx + 11, y, vx, y + 11);
    this.gauge.add(g);
    const [lo, hi] = ISSUE_ENDS[d.issue];
    // The two ends share the line by need ("state violence, rights, governance" is the longer), whole.
    const ends = fitEnds(`0 ${lo}`, `${hi} 100`, x1 - x0, 16);
    const endStyle = ts(16, { color: pal.muted, px: ends.px });
    this.gauge.add(scene.add.text(x0, y + 12, ends.lo, endStyle));
    this.gauge.add(scene.add.text(x1, y + 12, ends.hi, endStyle).setOrigin(1, 0));
    const label = `◆ draft ${d.value.toFixed(0)}   □ status quo ${d.statusQuo.toFixed(0)}`;
    this.gauge.add(scene.add.text(x1, DRAFT.y + 10, label, ts(16, { color: pal.text })).setOrigin(1, 0));
    const titleRoom = DRAFT.w - 28 - textWidth(label, 16) - 16;
    // At large text the issue's name alone (the panel is the draft's).
    const full = `Draft · ${ISSUE_NAME[d.issue]}`;
    const bold = { bold: true };
    this.title.setText(
      textWidth(full, 20, bold) <= titleRoom ? full : fit(scene, ISSUE_NAME[d.issue], titleRoom, 20, bold),
    );
  }
}
