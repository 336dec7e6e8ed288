// "Now": who speaks, who is next, whose move it is and the clocks, edged in gold on your move.
import type { GameObjects, Scene } from 'phaser';
import { namesLineText, type NamesLine, type NowLines } from '../../app/floor-text';
import { restylePanel } from '../../ui/box';
import { drawBox, panelStyle } from '../../ui/panel';
import { fit, fitLabel, lh, px, textWidth, ts } from '../../ui/text';
import { palette } from '../../ui/theme';
import { NOW } from './layout';

export class NowPanel {
  private readonly box: GameObjects.Rectangle;
  private readonly lines: GameObjects.Text[] = [];

  constructor(scene: Scene) {
    this.box = drawBox(scene, NOW.x, NOW.y, NOW.w, NOW.h);
    // Lines a line-height apart at every text size (the panel holds three at Largest).
    const tops = [NOW.y + 8, NOW.y + 8 + lh(22), NOW.y + 8 + lh(22) + lh(18)];
    for (let i = 0; i < 3; i++)
      this.lines.push(scene.add.text(NOW.x + 14, tops[i]!, '', ts(i === 0 ? 22 : 18, { bold: i === 0 })));
  }

  render(now: NowLines): void {
    const pal = palette();
    restylePanel(this.box, panelStyle(now.yourMove ? { edge: pal.goldNum, lineWidth: 3 } : {}));
    const w = NOW.w - 28;
    // The headline whole, else with the speaker's short name, else in smaller type, and only then cut.
    const head =
      textWidth(now.headline, 22, { bold: true }) <= w
        ? { text: now.headline, px: px(22) }
        : fitLabel(now.headlineShort, w, 22, { bold: true });
    this.lines[0]!.setText(head.text).setFontSize(head.px);
    this.lines[1]!.setText(namesThatFit(now.next, w)).setColor(pal.muted);
    this.lines[2]!.setText(statusLine(now.status, NOW.w - 28)).setColor(now.urgent ? pal.gold : pal.text);
  }
}

/** A names line in `maxW` px: as many names as fit, whole, then how many more ("Next: A, B +3"). */
export function namesThatFit(line: NamesLine, maxW: number): string {
  for (let n = line.names.length; n >= 1; n--) {
    const text = namesLineText(line, n);
    if (textWidth(text, 18) <= maxW) return text;
  }
  return fit(null, namesLineText(line, 1), maxW, 18);
}

/** The parts of the status line, as floor-text joins them. */
const SEP = '  ·  ';

/**
 * Shorter forms of the status line's first part, longest first: without the hints after it
 * ("Next AI move in 0:52 (classroom pace) · Space: fast-forward" loses "· Space: fast-forward", which the
 * footer says too), then without its aside in brackets, then "▶ Your move" without the player's name, then
 * only the words before a double space ("AI moving").
 */
export function shorterForms(first: string): string[] {
  const parts = first.split(' · ');
  const forms = parts.map((_, n) => parts.slice(0, parts.length - n).join(' · '));
  const shortest = forms[forms.length - 1]!;
  const bare = shortest.replace(/\s*\([^)]*\)/g, '');
  if (bare && bare !== shortest) forms.push(bare);
  const nameless = forms[forms.length - 1]!.replace(/^(▶ Your move),[^,]*$/, '$1');
  if (nameless !== forms[forms.length - 1]) forms.push(nameless);
  // "AI moving  ▶▶ fast-forward ON": its first words, where a double space sets off the rest.
  const lead = forms[forms.length - 1]!.split('  ')[0]!;
  if (lead && lead !== forms[forms.length - 1]) forms.push(lead);
  return forms;
}

/**
 * The status line in `maxW` px: its first part (whose move, the AI's next move) gives up its hints and
 * asides before the clocks after it, and is cut only if its shortest form does not fit, so that the speech
 * and session clocks stay on screen at any text size.
 */
export function statusLine(status: string, maxW: number): string {
  if (textWidth(status, 18) <= maxW) return status;
  const [first = '', ...rest] = status.split(SEP);
  const tail = rest.length ? SEP + rest.join(SEP) : '';
  const room = maxW - textWidth(tail, 18);
  const forms = shorterForms(first);
  const whole = forms.find((f) => textWidth(f, 18) <= room);
  if (whole) return whole + tail;
  if (tail && room >= textWidth('Your move…', 18))
    return fit(null, forms[forms.length - 1]!, room, 18) + tail;
  return fit(null, forms[forms.length - 1]! + tail, maxW, 18);
}
