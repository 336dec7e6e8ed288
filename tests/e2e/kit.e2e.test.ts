// The teacher's kit at the end of a lesson, in a real browser: the players' exit tickets (written in turn
// on one computer, each behind the hand-over cover) and what the debrief pack then holds; the debrief
// slides on the projector.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newGame, snap, soloMeeting, twoPlayers, waitForRecent } from './class-steps';
import {
  ARTIFACTS,
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
import { centre, clickAt, control, layout } from './pointer';
import { makeSave, CURRENT_KEY } from '../../src/app/saves';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { runAiSession } from '../../src/machines/runner';

const suite = useBrowserSuite();
const SLOW = 240_000;

/** The facilitator ends the meeting (as the console's End does): the Outcome follows. */
async function endMeeting(page: Page): Promise<void> {
  await page.evaluate(() => window.roughConsensus.send({ type: 'END' }));
  await waitForScene(page, 'Outcome', 20_000);
  await waitForAnnouncement(page, /^The communiqué\./);
}

/** Every text drawn on the screen now, joined (what a person looking at it could read). */
async function shownText(page: Page): Promise<string> {
  return (await layout(page)).texts.map((t) => t.text).join('\n');
}

/** Types an answer into the focused answer box: Enter opens it, the text, Enter keeps it. */
async function answer(page: Page, text: string): Promise<void> {
  await press(page, 'Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  await page.keyboard.type(text);
  await press(page, 'Enter');
  await frames(page, 2);
}

const P1 = [
  'South Africa wanted Marange certified and it was, by consensus.',
  'The EU speech on violence moved Zimbabwe a little.',
  'A two-thirds vote would have passed the wider definition.',
];
const P2 = ['Zimbabwe kept the old definition, as we wanted.', '', 'Consensus protected us: we could block.'];

describe('exit tickets', () => {
  it(
    'two players write in turn behind the hand-over, by keyboard and by mouse, and the debrief pack holds both',
    async () => {
      const { page, problems, context } = await newGame(suite);
      await twoPlayers(page);
      await endMeeting(page);
      await press(page, 'd'); // Go to the debrief: the tickets come first
      await waitForScene(page, 'ExitTicket');
      await waitForRecent(
        page,
        /^Exit tickets\. .*0 of 2 handed in\. Everyone in turn, starting with Player 1/,
      );
      await shot(page, 'kit-exit-list');
      await press(page, 'Enter');
      // The keyboard passes to Player 1 first: the class may be looking at the screen.
      await waitForScene(page, 'Handover');
      await waitForRecent(
        page,
        /^Hot seat\. Pass the keyboard to Player 1, South Africa\. Write your exit ticket/,
      );
      await press(page, 'Enter');
      await waitForScene(page, 'ExitTicket');
      await waitForRecent(page, /^Exit ticket for Player 1, South Africa\. Question 1 of 3/);
      await answer(page, P1[0]!);
      await shot(page, 'kit-exit-question-1');
      await press(page, 'Enter'); // Enter kept the answer and went to "Next question"
      await waitForRecent(page, /^Question 2 of 3/);
      // By mouse: click the answer box, type, click "Next question".
      await clickAt(page, centre(await control(page, /Click here or press Enter/)));
      await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
      await page.keyboard.type(P1[1]!);
      await clickAt(page, centre(await control(page, /^Next question/)));
      await waitForRecent(page, /^Question 3 of 3/);
      await answer(page, P1[2]!);
      await press(page, 'PageUp'); // back to question 2: the mouse's answer is kept
      await waitForRecent(page, /^Question 2 of 3: .*Your answer so far: The EU speech on violence/);
      await press(page, 'PageDown');
      await waitForRecent(page, /^Question 3 of 3/);
      await shot(page, 'kit-exit-question-3');
      await clickAt(page, centre(await control(page, /^Hand in my ticket/)));
      // Player 2's cover: nothing of Player 1's answers is on screen, under it or after it.
      await waitForScene(page, 'Handover');
      await waitForRecent(page, /^Hot seat\. Pass the keyboard to Player 2, Zimbabwe/);
      expect(await shownText(page)).not.toMatch(/Marange certified|moved Zimbabwe|two-thirds vote would/);
      await shot(page, 'kit-exit-handover');
      await press(page, 'Enter');
      await waitForRecent(page, /^Exit ticket for Player 2, Zimbabwe\. Question 1 of 3/);
      expect(await shownText(page)).not.toMatch(/Marange certified|moved Zimbabwe|two-thirds vote would/);
      await answer(page, P2[0]!);
      await press(page, 'Enter'); // Next question: left blank
      await waitForRecent(page, /^Question 2 of 3/);
      await press(page, 'PageDown');
      await waitForRecent(page, /^Question 3 of 3/);
      await answer(page, P2[2]!);
      await press(page, 'Enter'); // Hand in my ticket
      await waitForRecent(page, /2 of 2 handed in\./);
      const tickets = (await snap(page)).context as unknown as { exitTickets: Record<string, string[]> };
      expect(tickets.exitTickets).toEqual({ ZA: P1, ZW: P2 });
      await shot(page, 'kit-exit-all-in');
      await press(page, 'Enter'); // Go to the debrief (the focus is on it once all are in)
      await waitForScene(page, 'Debrief');

      // The pack: Markdown, the players' CSV, JSON, the print view.
      const download = async (key: string) => {
        const [dl] = await Promise.all([
          page.waitForEvent('download', { timeout: 10_000 }),
          press(page, key),
        ]);
        return readFileSync((await dl.path())!, 'utf8');
      };
      const md = await download('r');
      const section = md.slice(md.indexOf('## Exit tickets'), md.indexOf('## Questions for discussion'));
      expect(section).toContain('### South Africa (Player 1)');
      expect(section).toContain(`1. *What did your delegation want`);
      for (const a of [...P1, P2[0]!, P2[2]!]) expect(section).toContain(a);
      expect(section).toMatch(/### Zimbabwe \(Player 2\)[\s\S]*2\. \*[^*]+\* \(left blank\)/);
      const csv = await download('e');
      const rows = csv.trim().split(/\r?\n/);
      expect(rows[0]).toMatch(/exit_goal,exit_moved,exit_rule$/);
      expect(rows.find((r) => r.startsWith('ZA,Player 1,'))).toContain(P1[2]);
      expect(rows.find((r) => r.startsWith('ZW,Player 2,'))).toMatch(
        /Consensus protected us: we could block\.$/,
      );
      const json = JSON.parse(await download('j')) as { exitTickets: { delegation: string }[] };
      expect(json.exitTickets.map((t) => t.delegation).sort()).toEqual(['ZA', 'ZW']);
      const [popup] = await Promise.all([context.waitForEvent('page'), press(page, 'p')]);
      await popup.waitForLoadState();
      expect(await popup.textContent('body')).toContain(P2[0]);
      await popup.screenshot({ path: join(ARTIFACTS, 'kit-exit-print-view.png'), fullPage: true });
      await popup.close();
      // The Participation page shows them beside each player's moves.
      await press(page, '4');
      await waitForRecent(page, /Participation/);
      await shot(page, 'kit-exit-debrief-participation');
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'fit the screen at the largest text, and a player can write theirs later from the debrief',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
        init: `localStorage.setItem('roughConsensus.settings', JSON.stringify({ textScale: 1.3 }));`,
      });
      await waitReady(page);
      await press(page, 'Home', 'ArrowDown', 'Enter'); // New game
      await waitForScene(page, 'Setup');
      await soloMeeting(page);
      await endMeeting(page);
      await press(page, 'd'); // the tickets come first…
      await waitForScene(page, 'ExitTicket');
      await press(page, 'd'); // …and D skips them: straight to the debrief, no ticket yet
      await waitForScene(page, 'Debrief');
      await press(page, 't'); // Write exit tickets
      await waitForScene(page, 'ExitTicket');
      await shot(page, 'kit-exit-list-largest');
      await press(page, 'Enter'); // one player: no hand-over
      await waitForRecent(page, /^Exit ticket for Player 1, South Africa\. Question 1 of 3/);
      await answer(page, 'Written at the debrief.');
      await shot(page, 'kit-exit-question-largest');
      const { texts } = await layout(page);
      for (const t of texts.filter((x) => x.scene === 'ExitTicket')) {
        expect(t.x).toBeGreaterThanOrEqual(0);
        expect(t.y).toBeGreaterThanOrEqual(0);
        expect(t.x + t.w).toBeLessThanOrEqual(1280);
        expect(t.y + t.h).toBeLessThanOrEqual(720);
      }
      await press(page, 'PageDown', 'PageDown');
      await waitForRecent(page, /^Question 3 of 3/);
      await press(page, 'Tab', 'Tab', 'Enter'); // the answer box, Previous, Hand in my ticket
      await waitForRecent(page, /1 of 1 handed in\./);
      await press(page, 'Enter'); // Back to the debrief
      await waitForScene(page, 'Debrief');
      await press(page, '4');
      await waitForRecent(page, /Participation/);
      expect((await snap(page)).context as unknown).toMatchObject({
        exitTickets: { ZA: ['Written at the debrief.', '', ''] },
      });
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});

/** A finished Washington plenary (the computer played every seat) as the autosave, so Continue opens its debrief. */
function finishedMeeting(): string {
  const input = { scenarioId: 'washington-plenary-2012', rule: 'consensus', seed: 3 } as const;
  const log = runAiSession(plenaryMachine, LIBRARY, input).context.log;
  const save = JSON.stringify(makeSave(input, log, '0.0.0', 'Washington plenary'));
  return `localStorage.setItem(${JSON.stringify(CURRENT_KEY)}, ${JSON.stringify(save)});`;
}

/** Every text of a scene inside the window (in design pixels). */
async function allOnScreen(page: Page, scene: string): Promise<void> {
  const off = (await layout(page)).texts.filter(
    (t) => t.scene === scene && (t.x < 0 || t.y < 0 || t.x + t.w > 1280 || t.y + t.h > 720),
  );
  expect(off.map((t) => t.text)).toEqual([]);
}

describe('debrief slides', () => {
  it(
    'walk the class through the meeting by keyboard, from the Debrief and from the Classroom menu, at 1280×720 and 1920×1080',
    async () => {
      const init = finishedMeeting();
      for (const viewport of [
        { width: 1280, height: 720 },
        { width: 1920, height: 1080 },
      ]) {
        const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
          init,
          viewport,
        });
        await waitReady(page);
        await press(page, 'Home', 'Enter'); // Continue: the meeting's debrief
        await waitForScene(page, 'Debrief');
        await press(page, 'v');
        await waitForScene(page, 'DebriefSlides');
        const titles: string[] = [];
        for (let i = 0; i < 30; i++) {
          const said = await waitForAnnouncement(page, new RegExp(`^Slide ${i + 1} of (\\d+): `));
          const [, n, title] = /^Slide \d+ of (\d+): ([^.]+)\./.exec(said)!;
          titles.push(title!);
          await allOnScreen(page, 'DebriefSlides');
          await shot(page, `kit-slides-${viewport.width}-${i + 1}`);
          if (i + 1 === Number(n)) break;
          await press(page, i % 2 ? 'Space' : 'ArrowRight');
        }
        // In order: decided, history, the other rules, who moved whom, objectives, participation, then
        // the questions.
        const firsts = titles.filter((t) => !t.endsWith('(continued)'));
        expect(firsts.slice(0, 6)).toEqual([
          'What we decided',
          'What history decided',
          'The same moves under each rule',
          'Who moved whom',
          'Objectives',
          'Participation',
        ]);
        expect(firsts.slice(6).every((t) => /^Discussion: question \d+ of \d+$/.test(t))).toBe(true);
        expect(firsts.length).toBeGreaterThan(6);
        // Back a slide, then Escape returns to the Debrief.
        await press(page, 'ArrowLeft');
        await waitForRecent(page, new RegExp(`^Slide ${titles.length - 1} of ${titles.length}: `));
        await press(page, 'Escape');
        await waitForScene(page, 'Debrief');
        // From the Classroom menu (the title's Classroom entry), the same slides.
        await press(page, 'q');
        await waitForScene(page, 'Title');
        await press(page, 'Home', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter');
        await waitForScene(page, 'Classroom');
        for (let i = 0; i < 12; i++) {
          const said = await page.evaluate(() => window.roughConsensus.announcements.at(-1) ?? '');
          if (/^Debrief slides/.test(said)) break;
          await press(page, 'ArrowDown');
        }
        await shot(page, `kit-slides-${viewport.width}-classroom`);
        await press(page, 'Enter');
        await waitForScene(page, 'DebriefSlides');
        await waitForRecent(page, new RegExp(`^Slide 1 of ${titles.length}: What we decided\\.`));
        await press(page, 'Escape');
        await waitForScene(page, 'Classroom');
        expect(problems()).toEqual([]);
        await context.close();
      }
    },
    SLOW,
  );
});

describe('overlays take their own clicks', () => {
  it(
    'a click inside a list, the help or a dialog never reaches the control underneath it',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url);
      await waitReady(page);
      await press(page, 'Home', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter');
      await waitForScene(page, 'Classroom');
      // The role cards' meeting list over the Classroom menu: a click on its detail pane, over "Student
      // primer" and "Role cards to print…" beneath, opens neither, nor a print window.
      for (let i = 0; i < 10; i++) {
        const said = await page.evaluate(() => window.roughConsensus.announcements.at(-1) ?? '');
        if (/^Role cards to print/.test(said)) break;
        await press(page, 'ArrowDown');
      }
      const pages = context.pages().length;
      await press(page, 'Enter');
      await waitForRecent(page, /^Role cards: choose a meeting/);
      // The Enter that opened the list chose nothing in it (it used to print the first meeting's cards).
      await frames(page, 3);
      expect(context.pages().length).toBe(pages);
      expect(await page.evaluate(() => window.roughConsensus.announcements.at(-1) ?? '')).not.toMatch(
        /print view|blocked the print window/,
      );
      const beneath = await layout(page);
      const under = beneath.controls.filter((c) => c.scene === 'Classroom' && c.x < 900 && c.x + c.w > 900);
      expect(under.length).toBeGreaterThan(0);
      for (const c of under) await clickAt(page, { x: 900, y: c.y + c.h / 2 });
      expect(await currentScene(page)).toBe('Classroom');
      expect(context.pages().length).toBe(pages);
      await press(page, 'Escape');
      await waitForRecent(page, /^Back to the classroom menu\.$/);
      // The help over the menu: a click on it (over the menu's buttons) opens nothing.
      await press(page, '?');
      await frames(page, 3);
      for (const c of under) await clickAt(page, { x: c.x + c.w / 2, y: c.y + c.h / 2 });
      expect(await currentScene(page)).toBe('Classroom');
      expect(context.pages().length).toBe(pages);
      await shot(page, 'kit-overlay-help-click');
      await press(page, '?');
      await frames(page, 3);

      // A dialog over the exit ticket: clicking where "Not now" lies beneath it leaves the ticket as it is.
      await press(page, 'Escape');
      await waitForScene(page, 'Title');
      await press(page, 'Home', 'ArrowDown', 'Enter');
      await waitForScene(page, 'Setup');
      await soloMeeting(page);
      await endMeeting(page);
      await press(page, 'd');
      await waitForScene(page, 'ExitTicket');
      await press(page, 'Enter');
      await waitForRecent(page, /^Exit ticket for Player 1/);
      const notNow = centre(await control(page, /^Not now$/));
      await press(page, 'PageDown', 'PageDown');
      await waitForRecent(page, /^Question 3 of 3/);
      await press(page, 'Tab', 'Tab', 'Enter'); // Hand in an empty ticket: a dialog says it is empty
      await waitForRecent(page, /^An empty ticket/);
      await clickAt(page, notNow);
      await clickAt(page, { x: 640, y: 80 }); // over the question, outside the dialog's box
      await shot(page, 'kit-overlay-dialog-click');
      expect(await shownText(page)).toMatch(/Question 3 of 3/);
      expect(await page.evaluate(() => window.roughConsensus.announcements.slice(-3).join(' '))).not.toMatch(
        /was not handed in|Exit tickets\./,
      );
      await press(page, 'Enter'); // OK
      await frames(page, 3);
      expect(await shownText(page)).toMatch(/Question 3 of 3/);
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
