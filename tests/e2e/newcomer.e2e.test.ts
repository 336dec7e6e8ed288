// A newcomer's first screens: the briefing says what the meeting can settle, how much the delegation cares,
// what each move does and risks, and explains its words; and no control label is cut or runs out of its
// box at the largest text size in a small window (read from the drawn text objects' bounds).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  openPage,
  press,
  shot,
  useBrowserSuite,
  waitForAnnouncement,
  waitForScene,
  waitReady,
} from './harness';
import { layout, type ShownLayout } from './pointer';

const suite = useBrowserSuite();
const SLOW = 150_000;

/** Controls whose label is cut ("…") or whose texts reach outside the box (2 px of slack). */
function cutLabels(l: ShownLayout): string[] {
  const out: string[] = [];
  for (const c of l.controls) {
    for (const t of c.texts) {
      const outside =
        t.x < c.x - 2 || t.y < c.y - 2 || t.x + t.w > c.x + c.w + 2 || t.y + t.h > c.y + c.h + 2;
      if (outside) out.push(`${c.scene}: “${t.text}” runs out of its box`);
      else if (
        /…$/.test(t.text) &&
        !/^(Import a save file|Inject an event card|End the session)…$/.test(t.text)
      )
        out.push(`${c.scene}: “${t.text}” is cut`);
    }
  }
  return out;
}

/** Texts that leave the 1280×720 canvas. */
function offCanvas(l: ShownLayout): string[] {
  return l.texts
    .filter((t) => t.x < -1 || t.y < -1 || t.x + t.w > 1281 || t.y + t.h > 721)
    .map((t) => `${t.scene}: “${t.text.slice(0, 40)}” leaves the screen`);
}

const screenText = (page: Page) =>
  page.evaluate(() => document.getElementById('screen-text')?.textContent ?? '');

describe('a newcomer', () => {
  it(
    'reads in the briefing what this meeting can settle, how much they care, and what each move risks',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url);
      await waitReady(page);
      await press(page, 'Home', 'ArrowDown', 'Enter');
      await waitForScene(page, 'Setup');
      for (let i = 0; i < 10; i++) await press(page, 'ArrowDown'); // … Pace, Player 1, Add, Start
      await waitForAnnouncement(page, /^Start the meeting\./);
      await press(page, 'Enter');
      await waitForScene(page, 'Briefing');
      await page.waitForFunction(() =>
        /Your moves in the room/.test(document.getElementById('screen-text')?.textContent ?? ''),
      );
      const card = await screenText(page);
      // South Africa in the one-lesson Washington plenary: the definition is on the agenda, Marange is not.
      expect(card).toMatch(/☑ On this meeting’s agenda: /);
      expect(card).toMatch(/☐ Not on this meeting’s agenda: /);
      expect(card).toMatch(/In this meeting you can work on (one objective|\d objectives): Definition scope/);
      expect(card).toMatch(/Definition scope \(on this meeting’s agenda\): you cares? /);
      expect(card).toMatch(/You start at \d+ of 100 \(/);
      for (const move of [
        'Make an argument',
        'Amend the draft',
        'Offer a deal',
        'Press a delegation',
        'Object formally',
      ])
        expect(card).toMatch(new RegExp(`${move}[^\\n]*\\(key [A-Z]\\)`));
      expect(card.match(/^Risk: /gm)?.length).toBe(5);
      expect(card).toMatch(/Words on this card/);
      expect(card).toMatch(/Salience \(game term\): How much an issue matters/);
      await shot(page, 'newcomer-briefing');
      for (let i = 0; i < 4; i++) await press(page, 'PageDown');
      await shot(page, 'newcomer-briefing-moves');
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'sees no cut or spilling control label at the largest text in a 1024×600 window',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
        viewport: { width: 1024, height: 600 },
        init: `localStorage.setItem('roughConsensus.settings', JSON.stringify({ volume: 0.8, muted: true, textScale: 1.3, highContrast: false, reducedMotion: true }));`,
      });
      await waitReady(page);
      const faults: string[] = [];
      const check = async (name: string) => {
        const l = await layout(page);
        faults.push(...cutLabels(l), ...offCanvas(l));
        await shot(page, `largest-1024-${name}`);
      };
      await check('title');
      await press(page, 'End', 'Enter');
      await waitForScene(page, 'Settings');
      await check('settings');
      await press(page, 'Escape');
      await waitForScene(page, 'Title');
      await press(page, 'Home', 'ArrowDown', 'Enter');
      await waitForScene(page, 'Setup');
      await check('setup');
      for (let i = 0; i < 10; i++) await press(page, 'ArrowDown');
      await check('setup-start');
      await press(page, 'Enter');
      await waitForScene(page, 'Briefing');
      await check('briefing');
      expect(faults).toEqual([]);
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
