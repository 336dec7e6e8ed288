// The Outcome and the Debrief at the largest text in a 1024×600 window, after a meeting that reached its
// calls (a person objecting at each): every page's texts whole, inside the screen, none run into another,
// no label cut. Read from the drawn texts' bounds; screenshots: test-artifacts/results-largest-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cutLabels, cutTexts, offCanvas, overlapping } from './bounds';
import {
  frames,
  newGameToBriefing,
  openPage,
  press,
  shot,
  useBrowserSuite,
  waitForScene,
  waitReady,
} from './harness';
import { layout } from './pointer';

const suite = useBrowserSuite();

interface Where {
  scene: string;
  phase: string | null;
  speaker: string | null;
  caucusTo: string | null;
  answered: boolean;
}

const where = (page: Page): Promise<Where> =>
  page.evaluate(() => {
    const s = window.roughConsensus.snapshot() as {
      value: string | { session?: string };
      context: {
        item: { speakers: string[]; call: { responded: string[] } | null } | null;
        caucus: { to: string } | null;
      };
    } | null;
    const v = s?.value;
    return {
      scene: window.roughConsensus.scene,
      phase: typeof v === 'string' ? v : (v?.session ?? null),
      speaker: s?.context.item?.speakers[0] ?? null,
      caucusTo: s?.context.caucus?.to ?? null,
      answered: s?.context.item?.call?.responded.includes('ZA') ?? false,
    };
  });

/** Plays South Africa (yields the floor, refuses deals, objects at every call) until the Outcome. */
async function playToOutcome(page: Page): Promise<void> {
  await press(page, 'f');
  const until = Date.now() + 240_000;
  for (;;) {
    if (Date.now() > until) throw new Error(`no Outcome in time: ${JSON.stringify(await where(page))}`);
    const w = await where(page);
    if (w.scene === 'Outcome') return;
    if (w.scene === 'Handover') await press(page, 'Enter');
    else if (w.scene !== 'Plenary') await frames(page, 2);
    else if (w.phase === 'floor' && w.speaker === 'ZA') await press(page, 'y');
    else if (w.phase === 'caucus' && w.caucusTo === 'ZA') await press(page, 'n');
    else if (w.phase === 'consensusCall' && !w.answered) await press(page, 'x');
    else await frames(page, 2);
  }
}

describe('the Outcome and the Debrief at the largest text in a 1024×600 window', () => {
  it('show every page whole after a meeting with calls: nothing cut, off the screen or run together', async () => {
    const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
      viewport: { width: 1024, height: 600 },
      init: `localStorage.setItem('roughConsensus.settings', JSON.stringify({ textScale: 1.3, muted: true, reducedMotion: true }));
        localStorage.setItem('roughConsensus.classroom', JSON.stringify({ pace: 'fast' }));`,
    });
    await waitReady(page);
    await newGameToBriefing(page);
    await press(page, 'Enter');
    await waitForScene(page, 'Plenary');
    await playToOutcome(page);
    const faults: string[] = [];
    const check = async (name: string) => {
      await frames(page, 4);
      const l = await layout(page);
      faults.push(
        ...[...cutLabels(l), ...offCanvas(l), ...overlapping(l), ...cutTexts(l)].map((f) => `${name}: ${f}`),
      );
      await shot(page, `results-largest-${name}`);
    };
    for (const p of ['1', '2', '3', '4']) {
      await press(page, p);
      await check(`outcome-${p}`);
    }
    // The rules page gives a verdict and a tally under each rule: the meeting reached a decision.
    await press(page, '2');
    const rules = (
      await page.evaluate(() => document.getElementById('screen-text')?.textContent ?? '')
    ).replace(/\s+/g, ' ');
    expect(rules).toMatch(/(✓ adopted|✕ not adopted) — Consensus \(the KP rule\)/);
    expect(rules).toMatch(
      /(✓ adopted|✕ not adopted) — Two-thirds majority: at the \w+ call, on a draft at \d+ of 100; \d+ for, \d+ against/,
    );
    // What the rows are, said above them: each rule's own replay of the meeting.
    expect(rules).toMatch(/^Under each rule.*Each rule’s row replays the meeting under that rule/);
    await press(page, 'd');
    await waitForScene(page, 'ExitTicket', 30_000);
    await press(page, 'd');
    await waitForScene(page, 'Debrief', 30_000);
    for (const p of ['1', '2', '3', '4', '5', '6']) {
      await press(page, p);
      await check(`debrief-${p}`);
    }
    expect(faults).toEqual([]);
    expect(problems()).toEqual([]);
    await context.close();
  }, 400_000);
});
