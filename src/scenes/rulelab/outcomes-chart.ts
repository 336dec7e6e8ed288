// The Rule Lab's first tab, one block per agenda item: for each rule, how often the sessions adopted
// the item (a bar, its 90% interval as a whisker) and at what value (10–90% of the sessions that
// adopted it), then whether the rules part or agree on it and why, in the run's own numbers beside
// the record (app/lab-readings.ts). An item every rule adopts is said to be agreed, not left to look
// like a chart with nothing in it.
import type { GameObjects, Scene } from 'phaser';
import { itemReadings } from '../../app/lab-readings';
import { adoptedAt } from '../../machines/cli';
import { LIBRARY } from '../../machines/default';
import type { LabResult } from '../../machines/lab';
import type { RuleId } from '../../model/rules';
import { BASE_FONT_PX, DESIGN_WIDTH, palette, textStyle } from '../../ui/theme';
import { textWidth } from '../../ui/text';
import { chartPx, fitSizes, lineOf, rowPx } from './chart-sizes';

const LEFT = 470;
const WIDTH = DESIGN_WIDTH - 12 - LEFT;
const TOP = 200;
const BOTTOM = 708;
/** The rules' names over their columns (the power table's). */
const HEAD: Record<RuleId, string> = {
  consensus: 'Consensus',
  'consensus-minus-one': 'Cons. −1',
  'two-thirds': '⅔ vote',
  majority: 'Majority',
  weighted: 'Weighted',
};

/** Which items the chart shows: from the first drawn, how many, of how many. */
export interface ItemsShown {
  readonly first: number;
  readonly shown: number;
  readonly total: number;
}

/**
 * Draws the outcomes into `view` (an invitation to run while there is no result), the items from
 * `first` on: as many as fit, with a cue to page to the others (Page Down, Page Up).
 */
export function drawOutcomes(
  scene: Scene,
  view: GameObjects.Container,
  r: LabResult | null,
  first = 0,
): ItemsShown {
  const pal = palette();
  if (!r) {
    view.add(
      scene.add.text(
        LEFT,
        TOP,
        'No results yet. For each item on the agenda the chart will show how often each rule adopts it and at what value (0 to 100 on the item’s scale), then whether the rules part or agree on it, and why.',
        textStyle('body', { color: pal.text, wrap: 780 }),
      ),
    );
    return { first: 0, shown: 0, total: 0 };
  }
  const rules = Object.keys(r.rules) as RuleId[];
  const col = WIDTH / rules.length;
  const small = rowPx();
  rules.forEach((rule, k) =>
    view.add(
      scene.add.text(
        LEFT + k * col,
        TOP,
        HEAD[rule],
        textStyle('small', { color: pal.gold, bold: true, px: small }),
      ),
    ),
  );
  const all = itemReadings(LIBRARY, r);
  const from = Math.max(0, Math.min(first, all.length - 1));
  const readings = all.slice(from);
  const cue = lineOf(small) + 4;
  // The readings in the largest type that lets every block left fit above the bottom edge; where
  // none does, as many blocks as fit at the smallest, and a cue to page to the rest.
  const sizes = fitSizes();
  for (const px of sizes) {
    const drawn = readings.map((reading) =>
      scene.add.text(LEFT, 0, reading.why, textStyle('small', { color: pal.text, wrap: WIDTH - 8, px })),
    );
    const heads = readings.map((reading) => blockHead(reading));
    const ends: number[] = [];
    drawn.reduce(
      (y, t, j) => (ends.push(y + heads[j]! + t.height), y + heads[j]! + t.height + 10),
      TOP + lineOf(small) + 6,
    );
    // Past the first page the cue to page back stays, under the last block.
    const fitsAll = ends.at(-1)! <= (from === 0 ? BOTTOM : BOTTOM - cue);
    if (fitsAll || px === sizes.at(-1)) {
      const shown = fitsAll ? drawn.length : Math.max(1, ends.filter((e) => e <= BOTTOM - cue).length);
      drawn.slice(shown).forEach((t) => t.destroy());
      drawBlocks(scene, view, r, rules, col, readings.slice(0, shown), drawn.slice(0, shown));
      if (shown < all.length)
        view.add(
          scene.add
            .text(
              LEFT + WIDTH,
              BOTTOM,
              `Items ${from + 1}–${from + shown} of ${all.length}: ${from + shown < all.length ? 'Page Down for the rest' : 'Page Up for the first'}`,
              textStyle('small', { color: pal.muted, px: small }),
            )
            .setOrigin(1, 1),
        );
      return { first: from, shown, total: all.length };
    }
    drawn.forEach((t) => t.destroy());
  }
  return { first: from, shown: 0, total: all.length };
}

type Reading = ReturnType<typeof itemReadings>[number];

/** Whether an item's verdict fits on its title's line (else it goes on a line of its own below). */
function verdictBeside(reading: Reading): boolean {
  const px = chartPx();
  const w = (text: string, bold: boolean) => textWidth(text, BASE_FONT_PX.small, { bold, px });
  return w(reading.title, true) + 24 + w(reading.verdict, !reading.agree) <= WIDTH;
}

/** The height of a block above its explanation: the title (and verdict) lines, the bars, their figures. */
function blockHead(reading: Reading): number {
  const title = lineOf(chartPx()) * (verdictBeside(reading) ? 1 : 2);
  return title + 4 + 12 + lineOf(rowPx()) + 4;
}

function drawBlocks(
  scene: Scene,
  view: GameObjects.Container,
  r: LabResult,
  rules: readonly RuleId[],
  col: number,
  readings: readonly Reading[],
  texts: readonly GameObjects.Text[],
): void {
  const pal = palette();
  const bars = scene.add.graphics();
  const px = chartPx();
  let y = TOP + lineOf(rowPx()) + 6;
  readings.forEach((reading, j) => {
    view.add(scene.add.text(LEFT, y, reading.title, textStyle('small', { color: pal.text, bold: true, px })));
    const beside = verdictBeside(reading);
    view.add(
      scene.add
        .text(
          LEFT + WIDTH,
          beside ? y : y + lineOf(px),
          reading.verdict,
          textStyle('small', {
            color: reading.agree ? pal.muted : pal.gold,
            bold: !reading.agree,
            px,
          }),
        )
        .setOrigin(1, 0),
    );
    const head = blockHead(reading);
    const by = y + lineOf(px) * (beside ? 1 : 2) + 4;
    rules.forEach((rule, k) => {
      const x = LEFT + k * col;
      const w = col - 16;
      const share = r.rules[rule]!.adopted[reading.issue] ?? 0;
      const [lo, hi] = r.rules[rule]!.adoptedInterval[reading.issue] ?? [share, share];
      bars.fillStyle(pal.panelEdge, 1).fillRect(x, by, w, 10);
      bars.fillStyle(pal.goldNum, 1).fillRect(x, by, w * share, 10);
      bars.lineStyle(2, 0xf4f7fb, 1).lineBetween(x + w * lo, by + 5, x + w * hi, by + 5);
      const at = adoptedAt(r.rules[rule]!.items[reading.issue]?.value);
      view.add(
        scene.add.text(
          x,
          by + 12,
          `${Math.round(100 * share)}%${at ? ` ${at}` : ''}`,
          textStyle('small', { color: pal.text, px: rowPx() }),
        ),
      );
    });
    const t = texts[j]!;
    t.setPosition(LEFT, y + head);
    view.add(t);
    y += head + t.height + 10;
  });
  view.add(bars);
}
