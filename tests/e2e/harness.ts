// End-to-end harness: serves the built game with `vite preview` on a free port and drives Debian's
// Chromium through playwright-core. The tests assume `vite build` ran first (npm test does it).
//
//   const server = await startServer();           // { url, stop }
//   const browser = await launchBrowser();
//   const { page, problems } = await openPage(browser, server.url);
//   await waitReady(page);                          // window.roughConsensus.ready
//   await press(page, 'End', 'Enter');              // keys, one frame apart
//   await waitForScene(page, 'Settings');
//   await shot(page, 'settings');                   // test-artifacts/settings.png
//   expect(problems()).toEqual([]);                 // console errors, page errors, failed requests
import { afterAll, beforeAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];

/** A free TCP port on 127.0.0.1 (bind port 0, read it, release it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('no port'))));
    });
  });
}

export interface Server {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts `vite preview` on a free port (strict), resolves once it prints its URL. */
export async function startServer(timeoutMs = 30_000): Promise<Server> {
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
    throw new Error('dist/ is missing: run `npx vite build` before the e2e tests');
  }
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  );
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    try {
      process.kill(-child.pid, 'SIGTERM'); // the whole process group, by our own child's pid
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`vite preview did not start within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (buf: Buffer) => {
      out += buf.toString();
      const m = out.match(new RegExp(`http://127\\.0\\.0\\.1:${port}/?`));
      if (m) {
        clearTimeout(timer);
        resolve(m[0].endsWith('/') ? m[0] : `${m[0]}/`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`vite preview exited (${code}):\n${out}`));
    });
  });
  return { url, stop };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, uncaught page errors, failed requests and HTTP errors seen so far. */
  problems(): string[];
}

/** Known harmless console noise from software GL in headless Chromium. */
const IGNORED = [/GL Driver Message/i, /GPU stall due to ReadPixels/i, /WebGL.*performance warning/i];

export interface OpenOptions {
  readonly viewport?: { width: number; height: number };
  /** Script run before the page's own (e.g. to seed localStorage). */
  readonly init?: string;
  /**
   * Let How to play start by itself at the first meeting, as on a new player's machine. Off by default:
   * its announcements and panel switches would interleave with what other tests read.
   */
  readonly tutorial?: boolean;
  /**
   * Let the page register its service worker, as a real visit does (offline play, updates). Off by
   * default: in each fresh context the worker precaches every asset, about 3 s of CPU per page (measured
   * in headless Chromium here) spent while the test runs. The offline, update and first-boot tests use it.
   */
  readonly serviceWorker?: boolean;
}

/** The service-worker setting of a test's browser context (see OpenOptions.serviceWorker). */
export const serviceWorkers = (allow = false) => (allow ? 'allow' : 'block') as 'allow' | 'block';

/** Marks How to play as seen, keeping whatever settings the test's own init script stored. */
export const TUTORIAL_SEEN = `(() => {
  try {
    const key = 'roughConsensus.settings';
    const now = JSON.parse(localStorage.getItem(key) || '{}');
    if (now.tutorialSeen === undefined) localStorage.setItem(key, JSON.stringify({ ...now, tutorialSeen: true }));
  } catch {}
})();`;

/** A fresh context (empty storage) and page at `url`, recording problems. */
export async function openPage(browser: Browser, url: string, opts: OpenOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 720 },
    serviceWorkers: serviceWorkers(opts.serviceWorker),
  });
  if (opts.init) await context.addInitScript(opts.init);
  if (!opts.tutorial) await context.addInitScript(TUTORIAL_SEEN);
  const page = await context.newPage();
  const found: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !IGNORED.some((r) => r.test(msg.text())))
      found.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => found.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) =>
    found.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ''}`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400) found.push(`http ${res.status()}: ${res.url()}`);
  });
  await page.goto(url);
  return { context, page, problems: () => [...found] };
}

/** Waits until the Title screen takes input. */
export async function waitReady(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(() => window.roughConsensus?.ready === true, undefined, { timeout: timeoutMs });
}

/** Waits until `key` is the active top scene. */
export async function waitForScene(page: Page, key: string, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction((k) => window.roughConsensus?.scene === k, key, { timeout: timeoutMs });
}

export function currentScene(page: Page): Promise<string> {
  return page.evaluate(() => window.roughConsensus.scene);
}

/** Waits for `n` animation frames (the game handles keys once per frame). */
export async function frames(page: Page, n = 2): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

/** Presses keys one after another, letting the game run a few frames after each. */
export async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const k of keys) {
    await page.keyboard.press(k);
    await frames(page, 3);
  }
}

/** Everything announced through the live region so far. */
export function announcements(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.roughConsensus.announcements]);
}

/** The last announcement. */
export async function lastAnnouncement(page: Page): Promise<string> {
  const all = await announcements(page);
  return all[all.length - 1] ?? '';
}

/** Waits until some announcement matches. */
export async function waitForAnnouncement(page: Page, re: RegExp, timeoutMs = 15_000): Promise<string> {
  const handle = await page.waitForFunction(
    ([src, flags]) =>
      window.roughConsensus.announcements.find((a) => new RegExp(src, flags).test(a)) ?? false,
    [re.source, re.flags] as const,
    { timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as string;
}

/**
 * From the title: New game, Setup's defaults (Washington plenary 2012, one lesson, South Africa for
 * Player 1), Start the meeting; resolves on the Briefing.
 */
export async function newGameToBriefing(page: Page): Promise<void> {
  await press(page, 'Home', 'ArrowDown', 'Enter');
  await waitForScene(page, 'Setup');
  // Scenario, rule, agenda, timers, pace, seed, PIN, Player 1, + Add, Start.
  for (let i = 0; i < 10; i++) await press(page, 'ArrowDown');
  await waitForAnnouncement(page, /^Start the meeting\./);
  await press(page, 'Enter');
  await waitForScene(page, 'Briefing');
}

/** Saves a screenshot to test-artifacts/<name>.png and returns its path. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await frames(page, 3);
  await page.screenshot({ path });
  return path;
}

/** The canvas's box in CSS pixels. */
export async function canvasBox(
  page: Page,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator('#game canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  return box;
}

/** One preview server and one browser for a test file, started before its tests and stopped after. */
export function useBrowserSuite(): { readonly server: Server; readonly browser: Browser } {
  const suite = {} as { server: Server; browser: Browser };
  beforeAll(async () => {
    suite.server = await startServer();
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}

/** Waits until it is the player's move (the status line says so). */
export async function yourMove(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (window.roughConsensus.layout() as { texts: { text: string }[] }).texts.some((t) =>
        /^▶ Your move/.test(t.text),
      ),
    undefined,
    { timeout: 60_000 },
  );
}
