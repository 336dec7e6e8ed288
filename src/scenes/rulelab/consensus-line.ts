// The Rule Lab's third tab, why consensus holds to the status quo: the participants' stances on the
// definition along one line, the status quo, the majority and two-thirds pivots, who would object alone to
// a draft at the majority pivot, and the game's explanation.
import type { GameObjects, Scene } from 'phaser';
import type { ScenarioId } from '../../content/types';
import { issueLine } from '../../app/lab-view';
import { LIBRARY } from '../../machines/default';
import type { RuleId } from '../../model/rules';
import { palette, textStyle } from '../../ui/theme';
import { chartPx, fitSizes, lineOf } from './chart-sizes';

/** Draws the line of the meeting's definition stances into `view`. */
export function drawWhy(scene: Scene, view: GameObjects.Container, scenarioId: ScenarioId): void {
  const pal = palette();
  const px = chartPx();
  const line = issueLine(LIBRARY, scenarioId);
  const x0 = 500;
  const x1 = 1230;
  // The key first; the line below it, wherever the key's last line ends at this text size.
  const key = scene.add.text(
    470,
    200,
    'Dots: where each participant stands on the definition; red: those who would object alone to a draft at the majority pivot. Shaded: where nothing could pass under strict unanimity, which the game’s consensus is not.',
    textStyle('small', { color: pal.muted, wrap: 790, px }),
  );
  view.add(key);
  const y = Math.max(320, key.y + key.height + 52);
  const sx = (v: number) => x0 + ((x1 - x0) * v) / 100;
  const g = scene.add.graphics();
  g.fillStyle(0x7a2e2e, 0.55).fillRect(
    sx(line.gridlock[0]),
    y - 34,
    sx(line.gridlock[1]) - sx(line.gridlock[0]),
    68,
  );
  g.lineStyle(4, 0xf4f7fb, 1).lineBetween(x0, y, x1, y);
  for (const p of line.positions)
    g.fillStyle(line.blockers.includes(p.id) ? 0xe0605a : 0xf4f7fb, 1).fillCircle(
      sx(p.x),
      y - 14 - (p.x % 3) * 6,
      line.blockers.includes(p.id) ? 7 : 5,
    );
  g.fillStyle(pal.goldNum, 1).fillTriangle(
    sx(line.statusQuo) - 12,
    y + 30,
    sx(line.statusQuo) + 12,
    y + 30,
    sx(line.statusQuo),
    y + 8,
  );
  view.add(g);
  // Under its mark, but never out of the chart's column into the menu beside it.
  const sq = scene.add.text(0, y + 40, 'status quo', textStyle('small', { color: pal.gold, px }));
  view.add(sq.setX(Math.max(470, sx(line.statusQuo) - sq.width / 2)));
  // The scale's ends: 0 just before the line, where the status quo's mark under it cannot cover it.
  view.add(scene.add.text(x0 - 8, y, '0', textStyle('small', { color: pal.muted })).setOrigin(1, 0.5));
  view.add(scene.add.text(x1, y + 8, '100', textStyle('small', { color: pal.muted })).setOrigin(0.5, 0));
  const marks: [RuleId, string][] = [
    ['majority', 'majority pivot'],
    ['two-thirds', '⅔ pivot'],
  ];
  const step = lineOf(px) + 2;
  marks.forEach(([rule, label], k) => {
    const at = sx(line.pivot[rule]);
    const mg = scene.add
      .graphics()
      .lineStyle(3, pal.goldNum, 1)
      .lineBetween(at, y - 40, at, y + 40 + k * step);
    view.add(mg);
    view.add(
      scene.add.text(
        at + 6,
        y + 40 + k * step,
        `${label} (${line.pivot[rule].toFixed(0)})`,
        textStyle('small', { color: pal.gold, px }),
      ),
    );
  });
  // The explanation under the pivots' labels, in the largest type that ends above the bottom edge.
  const top = y + 40 + marks.length * step + 12;
  const sizes = fitSizes(px);
  for (const p of sizes) {
    const t = scene.add.text(
      470,
      top,
      line.explanation,
      textStyle('body', { color: pal.text, wrap: 790, px: p }),
    );
    if (t.y + t.height <= 708 || p === sizes.at(-1)) {
      view.add(t);
      return;
    }
    t.destroy();
  }
}
