// A person's seat objecting at a consensus call, in the browser: the hall and the "Would it pass?" panel
// show the objection as theirs, then the Outcome and the Debrief tell the same story (the same objectives,
// the same participation: the one objection the player made). Screenshots: test-artifacts/objecting-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  announcements,
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
import { cutLabels } from './bounds';
import { layout } from './pointer';

const suite = useBrowserSuite();

const FAST_PACE = `if (!localStorage.getItem('roughConsensus.classroom'))
  localStorage.setItem('roughConsensus.classroom', JSON.stringify({ pace: 'fast' }));`;

interface Seen {
  scene: string;
  phase: string | null;
  speaker: string | null;
  spoke: boolean;
  responded: string[];
  objections: string[];
  caucusTo: string | null;
  /** The open page or panel as its screen-reader copy. */
  text: string;
}

function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const s = window.roughConsensus.snapshot() as {
      value: string | { session?: string };
      context: {
        item: {
          speakers: string[];
          turn: { spoke: boolean };
          call: { responded: string[]; objections: string[] } | null;
        } | null;
        caucus: { to: string } | null;
      };
    } | null;
    const c = s?.context;
    return {
      scene: window.roughConsensus.scene,
      phase: s ? (typeof s.value === 'string' ? s.value : (s.value.session ?? null)) : null,
      speaker: c?.item?.speakers[0] ?? null,
      spoke: c?.item?.turn.spoke ?? false,
      responded: c?.item?.call?.responded ?? [],
      objections: c?.item?.call?.objections ?? [],
      caucusTo: c?.caucus?.to ?? null,
      text: document.getElementById('screen-text')?.textContent ?? '',
    };
  });
}

/**
 * Presses `key` and waits for the screen-reader copy of the open page to change to one matching `re`
 * (what another page or screen showed before the press does not count).
 */
async function pressFor(page: Page, key: string, re: RegExp): Promise<string> {
  const before = (await seen(page)).text;
  await press(page, key);
  return waitForText(page, re, before);
}

/** Waits until the screen-reader copy of the open page matches `re`, and returns it. */
async function waitForText(page: Page, re: RegExp, not?: string): Promise<string> {
  await page.waitForFunction(
    ([src, flags, old]) => {
      const text = document.getElementById('screen-text')?.textContent ?? '';
      return text !== old && new RegExp(src, flags).test(text);
    },
    [re.source, re.flags, not ?? null] as const,
    { timeout: 20_000 },
  );
  return (await seen(page)).text;
}

/** Plays South Africa's turns (yield on the floor, refuse offers) until `done`; `atCall` answers a call. */
async function playUntil(
  page: Page,
  done: (v: Seen) => boolean,
  atCall: (v: Seen) => Promise<void>,
  timeoutMs = 120_000,
): Promise<Seen> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const v = await seen(page);
    if (done(v)) return v;
    if (v.scene === 'Handover') await press(page, 'Enter');
    else if (v.scene === 'Plenary' && v.phase === 'floor' && v.speaker === 'ZA') await press(page, 'y');
    else if (v.scene === 'Plenary' && v.phase === 'caucus' && v.caucusTo === 'ZA') await press(page, 'n');
    else if (v.scene === 'Plenary' && v.phase === 'consensusCall' && !v.responded.includes('ZA'))
      await atCall(v);
    else await frames(page, 2);
  }
  throw new Error(`timed out: ${JSON.stringify(await seen(page))}`);
}

describe('a person objects at a consensus call', () => {
  it('the hall and the panel show South Africa objecting; the Outcome and the Debrief agree on it', async () => {
    const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
      init: FAST_PACE,
    });
    await waitReady(page);
    await press(page, 'Home', 'ArrowDown', 'Enter'); // New game
    await waitForScene(page, 'Setup');
    // Defaults: Washington plenary 2012, consensus, one lesson, Player 1 on South Africa.
    for (let i = 0; i < 12 && !/^Start the meeting\./.test((await announcements(page)).at(-1) ?? ''); i++)
      await press(page, 'ArrowDown');
    await waitForAnnouncement(page, /^Start the meeting\./);
    await press(page, 'Enter');
    await waitForScene(page, 'Briefing');
    await press(page, 'Enter');
    await waitForScene(page, 'Plenary');
    await press(page, 'f'); // fast-forward the AI
    // The first call: Player 1 objects formally for South Africa.
    await playUntil(
      page,
      // On the Plenary itself: the hand-over cover may come up as the call opens, and takes keys.
      (v) => v.scene === 'Plenary' && v.phase === 'consensusCall' && !v.responded.includes('ZA'),
      async () => undefined,
    );
    await press(page, 'f'); // stop fast-forward so the picture holds still
    await press(page, 'x');
    await page.waitForFunction(() => {
      const s = window.roughConsensus.snapshot() as {
        context: { item: { call: { objections: string[] } | null } | null };
      };
      return s.context.item?.call?.objections.includes('ZA') ?? false;
    });
    // The "Would it pass?" panel names South Africa among the objections under consensus.
    // (The panel may have opened by itself at the call: then the key announces nothing.)
    await press(page, '3');
    const panel = (
      await waitForText(page, /^Would it pass\? panel[\s\S]*✕ fails ▶ Consensus \(the KP rule\)/)
    ).replace(/\s+/g, ' ');
    expect(panel).toMatch(/✕ fails ▶ Consensus \(the KP rule\): \d+ objections?/);
    // South Africa's objection is said as made, not among the forecast's.
    expect(panel).toMatch(/Objected at this call: [^.]*South Africa/);
    expect(panel).not.toMatch(/Would object under [^:]+: [^.]*South Africa/);
    await shot(page, 'objecting-hall');
    // The seat's moves now (withdraw the objection, let the AI play) read whole on their buttons.
    expect(cutLabels(await layout(page))).toEqual([]);

    // South Africa objects at every later call too. Then the Outcome.
    await press(page, 'f');
    await playUntil(
      page,
      (v) => v.scene === 'Outcome',
      async () => press(page, 'x'),
    );
    const objected = await page.evaluate(() => {
      const s = window.roughConsensus.snapshot() as {
        context: { transcript: { kind: string; by?: string; player?: string }[] };
      };
      return s.context.transcript.filter((t) => t.kind === 'objection' && t.by === 'ZA' && t.player).length;
    });
    expect(objected).toBeGreaterThan(0);
    await waitForAnnouncement(page, /The communiqué\./, 20_000);
    const rules = await pressFor(page, '2', /^Under each rule/);
    // The consensus row shows its tally with the objectors named, South Africa among them.
    expect(rules).toMatch(
      /Consensus \(the KP rule\) \(the KP’s actual rule, this session\): at the \w+ call, on a draft at \d+ of 100; \d+ objections?: [^\n]*South Africa/,
    );
    expect(rules).toMatch(/Weighted by production[^\n]*% of production for/);
    await shot(page, 'objecting-outcome-rules');
    const outcomeObjectives = (await pressFor(page, '3', /^Objectives\n/)).replace(/^Objectives\n/, '');
    expect(outcomeObjectives).toMatch(/South Africa — Player 1/);
    expect(outcomeObjectives).toMatch(
      /needed at most 20 of 100, toward ‘[^’]+’; ended at \d+ of 100 \(((at|nearer) ‘[^’]+’|midway)\)/,
    );
    expect(outcomeObjectives).not.toMatch(/✕ not met[^\n]*not decided/);
    await shot(page, 'objecting-outcome-objectives');

    await press(page, 'Enter'); // Go to the debrief: the exit tickets come first, D skips them
    await waitForScene(page, 'ExitTicket');
    await press(page, 'd');
    await waitForScene(page, 'Debrief');
    const debriefObjectives = (await pressFor(page, '3', /^Objectives\n/)).replace(/^Objectives\n/, '');
    expect(debriefObjectives).toBe(outcomeObjectives);
    const participation = await pressFor(page, '4', /^Participation/);
    expect(participation).toContain(
      `Player 1 — South Africa\n0 speeches · 0 amendments · ${objected} objection${objected === 1 ? '' : 's'} · 0 caucus moves`,
    );
    await shot(page, 'objecting-debrief-participation');
    expect(await currentScene(page)).toBe('Debrief');
    expect(problems()).toEqual([]);
    await context.close();
  }, 300_000);
});
