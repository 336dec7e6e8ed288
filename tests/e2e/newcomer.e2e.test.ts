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
  newGameToBriefing,
  yourMove,
} from './harness';
import { crowded, cutLabels, cutTexts, cutWithin, offCanvas, runTogether, unexplained } from './bounds';
import { layout, wheelAt, type ShownText } from './pointer';
import { MIN_FONT_PX } from '../../src/ui/theme';

const suite = useBrowserSuite();
const SLOW = 150_000;

const screenText = (page: Page) =>
  page.evaluate(() => document.getElementById('screen-text')?.textContent ?? '');

describe('a newcomer', () => {
  it(
    'reads in the briefing what this meeting can settle, how much they care, and what each move risks',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url);
      await waitReady(page);
      await newGameToBriefing(page);
      await page.waitForFunction(() =>
        /Your moves in the room/.test(document.getElementById('screen-text')?.textContent ?? ''),
      );
      const card = await screenText(page);
      // South Africa in the one-lesson Washington plenary: the definition is on the agenda, Marange is not.
      expect(card).toMatch(
        /☑ Decided at this meeting: [^\n]*\(needs at (least|most) \d+ of 100, toward ‘[^’]+’; if nothing is adopted it stays at \d+ of 100 .*; the draft on the table is at \d+ of 100/,
      );
      expect(card).toMatch(/☐ Not on this meeting’s agenda: /);
      expect(card).toMatch(
        /This meeting can decide (one of your objectives|\d of your objectives): Definition scope/,
      );
      expect(card).toMatch(/Definition scope \(on this meeting’s agenda\): you care (a|little|somewhat)/);
      expect(card).not.toMatch(/you cares/);
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
        init: `localStorage.setItem('roughConsensus.settings', JSON.stringify({ volume: 0.8, muted: true, textScale: 1.3, highContrast: false, reducedMotion: true }));
          localStorage.setItem('roughConsensus.classroom', JSON.stringify({ pace: 'fast' }));`,
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
      await press(page, 'Enter');
      await waitForScene(page, 'Plenary');
      await yourMove(page); // the actions' buttons are drawn
      await check('plenary');
      const l = await layout(page);
      // The panel's six tabs stay inside it; the session clock stays on the status line.
      const tabs = l.texts.filter((t) => /^[1-6] [A-Z]/.test(t.text) && t.y > 430 && t.y < 480);
      expect(tabs.map((t) => t.text.slice(2))).toEqual([
        'Hand',
        'Transcript',
        'Pass?',
        'Draft',
        'Seat',
        'Changed',
      ]);
      for (const t of tabs) expect(t.x + t.w, t.text).toBeLessThan(708);
      expect(l.texts.some((t) => /▶ Your move.*Session \d+:\d\d left/.test(t.text))).toBe(true);
      for (const a of ['Make an argument', 'Offer a deal', 'Press a delegation'])
        expect(l.texts.some((t) => t.text === a)).toBe(true);
      expect(faults).toEqual([]);
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});

describe('the hall', () => {
  it(
    'names the delegation of the seat under the pointer beside it, in full, at every text size',
    async () => {
      for (const textScale of [1, 1.3]) {
        const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
          init: `localStorage.setItem('roughConsensus.settings', JSON.stringify({ textScale: ${textScale} }));`,
        });
        await waitReady(page);
        await newGameToBriefing(page);
        await press(page, 'Enter');
        await waitForScene(page, 'Plenary');
        for (const [code, name] of [
          ['CG', 'Republic of the Congo'],
          ['SZ', 'Swaziland'],
        ] as const) {
          const seat = (await layout(page)).texts.find((t) => new RegExp(`^.?${code}$`).test(t.text))!;
          expect(seat, code).toBeDefined();
          await wheelAt(page, { x: seat.x + seat.w / 2, y: seat.y + seat.h / 2 }, 0);
          const tag = (await layout(page)).texts.find((t) => t.text === name);
          expect(tag, name).toBeDefined();
          // Beside the seat: just above or below it, over it horizontally, inside the hall.
          expect(
            Math.min(Math.abs(tag!.y + tag!.h - seat.y), Math.abs(tag!.y - seat.y - seat.h)),
          ).toBeLessThan(24);
          expect(tag!.x).toBeLessThan(seat.x + seat.w);
          expect(tag!.x + tag!.w).toBeGreaterThan(seat.x);
          expect(tag!.x).toBeGreaterThanOrEqual(8);
          expect(tag!.x + tag!.w).toBeLessThanOrEqual(708);
          await shot(page, `hall-name-${code}-${textScale}`);
        }
        // Off the hall, the tag goes.
        await wheelAt(page, { x: 640, y: 700 }, 0);
        expect((await layout(page)).texts.some((t) => t.text === 'Swaziland')).toBe(false);
        expect(problems()).toEqual([]);
        await context.close();
      }
    },
    SLOW,
  );
});

/**
 * Texts drawn under the game's floor (MIN_FONT_PX on the design canvas, about 13 px in a 1024×600
 * window): a reason squeezed beside its label was drawn at 5 px, the Rule Lab's chart labels at 12.
 */
const tiny = (l: { texts: readonly ShownText[] }) =>
  l.texts
    .filter((t) => t.size < MIN_FONT_PX - 0.01)
    .map((t) => `${t.scene}: “${t.text.slice(0, 30)}” is drawn at ${t.size.toFixed(0)} px`);

describe('every screen at the largest text in a 1024×600 window', () => {
  it(
    'has no label cut, run out of its box, run into another text or off the screen',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
        viewport: { width: 1024, height: 600 },
        init: `localStorage.setItem('roughConsensus.settings', JSON.stringify({ volume: 0.8, muted: true, textScale: 1.3, highContrast: false, reducedMotion: true }));
          localStorage.setItem('roughConsensus.classroom', JSON.stringify({ pace: 'step' }));`,
      });
      await waitReady(page);
      const faults: string[] = [];
      const check = async (name: string) => {
        const l = await layout(page);
        faults.push(
          ...[
            ...cutLabels(l),
            ...cutTexts(l),
            ...cutWithin(l),
            ...offCanvas(l),
            ...runTogether(l),
            ...tiny(l),
            ...unexplained(l),
            ...crowded(l),
          ].map((f) => `${name}: ${f}`),
        );
        await shot(page, `every-largest-1024-${name}`);
      };
      /** Moves a menu's focus (from its first entry) to the entry announced as `entry`, and presses it. */
      const choose = async (entry: RegExp, scene: string) => {
        await press(page, 'Home');
        for (let i = 0; i < 10 && !entry.test(await lastSaid(page)); i++) await press(page, 'ArrowDown');
        await press(page, 'Enter');
        await waitForScene(page, scene);
      };
      const back = async (scene: string) => {
        await press(page, 'Escape');
        await waitForScene(page, scene);
      };
      await check('title');
      await press(page, 'F1');
      await check('title-help');
      await press(page, 'Escape');
      await choose(/^Settings/, 'Settings');
      await check('settings');
      await back('Title');
      await choose(/^Rule Lab/, 'RuleLab');
      for (const tab of ['1', '2', '3']) {
        await press(page, tab);
        await check(`rule-lab-${tab}`);
      }
      // A run's charts, every page of them: 100 sessions per rule, then Run.
      await press(page, 'ArrowDown', 'ArrowDown', 'ArrowLeft', 'ArrowDown', 'ArrowDown', 'Enter');
      await waitForAnnouncement(page, /^Running 500 sessions/);
      await check('rule-lab-running');
      await waitForAnnouncement(page, /^Done in/, 90_000);
      for (const tab of ['1', '2']) {
        await press(page, tab);
        await check(`rule-lab-run-${tab}`);
        for (let n = 1; n < 6 && / Page Down for the rest$/.test(await pageCue(page)); n++) {
          await press(page, 'PageDown');
          await check(`rule-lab-run-${tab}-page-${n + 1}`);
        }
      }
      await back('Title');
      await choose(/^Sources/, 'Sources');
      await check('sources');
      await press(page, 'ArrowRight');
      await check('sources-glossary');
      await back('Title');
      await choose(/^Replay/, 'Replay');
      await check('replay');
      await choose(/^Watch history/, 'History');
      await check('history');
      await back('Replay');
      await back('Title');
      await choose(/^Classroom/, 'Classroom');
      await check('classroom');
      for (const [entry, scene, name] of [
        [/^Teacher’s guide/, 'KitReader', 'kit-guide'],
        [/^Student primer/, 'KitReader', 'kit-primer'],
        [/^Debrief slides/, 'DebriefSlides', 'slides-before-a-meeting'],
        [/^Join a classroom room/, 'NetJoin', 'net-join'],
        [/^Open a classroom room/, 'NetRoom', 'net-room-no-server'],
      ] as const) {
        await choose(entry, scene);
        await check(name);
        await press(page, 'Escape');
        await waitForScene(page, scene === 'KitReader' || scene === 'DebriefSlides' ? 'Classroom' : 'Title');
        if (scene.startsWith('Net')) await choose(/^Classroom/, 'Classroom');
      }
      await choose(/^Set up a class/, 'Setup');
      await check('setup');
      for (let i = 0; i < 10; i++) await press(page, 'ArrowDown');
      await waitForAnnouncement(page, /^Start the meeting\./);
      await check('setup-start');
      await press(page, 'Enter');
      await waitForScene(page, 'Briefing');
      await check('briefing');
      await press(page, 'Enter');
      await waitForScene(page, 'Plenary');
      await check('plenary');
      for (const tab of ['1', '2', '3', '4', '5', '6']) {
        await press(page, tab);
        await check(`plenary-tab-${tab}`);
      }
      await press(page, 'F1');
      await check('plenary-help');
      await press(page, 'Escape');
      await press(page, 'F2');
      await waitForAnnouncement(page, /^Facilitator console\./);
      await check('facilitator');
      await press(page, 'Escape');
      await page.evaluate(() => window.roughConsensus.send({ type: 'END' }));
      await waitForScene(page, 'Outcome', 30_000);
      for (const p of ['1', '2', '3', '4']) {
        await press(page, p);
        await check(`outcome-${p}`);
      }
      await press(page, 'd');
      await waitForScene(page, 'ExitTicket', 30_000);
      await check('exit-ticket');
      await press(page, 'd');
      await waitForScene(page, 'Debrief', 30_000);
      for (const p of ['1', '2', '3', '4', '5', '6']) {
        await press(page, p);
        await check(`debrief-${p}`);
      }
      await press(page, 'v');
      await waitForScene(page, 'DebriefSlides');
      await check('slides');
      expect(faults).toEqual([]);
      expect(problems()).toEqual([]);
      await context.close();
    },
    2 * SLOW, // a Rule Lab run on the way
  );
});

/** The Rule Lab's cue to page on, if a chart is paged ('' if not). */
const pageCue = async (page: Page) =>
  (await layout(page)).texts.find((t) => /^(Items|Delegations) \d+–\d+ of \d+: /.test(t.text))?.text ?? '';

const lastSaid = (page: Page) => page.evaluate(() => window.roughConsensus.announcements.at(-1) ?? '');

/** The texts drawn inside a rectangle of the design canvas, top to bottom. */
async function textsIn(page: Page, r: { x: number; y: number; w: number; h: number }) {
  const l = await layout(page);
  return l.texts
    .filter((t) => t.x >= r.x && t.y >= r.y && t.x + t.w <= r.x + r.w + 1 && t.y + t.h <= r.y + r.h + 4)
    .sort((a, b) => a.y - b.y);
}

/**
 * How far (px) the panel's text moved up: the same line's y before and after. The "more" cues stay put and
 * are left out; the room may amend the draft meanwhile, so no line in common means it moved.
 */
function shift(before: { text: string; y: number }[], after: { text: string; y: number }[]): number {
  const cue = (t: { text: string }) => /^[▼▲]/.test(t.text);
  for (const a of after.filter((t) => !cue(t))) {
    const b = before.find((x) => x.text === a.text);
    if (b) return b.y - a.y;
  }
  return Infinity;
}

const HAND = { x: 8, y: 486, w: 700, h: 190 }; // the tab panel below the hall
const DRAFT_TEXT = { x: 716, y: 150, w: 556, h: 164 };

describe('scrolling a panel', () => {
  it(
    'moves by the distance the wheel turned, and PgDn scrolls the panel under the pointer',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
        init: `localStorage.setItem('roughConsensus.classroom', JSON.stringify({ pace: 'fast' }));`,
      });
      await waitReady(page);
      await newGameToBriefing(page);
      await press(page, 'Enter');
      await waitForScene(page, 'Plenary');
      await press(page, '1'); // the hand: nine argument cards, longer than the panel
      await page.waitForFunction(
        () => /Hand panel/.test(document.getElementById('screen-text')?.textContent ?? ''),
        undefined,
        { timeout: 30_000 },
      );
      await yourMove(page);
      const start = await textsIn(page, HAND);
      await wheelAt(page, { x: 300, y: 580 }, 100);
      const oneNotch = shift(start, await textsIn(page, HAND));
      await wheelAt(page, { x: 300, y: 580 }, -100);
      expect(shift(start, await textsIn(page, HAND))).toBe(0);
      await wheelAt(page, { x: 300, y: 580 }, 200);
      const twoNotches = shift(start, await textsIn(page, HAND));
      expect(oneNotch).toBeGreaterThan(40); // about three lines, not one
      expect(twoNotches).toBeGreaterThan(oneNotch * 1.5);
      // PgDn with the pointer on the draft scrolls the draft, not the hand.
      const hand = await textsIn(page, HAND);
      const draft = await textsIn(page, DRAFT_TEXT);
      await page.mouse.move(1, 1);
      await wheelAt(page, { x: 990, y: 220 }, 0);
      await press(page, 'PageDown');
      expect(shift(hand, await textsIn(page, HAND))).toBe(0);
      expect(shift(draft, await textsIn(page, DRAFT_TEXT))).toBeGreaterThan(20);
      await shot(page, 'scroll-draft-pgdn');
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});

describe('Setup’s explanation at the largest text in a 1024×600 window', () => {
  it(
    'is never cut: every row’s explanation stays on the screen and clear of the rows, and the longest scrolls to its end',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
        viewport: { width: 1024, height: 600 },
        init: `localStorage.setItem('roughConsensus.settings', JSON.stringify({ muted: true, textScale: 1.3, reducedMotion: true }));`,
      });
      await waitReady(page);
      await press(page, 'Home', 'ArrowDown', 'Enter');
      await waitForScene(page, 'Setup');
      const HEADINGS =
        /^(New game|Set up the meeting, then Start\.|Players \(hot seat: pass the keyboard\))$/;
      /** The explanation's lines: the Setup texts on no control, headings aside. */
      const explanation = async () => {
        const l = await layout(page);
        const inControl = new Set(l.controls.flatMap((c) => c.texts.map((t) => `${t.text}@${t.x},${t.y}`)));
        return {
          l,
          lines: l.texts.filter(
            (t) => t.scene === 'Setup' && !HEADINGS.test(t.text) && !inControl.has(`${t.text}@${t.x},${t.y}`),
          ),
        };
      };
      const faults: string[] = [];
      for (let row = 0; row < 13; row++) {
        const { l, lines } = await explanation();
        const said = (await lastSaid(page)).slice(0, 30);
        expect(lines.length, said).toBeGreaterThan(0);
        faults.push(...cutTexts({ texts: lines, controls: [] }).map((f) => `${said}: ${f}`));
        faults.push(...offCanvas({ texts: lines, controls: [] }).map((f) => `${said}: ${f}`));
        for (const t of lines)
          for (const c of l.controls)
            if (t.x < c.x + c.w && t.x + t.w > c.x && t.y < c.y + c.h && t.y + t.h > c.y)
              faults.push(
                `${said}: “${t.text.slice(0, 30)}” lies over “${c.texts.map((x) => x.text).join(' ')}”`,
              );
        if (/^Player 1/.test(said)) {
          // The role card is the longest: PgDn scrolls it to its last words.
          await shot(page, 'setup-largest-player');
          for (let k = 0; k < 4; k++) await press(page, 'PageDown');
          const end = (await explanation()).lines.map((t) => t.text).join(' ');
          expect(end).toMatch(/Delete: remove\.$/);
          await shot(page, 'setup-largest-player-end');
        }
        await press(page, 'ArrowDown');
      }
      expect(faults).toEqual([]);
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
