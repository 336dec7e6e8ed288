// What the browser bench measures on a page: when the first frame after `ready` is shown, the main-thread
// time of each frame, and the CPU the browser's processes use on the Plenary left alone.
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export const GAME_READY = 'window.roughConsensus && window.roughConsensus.ready === true';

/**
 * Page script that sets `window.__shownAt` to the start of the first animation frame after the frame at
 * whose end `ready` first holds. It wraps requestAnimationFrame, which Phaser's loop runs on.
 */
export function shownProbe(ready: string): string {
  return `(() => {
    const ready = () => { try { return !!(${ready}); } catch { return false; } };
    const raf = window.requestAnimationFrame.bind(window);
    let drawn = false;
    window.requestAnimationFrame = (cb) => raf((ts) => {
      if (drawn && window.__shownAt === undefined) window.__shownAt = performance.now();
      cb(ts);
      if (!drawn && ready()) drawn = true;
    });
  })()`;
}

/** Page script that keeps the main-thread time of each animation frame (`window.__frames`). */
export const FRAME_PROBE = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  window.__frames = [];
  window.requestAnimationFrame = (cb) => raf((ts) => {
    const t = performance.now();
    cb(ts);
    window.__frames.push(performance.now() - t);
  });
})()`;

export interface FrameFigures {
  readonly fps: number;
  /** Main-thread ms per frame: the mean, the 90th percentile, and the share over the 60 Hz budget. */
  readonly msPerFrame: number;
  readonly p90: number;
  readonly overBudget: number;
}

/** Frames over the next `ms` (after a moment to settle). */
export async function frameFigures(page: Page, ms = 3000): Promise<FrameFigures> {
  await page.waitForTimeout(800);
  await page.evaluate('window.__frames.length = 0');
  await page.waitForTimeout(ms);
  const f = (await page.evaluate('window.__frames')) as number[];
  const n = Math.max(1, f.length);
  return {
    fps: (f.length * 1000) / ms,
    msPerFrame: f.reduce((a, b) => a + b, 0) / n,
    p90: [...f].sort((a, b) => a - b)[Math.floor(f.length * 0.9)] ?? 0,
    overBudget: f.filter((x) => x > 1000 / 60).length / n,
  };
}

/** From the title of the game at `url`: New game, down Setup to its Start row, the Briefing, the Plenary. */
export async function toPlenary(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(GAME_READY, undefined, { timeout: 30_000 });
  // New game, then down the Setup screen to its Start row (found by what it announces), the Briefing,
  // the Plenary.
  for (const key of ['Home', 'ArrowDown', 'Enter']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(100);
  }
  await page.waitForFunction('window.roughConsensus.scene === "Setup"', undefined, { timeout: 30_000 });
  const said = () => page.evaluate('window.roughConsensus.announcements.at(-1) ?? ""') as Promise<string>;
  for (let n = 0; n < 20 && !/^Start the meeting\./.test(await said()); n++) {
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(100);
  }
  await page.keyboard.press('Enter');
  await page.waitForFunction('window.roughConsensus.scene === "Briefing"', undefined, {
    timeout: 30_000,
  });
  await page.keyboard.press('Enter');
  await page.waitForFunction('window.roughConsensus.scene === "Plenary"', undefined, { timeout: 30_000 });
}

/** CPU seconds used so far by the browsers this process started (their whole process trees). */
export function browserCpuSeconds(): number {
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      // Fields after the command's closing parenthesis: state, ppid, …, utime (12th), stime (13th).
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      parent.set(Number(pid), Number(f[1]));
      cpu.set(Number(pid), (Number(f[11]) + Number(f[12])) / 100);
    } catch {
      // The process ended while being read.
    }
  }
  const mine = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
      if (p === process.pid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, s] of cpu) if (mine(pid)) total += s;
  return total;
}

/** The browser's CPU per second of wall time on the Plenary left alone, at `query` ('' or '?bench=every-frame'). */
export async function idleCpu(
  newPage: () => Promise<Page>,
  url: string,
  query: string,
  ms = 8000,
): Promise<number> {
  const page = await newPage();
  await toPlenary(page, url + query);
  await page.waitForTimeout(1500);
  const c0 = browserCpuSeconds();
  const t0 = performance.now();
  await page.waitForTimeout(ms);
  const used = browserCpuSeconds() - c0;
  const wall = (performance.now() - t0) / 1000;
  await page.context().close();
  return used / wall;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
