// The classroom in a real browser: a teacher at the facilitator console and students in the hot seat. Each
// test here reproduces a fault a teacher met in a first lesson and checks what the room would notice.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  awaitedHuman,
  clickAt,
  keys,
  logTypes,
  newGame,
  openConsole,
  screenText,
  snap,
  soloMeeting,
  twoPlayers,
  waitForRecent,
  type Ctx,
} from './class-steps';
import {
  currentScene,
  frames,
  openPage,
  press,
  shot,
  useBrowserSuite,
  waitForAnnouncement,
  waitForScene,
  waitReady,
} from './harness';
import { control } from './pointer';

const suite = useBrowserSuite();
const SLOW = 180_000;

describe('facilitator console', () => {
  it(
    'a click on an entry of the inject list injects that event and nothing underneath it',
    async () => {
      const { page, problems, context } = await newGame(suite);
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

describe('the console asks the meeting what it can do now', () => {
  it(
    'shows Force a consensus call as unavailable once a call is open, and says why in words',
    async () => {
      const { page, problems, context } = await newGame(suite);
      await soloMeeting(page);
      await press(page, 'f'); // fast-forward: the Chair opens the floor
      await page.waitForFunction(
        () => {
          const v = (window.roughConsensus.snapshot() as Ctx).value;
          return typeof v === 'object' && v.session === 'floor';
        },
        undefined,
        { timeout: 30_000 },
      );
      await openConsole(page);
      const focusForce = async () => {
        for (let i = 0; i < 20; i++) {
          const said = await page.evaluate(() => window.roughConsensus.announcements.at(-1) ?? '');
          if (/^Force a consensus call/.test(said)) return said;
          await keys(page, 'ArrowDown');
        }
        throw new Error('no Force a consensus call in the console');
      };
      expect(await focusForce()).not.toMatch(/unavailable/);
      await press(page, 'Enter');
      await page.waitForFunction(() => {
        const v = (window.roughConsensus.snapshot() as Ctx).value;
        return typeof v === 'object' && v.session === 'consensusCall';
      });
      // The call is open: a second force is not offered, and nothing reaches the meeting's log.
      const n = (await logTypes(page)).length;
      await keys(page, 'Home');
      expect(await focusForce()).toMatch(/unavailable: not now \(Call for consensus\)/);
      await press(page, 'Enter');
      await waitForRecent(page, /^Force a consensus call is unavailable: not now \(Call for consensus\)/);
      expect((await logTypes(page)).length).toBe(n);
      const text = await screenText(page);
      expect(text).not.toMatch(/FORCE_CALL|[A-Z]+_[A-Z]+/);
      // Its reason is drawn beside the label, not over it.
      const force = await control(page, /^Force a consensus call$/);
      const [label, reason] = [/^Force a consensus call$/, /^not now/].map((re) =>
        force.texts.find((t) => re.test(t.text))!,
      );
      expect(reason).toBeDefined();
      expect(label!.x + label!.w).toBeLessThanOrEqual(reason!.x);
      expect(reason!.x + reason!.w).toBeLessThanOrEqual(force.x + force.w);
      await shot(page, 'classroom-console-force-during-call');
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

describe('the teacher at work', () => {
  it(
    'stops the clocks while the console or a dialog is open, and lets the facilitator inject while paused',
    async () => {
      const { page, problems, context } = await newGame(suite);
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
      await page.waitForFunction(() => (window.roughConsensus.snapshot() as Ctx).paused);
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
      await page.waitForFunction(() => !(window.roughConsensus.snapshot() as Ctx).paused);
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

describe('hot seat', () => {
  it(
    'shows the hand-over before the next person’s hand when a player hands their seat to the AI',
    async () => {
      const { page, problems, context } = await newGame(suite);
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
      // The hand-over to Player 1 may come up a few frames after the floor opens: pass it first.
      await frames(page, 10);
      if ((await currentScene(page)) === 'Handover') {
        await press(page, 'Enter');
        await waitForScene(page, 'Plenary');
      }
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
