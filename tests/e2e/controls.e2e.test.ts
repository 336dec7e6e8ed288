// Every Setup and Settings control by mouse and by touch, not only by keys: ◀ ▶ change a value, a
// player's delegation comes from a list with type-to-search, editing a name replaces the default, and
// "Import a save file…" opens the browser's file chooser from a real click.
import type { Browser, FileChooser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  announcements,
  frames,
  openPage,
  press,
  shot,
  serviceWorkers,
  TUTORIAL_SEEN,
  useBrowserSuite,
  waitForAnnouncement,
  waitForScene,
  waitReady,
} from './harness';
import { centre, clickAt, control, layout, tapAt, wheelAt } from './pointer';

const suite = useBrowserSuite();
const SLOW = 120_000;

/** The value shown on a Setup row (its gold text between the arrows). */
async function rowValue(page: Page, label: RegExp): Promise<string> {
  const c = await control(page, label);
  const texts = c.texts.map((t) => t.text).filter((t) => !/^[◀▶]$/.test(t) && !label.test(t));
  return texts.join(' ');
}

/** A fresh page, with touch events if asked, on the Setup screen (reached by pointer: the title's button). */
async function setupPage(
  browser: Browser,
  url: string,
  touch: boolean,
): Promise<{
  page: Page;
  close: () => Promise<void>;
  problems: () => string[];
  nextChooser: () => Promise<FileChooser>;
}> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    hasTouch: touch,
    serviceWorkers: serviceWorkers(),
  });
  await context.addInitScript(TUTORIAL_SEEN);
  const page = await context.newPage();
  const problems: string[] = [];
  // File choosers are caught from the start (catching them only when one is awaited races the click).
  const choosers: FileChooser[] = [];
  page.on('filechooser', (c) => choosers.push(c));
  const nextChooser = async () => {
    await expect.poll(() => choosers.length, { timeout: 10_000 }).toBeGreaterThan(0);
    return choosers.shift()!;
  };
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/GL Driver|GPU stall|performance warning/i.test(m.text()))
      problems.push(m.text());
  });
  await page.goto(url);
  await waitReady(page);
  const act = touch ? tapAt : clickAt;
  await act(page, centre(await control(page, /^New game$/)));
  await waitForScene(page, 'Setup');
  await frames(page, 3);
  return { page, close: () => context.close(), problems: () => problems, nextChooser };
}

async function operateSetup(page: Page, act: typeof clickAt, label: string): Promise<void> {
  // Meeting, Decision rule, Agenda: ▶ steps forward, ◀ steps back.
  for (const row of [/^Meeting$/, /^Decision rule$/, /^Agenda$/]) {
    const before = await rowValue(page, row);
    await act(page, centre(await control(page, row), /^▶$/));
    const after = await rowValue(page, row);
    expect(after, `${row} ▶`).not.toBe(before);
    await act(page, centre(await control(page, row), /^◀$/));
    expect(await rowValue(page, row), `${row} ◀`).toBe(before);
  }
  // The player's ▶ changes the delegation, and does not open the name for typing.
  const player = /^Player 1$/;
  const seat = await rowValue(page, player);
  await act(page, centre(await control(page, player), /^▶$/));
  expect(await rowValue(page, player)).not.toBe(seat);
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('INPUT');
  // The delegation's name opens the list; typing narrows it; a click or tap chooses.
  const valueText = (await control(page, player)).texts.find(
    (t) => !player.test(t.text) && !/^[◀▶]$/.test(t.text),
  )!;
  await act(page, { x: valueText.x + valueText.w / 2, y: valueText.y + valueText.h / 2 });
  await waitForAnnouncement(page, /Delegation for Player 1: \d+ to choose from/);
  await page.keyboard.type('namib');
  await waitForAnnouncement(page, /1 found\. Namibia/);
  await shot(page, `setup-${label}-list`);
  await act(page, centre(await control(page, /^Namibia$/)));
  await waitForAnnouncement(page, /^Player 1: Namibia\.$/);
  expect(await rowValue(page, player)).toBe('Namibia');
  // The name: the default is selected, so typing replaces it.
  await act(page, centre(await control(page, player), /^Player 1$/));
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  await page.keyboard.type('Ana');
  await page.keyboard.press('Enter');
  await frames(page, 3);
  expect((await control(page, /^Ana$/)).texts.map((t) => t.text)).toContain('Namibia');
  await shot(page, `setup-${label}`);
}

describe('controls by pointer', () => {
  it(
    'Setup by mouse: arrows, the delegation list, the name, and the file chooser from a real click',
    async () => {
      const { page, close, problems, nextChooser } = await setupPage(suite.browser, suite.server.url, false);
      await operateSetup(page, clickAt, 'mouse');
      // Import a save file…: a real click opens the browser's file chooser.
      await clickAt(page, centre(await control(page, /^Import a save file…$/)));
      const first = await nextChooser();
      expect(first.isMultiple()).toBe(false);
      await first.setFiles([]); // (answered, as a person closing the dialog would, so the next can open)
      // …and so does Enter on it.
      await press(page, 'Enter');
      await nextChooser();
      expect(problems()).toEqual([]);
      await close();
    },
    SLOW,
  );

  it(
    'Setup by touch: the same controls answer taps',
    async () => {
      const { page, close, problems, nextChooser } = await setupPage(suite.browser, suite.server.url, true);
      await operateSetup(page, tapAt, 'touch');
      await tapAt(page, centre(await control(page, /^Import a save file…$/)));
      await nextChooser();
      expect(problems()).toEqual([]);
      await close();
    },
    SLOW,
  );

  it(
    'Setup by keys: a letter on a player opens the list, already searching',
    async () => {
      const { page, context, problems } = await openPage(suite.browser, suite.server.url);
      await waitReady(page);
      await press(page, 'Home', 'ArrowDown', 'Enter');
      await waitForScene(page, 'Setup');
      for (let i = 0; i < 8; i++) await press(page, 'ArrowDown');
      await waitForAnnouncement(page, /^Player 1, South Africa/);
      await press(page, 'b');
      await waitForAnnouncement(page, /Delegation for Player 1: \d+ to choose from/);
      await page.keyboard.type('ots');
      await frames(page, 5);
      await waitForAnnouncement(page, /1 found\. Botswana/);
      await press(page, 'Enter');
      await waitForAnnouncement(page, /^Player 1: Botswana\.$/);
      // Escape leaves it as it was.
      await press(page, 'c');
      await press(page, 'Escape');
      await waitForAnnouncement(page, /Kept the delegation/);
      expect((await control(page, /^Player 1$/)).texts.map((t) => t.text)).toContain('Botswana');
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'Settings by mouse: ◀ ▶ and a click on the row change it, as on Setup',
    async () => {
      const { page, context, problems } = await openPage(suite.browser, suite.server.url);
      await waitReady(page);
      await clickAt(page, centre(await control(page, /^Settings$/)));
      await waitForScene(page, 'Settings');
      const volume = () => control(page, /^Volume$/).then((c) => c.texts.map((t) => t.text).join(' '));
      expect(await volume()).toMatch(/80 %/);
      await clickAt(page, centre(await control(page, /^Volume$/), /^◀$/));
      expect(await volume()).toMatch(/70 %/);
      await clickAt(page, centre(await control(page, /^Volume$/), /^▶$/));
      expect(await volume()).toMatch(/80 %/);
      await clickAt(page, centre(await control(page, /^Sound$/), /^Sound$/));
      await waitForAnnouncement(page, /Sound: Off\./);
      expect((await announcements(page)).join(' ')).not.toMatch(/error/i);
      expect((await layout(page)).texts.length).toBeGreaterThan(3);
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'the wheel scrolls a long list at a normal rate',
    async () => {
      const { page, close, problems } = await setupPage(suite.browser, suite.server.url, false);
      const valueText = async () =>
        (await control(page, /^Player 1$/)).texts.find((t) => !/^Player 1$|^[◀▶]$/.test(t.text))!;
      const v = await valueText();
      await clickAt(page, { x: v.x + v.w / 2, y: v.y + v.h / 2 });
      await waitForAnnouncement(page, /Delegation for Player 1/);
      const firstRow = async () =>
        (await layout(page)).controls
          .filter((c) => c.texts.length && c.w > 600 && c.h < 100)
          .sort((a, b) => a.y - b.y)[0]!.texts[0]!.text;
      const top = await firstRow();
      // One notch of a mouse wheel (100 px) moves a couple of rows; a big flick many.
      await wheelAt(page, { x: 640, y: 400 }, 100);
      const afterNotch = await firstRow();
      expect(afterNotch).not.toBe(top);
      await wheelAt(page, { x: 640, y: 400 }, 1500);
      const list = await page.evaluate(() =>
        window.roughConsensus.announcements.filter((a) => /to choose from/.test(a)),
      );
      expect(list.length).toBeGreaterThan(0);
      const shownCount = await page.evaluate(
        () =>
          (window.roughConsensus.layout() as { texts: { text: string }[] }).texts.find((t) =>
            / of \d+/.test(t.text),
          )?.text ?? '',
      );
      const m = /^(\d+)–(\d+) of (\d+)/.exec(shownCount);
      expect(m, shownCount).not.toBeNull();
      expect(Number(m![1])).toBeGreaterThan(20);
      expect(problems()).toEqual([]);
      await close();
    },
    SLOW,
  );
});
