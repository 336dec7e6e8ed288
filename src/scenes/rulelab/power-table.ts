// The Rule Lab's second tab: each delegation's Banzhaf voting power under every rule (the ten largest by
// production weight), with the swing count each share comes from, and what the figures mean.
import type { GameObjects, Scene } from 'phaser';
import type { ScenarioId } from '../../content/types';
import { powerTable, swingCount } from '../../app/lab-view';
import { LIBRARY } from '../../machines/default';
import { shortNameOf } from '../../model/session';
import { RULE_IDS } from '../../model/rules';
import { BASE_FONT_PX, MIN_FONT_PX, palette, textStyle } from '../../ui/theme';
import { textWidth } from '../../ui/text';
import { chartPx, fitSizes, lineOf, rowPx } from './chart-sizes';
import type { ItemsShown } from './outcomes-chart';

const TOP = 200;
const BOTTOM = 708;

/**
 * Draws the power table of the meeting into `view`, the rows from `first` on: as many as fit above the
 * note, with a cue to page to the others (Page Down, Page Up).
 */
export function drawPower(
  scene: Scene,
  view: GameObjects.Container,
  scenarioId: ScenarioId,
  first = 0,
): ItemsShown {
  const pal = palette();
  const all = powerTable(LIBRARY, scenarioId)
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
  const px = chartPx();
  const small = rowPx();
  // The heads in the largest size at which each clears the one before it.
  const headPx =
    fitSizes(px).find((p) =>
      head.every(
        (h, k) =>
          textWidth(h, BASE_FONT_PX.small, { bold: true, px: p }) <=
          (k ? right[k]! - right[k - 1]! - 12 : 240),
      ),
    ) ?? MIN_FONT_PX;
  const bold = (color: string, p: number) => textStyle('small', { color, bold: true, px: p });
  view.add(scene.add.text(470, TOP, 'Delegation', bold(pal.gold, headPx)));
  head.forEach((h, k) => view.add(scene.add.text(right[k]!, TOP, h, bold(pal.gold, headPx)).setOrigin(1, 0)));
  const note = scene.add
    .text(
      470,
      0,
      'Banzhaf power: how often a vote turns a losing coalition into a winning one. Under each share, its swing count: the coalitions of the others that this vote turns; the share is that count over everyone’s. Under consensus and one-member-one-vote rules every participant weighs the same; weighting by 2012 production hands power to the big producers (largest shown).',
      textStyle('small', { color: pal.muted, wrap: 800, px: small }),
    )
    .setOrigin(0, 1)
    .setY(BOTTOM);
  view.add(note);
  const rowH = lineOf(px) + lineOf(small) + 2;
  const rowsTop = TOP + lineOf(headPx) + 6;
  const cueH = lineOf(small) + 4;
  const room = (n: number) => rowsTop + n * rowH <= note.y - note.height - 6;
  const from = Math.max(0, Math.min(first, all.length - 1));
  const left = all.length - from;
  const shown =
    room(left) && from === 0
      ? left
      : Math.max(1, Math.floor((note.y - note.height - 6 - cueH - rowsTop) / rowH));
  const rows = all.slice(from, from + shown);
  rows.forEach((row, j) => {
    const y = rowsTop + j * rowH;
    view.add(scene.add.text(470, y + 4, short(row), textStyle('small', { color: pal.text, px })));
    rules.forEach((rule, k) => {
      view.add(
        scene.add
          .text(
            right[k]!,
            y,
            `${(100 * row.power[rule]).toFixed(1)}%`,
            textStyle('small', { color: pal.text, px }),
          )
          .setOrigin(1, 0),
      );
      view.add(
        scene.add
          .text(
            right[k]!,
            y + lineOf(px),
            swingCount(row.swings[rule]),
            textStyle('small', { color: pal.muted, px: small }),
          )
          .setOrigin(1, 0),
      );
    });
  });
  if (rows.length < all.length)
    view.add(
      scene.add
        .text(
          right.at(-1)!,
          rowsTop + rows.length * rowH + 2,
          `Delegations ${from + 1}–${from + rows.length} of ${all.length}: ${from + rows.length < all.length ? 'Page Down for the rest' : 'Page Up for the first'}`,
          textStyle('small', { color: pal.muted, px: small }),
        )
        .setOrigin(1, 0),
    );
  return { first: from, shown: rows.length, total: all.length };
}
