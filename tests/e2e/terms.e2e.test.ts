// Words explained where they appear: glossary terms in the briefing, the transcript, the Outcome and the
// Debrief are underlined; pointing at one, or pressing U, shows its definition and source.
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
} from './harness';
import { clickAt, layout } from './pointer';

const suite = useBrowserSuite();
const SLOW = 240_000;

/** The tip on screen for a term whose text is `body`: its heading and where it sits. */
async function tipOf(page: Page, body: string): Promise<{ term: string; x: number; y: number } | null> {
  const texts = (await layout(page)).texts;
  const b = texts.find((t) => t.text === body);
  if (!b) return null;
  const head = texts
    .filter((t) => t.scene === b.scene && Math.abs(t.x - b.x) < 2 && t.y < b.y)
    .sort((p, q) => q.y - p.y)[0];
  return head ? { term: head.text, x: head.x - 10, y: head.y - 10 } : null;
}

interface Tip {
  term: string;
  body: string;
  x: number;
  y: number;
}

/** U steps to the next underlined term: it is said (term: definition), and its tip shows. */
async function stepTerm(page: Page, n: number): Promise<Tip> {
  const before = (await page.evaluate(() => window.roughConsensus.announcements.length)) as number;
  await press(page, 'u');
  const said = await page.evaluate((k) => window.roughConsensus.announcements.slice(k), before);
  expect(said, `announcement after U #${n}`).toHaveLength(1);
  const [term, ...rest] = said[0]!.split(': ');
  const body = rest.join(': ');
  const shown = await tipOf(page, body);
  expect(shown, `tip for ${said[0]}`).not.toBeNull();
  expect(shown!.term).toBe(term);
  return { ...shown!, body };
}

/** U twice shows two terms; pointing back at the first one's place shows its tip again. */
async function hoverBack(page: Page, name: string): Promise<void> {
  const first = await stepTerm(page, 1);
  await shot(page, `terms-${name}`);
  // Game terms say so and cite nothing; the others name their source.
  expect(first.body).toMatch(/Source: .+\.$|^A game term/);
  const second = await stepTerm(page, 2);
  expect(second.term).not.toBe(first.term);
  // The tip opens just below its term, at the term's left edge (or above it near the foot of the screen).
  await page.mouse.move(1, 1);
  const spot = { x: first.x + 6, y: first.y - 12 };
  await clickAt(page, spot);
  if ((await tipOf(page, first.body))?.term !== first.term)
    // The tip went above the term: the term is just below it.
    await clickAt(page, { x: first.x + 6, y: first.y + 8 });
  expect((await tipOf(page, first.body))?.term).toBe(first.term);
  expect(await tipOf(page, second.body)).toBeNull();
}

describe('Words explained where they appear', () => {
  it(
    'underlines glossary terms in the briefing, the transcript, the Outcome and the Debrief, with their source',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url);
      await waitReady(page);
      await newGameToBriefing(page);
      await hoverBack(page, 'briefing');

      await press(page, 'Enter');
      await waitForScene(page, 'Plenary');
      await press(page, '2');
      // The transcript's first line names the plenary.
      await stepTerm(page, 1);
      await shot(page, 'terms-transcript');

      // The meeting ends (the facilitator's End): the Outcome, then the Debrief.
      await page.evaluate(() => window.roughConsensus.send({ type: 'END' }));
      await waitForScene(page, 'Outcome', 30_000);
      await press(page, '2');
      await stepTerm(page, 1);
      await shot(page, 'terms-outcome');
      await press(page, 'd');
      // The exit tickets come first: D on their list goes on to the debrief.
      await waitForScene(page, 'ExitTicket', 30_000);
      await press(page, 'd');
      await waitForScene(page, 'Debrief', 30_000);
      await press(page, '1');
      await stepTerm(page, 1);
      await shot(page, 'terms-debrief');
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});

/** Steps with U (scrolling on where the view has none) until a citation is stepped to; returns its tip. */
async function stepToCitation(page: Page): Promise<Tip> {
  for (let pageDown = 0; pageDown < 8; pageDown++) {
    const seen = new Set<string>();
    for (let i = 0; i < 15; i++) {
      const before = (await page.evaluate(() => window.roughConsensus.announcements.length)) as number;
      await press(page, 'u');
      const said = await page.evaluate((k) => window.roughConsensus.announcements.slice(k), before);
      const line = said[0] ?? '';
      if (!line || seen.has(line)) break;
      seen.add(line);
      if (/open it in Sources\.$/.test(line)) {
        const [term, ...rest] = line.split(': ');
        const body = rest.join(': ');
        const shown = await tipOf(page, body);
        expect(shown?.term).toBe(term);
        return { ...shown!, body };
      }
    }
    await press(page, 'PageDown');
  }
  throw new Error('no citation in the panel');
}

describe('Citations open Sources', () => {
  it(
    'a citation in the briefing opens Sources at its paragraph, by Enter after U and by a click; Back returns',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url);
      await waitReady(page);
      await newGameToBriefing(page);

      // By keyboard: U to the citation, Enter.
      const cited = await stepToCitation(page);
      const m = /^(Washington 2012|Mtisi chapter), para (\d+)$/.exec(cited.term)!;
      expect(m).not.toBeNull();
      await press(page, 'Enter');
      await waitForScene(page, 'Sources');
      const opened = await waitForAnnouncement(page, new RegExp(`^Sources: .+, paragraph ${m[2]}\\. `));
      // The summary the tip showed is the one Sources opens at, marked and in view.
      expect(cited.body.startsWith(opened.replace(/^Sources: .+?, paragraph \d+\. /, ''))).toBe(true);
      const marked = (await layout(page)).texts.filter(
        (t) => t.scene === 'Sources' && t.text.startsWith('▶ ¶'),
      );
      expect(marked.map((t) => t.text)).toEqual([expect.stringMatching(new RegExp(`^▶ ¶${m[2]} `))]);
      await shot(page, 'citation-sources');
      await press(page, 'Escape');
      await waitForScene(page, 'Briefing');

      // By the pointer: the citation's underline, clicked, opens the same paragraph.
      const again = await stepToCitation(page);
      await page.mouse.move(1, 1);
      // The tip opens just below its term (here, in the upper part of the screen).
      await clickAt(page, { x: again.x + 6, y: again.y - 12 });
      await waitForScene(page, 'Sources');
      await waitForAnnouncement(
        page,
        new RegExp(`^Sources: .+, paragraph ${/para (\d+)$/.exec(again.term)![1]}\\. `),
      );
      await press(page, 'Escape');
      await waitForScene(page, 'Briefing');
      // The briefing is as it was: Enter begins the meeting.
      await press(page, 'Enter');
      await waitForScene(page, 'Plenary');
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});

describe('Citations open Sources from the result screens', () => {
  it(
    'a citation on the Outcome’s history page and on the Debrief’s questions opens Sources at its paragraph, and Back returns',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url);
      await waitReady(page);
      await newGameToBriefing(page);
      await press(page, 'Enter');
      await waitForScene(page, 'Plenary');
      await page.evaluate(() => window.roughConsensus.send({ type: 'END' }));
      for (const [scene, tab] of [
        ['Outcome', '4'],
        ['Debrief', '6'],
      ] as const) {
        if (scene === 'Debrief') {
          await press(page, 'd');
          await waitForScene(page, 'ExitTicket', 30_000);
          await press(page, 'd');
        }
        await waitForScene(page, scene, 30_000);
        await press(page, tab);
        const cited = await stepToCitation(page);
        const para = /para (\d+)$/.exec(cited.term)![1];
        await press(page, 'Enter');
        await waitForScene(page, 'Sources');
        await waitForAnnouncement(page, new RegExp(`^Sources: .+, paragraph ${para}\\. `));
        await shot(page, `citation-sources-from-${scene.toLowerCase()}`);
        await press(page, 'Escape');
        await waitForScene(page, scene);
      }
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
