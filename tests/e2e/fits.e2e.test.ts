// The Plenary's help, its status line and the captions of sounds, at the largest text in small, middling
// and large windows (and the status line and captions at Normal too): the help stays readable (never set
// below the Normal small size; a list too long for the screen scrolls instead), no text is cut, and a
// caption covers none of the screen's own text.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, press, shot, useBrowserSuite, waitForScene, waitReady } from './harness';
import { cutTexts, offCanvas, overlapping, textsWithin } from './bounds';
import { centre, clickAt, control, layout, type ShownText } from './pointer';

const suite = useBrowserSuite();
const SLOW = 240_000;
/** The Normal size of small text: the help is never set smaller. */
const HELP_FLOOR = 22;
const NOW = { x: 716, y: 320, w: 556, h: 108 };
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

async function toPlenary(page: Page, fast: boolean): Promise<void> {
  await waitReady(page);
  await clickAt(page, centre(await control(page, /^New game$/)));
  await waitForScene(page, 'Setup');
  if (fast) await clickAt(page, centre(await control(page, /^Pace$/), /^▶$/));
  await clickAt(page, centre(await control(page, /^Start the meeting/)));
  await waitForScene(page, 'Briefing');
  await clickAt(page, centre(await control(page, /^Begin the meeting$/)));
  await waitForScene(page, 'Plenary');
}

const helpTexts = async (page: Page) =>
  (await layout(page)).texts.filter((t) => t.scene === 'Overlay' && !/^\[/.test(t.text));

describe('help, status line and captions in the Plenary', () => {
  for (const [name, textScale, width, height] of [
    ['Normal 1280×720', 1, 1280, 720],
    ['Largest 1024×600', 1.3, 1024, 600],
    ['Largest 1280×720', 1.3, 1280, 720],
    ['Largest 1920×1080', 1.3, 1920, 1080],
  ] as const) {
    it(
      `${name}: the status line keeps its clock, help reads whole at a readable size, captions cover nothing`,
      async () => {
        const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
          viewport: { width, height },
          init: `localStorage.setItem('roughConsensus.settings', JSON.stringify({ textScale: ${textScale}, muted: true, reducedMotion: true }));`,
        });
        const tag = `fits-${textScale}-${width}`;
        await toPlenary(page, false);
        // The status line at classroom pace: whole, or shortened by words, never cut, with the session clock.
        await page.waitForFunction(
          (r) =>
            (
              window.roughConsensus.layout() as {
                texts: { text: string; x: number; y: number; w: number; h: number }[];
              }
            ).texts.some(
              (t) => t.y > r.y && t.y < r.y + r.h && t.x > r.x && /Session \d+:\d\d left/.test(t.text),
            ),
          NOW,
          { timeout: 30_000 },
        );
        const now = textsWithin(await layout(page), NOW);
        expect(cutTexts({ texts: now, controls: [] })).toEqual([]);
        expect(now.map((t) => t.text).join(' ')).toMatch(
          /(Next AI move|Your move|AI moving).*Session \d+:\d\d left/,
        );
        await shot(page, `${tag}-plenary`);

        // Help: every text at the Normal small size or larger, none cut, off the screen or run together;
        // paging down shows every entry down to the last.
        await press(page, 'F1');
        await page.waitForFunction(() => window.roughConsensus.announcements.some((a) => /^Help\./.test(a)));
        const seen = new Set<string>();
        const faults: string[] = [];
        for (let pageNo = 0; pageNo < 8; pageNo++) {
          const texts = await helpTexts(page);
          for (const t of texts) {
            seen.add(flat(t.text));
            if (t.size < HELP_FLOOR) faults.push(`“${t.text.slice(0, 30)}” at ${t.size} px`);
          }
          const l = { texts, controls: [] };
          faults.push(...cutTexts(l), ...offCanvas(l), ...overlapping(l));
          await shot(page, `${tag}-help-${pageNo}`);
          if (!texts.some((t) => /^▼ more/.test(t.text))) break;
          await press(page, 'PageDown');
        }
        expect(faults).toEqual([]);
        for (const entry of [
          'Move to the next / previous control',
          'Show / hide this help',
          'Facilitator console',
          'Close a list; leave to the title (autosaved)',
        ])
          expect([...seen], entry).toContain(entry);
        await press(page, 'Escape');
        await page.waitForFunction(() => window.roughConsensus.announcements.at(-1) === 'Help closed.');

        // A caption (the gavel at the consensus call, the murmur at an objection) covers no text of the room.
        if (width !== 1920) {
          await press(page, 'i', 'f');
          await page.waitForFunction(
            () =>
              (window.roughConsensus.layout() as { texts: { scene: string; text: string }[] }).texts.some(
                (t) => t.scene === 'Overlay' && /^\[/.test(t.text),
              ),
            undefined,
            { timeout: 120_000, polling: 50 },
          );
          const l = await layout(page);
          // Each caption with its box's margin around it.
          const captions = l.texts
            .filter((t) => t.scene === 'Overlay' && /^\[/.test(t.text))
            .map((t) => ({ ...t, x: t.x - 12, y: t.y - 6, w: t.w + 24, h: t.h + 12 }));
          const room = l.texts.filter((t) => t.scene === 'Plenary');
          const meets = (a: ShownText, b: ShownText) =>
            a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
          const covered = captions.flatMap((c) =>
            room.filter((t) => meets(c, t)).map((t) => `“${c.text}” covers “${t.text.slice(0, 40)}”`),
          );
          await shot(page, `${tag}-caption`);
          expect(covered).toEqual([]);
          // Nor the PAUSED banner, where the captions' place is the same (they sat over its top): its box
          // reaches 18 px above its heading and below its line, across the hall less 80 px a side.
          await page.evaluate(() => window.roughConsensus.send({ type: 'PAUSE' }));
          await page.waitForFunction(() =>
            (window.roughConsensus.layout() as { texts: { text: string }[] }).texts.some((t) =>
              /PAUSED/.test(t.text),
            ),
          );
          const shown = (await layout(page)).texts;
          const head = shown.find((t) => /PAUSED/.test(t.text))!;
          const line = shown.find((t) => /has paused the meeting/.test(t.text))!;
          const banner = { x: 88, y: head.y - 18, w: 540, h: line.y + line.h + 18 - (head.y - 18) };
          const captionsNow = shown
            .filter((t) => t.scene === 'Overlay' && /^\[/.test(t.text))
            .map((t) => ({ ...t, x: t.x - 12, y: t.y - 6, w: t.w + 24, h: t.h + 12 }));
          const underBanner = [...captions, ...captionsNow]
            .filter((c) => meets(c, { ...c, ...banner }))
            .map((c) => c.text);
          await shot(page, `${tag}-caption-paused`);
          expect(underBanner).toEqual([]);
        }
        expect(problems()).toEqual([]);
        await context.close();
      },
      SLOW,
    );
  }
});
