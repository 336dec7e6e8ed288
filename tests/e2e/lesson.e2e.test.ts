// The lesson loop in the browser: a student's speech and amendment, each previewed before it is made and
// told after it in the "What changed" panel, with the delegations that moved (before and after, read
// from the session's snapshots) and the support for the draft before and after.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { showPosition } from '../../src/app/consequences';
import { amendments, draftView, hand, seats } from '../../src/app/view-model';
import { LIBRARY } from '../../src/machines/default';
import type { SessionContext } from '../../src/model/session';
import {
  announcements,
  frames,
  openPage,
  press,
  shot,
  useBrowserSuite,
  waitForAnnouncement,
  waitForScene,
  waitReady,
} from './harness';

const suite = useBrowserSuite();
const SLOW = 180_000;

function context(page: Page): Promise<SessionContext> {
  return page.evaluate(
    () => (window.roughConsensus.snapshot() as { context: SessionContext }).context,
  ) as Promise<SessionContext>;
}

/** The Plenary's open panel, as its screen-reader copy. */
/** The panel's text as one line: the screen wraps long titles and names wherever the width falls. */
async function panel(page: Page): Promise<string> {
  const text = await page.evaluate(() => document.getElementById('screen-text')?.textContent ?? '');
  return text.replace(/\s+/g, ' ');
}

const support = (ctx: SessionContext) => seats(LIBRARY, ctx).filter((s) => s.stance === 'supports').length;

/** Every delegation whose position on the definition moved by half a point or more. */
function moved(before: SessionContext, after: SessionContext) {
  const all = seats(LIBRARY, after);
  return before.pos.definition.flatMap((x, i) => {
    const y = after.pos.definition[i]!;
    return Math.abs(y - x) >= 0.5 ? [{ name: all[i]!.name, from: x, to: y }] : [];
  });
}

describe('the lesson loop', () => {
  it(
    'previews a speech and an amendment, then says what each changed: who moved, from where to where, and the support before and after',
    async () => {
      const { page, problems, context: browserContext } = await openPage(suite.browser, suite.server.url);
      await waitReady(page);
      await press(page, 'Home', 'ArrowDown', 'Enter'); // New game
      await waitForScene(page, 'Setup');
      // Defaults: Washington plenary 2012, one lesson, South Africa played by Player 1, classroom pace.
      await waitForAnnouncement(page, /New game/);
      // Scenario, rule, agenda, speech and session timers, pace, seed, PIN, Player 1, + Add, Start.
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowDown');
      await frames(page, 3);
      await waitForAnnouncement(page, /^Start the meeting\./);
      await press(page, 'Enter');
      await waitForScene(page, 'Briefing');
      await press(page, 'Enter');
      await waitForScene(page, 'Plenary');
      await press(page, 'f'); // fast-forward to South Africa's turn
      await waitForAnnouncement(page, /Fast-forward on/);
      await page.waitForFunction(
        () =>
          (window.roughConsensus.snapshot() as { context: { item: { speakers: string[] } | null } }).context
            .item?.speakers[0] === 'ZA',
        undefined,
        { timeout: 60_000 },
      );
      await waitForAnnouncement(page, /Your move, South Africa/, 10_000);

      // A speech: the list offers each card's effect before it is made.
      const before = await context(page);
      expect(hand(LIBRARY, before, 'ZA').length).toBeGreaterThan(0);
      await press(page, 's');
      const offered = await waitForAnnouncement(page, /^Make an argument \(\d+ in your hand\)/);
      expect(offered).toMatch(/If you make this argument: Your case for \d+ would move/);
      await shot(page, 'lesson-speech-preview');
      await press(page, 'Enter');
      await page.waitForFunction(() =>
        /^What changed panel/.test(document.getElementById('screen-text')?.textContent ?? ''),
      );
      const afterSpeech = await context(page);
      // The card the list offered first (its order is the list's own), read from the session's log.
      const played = afterSpeech.log.findLast((e) => e.type === 'SPEAK');
      const card = LIBRARY.arguments.find((c) => played?.type === 'SPEAK' && c.id === played.card)!;
      const spoken = await panel(page);
      const speechMoves = moved(before, afterSpeech);
      expect(speechMoves.length).toBeGreaterThan(3);
      expect(spoken).toContain(`What your speech changed: “${card.title}”`);
      expect(spoken).toContain(`Support for the draft: ${support(before)} → ${support(afterSpeech)}`);
      for (const m of speechMoves)
        expect(spoken).toContain(`${m.name} ${showPosition(m.from, m.to)} → ${showPosition(m.to, m.from)}`);
      await shot(page, 'lesson-speech-changed');

      // An amendment: adding "Not only rebels" widens the draft and loses supporters; the panel names them.
      const list = amendments(LIBRARY, afterSpeech);
      const k = list.findIndex((a) => a.clause.id === 'def-beyond-rebels' && a.op === 'add');
      expect(k).toBeGreaterThanOrEqual(0);
      await press(page, 'a');
      await waitForAnnouncement(page, /^Amend the draft: add or strike/);
      for (let i = 0; i < k; i++) await page.keyboard.press('ArrowDown');
      await frames(page, 3);
      const said = (await announcements(page)).at(-1)!;
      // The clause adds 8; the room may have amended the draft since the speech, so read where it stands.
      const stands = [afterSpeech, await context(page)].map((c) =>
        Math.round(draftView(LIBRARY, c)?.value ?? NaN),
      );
      const [, from, to] =
        said.match(
          /^Add: Not only rebels, \+8\..*If you add this clause: The draft would move from (\d+) to (\d+)/,
        ) ?? [];
      expect(said, said).toMatch(/^Add: Not only rebels/);
      expect(stands).toContain(Number(from));
      expect(Number(to) - Number(from)).toBe(8);
      expect(said).toMatch(/would stop supporting the draft/);
      await shot(page, 'lesson-amend-preview');
      await press(page, 'Enter');
      await page.waitForFunction(() =>
        (document.getElementById('screen-text')?.textContent ?? '').includes('What your amendment changed'),
      );
      const afterAmend = await context(page);
      const amended = await panel(page);
      expect(support(afterAmend)).toBeLessThan(support(afterSpeech));
      expect(amended).toContain(`Support for the draft: ${support(afterSpeech)} → ${support(afterAmend)}`);
      const lost = seats(LIBRARY, afterAmend).filter(
        (s, i) => s.stance !== 'supports' && seats(LIBRARY, afterSpeech)[i]!.stance === 'supports',
      );
      expect(lost.length).toBeGreaterThan(0);
      for (const s of lost) expect(amended).toContain(s.name);
      expect(amended).toContain(`The draft moved from ${from} to ${to}`);
      await shot(page, 'lesson-amend-changed');
      expect(problems()).toEqual([]);
      await browserContext.close();
    },
    SLOW,
  );
});
