// The Rule Lab's first tab: for each rule, how wide the adopted definition is across the sessions (a
// histogram of its scope, with median and 10–90% range) and how often each agenda item is adopted (a bar
// per item, its 90% interval as a whisker).
import type { GameObjects, Scene } from 'phaser';
import type { LabResult } from '../../machines/lab';
import { RULES, type RuleId } from '../../model/rules';
import { DESIGN_WIDTH, palette, textStyle } from '../../ui/theme';
import { CHART_PX, ROW_PX } from './chart-sizes';

/** Where the figures beside each histogram start (the histograms end at 684). */
const TEXT_X = 698;
const ISSUE_SHORT: Record<string, string> = {
  definition: 'definition',
  marange: 'Marange',
  'administrative-support': 'support',
  transparency: 'transparency',
  'decision-rule': 'voting rule',
};

/** Draws the outcomes into `view` (an invitation to run while there is no result). */
export function drawOutcomes(scene: Scene, view: GameObjects.Container, r: LabResult | null): void {
  const pal = palette();
  const top = 200;
  if (!r) {
    view.add(
      scene.add.text(
        470,
        top,
        'No results yet. Each rule’s row will show how wide the adopted definition is across sessions (0 = the Core Document text, 100 = the widest reform), and how often each item is adopted.',
        textStyle('body', { color: pal.text, wrap: 780 }),
      ),
    );
    return;
  }
  const rules = Object.keys(r.rules) as RuleId[];
  const rowH = Math.min(100, (680 - top) / rules.length);
  rules.forEach((rule, k) => {
    const s = r.rules[rule]!;
    const y = top + k * rowH;
    view.add(
      scene.add.text(
        470,
        y,
        RULES[rule].label,
        textStyle('small', { color: pal.gold, bold: true, px: CHART_PX }),
      ),
    );
    const g = scene.add.graphics();
    const hx = 470;
    const hy = y + 28;
    const hw = 214;
    const hh = rowH - 40;
    const max = Math.max(1, ...s.definitionHistogram);
    g.lineStyle(2, pal.panelEdge, 1).strokeRect(hx, hy, hw, hh);
    s.definitionHistogram.forEach((c, b) => {
      const bh = (hh - 4) * (c / max);
      g.fillStyle(pal.goldNum, 1).fillRect(hx + 2 + b * (hw / 10), hy + hh - 2 - bh, hw / 10 - 4, bh);
    });
    view.add(g);
    if (k === rules.length - 1)
      view.add(
        scene.add.text(
          hx,
          hy + hh + 2,
          '0  ← scope →  100',
          textStyle('small', { color: pal.muted, px: ROW_PX }),
        ),
      );
    const d = s.definitionScope;
    view.add(
      scene.add.text(
        TEXT_X,
        y,
        `Scope: median ${d.p50.toFixed(0)}, 10–90% of sessions ${d.p10.toFixed(0)}–${d.p90.toFixed(0)}`,
        textStyle('small', { color: pal.text, px: CHART_PX }),
      ),
    );
    // How often each item is adopted: a bar per item, its 90% interval as a whisker.
    const issues = Object.keys(s.adopted) as (keyof typeof s.adopted)[];
    const barX = TEXT_X + 120;
    const barW = DESIGN_WIDTH - 12 - barX - 150;
    const step = Math.min(22, (rowH - 34) / Math.max(1, issues.length));
    const bars = scene.add.graphics();
    issues.forEach((issue, j) => {
      const by = y + 30 + j * step;
      const share = s.adopted[issue] ?? 0;
      const [lo, hi] = s.adoptedInterval?.[issue] ?? [share, share];
      bars.fillStyle(pal.panelEdge, 1).fillRect(barX, by + 2, barW, step - 6);
      bars.fillStyle(pal.goldNum, 1).fillRect(barX, by + 2, barW * share, step - 6);
      bars
        .lineStyle(2, 0xf4f7fb, 1)
        .lineBetween(barX + barW * lo, by + (step - 2) / 2, barX + barW * hi, by + (step - 2) / 2);
      view.add(
        scene.add.text(
          TEXT_X,
          by - 2,
          ISSUE_SHORT[issue] ?? issue,
          textStyle('small', { color: pal.muted, px: ROW_PX }),
        ),
      );
      view.add(
        scene.add.text(
          barX + barW + 8,
          by - 2,
          `${Math.round(100 * share)}% (${Math.round(100 * lo)}–${Math.round(100 * hi)})`,
          textStyle('small', { color: pal.text, px: ROW_PX }),
        ),
      );
    });
    view.add(bars);
  });
}
