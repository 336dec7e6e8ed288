// Playing the game in a real browser, keyboard only: a one-lesson session from the title screen to the
// debrief; a two-player hot-seat session with the facilitator console and a debrief export; and a tour that
// photographs every gameplay scene into test-artifacts/ (play-*.png).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  announcements,
  canvasBox,
  currentScene,
  frames,
  lastAnnouncement,
  openPage,
  press,
  shot,
  useBrowserSuite,
  waitForAnnouncement,
  waitForScene,
  waitReady,
  type OpenedPage,
} from './harness';

const suite = useBrowserSuite();

/** What the test reads of the session: phase, whose turn, the call, the caucus. */
interface View {
  phase: string | null;
  speaker: string | null;
  spoke: boolean;
  responded: string[];
  caucusTo: string | null;
  humans: Record<string, string>;
  paused: boolean;
  injected: string[];
  logLength: number;
  rejection: string | null;
  /** The active scene and the Plenary's open panel as its screen-reader copy, read with the snapshot. */
  scene: string;
  panel: string;
}

/** The session's event log, each event as JSON. */
function logOf(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ((window.roughConsensus.snapshot() as { context: { log: unknown[] } }).context.log ?? []).map((e) =>
      JSON.stringify(e),
    ),
  );
}

async function view(page: Page): Promise<View> {
  return page.evaluate(() => {
    const s = window.roughConsensus.snapshot() as {
      value: string | { session?: string };
      paused: boolean;
      context: {
        item: { speakers: string[]; turn: { spoke: boolean }; call: { responded: string[] } | null } | null;
        caucus: { to: string } | null;
        humans: Record<string, string>;
        injected: string[];
        log: unknown[];
        rejection: { reason: string } | null;
      };
    } | null;
    const scene = window.roughConsensus.scene;
    const panel = document.getElementById('screen-text')?.textContent ?? '';
    if (!s)
      return {
        scene,
        panel,
        phase: null,
        speaker: null,
        spoke: false,
        responded: [],
        caucusTo: null,
        humans: {},
        paused: false,
        injected: [],
        logLength: 0,
        rejection: null,
      };
    const c = s.context;
    return {
      scene,
      panel,
      phase: typeof s.value === 'string' ? s.value : (s.value.session ?? null),
      speaker: c.item?.speakers[0] ?? null,
      spoke: c.item?.turn.spoke ?? false,
      responded: c.item?.call?.responded ?? [],
      caucusTo: c.caucus?.to ?? null,
      humans: c.humans,
      paused: s.paused,
      injected: c.injected,
      logLength: c.log.length,
      rejection: c.rejection?.reason ?? null,
    };
  });
}

/** The human delegation the meeting waits for, if any (mirrors model/turns.ts for the seats people hold). */
function awaited(v: View): string | null {
  const humans = Object.keys(v.humans);
  if (v.phase === 'floor' && v.speaker && humans.includes(v.speaker)) return v.speaker;
  if (v.phase === 'caucus' && v.caucusTo && humans.includes(v.caucusTo)) return v.caucusTo;
  if (v.phase === 'consensusCall') return humans.find((h) => !v.responded.includes(h)) ?? null;
  return null;
}

/** Plays a person's turn by keys: one argument then yield on the floor, no objection, refuse offers. */
async function playTurn(page: Page, v: View): Promise<void> {
  if (v.phase === 'floor') {
    if (v.spoke) {
      await press(page, 'y');
      return;
    }
    // (The announcements keep the last 50 lines: look at the newest, not at a count.)
    await press(page, 's');
    const said = (await announcements(page)).slice(-2).join(' ');
    if (/Make an argument \(\d+ in your hand\)/.test(said)) await press(page, 'Enter');
    else if (/not now/.test(said)) await press(page, 'y'); // no card left
  } else if (v.phase === 'consensusCall') await press(page, 'n');
  else if (v.phase === 'caucus') await press(page, 'n');
}

/** Waits (polling) until `done` holds, playing turns for people and passing hand-over covers with Enter. */
async function playUntil(
  page: Page,
  done: (scene: string, v: View) => boolean,
  timeoutMs = 45_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const scene = await currentScene(page);
    const v = await view(page);
    if (done(scene, v)) return;
    if (scene === 'Handover') await press(page, 'Enter');
    else if (scene === 'Plenary' && awaited(v)) await playTurn(page, v);
    else await frames(page, 2);
  }
  throw new Error(`timed out: scene ${await currentScene(page)}, ${JSON.stringify(await view(page))}`);
}

/**
 * Plays on (people's turns by keys, covers passed) until the AI moves after a person has played, with the
 * hand panel open, and returns what that panel says then.
 */
async function handWhileAiMoves(page: Page, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const v = await view(page);
    if (v.scene === 'Handover') await press(page, 'Enter');
    else if (v.scene === 'Plenary' && awaited(v)) await playTurn(page, v);
    else if (v.scene === 'Plenary' && !v.panel.startsWith('Hand panel')) await press(page, '1');
    else if (v.scene === 'Plenary' && !/Nobody’s hand/.test(v.panel)) return v.panel;
    else await frames(page, 2);
  }
  throw new Error(`timed out: ${JSON.stringify(await view(page))}`);
}

/** Turns fast-forward on or off in the room (passing a hand-over cover first if one comes up). */
async function fastForward(page: Page, on: boolean): Promise<void> {
  const want = `Fast-forward ${on ? 'on' : 'off'}.`;
  for (let i = 0; i < 10; i++) {
    const said = (await announcements(page)).filter((a) => /^Fast-forward o(n|ff)\.$/.test(a));
    if (said.at(-1) === want) return;
    if ((await currentScene(page)) === 'Handover') await press(page, 'Enter');
    else await press(page, 'f');
  }
  throw new Error(`fast-forward did not turn ${on ? 'on' : 'off'}`);
}

/** Presses keys back to back (the game queues them and handles them in order), then lets it draw. */
async function keys(page: Page, ...list: string[]): Promise<void> {
  for (const k of list) await page.keyboard.press(k);
  await frames(page, 3);
}

/** Opens the facilitator console (passing a hand-over cover first if one comes up). */
async function openConsole(page: Page): Promise<void> {
  for (let i = 0; i < 10; i++) {
    const scene = await currentScene(page);
    if (scene === 'Facilitator') return;
    if (scene === 'Handover') {
      await press(page, 'Enter');
      await page.waitForFunction(() => window.roughConsensus.scene !== 'Handover');
      continue;
    }
    await press(page, 'F2');
    await page
      .waitForFunction(() => ['Facilitator', 'Handover'].includes(window.roughConsensus.scene), undefined, {
        timeout: 3000,
      })
      .catch(() => undefined);
  }
  throw new Error('the console did not open');
}

/** Setup rows, top to bottom (see src/scenes/Setup.ts): the settings, then one row per player. */
/** The slow part is the browser's software rendering on a busy machine; the tests themselves are short. */
const SLOW = 180_000;

const ROW = {
  scenario: 0,
  rule: 1,
  agenda: 2,
  speech: 3,
  session: 4,
  pace: 5,
  seed: 6,
  pin: 7,
  firstPlayer: 8,
};

async function typeField(page: Page, text: string): Promise<void> {
  await press(page, 'Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await press(page, 'Enter');
}

/**
 * These tests play at the fast pace (an AI move every 850 ms, fast-forward 110 ms), not the classroom
 * pace that spreads a meeting over a lesson: set as the facilitator's choice when the page first opens.
 */
const FAST_PACE = `if (!localStorage.getItem('roughConsensus.classroom'))
  localStorage.setItem('roughConsensus.classroom', JSON.stringify({ pace: 'fast' }));`;

/** A fresh page (empty storage) at the title, then New game: the Setup screen. */
async function newGame(): Promise<OpenedPage> {
  const opened = await openPage(suite.browser, suite.server.url, { init: FAST_PACE });
  await waitReady(opened.page);
  await press(opened.page, 'Home', 'ArrowDown', 'Enter'); // New game (Continue is first)
  await waitForScene(opened.page, 'Setup');
  return opened;
}

/** From Setup's Start row: start the meeting, pass the briefing (one player), open the Plenary. */
async function startMeeting(page: Page): Promise<void> {
  await waitForAnnouncement(page, /^Start the meeting\./);
  await press(page, 'Enter');
  await waitForScene(page, 'Briefing');
  await press(page, 'Enter');
  await waitForScene(page, 'Plenary');
}

describe('play', () => {
  it(
    'plays a one-lesson session from the title to the debrief with the keyboard only',
    async () => {
      const { page, problems, context } = await newGame();
      expect((await announcements(page)).join(' ')).toMatch(/New game/);
      // Defaults: Washington plenary 2012, consensus, one lesson, one player on South Africa. Fix the seed.
      await keys(page, ...Array<string>(ROW.seed).fill('ArrowDown'));
      await typeField(page, '2012');
      await waitForAnnouncement(page, /Seed: 2012/);
      await keys(page, 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown'); // PIN, Player 1, Add, Start
      await waitForAnnouncement(page, /^Start the meeting\./);
      await press(page, 'Enter');
      await waitForScene(page, 'Briefing');
      let v = await view(page);
      expect(v.phase).toBe('briefing');
      expect(v.humans).toEqual({ ZA: 'Player 1' });
      await waitForAnnouncement(page, /South Africa — played by Player 1/);
      await press(page, 'Enter');
      await waitForScene(page, 'Plenary');
      await press(page, 'f'); // fast-forward the AI
      await waitForAnnouncement(page, /Fast-forward on/);
      // Our first turn on the floor.
      await page.waitForFunction(
        () => {
          const s = window.roughConsensus.snapshot() as { context: { item: { speakers: string[] } | null } };
          return s.context.item?.speakers[0] === 'ZA';
        },
        undefined,
        { timeout: 20_000 },
      );
      v = await view(page);
      expect(v.phase).toBe('floor');
      await waitForAnnouncement(page, /Your move, South Africa/);
      await press(page, 's');
      await waitForAnnouncement(page, /Make an argument \(\d+ in your hand\)/);
      await press(page, 'Enter');
      await page.waitForFunction(() => {
        const s = window.roughConsensus.snapshot() as {
          context: { transcript: { kind: string; by?: string }[] };
        };
        return s.context.transcript.some((t) => t.kind === 'speech' && t.by === 'ZA');
      });
      // A disabled action says why; a move the rules refuse is shown and spoken.
      await press(page, 's');
      await waitForAnnouncement(page, /Make an argument: not now\. You have spoken this turn/);
      await page.evaluate(() =>
        window.roughConsensus.send({ type: 'SPEAK', by: 'ZA', card: 'no-such-card' }),
      );
      await waitForAnnouncement(page, /Refused: You have already spoken this turn/);

      // The autosave survives a reload: Continue reopens the same meeting.
      // The room may move meanwhile (fast-forward is on): nothing logged before the reload is lost.
      const before = await logOf(page);
      await page.reload();
      await waitReady(page);
      expect((await announcements(page)).join(' ')).toMatch(
        /Main menu\. Continue, resumes Washington plenary, November 2012 · Player 1 · /,
      );
      await press(page, 'Enter');
      await waitForScene(page, 'Plenary');
      expect((await logOf(page)).slice(0, before.length)).toEqual(before);

      await press(page, 'f'); // fast-forward again: a reload starts at the normal pace
      await playUntil(page, (scene) => scene === 'Outcome');
      expect((await view(page)).phase).toBe('communique');
      await waitForAnnouncement(page, /The communiqué\./);
      await press(page, '2'); // the comparison under every rule
      // What the rows are is said first, then the items.
      await waitForAnnouncement(
        page,
        /Under each rule\. Each rule’s row replays the meeting[\s\S]*The definition of conflict diamonds/,
      );
      await shot(page, 'play-lesson-outcome-rules');
      await press(page, 'Enter'); // Go to the debrief: the exit tickets come first, D skips them
      await waitForScene(page, 'ExitTicket');
      await press(page, 'd');
      await waitForScene(page, 'Debrief');
      expect((await view(page)).phase).toBe('debrief');
      await waitForAnnouncement(page, /Debrief of Washington plenary/);
      await press(page, '2');
      await shot(page, 'play-lesson-debrief-influence');
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'plays hot seat for two, with the facilitator console and a debrief export',
    async () => {
      const { page, problems, context } = await newGame();
      // PIN 1234, seed 7, two named players: Ama (South Africa) and Ben (added: Zimbabwe).
      await keys(page, ...Array<string>(ROW.seed).fill('ArrowDown'));
      await typeField(page, '7');
      await press(page, 'ArrowDown');
      await typeField(page, '1234');
      await waitForAnnouncement(page, /Facilitator PIN: set/);
      await press(page, 'ArrowDown');
      await typeField(page, 'Ama');
      await press(page, 'ArrowDown', 'Enter'); // + Add a player
      await waitForAnnouncement(page, /Added Player 2, playing Zimbabwe/);
      await typeField(page, 'Ben');
      await press(page, 'ArrowDown', 'ArrowDown'); // Add, Start
      await waitForAnnouncement(page, /^Start the meeting\./);
      await press(page, 'Enter');

      // Briefing: a cover before each player's role card.
      await waitForScene(page, 'Handover');
      await waitForAnnouncement(page, /Pass the keyboard to Ama, South Africa/);
      await shot(page, 'play-handover');
      await press(page, 'Enter');
      await waitForScene(page, 'Briefing');
      await press(page, 'Enter'); // Next player
      await waitForScene(page, 'Handover');
      await waitForAnnouncement(page, /Pass the keyboard to Ben, Zimbabwe/);
      await press(page, 'Enter');
      await waitForScene(page, 'Briefing');
      await press(page, 'Enter'); // Begin the meeting
      await waitForScene(page, 'Plenary');
      expect((await view(page)).humans).toEqual({ ZA: 'Ama', ZW: 'Ben' });
      await press(page, 'f'); // fast-forward the AI

      // Wait for the floor (people may be asked to speak on the way).
      await playUntil(
        page,
        (scene, v) => scene === 'Plenary' && v.phase === 'floor' && !awaited(v),
        30_000,
      ).catch(async () => playUntil(page, (scene, v) => scene === 'Plenary' && v.phase === 'floor'));

      // The console, behind the PIN.
      await openConsole(page);
      await waitForAnnouncement(page, /Enter the 4-digit PIN/);
      await keys(page, '9', 'Enter');
      await waitForAnnouncement(page, /Wrong PIN/);
      await keys(page, '1', '2', '3', '4', 'Enter');
      await waitForAnnouncement(page, /PIN accepted/);
      await shot(page, 'play-facilitator');
      await press(page, 'Enter'); // Pause
      await page.waitForFunction(() => (window.roughConsensus.snapshot() as { paused: boolean }).paused);
      await press(page, 'Enter'); // Resume
      await page.waitForFunction(() => !(window.roughConsensus.snapshot() as { paused: boolean }).paused);
      // The speech timer, changed mid-session: the room hears of it.
      // The console's row says its hint after the value ("Speech timer, 120 s, Left and right…"): matching
      // only that, not Setup's "Speech timer, 120 s." from the start of the game, which drops out of the
      // announcement log (its last 50 lines) when the AI has said enough in between.
      await keys(page, 'ArrowDown', 'ArrowDown');
      await waitForAnnouncement(page, /^Speech timer, (\d+ s|Off), Left and right/);
      const timer = () =>
        page.evaluate(
          () =>
            (window.roughConsensus.snapshot() as { context: { speechSeconds: number | null } }).context
              .speechSeconds,
        );
      const before = await timer();
      await press(page, 'ArrowRight');
      await waitForAnnouncement(
        page,
        /The facilitator (sets the speech timer to \d+ seconds|turns the speech timer off)/,
      );
      expect(await timer()).not.toBe(before);
      await keys(page, 'ArrowDown', 'Enter'); // Inject an event card…
      await waitForAnnouncement(page, /Inject an event card\. \d+ to choose from/);
      await press(page, 'Enter');
      await page.waitForFunction(
        () =>
          (window.roughConsensus.snapshot() as { context: { injected: string[] } }).context.injected
            .length === 1,
      );
      // Force a consensus call: found by what it says (the console's rows follow the meeting's state).
      // The console offers it only where the meeting hears it (the floor, a tabled draft); if the AI had
      // moved the meeting on before the console opened, close it, wait for the floor, and come back.
      for (let attempt = 0; ; attempt++) {
        for (let n = 0; n < 14 && !/^Force a consensus call/.test(await lastAnnouncement(page)); n++)
          await press(page, 'ArrowDown');
        if (!/unavailable/.test(await lastAnnouncement(page)) || attempt === 3) break;
        await press(page, 'Escape');
        await waitForAnnouncement(page, /Console closed/);
        await playUntil(page, (scene, v) => scene === 'Plenary' && v.phase === 'floor');
        await openConsole(page);
        await frames(page, 5);
        if (/PIN/.test(await lastAnnouncement(page))) await keys(page, '1', '2', '3', '4', 'Enter');
        await keys(page, 'Home');
      }
      await press(page, 'Enter');
      await page.waitForFunction(() => {
        const s = window.roughConsensus.snapshot() as { value: { session?: string } };
        return s.value.session === 'consensusCall';
      });
      await press(page, 'Escape');
      await waitForAnnouncement(page, /Console closed/);

      // Both people answer the call, each behind a cover; the second hand-over names the other player.
      await playUntil(page, (_scene, v) => v.phase !== 'consensusCall', 30_000);
      const said = (await announcements(page)).join('\n');
      expect(said).toMatch(/Hot seat\. Pass the keyboard to (Ama|Ben)/);

      // While the AI moves after them, the last player's hand is not on screen for the room to see.
      await fastForward(page, false); // normal pace, for a photograph of an AI move
      const panel = await handWhileAiMoves(page);
      expect(panel).toMatch(/^Hand panel\nHidden: (Ama|Ben)’s hand shows again on their next move/);
      expect(panel).not.toMatch(/argument card/);
      await shot(page, 'play-hotseat-hand-hidden');
      await fastForward(page, true);

      // End the session from the console (already unlocked).
      await openConsole(page);
      await waitForAnnouncement(page, /^Facilitator console\. Up and down/);
      await keys(page, 'End', 'ArrowUp', 'Enter'); // End the session…
      await waitForAnnouncement(page, /End the session now\?/);
      await keys(page, 'ArrowDown', 'Enter');
      await waitForScene(page, 'Outcome', 20_000);
      expect((await view(page)).phase).toBe('communique');
      await press(page, 'd'); // the exit tickets come first; D again skips them
      await waitForScene(page, 'ExitTicket');
      await press(page, 'd');
      await waitForScene(page, 'Debrief');

      // Exports: the Markdown report and the decisions CSV download; the print view opens a page.
      const download = async (key: string) => {
        const [dl] = await Promise.all([
          page.waitForEvent('download', { timeout: 10_000 }),
          press(page, key),
        ]);
        return { name: dl.suggestedFilename(), text: readFileSync((await dl.path())!, 'utf8') };
      };
      const md = await download('r');
      expect(md.name).toMatch(/\.debrief\.md$/);
      expect(md.text).toMatch(/^# Debrief: Washington plenary, November 2012/);
      expect(md.text).toMatch(/\| South Africa \| Ama \|/);
      const csv = await download('c');
      // A byte-order mark first, so that a spreadsheet reads it as UTF-8; headings in the report's words.
      expect(csv.text.charCodeAt(0)).toBe(0xfeff);
      expect(csv.text.slice(1).split('\n')[0]).toBe(
        'item,issue,rule,adopted (1 yes / 0 no),result on the scale (0 to 100),call on the item,draft at that call,tally,for (count),against (count),share of production for,for (codes),against (codes),objecting (codes),blocked by (codes),outvoted (codes),deciding vote (pivot),points from the room’s compromise',
      );
      const save = await download('s');
      expect(JSON.parse(save.text).format).toBe('rough-consensus-save');
      const [popup] = await Promise.all([context.waitForEvent('page'), press(page, 'p')]);
      await popup.waitForLoadState();
      expect(await popup.locator('h1').first().textContent()).toMatch(/Debrief: Washington plenary/);
      await popup.screenshot({ path: join(ARTIFACTS, 'play-print-view.png') });
      await popup.close();

      // The exported save opens again from New game → Import a save file…, at the debrief where it was made.
      await press(page, 'q');
      await waitForScene(page, 'Title');
      await keys(page, 'Home', 'ArrowDown', 'Enter');
      await waitForScene(page, 'Setup');
      await keys(page, 'End', 'ArrowUp');
      await waitForAnnouncement(page, /^Import a save file…\./);
      await press(page, 'Enter');
      await waitForAnnouncement(page, /Choose a save file to open/);
      // (Headless Chromium shows no file dialog: hand the file to the game's file input directly.)
      await page.setInputFiles('input[type=file]', {
        name: save.name,
        mimeType: 'application/json',
        buffer: Buffer.from(save.text),
      });
      // The session in progress is not replaced without asking.
      await waitForAnnouncement(page, /Replace the running session\?/);
      await keys(page, 'ArrowRight', 'Enter'); // Replace it
      await waitForScene(page, 'Debrief');
      expect((await view(page)).logLength).toBe(JSON.parse(save.text).log.length);
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'pointing at a seat shows where it stands and why in the Seat panel',
    async () => {
      const { page, problems, context } = await newGame();
      // Seed, PIN, Player 1, Add, Start.
      await keys(page, ...Array<string>(ROW.firstPlayer + 2).fill('ArrowDown'));
      await startMeeting(page);
      // The chair's seat, top centre of the hall; moving away brings the panel that was open back.
      const box = await canvasBox(page);
      const sx = box.width / 1280;
      const seatText = () => page.evaluate(() => document.getElementById('screen-text')?.textContent ?? '');
      await page.mouse.move(box.x + 311 * sx, box.y + 92 * sx);
      await page.waitForFunction(() =>
        document.getElementById('screen-text')?.textContent?.startsWith('Seat panel'),
      );
      expect(await seatText()).toMatch(
        /\(US\), participant, played by the AI\n[\s\S]*Position on Definition scope: \d+ of 100\./,
      );
      await page.mouse.move(box.x + 311 * sx, box.y + 250 * sx); // the podium, between the tables
      await page.waitForFunction(
        () => !document.getElementById('screen-text')?.textContent?.startsWith('Seat panel'),
      );
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'closes the meeting when the session timer runs out',
    async () => {
      const { page, problems, context } = await newGame();
      // The one-lesson default has a session timer.
      await keys(page, ...Array<string>(ROW.session).fill('ArrowDown'));
      const row = await waitForAnnouncement(page, /^Session timer, \d+ min\./);
      const minutes = Number(/(\d+) min/.exec(row)![1]);
      // Seed, PIN, Player 1, Add, Start.
      await keys(page, ...Array<string>(ROW.firstPlayer + 2 - ROW.session).fill('ArrowDown'));
      await startMeeting(page);
      // All but a second of it goes by at once (the clock's own event); the clock's next second runs it out.
      await page.evaluate((m) => window.roughConsensus.send({ type: 'TICK', seconds: m * 60 - 1 }), minutes);
      await waitForAnnouncement(page, /Session time is up: the meeting closes\./, 30_000);
      expect((await view(page)).phase).toBe('communique');
      await shot(page, 'play-session-time-up');
      await waitForScene(page, 'Outcome', 20_000);
      await waitForAnnouncement(page, /The communiqué\./);
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'photographs every gameplay scene',
    async () => {
      const { page, problems, context } = await newGame();
      await shot(page, 'play-setup');
      // Free play, a custom agenda, and a delegation without a role card (it follows its bloc).
      await keys(page, 'ArrowLeft', 'ArrowLeft'); // Washington plenary → (wrapping) free play
      await waitForAnnouncement(page, /Meeting: Free play/);
      await keys(page, 'ArrowDown', 'ArrowDown', 'ArrowLeft', 'Enter'); // Agenda: custom, pick the items
      await waitForAnnouncement(page, /Choose the agenda items/);
      await shot(page, 'play-setup-items');
      await keys(page, 'Escape', ...Array<string>(ROW.firstPlayer - ROW.agenda).fill('ArrowDown'));
      await waitForAnnouncement(page, /^Player 1, South Africa/);
      // Seats with a role card come first: two steps back from South Africa wrap round to one without.
      await keys(page, 'ArrowLeft', 'ArrowLeft', 'ArrowDown', 'ArrowDown', 'Enter'); // … Start
      await waitForScene(page, 'Briefing');
      await waitForAnnouncement(page, /No role card: on these questions it follows its bloc/);
      await shot(page, 'play-briefing-bloc');
      await press(page, 'Enter');
      await waitForScene(page, 'Plenary');
      await press(page, 'f');
      await playUntil(page, (_s, v) => awaited(v) !== null && v.phase === 'floor', 40_000);
      await shot(page, 'play-plenary-your-turn');
      await press(page, 'a');
      await shot(page, 'play-plenary-amend');
      await keys(page, 'Escape', 'c', 'Enter', 'Enter'); // caucus: partner, the issue you give
      await waitForAnnouncement(page, /What do you ask .* to move on\?/);
      await shot(page, 'play-caucus-ask');
      await keys(page, 'Enter', 'Enter'); // the issue you ask for, send
      await waitForAnnouncement(page, /declines the caucus offer|accepts:|No more than/);
      await frames(page, 5);
      await shot(page, 'play-caucus-answer');
      await keys(page, 'Enter', '3');
      await shot(page, 'play-plenary-meter');
      await keys(page, 'h', 'ArrowRight', 'ArrowDown');
      await shot(page, 'play-plenary-seat');
      await keys(page, 'Escape', 'v');
      await shot(page, 'play-projector');
      await press(page, 'v');
      await openConsole(page);
      await keys(page, 'Enter', 'Escape'); // pause, close
      await waitForAnnouncement(page, /Console closed/);
      await shot(page, 'play-plenary-paused');
      await openConsole(page);
      await keys(page, 'Enter', 'End', 'ArrowUp', 'Enter', 'ArrowDown', 'Enter'); // resume; End the session
      await waitForScene(page, 'Outcome', 20_000);
      await frames(page, 3);
      await shot(page, 'play-outcome-communique');
      await press(page, '2');
      await shot(page, 'play-outcome-rules');
      await press(page, 'd'); // the exit tickets come first; D again skips them
      await waitForScene(page, 'ExitTicket');
      await press(page, 'd');
      await waitForScene(page, 'Debrief');
      await press(page, '2');
      await shot(page, 'play-debrief-influence');
      await press(page, '6');
      await shot(page, 'play-debrief-questions');
      await press(page, 'q');
      await waitForScene(page, 'Title');
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});

/** The scenario of the session running in the page. */
function meetingOf(page: Page): Promise<string> {
  return page.evaluate(
    () => (window.roughConsensus.snapshot() as { context: { scenarioId: string } }).context.scenarioId,
  );
}

describe('replay 2012–2013', () => {
  it(
    'watches the first meeting of the campaign and comes back to the story with what came next',
    async () => {
      const { page, problems, context } = await openPage(suite.browser, suite.server.url);
      await waitReady(page);
      await press(page, 'Home', 'ArrowDown', 'ArrowDown'); // Continue, New game, Replay
      await waitForAnnouncement(page, /^Replay 2012–2013\.$/);
      await press(page, 'Enter');
      await waitForScene(page, 'Replay');
      await waitForAnnouncement(page, /Replay 2012–2013\. Where the story starts\./);
      await shot(page, 'replay-start');
      // Watch history: the record of the first meeting, step by step with its sources; nothing is played.
      await press(page, 'Enter');
      await waitForScene(page, 'History');
      await waitForAnnouncement(page, /^The meeting\. Washington intersessional/);
      expect(await page.evaluate(() => window.roughConsensus.snapshot())).toBeNull();
      await shot(page, 'replay-history');
      for (let i = 0; i < 30; i++) {
        if ((await announcements(page)).some((a) => /^End of the record/.test(a))) break;
        await press(page, 'ArrowRight');
      }
      const walked = (await announcements(page)).join('\n');
      expect(walked).toMatch(/^Decided: /m);
      await waitForAnnouncement(page, /^End of the record/);
      await press(page, 'Enter'); // On to the next meeting
      await waitForScene(page, 'Replay');
      await waitForAnnouncement(page, /Replay 2012–2013\. How it went, and what came next\./);
      // Let the AI play it: the campaign's next meeting, every seat played by the computer.
      await press(page, 'ArrowDown', 'Enter');
      await waitForScene(page, 'Plenary');
      expect((await view(page)).humans).toEqual({});
      expect(await meetingOf(page)).toBe('washington-plenary-2012');
      await fastForward(page, true);
      await playUntil(page, (scene) => scene === 'Outcome', 120_000);
      await press(page, 'Enter'); // to the debrief
      await waitForScene(page, 'Debrief');
      await waitForAnnouncement(page, /Debrief of /);
      await press(page, 'q'); // Back to the campaign
      await waitForScene(page, 'Replay');
      await waitForAnnouncement(page, /Replay 2012–2013\. How it went, and what came next\./);
      await shot(page, 'replay-after-second-meeting');
      expect(problems()).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
