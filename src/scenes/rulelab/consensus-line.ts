// The Rule Lab's third tab, why consensus holds to the status quo: the participants' stances on the
// definition along one line, the status quo, the majority and two-thirds pivots, who would object alone to
// a draft at the majority pivot, and the game's explanation.
import type { GameObjects, Scene } from 'phaser';
import type { ScenarioId } from '../../content/types';
import { issueLine } from '../../app/lab-view';
import { LIBRARY } from '../../machines/default';
import type { RuleId } from '../../model/rules';
import { palette, textStyle } from '../../ui/theme';
import { CHART_PX } from './chart-sizes';

/** Draws the line of the meeting's definition stances into `view`. */
export function drawWhy(scene: Scene, view: GameObjects.Container, scenarioId: ScenarioId): void {
  const pal = palette();
  const line = issueLine(LIBRARY, scenarioId);
  const x0 = 500;
  const x1 = 1230;
  const y = 320;
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
  view.add(
    scene.add
      .text(sx(line.statusQuo), y + 40, 'status quo', textStyle('small', { color: pal.gold, px: CHART_PX }))
      .setOrigin(0.5, 0),
  );
  view.add(
    scene.add.text(
      470,
      200,
      'Dots: where each participant stands on the definition; red: those who would object alone to a draft at the majority pivot. Shaded: where nothing could pass under strict unanimity, which the game’s consensus is not.',
      textStyle('small', { color: pal.muted, wrap: 790, px: CHART_PX }),
    ),
  );
  view.add(scene.add.text(x0, y + 8, '0', textStyle('small', { color: pal.muted })).setOrigin(0.5, 0));
  view.add(scene.add.text(x1, y + 8, '100', textStyle('small', { color: pal.muted })).setOrigin(0.5, 0));
  const marks: [RuleId, string][] = [
    ['majority', 'majority pivot'],
    ['two-thirds', '⅔ pivot'],
  ];
  marks.forEach(([rule, label], k) => {
    const px = sx(line.pivot[rule]);
    const mg = scene.add
      .graphics()
      .lineStyle(3, pal.goldNum, 1)
      .lineBetween(px, y - 40, px, y + 40 + k * 26);
    view.add(mg);
    view.add(
      scene.add.text(
        px + 6,
        y + 40 + k * 26,
        `${label} (${line.pivot[rule].toFixed(0)})`,
        textStyle('small', { color: pal.gold, px: CHART_PX }),
      ),
    );
  });
  view.add(
    scene.add.text(
      470,
      440,
      line.explanation,
      textStyle('body', { color: pal.text, wrap: 790, px: CHART_PX }),
    ),
  );
}
