// The classroom in a real browser: a teacher at the facilitator console and students in the hot seat. Each
// test here reproduces a fault a teacher met in a first lesson and checks what the room would notice.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  canvasBox,
  currentScene,
  frames,
  openPage,
  press,
  shot,
  useBrowserSuite,
  waitForAnnouncement,
  waitForScene,
  waitReady,
  type OpenedPage,
} from './harness';

const suite = useBrowserSuite();
const SLOW = 180_000;

interface Ctx {
  value: string | { session?: string };
  context: {
    log: { type: string; card?: string }[];
    paused: boolean;
    elapsed: number;
    humans: Record<string, string>;
    item: { speakers: string[]; turn: { seconds: number } } | null;
  };
}

function snap(page: Page): Promise<Ctx> {
  return page.evaluate(() => window.roughConsensus.snapshot() as Ctx);
}

/** The session's events so far, without the clock's ticks. */
async function logTypes(page: Page): Promise<string[]> {
  return (await snap(page)).context.log.map((e) => e.type).filter((t) => t !== 'TICK');
}

async function keys(page: Page, ...list: string[]): Promise<void> {
  for (const k of list) await page.keyboard.press(k);
  await frames(page, 3);
}

/**
 * Moves Setup's focus down to the row whose label is `label` (as announced: "Seed, 7."), found by what it
 * says rather than by counting rows, so a row added above it does not move the test onto another row.
 */
async function focusRow(page: Page, label: string): Promise<void> {
  const spoken = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[,.]`);
  for (let i = 0; i < 30; i++) {
    const said = await page.evaluate(() => window.roughConsensus.announcements.at(-1) ?? '');
    if (spoken.test(said)) return;
    await keys(page, 'ArrowDown');
  }
  throw new Error(`Setup has no row "${label}" below the focus`);
}

async function typeField(page: Page, text: string): Promise<void> {
  await press(page, 'Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await press(page, 'Enter');
}

async function newGame(): Promise<OpenedPage> {
  const opened = await openPage(suite.browser, suite.server.url);
  await waitReady(opened.page);
  await press(opened.page, 'Home', 'ArrowDown', 'Enter'); // New game (Continue is first)
  await waitForScene(opened.page, 'Setup');
  return opened;
}

/** Waits until one of the last few announcements matches (unlike waitForAnnouncement, not an old one). */
async function waitForRecent(page: Page, re: RegExp, timeoutMs = 5_000): Promise<void> {
  await page.waitForFunction(
    ([src, flags]) =>
      window.roughConsensus.announcements.slice(-4).some((a) => new RegExp(src, flags).test(a)),
    [re.source, re.flags] as const,
    { timeout: timeoutMs },
  );
}

/** A click at design coordinates (1280×720). */
async function clickAt(page: Page, x: number, y: number): Promise<void> {
  const box = await canvasBox(page);
  const k = box.width / 1280;
  await page.mouse.click(box.x + x * k, box.y + y * k);
  await frames(page, 3);
}

/** One player (South Africa, the default), no PIN: Setup to the Plenary. */
async function soloMeeting(page: Page): Promise<void> {
  await focusRow(page, 'Seed');
  await typeField(page, '7');
  await focusRow(page, 'Start the meeting');
  await press(page, 'Enter');
  await waitForScene(page, 'Briefing');
  await press(page, 'Enter');
  await waitForScene(page, 'Plenary');
}

async function openConsole(page: Page): Promise<void> {
  await press(page, 'F2');
  await waitForScene(page, 'Facilitator');
  await waitForAnnouncement(page, /^Facilitator console\. Up and down/);
}

describe('facilitator console', () => {
  it(
    'a click on an entry of the inject list injects that event and nothing underneath it',
    async () => {
      const { page, problems, context } = await newGame();
      await soloMeeting(page);
      await openConsole(page);
      await keys(page, 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter'); // Inject an event card…
      await waitForAnnouncement(page, /Inject an event card\. \d+ to choose from/);
      const before = await logTypes(page);
      // Over "Skip the current speaker" (y 347) and "Force a consensus call" (y 396) of the console below.
      await clickAt(page, 300, 350);
      await shot(page, 'classroom-inject-click');
      const after = await logTypes(page);
      const added = after.slice(before.length);
      expect(added).toEqual(['INJECT']);
      // The list closed with the choice; the console is still open.
      expect(await currentScene(page)).toBe('Facilitator');
      // A click on the list's box away from any entry (over "Close the console") does nothing at all.
      await keys(page, 'Home', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter');
      await waitForRecent(page, /^Inject an event card\. \d+ to choose from/);
      const n = (await logTypes(page)).length;
      await clickAt(page, 900, 655);
      await clickAt(page, 300, 655);
      expect(await currentScene(page)).toBe('Facilitator');
      expect((await logTypes(page)).length).toBe(n);
      // Escape leaves the list for the console, one level, and a second Escape closes the console.
      await press(page, 'Escape');
      await waitForRecent(page, /^Back to the console\.$/);
      expect(await currentScene(page)).toBe('Facilitator');
      await press(page, 'Escape');
      await waitForScene(page, 'Plenary');
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});

/** Seconds on the session clock. */
async function elapsed(page: Page): Promise<number> {
  return (await snap(page)).context.elapsed;
}

/** The screen-reader copy of what the scene shows. */
function screenText(page: Page): Promise<string> {
  return page.evaluate(() => document.getElementById('screen-text')?.textContent ?? '');
}

describe('the teacher at work', () => {
  it(
    'stops the clocks while the console or a dialog is open, and lets the facilitator inject while paused',
    async () => {
      const { page, problems, context } = await newGame();
      await soloMeeting(page); // one lesson: a session timer runs
      await page.waitForFunction(
        () => (window.roughConsensus.snapshot() as { context: { elapsed: number } }).context.elapsed >= 1,
        undefined,
        { timeout: 20_000 },
      );
      await openConsole(page);
      const atOpen = await elapsed(page);
      await page.waitForTimeout(3500);
      expect(await elapsed(page)).toBe(atOpen); // the clocks waited for the teacher
      // Pause, then inject: the facilitator may act while paused, and the console shows one state.
      await press(page, 'Home', 'Enter');
      await page.waitForFunction(() => (window.roughConsensus.snapshot() as Ctx).context.paused);
      const status = await screenText(page);
      expect(status).toMatch(/PAUSED/);
      expect(status).not.toMatch(/running/i);
      await keys(page, 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter'); // Inject an event card…
      await waitForRecent(page, /^Inject an event card\. \d+ to choose from/);
      await press(page, 'Enter');
      await page.waitForFunction(
        () =>
          (window.roughConsensus.snapshot() as { context: { injected: string[] } }).context.injected
            .length === 1,
      );
      expect((await snap(page)).context.log.at(-1)?.type).toBe('INJECT');
      await shot(page, 'classroom-console-paused-inject');
      await keys(page, 'Home', 'Enter'); // Resume
      await page.waitForFunction(() => !(window.roughConsensus.snapshot() as Ctx).context.paused);
      await press(page, 'Escape');
      await waitForScene(page, 'Plenary');
      // "Leave the meeting?" holds the clocks too.
      await press(page, 'Escape');
      await waitForRecent(page, /Leave the meeting\?/);
      const atDialog = await elapsed(page);
      await page.waitForTimeout(3500);
      expect(await elapsed(page)).toBe(atDialog);
      await shot(page, 'classroom-leave-dialog');
      await press(page, 'Enter'); // Stay in the meeting
      await page.waitForFunction(
        (t) => (window.roughConsensus.snapshot() as Ctx).context.elapsed > t,
        atDialog,
        {
          timeout: 10_000,
        },
      );
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});

/** The delegation the session waits for among the people's seats, if any. */
function awaitedHuman(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const s = window.roughConsensus.snapshot() as {
      value: string | { session?: string };
      context: {
        humans: Record<string, string>;
        item: { speakers: string[]; call: { responded: string[] } | null } | null;
        caucus: { to: string } | null;
      };
    };
    const phase = typeof s.value === 'string' ? s.value : s.value.session;
    const humans = Object.keys(s.context.humans);
    const sp = s.context.item?.speakers[0];
    if (phase === 'floor' && sp && humans.includes(sp)) return sp;
    if (phase === 'caucus' && s.context.caucus && humans.includes(s.context.caucus.to))
      return s.context.caucus.to;
    if (phase === 'consensusCall')
      return humans.find((h) => !(s.context.item?.call?.responded ?? []).includes(h)) ?? null;
    return null;
  });
}

/** Setup for two players (South Africa and Zimbabwe), then the briefings behind their covers. */
async function twoPlayers(page: Page): Promise<void> {
  await focusRow(page, 'Seed');
  await typeField(page, '7');
  await focusRow(page, '+ Add a player');
  await keys(page, 'Enter');
  await waitForAnnouncement(page, /Added Player 2, playing Zimbabwe/);
  await focusRow(page, 'Start the meeting');
  await press(page, 'Enter');
  for (let i = 0; i < 2; i++) {
    await waitForScene(page, 'Handover');
    await press(page, 'Enter');
    await waitForScene(page, 'Briefing');
    await press(page, 'Enter');
  }
  await waitForScene(page, 'Plenary');
}

describe('hot seat', () => {
  it(
    'shows the hand-over before the next person’s hand when a player hands their seat to the AI',
    async () => {
      const { page, problems, context } = await newGame();
      await twoPlayers(page);
      await press(page, 'f'); // fast-forward the AI
      // Pass covers and answer for people (refuse, yield) until South Africa has the floor.
      for (let i = 0; i < 400; i++) {
        const scene = await currentScene(page);
        const who = await awaitedHuman(page);
        if (scene === 'Plenary' && who === 'ZA') break;
        if (scene === 'Handover') await press(page, 'Enter');
        else if (scene === 'Plenary' && who) await press(page, 'y', 'n');
        else await frames(page, 2);
      }
      expect(await awaitedHuman(page)).toBe('ZA');
      const mark = await page.evaluate(() => window.roughConsensus.announcements.at(-1) ?? '');
      await press(page, 'i'); // Player 1 hands South Africa to the AI
      // (Wait until the seat is the AI's: on a loaded machine the key lands a few frames later.)
      await page.waitForFunction(
        () => !('ZA' in (window.roughConsensus.snapshot() as { context: { humans: object } }).context.humans),
      );
      // The meeting goes on with the AI in South Africa's seat until it waits for another person: their
      // hand-over comes before anything of theirs is said or shown.
      for (let i = 0; i < 600 && !(await awaitedHuman(page)); i++) await frames(page, 2);
      const next = await awaitedHuman(page);
      expect(next).not.toBeNull();
      expect(next).not.toBe('ZA');
      await waitForScene(page, 'Handover');
      await shot(page, 'classroom-handover-after-ai-takes-seat');
      const said = (await page.evaluate(() => [...window.roughConsensus.announcements])) as string[];
      const after = said.slice(said.lastIndexOf(mark) + 1);
      const cover = after.findIndex((a) => /^Hot seat\. Pass the keyboard to Player 2/.test(a));
      const move = after.findIndex((a) => /^Your move, /.test(a) && !/South Africa/.test(a));
      expect(cover).toBeGreaterThanOrEqual(0);
      expect(move === -1 || move > cover).toBe(true);
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});

describe('the teacher’s kit', () => {
  it(
    'leads from the title to the teacher’s guide',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url);
      await waitReady(page);
      await press(page, 'Home', 'ArrowDown', 'ArrowDown', 'ArrowDown'); // Continue, New game, Replay, Classroom
      await waitForRecent(page, /^Classroom, for teachers/);
      await shot(page, 'kit-title');
      await press(page, 'Enter');
      await waitForScene(page, 'Classroom');
      await shot(page, 'kit-classroom');
      await press(page, 'ArrowDown', 'ArrowDown', 'ArrowDown'); // the hot seat, the two room entries
      await waitForRecent(page, /^Teacher’s guide/);
      await press(page, 'Enter');
      await waitForScene(page, 'KitReader');
      await waitForRecent(page, /^Teacher’s guide\./);
      expect(await screenText(page)).toMatch(/What students learn/);
      await press(page, 'ArrowRight', 'ArrowRight'); // the 45-minute lesson
      expect(await screenText(page)).toMatch(/A 45-minute lesson[\s\S]*10–30 min · The plenary/);
      await shot(page, 'kit-guide-45');
      await press(page, 'Escape');
      await waitForScene(page, 'Classroom');
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
