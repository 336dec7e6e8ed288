// Steps of a lesson shared by the classroom's browser tests: Setup's rows found by what they announce, a
// solo or two-player meeting, the console, and reading the session through window.roughConsensus.
import type { Browser, Page } from 'playwright-core';
import {
  canvasBox,
  frames,
  openPage,
  press,
  waitForAnnouncement,
  waitForScene,
  waitReady,
  type OpenedPage,
} from './harness';

export interface Ctx {
  value: string | { session?: string };
  /** The chart's pause region. */
  paused: boolean;
  context: {
    log: { type: string; card?: string }[];
    elapsed: number;
    humans: Record<string, string>;
    item: { speakers: string[]; turn: { seconds: number } } | null;
  };
}

export function snap(page: Page): Promise<Ctx> {
  return page.evaluate(() => window.roughConsensus.snapshot() as Ctx);
}

/** The session's events so far, without the clock's ticks. */
export async function logTypes(page: Page): Promise<string[]> {
  return (await snap(page)).context.log.map((e) => e.type).filter((t) => t !== 'TICK');
}

export async function keys(page: Page, ...list: string[]): Promise<void> {
  for (const k of list) await page.keyboard.press(k);
  await frames(page, 3);
}

/**
 * Moves Setup's focus down to the row whose label is `label` (as announced: "Seed, 7."), found by what it
 * says rather than by counting rows, so a row added above it does not move the test onto another row.
 */
export async function focusRow(page: Page, label: string): Promise<void> {
  const spoken = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[,.]`);
  for (let i = 0; i < 30; i++) {
    const said = await page.evaluate(() => window.roughConsensus.announcements.at(-1) ?? '');
    if (spoken.test(said)) return;
    await keys(page, 'ArrowDown');
  }
  throw new Error(`Setup has no row "${label}" below the focus`);
}

export async function typeField(page: Page, text: string): Promise<void> {
  await press(page, 'Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await press(page, 'Enter');
}

export async function newGame(suite: {
  readonly browser: Browser;
  readonly server: { readonly url: string };
}): Promise<OpenedPage> {
  const opened = await openPage(suite.browser, suite.server.url);
  await waitReady(opened.page);
  await press(opened.page, 'Home', 'ArrowDown', 'Enter'); // New game (Continue is first)
  await waitForScene(opened.page, 'Setup');
  return opened;
}

/** Waits until one of the last few announcements matches (unlike waitForAnnouncement, not an old one). */
export async function waitForRecent(page: Page, re: RegExp, timeoutMs = 5_000): Promise<void> {
  await page.waitForFunction(
    ([src, flags]) =>
      window.roughConsensus.announcements.slice(-4).some((a) => new RegExp(src, flags).test(a)),
    [re.source, re.flags] as const,
    { timeout: timeoutMs },
  );
}

/** A click at design coordinates (1280×720). */
export async function clickAt(page: Page, x: number, y: number): Promise<void> {
  const box = await canvasBox(page);
  const k = box.width / 1280;
  await page.mouse.click(box.x + x * k, box.y + y * k);
  await frames(page, 3);
}

/** One player (South Africa, the default), no PIN: Setup to the Plenary. */
export async function soloMeeting(page: Page): Promise<void> {
  await focusRow(page, 'Seed');
  await typeField(page, '7');
  await focusRow(page, 'Start the meeting');
  await press(page, 'Enter');
  await waitForScene(page, 'Briefing');
  await press(page, 'Enter');
  await waitForScene(page, 'Plenary');
}

export async function openConsole(page: Page): Promise<void> {
  await press(page, 'F2');
  await waitForScene(page, 'Facilitator');
  await waitForAnnouncement(page, /^Facilitator console\. Up and down/);
}

/** The screen-reader copy of what the scene shows. */
export function screenText(page: Page): Promise<string> {
  return page.evaluate(() => document.getElementById('screen-text')?.textContent ?? '');
}

/** The delegation the session waits for among the people's seats, if any. */
export function awaitedHuman(page: Page): Promise<string | null> {
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
export async function twoPlayers(page: Page): Promise<void> {
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
