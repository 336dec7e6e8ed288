// A redeploy during a lesson: the open page must keep running the build it started with (its scenes
// not yet opened included) and say that a new version is ready; the new version starts on the player's
// word. Two real builds (A and B, told apart by their build label) served in turn from one address.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  freePort,
  launchBrowser,
  openPage,
  press,
  ROOT,
  shot,
  waitForAnnouncement,
  waitForScene,
  waitReady,
} from './harness';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wav': 'audio/wav',
};

/** Builds the game into `outDir` labelled `label`, as a deploy would (in production mode: Vitest sets NODE_ENV=test). */
function build(label: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, NODE_ENV: 'production', RC_BUILD: label },
      },
    );
    let err = '';
    child.stderr?.on('data', (b: Buffer) => (err += b.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`build ${label} failed:\n${err}`)),
    );
  });
}

/** A static server whose files can be swapped for another build's: a deploy, at one address. */
function staticServer(): {
  deploy(dir: string): void;
  listen(port: number): Promise<void>;
  http: HttpServer;
} {
  let root = '';
  const http = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    // As a real server would for the worker and the page: always asked again, never held by the cache.
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(readFileSync(file));
  });
  return {
    http,
    deploy: (dir) => void (root = dir),
    listen: (port) => new Promise((r) => http.listen(port, '127.0.0.1', () => r())),
  };
}

const chunk = (dir: string, scene: string) =>
  readdirSync(join(dir, 'assets')).find((f) => f.startsWith(`${scene}-`) && f.endsWith('.js'))!;

let work: string;
let a: string;
let b: string;
let server: ReturnType<typeof staticServer>;
let url: string;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'rc-update-'));
  a = join(work, 'a');
  b = join(work, 'b');
  await build('build-A', a);
  await build('build-B', b);
  server = staticServer();
  server.deploy(a);
  const port = await freePort();
  await server.listen(port);
  url = `http://127.0.0.1:${port}/`;
  browser = await launchBrowser();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.http.close(r));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a new version deployed during a lesson', () => {
  it('the open page keeps its own build, scenes not yet opened included, and offers the new one; it starts on the player’s word', async () => {
    // The scene opened after the deploy differs between the builds, or this test would prove nothing.
    expect(chunk(a, 'Settings')).not.toBe(chunk(b, 'Settings'));

    const { page, problems } = await openPage(browser, url, { serviceWorker: true });
    await waitReady(page);
    expect(await page.evaluate(() => window.roughConsensus.build)).toBe('build-A');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 90_000,
    });

    server.deploy(b);
    // The browser looks for a new worker on navigations and now and then; the page asks as a long lesson would.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await waitForAnnouncement(page, /A new version of the game is ready/, 60_000);
    expect(await page.evaluate(() => window.roughConsensus.build)).toBe('build-A');

    // A scene this page had not opened yet: A's chunk, from A's worker, though the server now has B.
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(`${r.status()} ${r.url().split('/').pop()}`);
    });
    await press(page, 'End', 'Enter');
    await waitForScene(page, 'Settings');
    expect(scripts).toContain(`200 ${chunk(a, 'Settings')}`);
    expect(scripts.some((s) => s.includes(chunk(b, 'Settings')))).toBe(false);
    await shot(page, 'update-ready');
    expect(problems()).toEqual([]);

    // On the player's word (Ctrl+U, or a click on the notice) the page switches and reloads as B.
    await page.keyboard.press('Control+u');
    await page.waitForFunction(() => window.roughConsensus?.build === 'build-B', undefined, {
      timeout: 60_000,
    });
    await waitReady(page);
    expect(problems()).toEqual([]);
    await page.context().close();
  });
});
