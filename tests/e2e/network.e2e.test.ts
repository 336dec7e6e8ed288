// The networked classroom in two real browser profiles: the teacher opens a room from the title's
// Classroom menu (one delegation for a group, the computer playing the rest, fast pace), a student joins
// from the QR code's address /#join=CODE, the teacher hands out the briefings, begins, and forces a consensus call from the
// console on the teacher's device; the student answers it on theirs, drops and rejoins on the way, and
// both screens end on the same outcome. The classroom server runs in this process on a free port. Both
// devices play at the largest text in a 1024×600 window (a small laptop), and every screen on the way is
// read for labels cut, run out of their boxes, run into each other or off the screen.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClassroomServer, type ClassroomServer } from '../../src/server/app';
import { openSqliteStore } from '../../src/server/sqlite-store';
import { tempDb } from '../server/harness';
import {
  ROOT,
  announcements,
  currentScene,
  frames,
  launchBrowser,
  openPage,
  press,
  shot,
  waitForAnnouncement,
  waitForScene,
  waitReady,
  type OpenedPage,
} from './harness';
import { clickAt, centre, control, layout, tapAt, wheelAt } from './pointer';
import { crowded, cutLabels, cutTexts, cutWithin, offCanvas, runTogether, unexplained } from './bounds';
import type { Browser } from 'playwright-core';

let server: ClassroomServer;
let url: string;
let browser: Browser;

beforeAll(async () => {
  server = await startClassroomServer({
    port: 0,
    host: '127.0.0.1',
    store: openSqliteStore(tempDb()),
    staticDir: join(ROOT, 'dist'),
  });
  url = `http://127.0.0.1:${server.port}/`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What a device's screen rests on: its scene, the meeting's phase, and whom the meeting awaits. */
async function look(page: Page): Promise<{ scene: string; phase: string | null; awaits: string[] }> {
  return page.evaluate(() => {
    const s = window.roughConsensus.snapshot() as {
      value: string | { session?: string };
      context: {
        humans: Record<string, string>;
        item: { speakers: string[]; call: { responded: string[] } | null } | null;
      };
    } | null;
    const scene = window.roughConsensus.scene;
    if (!s) return { scene, phase: null, awaits: [] };
    const phase = typeof s.value === 'string' ? s.value : (s.value.session ?? null);
    const humans = Object.keys(s.context.humans);
    const awaits =
      phase === 'consensusCall'
        ? humans.filter((h) => !s.context.item?.call?.responded.includes(h))
        : phase === 'floor' && humans.includes(s.context.item?.speakers[0] ?? '')
          ? [s.context.item!.speakers[0]!]
          : [];
    return { scene, phase, awaits };
  });
}

/** Presses Down until the menu's focused row is announced as matching `re`. */
async function focusRow(page: Page, re: RegExp, max = 20): Promise<void> {
  for (let n = 0; n < max; n++) {
    if (re.test((await announcements(page)).at(-1) ?? '')) return;
    await press(page, 'ArrowDown');
  }
  throw new Error(`no row ${re}: last said ${(await announcements(page)).at(-1)}`);
}

async function typeInto(page: Page, text: string): Promise<void> {
  await press(page, 'Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await frames(page, 3);
}

/** A small laptop at the largest text: the window and the stored settings a device opens with. */
const SMALL_LARGEST = {
  viewport: { width: 1024, height: 600 },
  init: `localStorage.setItem('roughConsensus.settings', JSON.stringify({ volume: 0.8, muted: true, textScale: 1.3, highContrast: false, reducedMotion: true }));`,
};

/** The teacher's list of seats has opened (its first words said). */
const SEAT_LIST = /^Delegations played by groups: \d+ to choose from\. \d+ chosen\./;

/** The label of the list's row (its check box and name) whose text matches `re`. */
async function rowLabel(p: Page, re: RegExp): Promise<string> {
  return (await control(p, re)).texts.find((x) => re.test(x.text))!.text;
}

/** Faults a person would see on the screen now: labels or texts cut, run out of their boxes, off screen. */
const faults: string[] = [];
async function readScreen(p: Page, name: string): Promise<void> {
  const l = await layout(p);
  faults.push(
    ...[
      ...cutLabels(l),
      ...cutTexts(l),
      ...cutWithin(l),
      ...offCanvas(l),
      ...unexplained(l),
      ...crowded(l),
      ...runTogether(l),
    ].map((f) => `${name}: ${f}`),
  );
  await shot(p, name);
}

/** Where the test is, for the log when it fails. */
function step(what: string): void {
  console.log(`[network] ${new Date().toISOString().slice(11, 19)} ${what}`);
}

describe('a networked classroom', () => {
  it('teacher and student on their own devices play a consensus call to the end', async () => {
    step('the teacher opens a room');
    const teacher: OpenedPage = await openPage(browser, url, SMALL_LARGEST);
    const t = teacher.page;
    await waitReady(t);
    await focusRow(t, /^Classroom/);
    await press(t, 'Enter');
    await waitForScene(t, 'Classroom');
    await focusRow(t, /^Open a classroom room/);
    await press(t, 'Enter');
    await waitForScene(t, 'NetRoom', 30_000);
    await focusRow(t, /^Delegations played by groups/);
    await press(t, 'Enter');
    await waitForAnnouncement(t, SEAT_LIST);
    await readScreen(t, 'network-teacher-seats');
    await clickAt(t, centre(await control(t, /^Clear all$/)));
    await t.keyboard.type('south af');
    await waitForAnnouncement(t, /found\. South Africa, not chosen/);
    await press(t, 'Enter');
    expect(await rowLabel(t, /South Africa$/)).toBe('☑ South Africa');
    await press(t, 'Escape');
    await waitForAnnouncement(t, /Delegations played by groups, 1 chosen/);
    await focusRow(t, /^Pace/);
    for (let n = 0; n < 3 && !/Pace, Fast/.test((await announcements(t)).at(-1) ?? ''); n++)
      await press(t, 'ArrowRight');
    expect((await announcements(t)).at(-1)).toMatch(/Pace, Fast/);
    await readScreen(t, 'network-teacher-setup');
    await focusRow(t, /^Open the room\b/);
    await press(t, 'Enter');
    const opened = await waitForAnnouncement(t, /^Room open\. Code/, 15_000);
    const code = /Code ((?:[A-Z0-9] ?){5})/.exec(opened)![1]!.replace(/ /g, '');
    await frames(t, 10); // the students' address and the QR code arrive from the server
    await readScreen(t, 'network-teacher-room');

    step('a student joins from the QR code’s address');
    const student: OpenedPage = await openPage(browser, `${url}#join=${code}`, SMALL_LARGEST);
    let s = student.page;
    await waitForScene(s, 'NetJoin', 30_000);
    await waitForAnnouncement(s, /Your name/, 20_000);
    await typeInto(s, 'Thandi');
    await readScreen(s, 'network-student-join');
    await focusRow(s, /^Join the meeting/);
    await press(s, 'Enter');
    await waitForText(t, /● South Africa: Thandi/);
    await readScreen(t, 'network-teacher-room-joined');

    step('briefings, then the meeting');
    await press(t, 'Enter'); // Hand out the briefings
    await waitForScene(s, 'Briefing');
    await readScreen(s, 'network-student-briefing');
    await waitForAnnouncement(t, /Begin the meeting/);
    await press(t, 'Enter');
    await waitForScene(s, 'Plenary');
    await waitForAnnouncement(t, /Open the meeting/);
    await press(t, 'Enter');
    await waitForScene(t, 'Plenary');
    await readScreen(s, 'network-student-plenary');
    await readScreen(t, 'network-teacher-plenary');

    step('the student’s device drops (the tab closes) and rejoins with one key; nothing is lost');
    const logLength = (p: Page) =>
      p.evaluate(
        () => (window.roughConsensus.snapshot() as { context: { log: unknown[] } }).context.log.length,
      );
    const before = await logLength(s);
    await s.close();
    await frames(t, 30); // the room plays on without the device
    s = await student.context.newPage();
    await s.goto(`${url}#join`);
    await waitForScene(s, 'NetJoin', 30_000);
    await focusRow(s, /^Join the meeting/);
    await press(s, 'Enter');
    await waitForScene(s, 'Plenary', 30_000);
    // The rejoined device has the room's whole log, the moves made while it was away included.
    expect(await logLength(s)).toBeGreaterThanOrEqual(before);
    await t.waitForFunction(
      (n) => (window.roughConsensus.snapshot() as { context: { log: unknown[] } }).context.log.length >= n,
      await logLength(s),
    );
    expect(
      await s.evaluate(
        () =>
          (window.roughConsensus.snapshot() as { context: { humans: Record<string, string> } }).context
            .humans,
      ),
    ).toEqual({ ZA: 'Thandi' });

    step('the teacher forces the call from the console; the student answers on their device');
    await press(t, 'F2');
    await waitForScene(t, 'Facilitator');
    await focusRow(t, /^Force a consensus call/);
    await press(t, 'Enter');
    let answered = false;
    const until = Date.now() + 120_000;
    for (;;) {
      const [tv, sv] = await Promise.all([look(t), look(s)]);
      if (
        sv.scene !== 'Plenary' &&
        tv.phase !== null &&
        !['floor', 'consensusCall', 'caucus'].includes(tv.phase)
      )
        break;
      if (Date.now() > until) throw new Error(`the meeting did not end: ${JSON.stringify([tv, sv])}`);
      if (sv.scene === 'Plenary' && sv.awaits.includes('ZA')) {
        if (sv.phase === 'consensusCall') {
          if (!answered) await readScreen(s, 'network-student-call');
          await press(s, 'n'); // no objection
          answered = true;
        } else await press(s, 'y'); // yield the floor
      }
      await frames(s, 5);
    }
    expect(answered).toBe(true);
    // Both devices end on the same meeting: the same log, and the same decision.
    const result = (p: Page) =>
      p.evaluate(() => {
        const c = (
          window.roughConsensus.snapshot() as {
            context: { log: unknown[]; results: { itemId: string; outcome: string; value: number }[] };
          }
        ).context;
        return { events: c.log.length, results: c.results };
      });
    await s.waitForFunction(() => window.roughConsensus.scene !== 'Plenary');
    const [tr, sr] = [await result(t), await result(s)];
    expect(sr.results).toEqual(tr.results);
    expect(sr.results.length).toBeGreaterThan(0);
    await readScreen(s, 'network-student-end');
    await readScreen(t, 'network-teacher-end');
    step('the teacher opens the debrief; the student’s screen follows');
    await waitForScene(t, 'Outcome', 30_000);
    await waitForScene(s, 'Outcome', 30_000);
    await press(s, 'd');
    await waitForAnnouncement(s, /Your teacher opens the debrief/);
    await press(t, 'd');
    await waitForScene(t, 'Debrief', 30_000);
    await waitForScene(s, 'Debrief', 30_000);
    expect(await currentScene(s)).not.toBe('Plenary');
    await readScreen(s, 'network-student-debrief');
    expect(faults).toEqual([]);
    expect(teacher.problems().filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([]);
    expect(student.problems().filter((p) => !/ERR_INTERNET_DISCONNECTED|WebSocket/.test(p))).toEqual([]);
    await teacher.context.close();
    await student.context.close();
  }, 300_000);
});

describe('the teacher’s list of seats at the largest text in a 1024×600 window', () => {
  it('ticks delegations by typing part of a name, by a click and by a tap, and scrolls', async () => {
    const context = await browser.newContext({ viewport: SMALL_LARGEST.viewport, hasTouch: true });
    await context.addInitScript(SMALL_LARGEST.init);
    const p = await context.newPage();
    await p.goto(url);
    await waitReady(p);
    await focusRow(p, /^Classroom/);
    await press(p, 'Enter');
    await waitForScene(p, 'Classroom');
    await focusRow(p, /^Open a classroom room/);
    await press(p, 'Enter');
    await waitForScene(p, 'NetRoom', 30_000);
    // A tap on the row opens the list.
    await tapAt(p, centre(await control(p, /^Delegations played by groups$/)));
    const opened = await waitForAnnouncement(p, SEAT_LIST);
    const l = await layout(p);
    expect([...cutLabels(l), ...cutTexts(l), ...cutWithin(l), ...offCanvas(l)]).toEqual([]);
    const before = Number(/(\d+) chosen/.exec(opened)![1]);
    // Typing narrows the list; Enter ticks the one found.
    await p.keyboard.type('leso');
    await waitForAnnouncement(p, /^1 found\. Lesotho, not chosen/);
    await press(p, 'Enter');
    expect(await rowLabel(p, /Lesotho$/)).toBe('☑ Lesotho');
    await p.keyboard.press('Control+A');
    await p.keyboard.press('Backspace');
    await frames(p, 3);
    // A click or a tap on a row puts it in or out; a second one undoes it.
    const rows = (await layout(p)).controls
      .flatMap((c) => c.texts.map((x) => x.text))
      .filter((x) => /^[☐☑] /.test(x));
    const [a, b] = rows.map((x) => ({ box: x[0]!, name: x.slice(2) }));
    const other = (box: string) => (box === '☐' ? '☑' : '☐');
    await clickAt(p, centre(await control(p, new RegExp(`${a!.name}$`))));
    expect(await rowLabel(p, new RegExp(`${a!.name}$`))).toBe(`${other(a!.box)} ${a!.name}`);
    await tapAt(p, centre(await control(p, new RegExp(`${b!.name}$`))));
    expect(await rowLabel(p, new RegExp(`${b!.name}$`))).toBe(`${other(b!.box)} ${b!.name}`);
    await tapAt(p, centre(await control(p, new RegExp(`${b!.name}$`))));
    expect(await rowLabel(p, new RegExp(`${b!.name}$`))).toBe(`${b!.box} ${b!.name}`);
    await shot(p, 'network-teacher-seats-ticked');
    // The wheel and Page Down scroll the list on: other names come into view.
    const first = async () =>
      (await layout(p)).controls.flatMap((c) => c.texts).find((x) => /^[☐☑] /.test(x.text))!.text;
    const top = await first();
    await wheelAt(p, centre(await control(p, new RegExp(`${a}$`))), 300);
    const wheeled = await first();
    expect(wheeled).not.toBe(top);
    await press(p, 'PageDown', 'PageDown');
    expect(await first()).not.toBe(wheeled);
    await shot(p, 'network-teacher-seats-scrolled');
    // Tab reaches Clear all and Done from the keyboard, and comes back to the list.
    await press(p, 'Tab');
    expect((await announcements(p)).at(-1)).toBe('Clear all.');
    await press(p, 'Tab');
    expect((await announcements(p)).at(-1)).toBe('Done (Esc).');
    await press(p, 'Tab');
    expect((await announcements(p)).at(-1)).toMatch(/, (not )?chosen, .*\d+ of \d+\.$/);
    // Escape closes it: the room's page says how many are chosen now.
    await press(p, 'Escape');
    const now = before + 1 + (a!.box === '☐' ? 1 : -1);
    await waitForAnnouncement(p, new RegExp(`Delegations played by groups, ${now} chosen`));
    await context.close();
  }, 120_000);
});

/** Waits until some text on the canvas says `re` (read from the scene's layout, as a person reads it). */
async function waitForText(p: Page, re: RegExp, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if ((await layout(p)).texts.some((x) => re.test(x.text))) return;
    await frames(p, 5);
  }
  throw new Error(`no text ${re} on screen`);
}
