// The Rule Lab's second tab: each delegation's Banzhaf voting power under every rule (the ten largest by
// production weight), with the swing count each share comes from, and what the figures mean.
import type { GameObjects, Scene } from 'phaser';
import type { ScenarioId } from '../../content/types';
import { powerTable, swingCount } from '../../app/lab-view';
import { LIBRARY } from '../../machines/default';
import { shortNameOf } from '../../model/session';
import { RULE_IDS } from '../../model/rules';
import { palette, textStyle } from '../../ui/theme';
import { CHART_PX } from './chart-sizes';

/** Draws the power table of the meeting into `view`. */
export function drawPower(scene: Scene, view: GameObjects.Container, scenarioId: ScenarioId): void {
  const pal = palette();
  const rows = powerTable(LIBRARY, scenarioId)
    .sort((a, b) => b.power.weighted - a.power.weighted)
    .slice(0, 10);
  const rules = RULE_IDS;
  // Numbers right-aligned under right-aligned headers, so nothing collides; under each share, the
  // swing count it is normalised from.
  const right = [850, 960, 1055, 1155, 1262];
  const head = ['Consensus', 'Cons. −1', '⅔ vote', 'Majority', 'Weighted'];
  // A long name gives way to the delegation's own short name ("DR Congo"), not to a cut.
  const short = (row: { id: string; name: string }) =>
    row.name.length > 24 ? shortNameOf(LIBRARY, row.id) : row.name;
  const rowH = 38;
  const bold = (color: string) => textStyle('small', { color, bold: true, px: CHART_PX });
  view.add(scene.add.text(470, 200, 'Delegation', bold(pal.gold)));
  head.forEach((h, k) => view.add(scene.add.text(right[k]!, 200, h, bold(pal.gold)).setOrigin(1, 0)));
  rows.forEach((row, j) => {
    const y = 230 + j * rowH;
    view.add(scene.add.text(470, y + 6, short(row), textStyle('small', { color: pal.text, px: CHART_PX })));
    rules.forEach((rule, k) => {
      view.add(
        scene.add
          .text(
            right[k]!,
            y,
            `${(100 * row.power[rule]).toFixed(1)}%`,
            textStyle('small', { color: pal.text, px: CHART_PX }),
          )
          .setOrigin(1, 0),
      );
      view.add(
        scene.add
          .text(
            right[k]!,
            y + 20,
            swingCount(row.swings[rule]),
            textStyle('small', { color: pal.muted, px: 13 }),
          )
          .setOrigin(1, 0),
      );
    });
  });
  view.add(
    scene.add.text(
      470,
      236 + rows.length * rowH,
      'Banzhaf power: how often a vote turns a losing coalition into a winning one. Under each share, its swing count: the coalitions of the others that this vote turns; the share is that count over everyone’s. Under consensus and one-member-one-vote rules every participant weighs the same; weighting by 2012 production hands power to the big producers (largest shown).',
      textStyle('small', { color: pal.muted, wrap: 800, px: 15 }),
    ),
  );
}
