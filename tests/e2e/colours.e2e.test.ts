// The colours a player chooses in Settings reach the hall: high contrast turns its panel black and frames
// every seat in white, the red–green set repaints the seats, read from the pixels of the screen itself.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  newGameToBriefing,
  openPage,
  press,
  shot,
  useBrowserSuite,
  waitForScene,
  waitReady,
} from './harness';
import { centre, clickAt, control, layout } from './pointer';

const suite = useBrowserSuite();
const SLOW = 150_000;

/** The colours (0xrrggbb) at canvas points, read from a screenshot of the page (1280×720: one to one). */
async function pixels(page: Page, points: readonly { x: number; y: number }[]): Promise<number[]> {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(
    async ([data, pts]) => {
      const blob = await (await fetch(`data:image/png;base64,${data}`)).blob();
      const bmp = await createImageBitmap(blob);
      const c = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
      c.drawImage(bmp, 0, 0);
      return pts.map((p) => {
        const [r, g, b] = c.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data;
        return (r! << 16) | (g! << 8) | b!;
      });
    },
    [png, points] as const,
  );
}

const hex = (n: number) => `#${n.toString(16).padStart(6, '0')}`;

/**
 * What the hall shows: its panel's colour beside its title, the fill of a supporting seat just left of its
 * label, and whether a white edge lies between the label and the panel (the 16 px to its left).
 */
async function hallColours(page: Page): Promise<{ panel: string; seatFill: string; whiteEdge: boolean }> {
  const texts = (await layout(page)).texts;
  const title = texts.find((t) => t.text === 'The hall')!;
  const seat = texts.find((t) => /^✓[A-Z]{2}$/.test(t.text))!;
  expect(title).toBeDefined();
  expect(seat).toBeDefined();
  const cy = seat.y + seat.h / 2;
  const run = Array.from({ length: 16 }, (_, i) => ({ x: seat.x - 1 - i, y: cy }));
  const [panel, ...left] = await pixels(page, [
    { x: title.x + title.w + 40, y: title.y + title.h / 2 },
    ...run,
  ]);
  return { panel: hex(panel!), seatFill: hex(left[2]!), whiteEdge: left.some((c) => c === 0xffffff) };
}

async function toPlenary(page: Page): Promise<void> {
  await press(page, 'Home');
  await newGameToBriefing(page);
  await press(page, 'Enter');
  await waitForScene(page, 'Plenary');
}

describe('colours chosen in Settings', () => {
  it(
    'restyle the hall: high contrast, then the red–green set',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
        // (Only on the first load: the test reloads the page to leave the meeting, keeping what it chose.)
        init: `if (!localStorage.getItem('roughConsensus.settings')) localStorage.setItem('roughConsensus.settings', JSON.stringify({ muted: true, reducedMotion: true }));`,
      });
      await waitReady(page);
      await toPlenary(page);
      const standard = await hallColours(page);
      await shot(page, 'colours-hall-standard');
      expect(standard.panel).toBe('#13244a');
      expect(standard.seatFill).toBe('#56b4e9');
      expect(standard.whiteEdge).toBe(false);

      // Settings, by mouse: High contrast ▶.
      await page.reload();
      await waitReady(page);
      await clickAt(page, centre(await control(page, /^Settings$/)));
      await waitForScene(page, 'Settings');
      await clickAt(page, centre(await control(page, /^High contrast$/), /^▶$/));
      await page.waitForFunction(() =>
        window.roughConsensus.announcements.some((a) => a === 'High contrast: On.'),
      );
      await press(page, 'Escape');
      await waitForScene(page, 'Title');
      await toPlenary(page);
      const contrast = await hallColours(page);
      await shot(page, 'colours-hall-high-contrast');
      expect(contrast.panel).toBe('#000000');
      expect(contrast.seatFill).toBe('#56b4e9');
      expect(contrast.whiteEdge).toBe(true);

      // The red–green set as well.
      await page.reload();
      await waitReady(page);
      await clickAt(page, centre(await control(page, /^Settings$/)));
      await waitForScene(page, 'Settings');
      await clickAt(page, centre(await control(page, /^Colours$/), /^▶$/));
      await page.waitForFunction(() =>
        window.roughConsensus.announcements.some((a) => a === 'Colours: Red–green safe.'),
      );
      // Settings' key shows the chosen colours at once.
      expect((await layout(page)).texts.some((t) => t.text === '✓ passes, met')).toBe(true);
      await shot(page, 'colours-settings-red-green');
      await press(page, 'Escape');
      await waitForScene(page, 'Title');
      await toPlenary(page);
      const safe = await hallColours(page);
      await shot(page, 'colours-hall-red-green-high-contrast');
      expect(safe.panel).toBe('#000000');
      expect(safe.seatFill).toBe('#648fff');
      expect(safe.whiteEdge).toBe(true);
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
