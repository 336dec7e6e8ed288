// "Would it pass?" and the call's headline read whole at every text size and window: at a consensus call,
// the five rules with their verdicts and figures stay inside the panel together, nothing is cut with "…",
// the names of who would object or vote no are all there (scrolling the panel), the Now panel's headline and
// its objectors fit, and the projector keeps everything on the screen. Read from the drawn texts' bounds.
// Screenshots: test-artifacts/meter-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cutTexts, offCanvas, overlapping, spilling, textsWithin } from './bounds';
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
import { layout, wheelAt, type ShownLayout, type ShownText } from './pointer';

const suite = useBrowserSuite();

/** The tab panel under the hall and the Now panel, in design pixels (scenes/plenary/layout.ts). */
const TABP = { x: 8, y: 434, w: 700, h: 240 };
const NOW = { x: 716, y: 320, w: 556, h: 108 };
/** The tab panel's text, below its strip of tabs. */
const TAB_TEXT = { x: 8, y: 480, w: 700, h: 194 };

const phaseOf = (page: Page) =>
  page.evaluate(() => {
    const v = (window.roughConsensus.snapshot() as { value: string | { session?: string } } | null)?.value;
    return typeof v === 'string' ? v : (v?.session ?? null);
  });

/** Plays on (South Africa yields, the hand-over cover is passed) until the Chair calls for consensus. */
async function untilCall(page: Page): Promise<void> {
  await press(page, 'f'); // fast-forward the AI
  const until = Date.now() + 120_000;
  while ((await phaseOf(page)) !== 'consensusCall') {
    if (Date.now() > until) throw new Error('no consensus call within two minutes');
    if ((await page.evaluate(() => window.roughConsensus.scene)) === 'Handover') await press(page, 'Enter');
    else await press(page, 'y');
    await frames(page, 2);
  }
  await press(page, 'f'); // the picture holds still
}

/** Drawn lines of a panel, top to bottom, the texts on one line (a verdict and its rule) joined. */
function linesOf(texts: readonly ShownText[]): string[] {
  const rows: { y: number; parts: ShownText[] }[] = [];
  for (const t of texts) {
    if (/^[▼▲] more/.test(t.text)) continue; // the scroll cue
    const row = rows.find((r) => Math.abs(r.y - t.y) < 6);
    if (row) row.parts.push(t);
    else rows.push({ y: t.y, parts: [t] });
  }
  return rows.map((r) =>
    r.parts
      .sort((a, b) => a.x - b.x)
      .map((p) => p.text)
      .join(' '),
  );
}

/** Appends a page of lines to what was read so far, without the lines both show. */
function merge(read: string[], page: string[]): string[] {
  for (let k = Math.min(read.length, page.length); k > 0; k--)
    if (read.slice(-k).join('\n') === page.slice(0, k).join('\n')) return [...read, ...page.slice(k)];
  return [...read, ...page];
}

/** The Plenary's own texts (captions of sounds, drawn by another scene over it, left out). */
const plenary = (l: ShownLayout): ShownLayout => ({
  texts: l.texts.filter((t) => t.scene === 'Plenary'),
  controls: [],
});

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('“Would it pass?” at a consensus call', () => {
  it('reads whole at Normal 1280×720, Large 1920×1080 and Largest 1024×600: every rule, every name, the headline', async () => {
    for (const [name, textScale, width, height] of [
      ['normal-1280', 1, 1280, 720],
      ['large-1920', 1.15, 1920, 1080],
      ['largest-1024', 1.3, 1024, 600],
    ] as const) {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
        viewport: { width, height },
        init: `localStorage.setItem('roughConsensus.settings', JSON.stringify({ textScale: ${textScale}, muted: true, reducedMotion: true }));
            localStorage.setItem('roughConsensus.classroom', JSON.stringify({ pace: 'fast' }));`,
      });
      await waitReady(page);
      await newGameToBriefing(page);
      await press(page, 'Enter');
      await waitForScene(page, 'Plenary');
      await untilCall(page);
      // The facilitator pauses the meeting, so no seat answers the call while the panel is paged through
      // (each objection changes the panel: read across one, its lines mixed two states of the call).
      await page.evaluate(() => window.roughConsensus.send({ type: 'PAUSE' }));
      await press(page, '3');
      await page.waitForFunction(() =>
        /^Would it pass\? panel/.test(document.getElementById('screen-text')?.textContent ?? ''),
      );
      // The pointer on the panel, clear of its words (a term's tip would come up): PgDn scrolls it.
      await wheelAt(page, { x: 690, y: 560 }, 0);
      let l = await layout(page);
      await shot(page, `meter-${name}`);
      const faults: string[] = [];
      // The five rules, each with its verdict, all in view at once.
      const first = textsWithin(plenary(l), TAB_TEXT);
      const rules = linesOf(first).filter((x) => /^[✓✕] (passes|fails) /.test(x));
      expect(
        rules.map((r) => r.replace(/^[✓✕] (passes|fails) (▶ )?/, '').replace(/:.*/, '')),
        name,
      ).toEqual([
        'Consensus (the KP rule)',
        'Consensus minus one',
        'Two-thirds majority',
        'Simple majority',
        'Weighted by production',
      ]);
      // Each rule's figure whole on its line, not wrapped out of view.
      for (const r of rules)
        expect(r, name).toMatch(
          /: (\d+ objections?|no objection|\d+ for, \d+ against|\d+% for, \d+% against)$/,
        );
      faults.push(...spilling(first, TABP), ...cutTexts({ texts: first, controls: [] }));
      // Page through the panel: what is drawn, line after line, is the whole panel's text (every name).
      let read = linesOf(first);
      for (let i = 0; i < 6; i++) {
        await press(page, 'PageDown');
        const shown = textsWithin(plenary(await layout(page)), TAB_TEXT);
        faults.push(...spilling(shown, TABP), ...cutTexts({ texts: shown, controls: [] }));
        read = merge(read, linesOf(shown));
      }
      const mirror = await page.evaluate(() => document.getElementById('screen-text')?.textContent ?? '');
      expect(collapse(read.join(' ')), name).toBe(collapse(mirror.replace(/^Would it pass\? panel/, '')));
      expect(mirror, name).toMatch(/Would object under [^:]+: [^.]+\./);
      await shot(page, `meter-${name}-scrolled`);
      // The Now panel: the call's headline and who has objected, whole and inside it.
      l = await layout(page);
      const now = textsWithin(plenary(l), NOW);
      faults.push(...spilling(now, NOW), ...cutTexts({ texts: now, controls: [] }));
      expect(now.map((t) => t.text).join('\n'), name).toMatch(
        /^Call for consensus: (\d+ objections?|no objection so far)/,
      );
      // The projector: everything on the screen, nothing cut or run together. Its texts are those the
      // room's screen under it did not draw (told by place: the status line's clock ticks meanwhile).
      const under = new Set(l.texts.map((t) => `${t.x},${t.y}`));
      await press(page, 'v');
      const all = await layout(page);
      l = { texts: all.texts.filter((t) => !under.has(`${t.x},${t.y}`)), controls: [] };
      await shot(page, `meter-${name}-projector`);
      faults.push(...offCanvas(l), ...overlapping(l), ...cutTexts(l));
      expect(
        l.texts.some((t) => /Weighted by production/.test(t.text)),
        name,
      ).toBe(true);
      expect(faults, name).toEqual([]);
      expect(problems()).toEqual([]);
      await context.close();
    }
  }, 400_000);
});
