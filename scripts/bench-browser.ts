// Browser figures for `npm run bench`: the production bundle, the time to an interactive title beside
// a bare Phaser 4 page built in the same run, and the Rule Lab's 10,000 × 5 sessions in Web Workers
// beside the CLI doing the same work.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, freePort, ROOT } from '../tests/e2e/harness';
import { RULE_IDS } from '../src/model/rules';
import { LIBRARY, plenaryMachine } from '../src/machines/default';
import { runLab } from '../src/machines/lab';
import {
  FRAME_PROBE,
  frameFigures,
  GAME_READY,
  idleCpu,
  median,
  shownProbe,
  toPlenary,
  type FrameFigures,
} from './bench/page-probes';

const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');
const BENCH = join(ROOT, '.bench');
/** Rounds of the title timing, each loading the game page and the bare page once. */
const TITLE_ROUNDS = 15;

function build(args: string[]): void {
  const r = spawnSync(process.execPath, [VITE, 'build', ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

function buildBare(): string {
  const dir = join(BENCH, 'bare');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><body style="margin:0;background:#0b1733"><div id="game"></div><script type="module" src="./main.js"></script></body></html>',
  );
  writeFileSync(
    join(dir, 'main.js'),
    `import { AUTO, Game, Scale, Scene } from 'phaser';
class Bare extends Scene { create() { this.add.text(40, 40, 'bare', { fontSize: '48px' }); window.__bareReady = true; } }
new Game({ type: AUTO, parent: 'game', width: 1280, height: 720, banner: false, audio: { noAudio: true }, scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_BOTH }, scene: [Bare] });`,
  );
  const out = join(BENCH, 'bare-dist');
  // Its own empty config, so none of the game's plugins or settings apply.
  writeFileSync(join(dir, 'vite.config.mjs'), 'export default {};\n');
  const r = spawnSync(
    process.execPath,
    [
      VITE,
      'build',
      dir,
      '--outDir',
      out,
      '--emptyOutDir',
      '--base',
      './',
      '--config',
      join(dir, 'vite.config.mjs'),
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`bare build failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

/** gzip bytes of what index.html loads at start (its scripts and module preloads), and of all JS. */
function bundleSizes(dist: string): { initial: number; all: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = (f: string) => gzipSync(readFileSync(join(dist, f))).length;
  const initial = refs.reduce((t, f) => t + gz(f), 0);
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((f) =>
      statSync(join(d, f)).isDirectory() ? walk(join(d, f)).map((x) => join(f, x)) : [f],
    );
  const all = walk(dist)
    .filter((f) => f.endsWith('.js'))
    .reduce((t, f) => t + gz(f), 0);
  return { initial, all };
}

async function serve(dist: string): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [VITE, 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('preview did not start')), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes(String(port))) {
        clearTimeout(t);
        resolve();
      }
    });
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => process.kill(-child.pid!) };
}

/**
 * `cliSeconds`: the same 10,000 × 5 request already timed on one thread in this run (the simulate
 * CLI's section), so it is not run twice.
 */
export async function browserFigures(
  rows: [string, string][],
  cliSeconds?: number,
): Promise<Record<string, number>> {
  build([]);
  const bareDist = buildBare();
  const game = bundleSizes(join(ROOT, 'dist'));
  const bare = bundleSizes(bareDist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const gameSrv = await serve(join(ROOT, 'dist'));
  const bareSrv = await serve(bareDist);
  try {
    const newContext = () =>
      browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    // One load of a page in a fresh context, waited on until its ready screen is on show: the start of the
    // first animation frame after the one that drew it (the browser starts a frame once the last is
    // presented). The same point on both pages, whether the page turns ready inside a frame (the game's
    // title) or before its first frame (the bare page's scene, created as Phaser boots). `read` reads the
    // page then.
    const whenShown = async <T>(url: string, ready: string, read: (page: Page) => Promise<T>): Promise<T> => {
      const ctx = await newContext();
      await ctx.addInitScript(shownProbe(ready));
      const page = await ctx.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction('window.__shownAt !== undefined', undefined, {
        timeout: 30_000,
        polling: 20,
      });
      const out = await read(page);
      await ctx.close();
      return out;
    };
    const loadOnce = (url: string, ready: string) =>
      whenShown(url, ready, (page) => page.evaluate('window.__shownAt') as Promise<number>);
    const gameReady = GAME_READY;
    const bareReady = 'window.__bareReady === true';
    // Alternate the two pages in rounds (the order flipping each round), so load from other processes and
    // the browser's own warming fall on both alike; the figure is the median of the rounds' ratios.
    await loadOnce(gameSrv.url, gameReady); // warms the servers' file caches
    await loadOnce(bareSrv.url, bareReady);
    const gameTimes: number[] = [];
    const bareTimes: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < TITLE_ROUNDS; round++) {
      let g: number;
      let b: number;
      if (round % 2 === 0) {
        g = await loadOnce(gameSrv.url, gameReady);
        b = await loadOnce(bareSrv.url, bareReady);
      } else {
        b = await loadOnce(bareSrv.url, bareReady);
        g = await loadOnce(gameSrv.url, gameReady);
      }
      gameTimes.push(g);
      bareTimes.push(b);
      ratios.push(g / b);
    }
    const titleMs = median(gameTimes);
    const bareMs = median(bareTimes);
    const titleRatio = median(ratios);
    // Where the game's start goes: the marks main.ts, Boot and Title set, medians of five loads.
    const stages: Record<string, number[]> = {};
    // (A string: tsx would wrap named inner functions in a helper the page does not have.)
    const MARKS = `(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const scripts = performance.getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js'))
        .map((e) => e.responseEnd);
      return {
        'scripts in': Math.max(...scripts),
        'main.ts runs': at('rc:main'),
        'Boot scene': at('rc:boot'),
        'Title scene': at('rc:title'),
        'title takes input': at('rc:ready'),
        'title on show': window.__shownAt,
      };
    })()`;
    for (let k = 0; k < 5; k++) {
      const marks = await whenShown(
        gameSrv.url,
        gameReady,
        (page) => page.evaluate(MARKS) as Promise<Record<string, number>>,
      );
      for (const [k2, v] of Object.entries(marks)) (stages[k2] ??= []).push(v);
    }
    const stageLine = Object.entries(stages)
      .map(([k, v]) => `${k} ${median(v).toFixed(0)}`)
      .join(' · ');

    // The Plenary left alone (the screen with the most on it), beside the bare page, three loads each.
    const plenary: FrameFigures[] = [];
    const playing: FrameFigures[] = [];
    const bareIdle: FrameFigures[] = [];
    for (let k = 0; k < 3; k++) {
      const ctx = await newContext();
      await ctx.addInitScript(FRAME_PROBE);
      const page = await ctx.newPage();
      await page.goto(bareSrv.url);
      await page.waitForFunction(bareReady, undefined, { timeout: 30_000 });
      bareIdle.push(await frameFigures(page));
      await toPlenary(page, gameSrv.url);
      plenary.push(await frameFigures(page));
      // The AI takes the seat and plays fast-forward: the hall, the draft and the transcript change at
      // every speech.
      await page.keyboard.press('i');
      await page.keyboard.down('f');
      playing.push(await frameFigures(page, 4000));
      await page.keyboard.up('f');
      await ctx.close();
    }
    // What drawing only on change saves (ui/draw-on-change.ts): the browser's CPU on the Plenary left alone,
    // drawn that way and drawn every frame (`?bench=every-frame`), alternating, three loads each.
    const onChange: number[] = [];
    const everyFrame: number[] = [];
    const freshPage = async () => (await newContext()).newPage();
    for (let k = 0; k < 3; k++) {
      onChange.push(await idleCpu(freshPage, gameSrv.url, ''));
      everyFrame.push(await idleCpu(freshPage, gameSrv.url, '?bench=every-frame'));
    }
    const plenaryFps = median(plenary.map((p) => p.fps));
    const bareFps = median(bareIdle.map((p) => p.fps));
    const plenaryMsPerFrame = median(plenary.map((p) => p.msPerFrame));
    const playingP90 = median(playing.map((p) => p.p90));
    const idleP90 = median(plenary.map((p) => p.p90));
    const playingOver = median(playing.map((p) => p.overBudget));

    const req = { scenarioId: 'washington-plenary-2012' as const, rules: RULE_IDS, runs: 10_000, seed: 1 };
    const ctx = await newContext();
    const page = await ctx.newPage();
    await page.goto(`${gameSrv.url}?bench`);
    await page.waitForFunction('typeof window.__labBench === "function"', undefined, { timeout: 30_000 });
    const lab = await page.evaluate((r) => window.__labBench!(r), req);
    await ctx.close();
    if (cliSeconds === undefined) {
      const t0 = performance.now();
      runLab(plenaryMachine, LIBRARY, req);
      cliSeconds = (performance.now() - t0) / 1000;
    }

    rows.push(
      [
        'production bundle, JS loaded at start (gzip)',
        `${(game.initial / 1024).toFixed(0)} kB (bare Phaser page ${(bare.initial / 1024).toFixed(0)} kB, ${(game.initial / bare.initial).toFixed(2)}×)`,
      ],
      ['production bundle, all JS (gzip)', `${(game.all / 1024).toFixed(0)} kB`],
      [
        `time until the title is on show and takes input (${TITLE_ROUNDS} alternating rounds, medians)`,
        `${titleMs.toFixed(0)} ms (bare Phaser page ${bareMs.toFixed(0)} ms); ratio ${titleRatio.toFixed(2)}× (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×)`,
      ],
      ["the game's start, ms after navigation (5 loads, medians)", stageLine],
      [
        'the Plenary left alone: frames per second (3 loads, medians)',
        `${plenaryFps.toFixed(0)} (bare Phaser page ${bareFps.toFixed(0)}, ${(plenaryFps / bareFps).toFixed(2)}×); main thread ${plenaryMsPerFrame.toFixed(1)} ms per frame`,
      ],
      [
        'the Plenary left alone: browser CPU per second (3 loads each, medians)',
        `drawn on change ${median(onChange).toFixed(2)} s; drawn every frame ${median(everyFrame).toFixed(2)} s (${(median(everyFrame) / median(onChange)).toFixed(1)}×)`,
      ],
      [
        'the Plenary while the AI plays fast-forward: main thread per frame (3 loads, medians)',
        `90th percentile ${playingP90.toFixed(1)} ms (${(playingP90 / idleP90).toFixed(1)}× the idle Plenary's ${idleP90.toFixed(1)} ms); ${(playingOver * 100).toFixed(0)}% of frames over the 16.7 ms of a 60 Hz frame`,
      ],
      [
        `Rule Lab in the browser: ${lab.sessions.toLocaleString('en')} sessions in Web Workers`,
        `${lab.seconds.toFixed(1)} s, ${(lab.frames / lab.seconds).toFixed(0)} frames/s on the main thread meanwhile`,
      ],
      [
        'the same work through the CLI (one thread)',
        `${cliSeconds.toFixed(1)} s (browser ÷ CLI ${(lab.seconds / cliSeconds).toFixed(2)}×)`,
      ],
    );
    return {
      plenaryIdleCpuOnChange: median(onChange),
      plenaryIdleCpuEveryFrame: median(everyFrame),
      bundleInitialGzipBytes: game.initial,
      bareInitialGzipBytes: bare.initial,
      bundleAllGzipBytes: game.all,
      titleInteractiveMs: titleMs,
      bareInteractiveMs: bareMs,
      titleVsBare: titleRatio,
      plenaryFps,
      plenaryVsBareFps: plenaryFps / bareFps,
      plenaryMainThreadMsPerFrame: plenaryMsPerFrame,
      plenaryPlayingP90Ms: playingP90,
      plenaryPlayingOverBudget: playingOver,
      labBrowserSeconds: lab.seconds,
      labBrowserFramesPerSec: lab.frames / lab.seconds,
      labCliSeconds: cliSeconds,
    };
  } finally {
    gameSrv.stop();
    bareSrv.stop();
    await browser.close();
  }
}
