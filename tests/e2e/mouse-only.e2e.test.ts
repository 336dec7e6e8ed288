// One whole session with only the mouse, as a player at a whiteboard or without a keyboard would play it:
// title → New game → Setup (pace by its arrow) → Start → Briefing → Begin → the Plenary (an argument from
// the hand, what it changed, the panels' tabs, yielding the floor, the consensus call answered) → the Outcome
// → the debrief (past the exit tickets) → its pages → back to the title. No key is pressed: the page counts
// key events and the test ends by checking there were none.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  canvasBox,
  currentScene,
  openPage,
  shot,
  useBrowserSuite,
  waitForScene,
  waitReady,
  yourMove,
} from './harness';
import { centre, clickAt, control, layout, wheelAt, type ShownControl } from './pointer';

const suite = useBrowserSuite();
const SLOW = 300_000;

const COUNT_KEYS = `window.__keysPressed = 0;
  window.addEventListener('keydown', () => { window.__keysPressed += 1; }, true);`;

const screenText = (page: Page) =>
  page.evaluate(() => (document.getElementById('screen-text')?.textContent ?? '').replace(/\s+/g, ' '));

/** The control one of whose texts matches, if one is shown. */
async function shown(page: Page, re: RegExp): Promise<ShownControl | undefined> {
  return (await layout(page)).controls.find(
    (c) => c.scene !== 'Overlay' && c.texts.some((t) => re.test(t.text)),
  );
}

/** Clicks the middle of a text drawn on the screen (a tab, a list row). */
async function clickText(page: Page, re: RegExp, below = 0): Promise<void> {
  const t = (await layout(page)).texts.find((x) => re.test(x.text) && x.y >= below);
  if (!t) throw new Error(`no text ${re} on screen`);
  await clickAt(page, { x: t.x + t.w / 2, y: t.y + t.h / 2 });
}

describe('a whole session by mouse alone', () => {
  it(
    'from the title to the debrief and back, without a key',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
        init: `${COUNT_KEYS}
          localStorage.setItem('roughConsensus.settings', JSON.stringify({ muted: true, reducedMotion: true }));`,
      });
      await waitReady(page);

      // Title → Setup: the pace by its ▶ (fast, so the call comes within a test's time), then Start.
      await clickAt(page, centre(await control(page, /^New game$/)));
      await waitForScene(page, 'Setup');
      await clickAt(page, centre(await control(page, /^Pace$/), /^▶$/));
      expect((await control(page, /^Pace$/)).texts.map((t) => t.text)).toContain('Fast (for watching)');
      await clickAt(page, centre(await control(page, /^Start the meeting/)));
      await waitForScene(page, 'Briefing');
      await shot(page, 'mouse-briefing');
      await clickAt(page, centre(await control(page, /^Begin the meeting$/)));
      await waitForScene(page, 'Plenary');

      // The player's turn (the status line says so): Make an argument, and the first card of the list.
      await yourMove(page);
      await clickAt(page, centre(await control(page, /^Make an argument$/)));
      // One click opens the list: a click that opens nothing fails the test (it once came in the frame
      // after the buttons were redrawn and fell through to nothing).
      await page
        .waitForFunction(
          () =>
            (window.roughConsensus.layout() as { texts: { text: string }[] }).texts.some((t) =>
              /^Make an argument \(\d+ in your hand\)$/.test(t.text),
            ),
          undefined,
          { timeout: 15_000 },
        )
        .catch(async (e: Error) => {
          await shot(page, 'mouse-no-picker'); // what the screen showed instead
          throw e;
        });
      const card = (await layout(page)).texts.find((t) => /^▶ /.test(t.text) && t.y > 460)!;
      const title = card.text.replace(/^▶ /, '');
      await clickAt(page, { x: card.x + card.w / 2, y: card.y + card.h / 2 });
      // What it changed opens by itself and names the speech.
      await page
        .waitForFunction(
          () => /What your speech changed: “/.test(document.getElementById('screen-text')?.textContent ?? ''),
          undefined,
          { timeout: 30_000 },
        )
        .catch(async (e: Error) => {
          await shot(page, 'mouse-no-change'); // what the screen showed instead
          throw e;
        });
      expect(await screenText(page)).toContain(`What your speech changed: “${title.replace(/…$/, '')}`);
      const said = await page.evaluate(() =>
        (
          window.roughConsensus.snapshot() as { context: { log: { type: string; by?: string }[] } }
        ).context.log
          .filter((e) => e.by === 'ZA')
          .map((e) => e.type),
      );
      expect(said).toContain('SPEAK');
      await shot(page, 'mouse-what-changed');

      // The panels by their tabs: the forecast, then back to what changed.
      await clickText(page, /^3 Would it pass\?$/);
      await page.waitForFunction(() =>
        /Would it pass/.test(document.getElementById('screen-text')?.textContent ?? ''),
      );
      await clickText(page, /^6 What changed$/);
      await page.waitForFunction(() =>
        /What your speech changed/.test(document.getElementById('screen-text')?.textContent ?? ''),
      );

      // On: yield the floor when it comes back, answer every consensus call with No objection, until the
      // meeting ends.
      let answered = 0;
      const until = Date.now() + 200_000;
      while ((await currentScene(page)) === 'Plenary' && Date.now() < until) {
        const noObjection = await shown(page, /^No objection$/);
        const yieldFloor = await shown(page, /^Yield the floor$/);
        // One click each: the button goes as the move is taken, and another move's button may take its place.
        const once = async (c: ShownControl, re: RegExp) => {
          await clickAt(page, centre(c));
          await expect
            .poll(async () => (await shown(page, re)) === undefined, { timeout: 30_000 })
            .toBe(true);
        };
        if (noObjection) {
          await shot(page, 'mouse-call');
          await once(noObjection, /^No objection$/);
          answered += 1;
        } else if (yieldFloor) await once(yieldFloor, /^Yield the floor$/);
        else await page.waitForTimeout(500);
      }
      expect(answered).toBeGreaterThan(0);
      const log = await page.evaluate(() =>
        (
          window.roughConsensus.snapshot() as { context: { log: { type: string; by?: string }[] } }
        ).context.log
          .filter((e) => e.by === 'ZA')
          .map((e) => e.type),
      );
      expect(log).toContain('CONCUR');

      // The Outcome, its pages by their tabs, then the debrief past the exit tickets.
      await waitForScene(page, 'Outcome', 30_000);
      await clickText(page, /^3 Objectives$/);
      await page.waitForFunction(() =>
        /South Africa — Player 1/.test(document.getElementById('screen-text')?.textContent ?? ''),
      );
      await shot(page, 'mouse-outcome-objectives');
      await clickAt(page, centre(await control(page, /^Go to the debrief$/)));
      await waitForScene(page, 'ExitTicket', 30_000);
      await clickAt(page, centre(await control(page, /^Go to the debrief \(D\)$/)));
      await waitForScene(page, 'Debrief', 30_000);
      await clickText(page, /^4 Participation$/);
      await page.waitForFunction(() =>
        /Player 1/.test(document.getElementById('screen-text')?.textContent ?? ''),
      );
      expect(await screenText(page)).toMatch(/South Africa/);
      await shot(page, 'mouse-debrief-participation');
      // The decisions as CSV for the teacher's spreadsheet: marked as UTF-8, headed in the report's words.
      const [dl] = await Promise.all([
        page.waitForEvent('download', { timeout: 15_000 }),
        clickAt(page, centre(await control(page, /^Decisions \(CSV\)$/))),
      ]);
      const csv = readFileSync((await dl.path())!, 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const head = csv.slice(1).split('\n')[0]!.split(',');
      expect(head).toContain('deciding vote (pivot)');
      expect(head).toContain('points from the room’s compromise');
      await clickAt(page, centre(await control(page, /^Finish: title screen$/)));
      await waitForScene(page, 'Title', 30_000);

      expect(await page.evaluate(() => (window as unknown as { __keysPressed: number }).__keysPressed)).toBe(
        0,
      );
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'a click that comes just after the action buttons were redrawn reaches the button drawn there',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
        init: `localStorage.setItem('roughConsensus.settings', JSON.stringify({ muted: true, reducedMotion: true }));`,
      });
      await waitReady(page);
      await clickAt(page, centre(await control(page, /^New game$/)));
      await waitForScene(page, 'Setup');
      await clickAt(page, centre(await control(page, /^Pace$/), /^▶$/));
      await clickAt(page, centre(await control(page, /^Start the meeting/)));
      await waitForScene(page, 'Briefing');
      await clickAt(page, centre(await control(page, /^Begin the meeting$/)));
      await waitForScene(page, 'Plenary');
      await yourMove(page);
      // The first button's place, where 'Take my seat back' is drawn once the seat goes to the AI.
      const first = centre(await control(page, /^Make an argument$/));
      const box = await canvasBox(page);
      const s = box.width / 1280;
      const at = { x: box.x + first.x * s, y: box.y + first.y * s };
      await page.mouse.move(at.x, at.y);
      // In one task, as a snapshot arriving while the player clicks: the seat goes to the AI (the panel is
      // redrawn with one button), and a press and release come before the next frame is drawn.
      await page.evaluate(({ x, y }) => {
        window.roughConsensus.send({ type: 'SET_CONTROL', delegation: 'ZA', human: false });
        const canvas = document.querySelector('#game canvas')!;
        const o = { clientX: x, clientY: y, bubbles: true, button: 0 };
        canvas.dispatchEvent(new MouseEvent('mousedown', { ...o, buttons: 1 }));
        canvas.dispatchEvent(new MouseEvent('mouseup', { ...o, buttons: 0 }));
      }, at);
      await expect
        .poll(
          () =>
            page.evaluate(
              () =>
                'ZA' in (window.roughConsensus.snapshot() as { context: { humans: object } }).context.humans,
            ),
          { timeout: 15_000 },
        )
        .toBe(true);
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'a click on a citation that comes just after the panel redrew its text opens it in Sources',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
        init: `localStorage.setItem('roughConsensus.settings', JSON.stringify({ muted: true, reducedMotion: true }));
          localStorage.setItem('roughConsensus.classroom', JSON.stringify({ pace: 'step' }));`,
      });
      await waitReady(page);
      await clickAt(page, centre(await control(page, /^New game$/)));
      await waitForScene(page, 'Setup');
      await clickAt(page, centre(await control(page, /^Start the meeting/)));
      await waitForScene(page, 'Briefing');
      await clickAt(page, centre(await control(page, /^Begin the meeting$/)));
      await waitForScene(page, 'Plenary');
      const tab = (await layout(page)).texts.find((t) => /^4 Draft$/.test(t.text))!;
      await clickAt(page, { x: tab.x + tab.w / 2, y: tab.y + tab.h / 2 });
      // Where a citation stands once the Draft panel is scrolled down a notch.
      const PANEL = { x: 300, y: 600 };
      const CITED = /(Washington 2012|Mtisi chapter), para \d+/;
      const cited = async () =>
        (await layout(page)).texts.find((t) => t.y > 480 && t.x < 708 && CITED.test(t.text));
      await wheelAt(page, PANEL, 100);
      const line = await cited();
      expect(line, 'a citation in the scrolled Draft panel').toBeDefined();
      const m = CITED.exec(line!.text)!;
      const at = {
        x: line!.x + (line!.w * (m.index + m[0].length / 2)) / line!.text.length,
        y: line!.y + line!.h / 2,
      };
      await wheelAt(page, PANEL, -100);
      // In one task: the wheel scrolls the panel (its text and its citations' zones made again) and a press
      // and release on the citation come before the next frame.
      const box = await canvasBox(page);
      const s = box.width / 1280;
      const q = { x: box.x + at.x * s, y: box.y + at.y * s };
      await page.mouse.move(q.x, q.y);
      await page.evaluate(({ x, y }) => {
        const canvas = document.querySelector('#game canvas')!;
        const o = { clientX: x, clientY: y, bubbles: true, button: 0 };
        canvas.dispatchEvent(new WheelEvent('wheel', { ...o, deltaY: 100, deltaMode: 0, cancelable: true }));
        canvas.dispatchEvent(new MouseEvent('mousedown', { ...o, buttons: 1 }));
        canvas.dispatchEvent(new MouseEvent('mouseup', { ...o, buttons: 0 }));
      }, q);
      await waitForScene(page, 'Sources', 15_000);
      await shot(page, 'mouse-citation-after-redraw');
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
