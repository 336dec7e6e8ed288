// How to play, played through: the guided first item starts at a newcomer's first meeting and moves on only
// when the player has done each step (looked at a seat, argued, opened What changed, offered a deal,
// and, last, answering the consensus call); B skips it and Settings remember it was seen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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
  newGameToBriefing,
} from './harness';
import { centre, clickAt, control, layout } from './pointer';

const suite = useBrowserSuite();
const SLOW = 240_000;
const FAST_PACE = `if (!localStorage.getItem('roughConsensus.classroom'))
  localStorage.setItem('roughConsensus.classroom', JSON.stringify({ pace: 'fast' }));`;

interface Turn {
  phase: string | null;
  mine: boolean;
  spoke: boolean;
}

/** The session's phase and whether it waits for the person's seat. */
function turn(page: Page): Promise<Turn> {
  return page.evaluate(() => {
    const s = window.roughConsensus.snapshot() as {
      value: string | { session?: string };
      context: {
        item: { speakers: string[]; turn: { spoke: boolean }; call: { responded: string[] } | null } | null;
        caucus: { to: string } | null;
        humans: Record<string, string>;
      };
    } | null;
    if (!s) return { phase: null, mine: false, spoke: false };
    const c = s.context;
    const phase = typeof s.value === 'string' ? s.value : (s.value.session ?? null);
    const me = Object.keys(c.humans);
    const mine =
      (phase === 'floor' && me.includes(c.item?.speakers[0] ?? '')) ||
      (phase === 'caucus' && me.includes(c.caucus?.to ?? '')) ||
      (phase === 'consensusCall' && me.some((h) => !(c.item?.call?.responded ?? []).includes(h)));
    return { phase, mine, spoke: c.item?.turn.spoke ?? false };
  });
}

/** Waits for the person's turn on the floor (passing hand-over covers). */
async function untilMine(page: Page, want: (t: Turn) => boolean, timeoutMs = 60_000): Promise<Turn> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((await currentScene(page)) === 'Handover') await press(page, 'Enter');
    const t = await turn(page);
    if (t.mine && want(t)) return t;
    await frames(page, 3);
  }
  throw new Error(`timed out waiting for the player's turn: ${JSON.stringify(await turn(page))}`);
}

/** The coach box sits over the draft panel, which no step asks for: the hall, tabs, actions and footer show. */
async function coachFitsTheDraftPanel(page: Page): Promise<void> {
  const shown = await layout(page);
  const coach = shown.texts.filter(
    (t) => t.scene === 'Plenary' && /^How to play|^Skip \(B\)|^Close \(B\)/.test(t.text),
  );
  expect(coach.length).toBeGreaterThan(0);
  const DRAFT = { x: 716, y: 52, w: 556, h: 262 };
  for (const t of coach) {
    expect(t.x).toBeGreaterThanOrEqual(DRAFT.x);
    expect(t.y).toBeGreaterThanOrEqual(DRAFT.y);
    expect(t.x + t.w).toBeLessThanOrEqual(DRAFT.x + DRAFT.w);
    expect(t.y + t.h).toBeLessThanOrEqual(DRAFT.y + DRAFT.h);
  }
  // The footer's key hints are not under it.
  const hints = shown.texts.find((t) => /^1–6 panels/.test(t.text));
  expect(hints).toBeDefined();
}

describe('How to play', () => {
  it(
    'walks a newcomer through the hall, an argument, what changed, a deal and the call, each on its own move',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
        init: FAST_PACE,
        tutorial: true,
      });
      await waitReady(page);
      await newGameToBriefing(page);
      await press(page, 'Enter');
      await waitForScene(page, 'Plenary');
      // The box says first what the player is after at this meeting and the way to it, in the Outcome's terms.
      expect(await waitForAnnouncement(page, /^How to play 1 of 5 · Read the hall/)).toMatch(
        /Your aim: Keep any new definition narrow \(at most 20 on a scale of 0 to 100\)\. The draft, at 25, does not: argue and amend to pull it your way, or object when the Chair calls for consensus/,
      );
      await shot(page, 'tutorial-1-hall');
      // Nothing moves it on but the player: the AI's moves leave it at step 1.
      await untilMine(page, () => true);
      expect(
        await page.evaluate(() =>
          window.roughConsensus.announcements.some((a) => /How to play 2 of 5/.test(a)),
        ),
      ).toBe(false);

      // 1. Point at a seat.
      const seat = (await layout(page)).texts.find((t) => /^✓[A-Z]{2}$/.test(t.text))!;
      await page.mouse.move(1, 1);
      await clickAt(page, { x: seat.x + seat.w / 2, y: seat.y + seat.h / 2 });
      await waitForAnnouncement(page, /^How to play 2 of 5 · Make an argument/);

      // 2. Make an argument, by clicking its button, then the first card.
      await untilMine(page, (t) => t.phase === 'floor' && !t.spoke);
      const argue = (await layout(page)).controls.find((c) =>
        c.texts.some((t) => t.text === 'Make an argument'),
      )!;
      await clickAt(page, centre(argue));
      await press(page, 'Enter');
      await waitForAnnouncement(page, /^How to play 3 of 5 · See what it changed/, 15_000);
      await shot(page, 'tutorial-3-changed');

      // 3. Open What changed by clicking its tab.
      const tab = (await layout(page)).texts.find((t) => t.text === '6 What changed')!;
      await clickAt(page, { x: tab.x + tab.w / 2, y: tab.y + tab.h / 2 });
      await waitForAnnouncement(page, /^How to play 4 of 5 · Offer a deal/);

      // 4. Offer a deal: partner, the issue given, the issue asked, send.
      await untilMine(page, (t) => t.phase === 'floor');
      await press(page, 'c', 'Enter', 'Enter', 'Enter', 'Enter');
      await waitForAnnouncement(page, /^How to play 5 of 5 · Answer the call/, 15_000);

      // 5. The call: the Chair would call only when every speaker has been heard, so the coach offers
      // it now. Click Call it now, then answer as the coach says.
      await untilMine(page, (t) => t.phase === 'floor' || t.phase === 'chairDraft');
      await coachFitsTheDraftPanel(page);
      await shot(page, 'tutorial-5-call');
      await clickAt(page, centre(await control(page, /^Call it now$/)));
      await waitForAnnouncement(
        page,
        /^How to play 5 of 5 · Answer the call\. The Chair asks whether anyone objects/,
      );
      await untilMine(page, (t) => t.phase === 'consensusCall');
      await coachFitsTheDraftPanel(page);
      await shot(page, 'tutorial-5-answer');
      await clickAt(page, centre(await control(page, /^No objection$/)));
      await waitForAnnouncement(page, /^How to play · You have played every move/, 15_000);
      const log = await page.evaluate(() =>
        (
          window.roughConsensus.snapshot() as { context: { log: { type: string; by?: string }[] } }
        ).context.log.map((e) => `${e.type} ${e.by ?? ''}`),
      );
      expect(log).toContain('FORCE_CALL ');
      expect(log).toContain('CONCUR ZA');
      await shot(page, 'tutorial-6-done');

      // Close (B) ends it, and Settings remember it was seen.
      await press(page, 'b');
      await waitForAnnouncement(page, /^How to play closed\. Press B to start it again/);
      const stored = await page.evaluate(() =>
        JSON.parse(localStorage.getItem('roughConsensus.settings') ?? '{}'),
      );
      expect(stored.tutorialSeen).toBe(true);
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});

describe('How to play at Largest text in a 1024×600 window', () => {
  it(
    'keeps the coach box, its Call it now button included, over the draft panel and off the controls',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
        viewport: { width: 1024, height: 600 },
        // Fast pace: at classroom pace the floor can take more than a minute to come back to the player.
        init: `localStorage.setItem('roughConsensus.settings', JSON.stringify({ textScale: 1.3 }));\n${FAST_PACE}`,
        tutorial: true,
      });
      await waitReady(page);
      await newGameToBriefing(page);
      await press(page, 'Enter');
      await waitForScene(page, 'Plenary');
      await waitForAnnouncement(page, /^How to play 1 of 5 · Read the hall/);
      await coachFitsTheDraftPanel(page);
      await shot(page, 'tutorial-largest-1024-hall');
      // By keys this time: H browses the hall, S argues, 6 opens What changed, C offers a deal.
      await press(page, 'h', 'Escape');
      await waitForAnnouncement(page, /^How to play 2 of 5/);
      await untilMine(page, (t) => t.phase === 'floor' && !t.spoke);
      await press(page, 's', 'Enter');
      await waitForAnnouncement(page, /^How to play 3 of 5/, 15_000);
      await press(page, '6');
      await waitForAnnouncement(page, /^How to play 4 of 5/);
      await untilMine(page, (t) => t.phase === 'floor');
      await press(page, 'c', 'Enter', 'Enter', 'Enter', 'Enter');
      await waitForAnnouncement(page, /^How to play 5 of 5/, 15_000);
      await press(page, 'Enter');
      await untilMine(page, (t) => t.phase === 'floor');
      // The longest step, with its button: still over the draft panel, its label whole.
      await coachFitsTheDraftPanel(page);
      const call = await control(page, /^Call it now$/);
      expect(call.y + call.h).toBeLessThanOrEqual(52 + 262);
      expect(call.texts.every((t) => !t.text.includes('…'))).toBe(true);
      await shot(page, 'tutorial-largest-1024-call');
      // Q is the button's key.
      await press(page, 'q');
      await untilMine(page, (t) => t.phase === 'consensusCall');
      await shot(page, 'tutorial-largest-1024-answer');
      await press(page, 'n');
      await waitForAnnouncement(page, /^How to play · You have played every move/, 15_000);
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
