// The browser shell: boot, title, keyboard-only Settings and Sources, mute persistence, scaling, help,
// captions, the automation hook. Screenshots of every shell scene go to test-artifacts/.
import { describe, expect, it } from 'vitest';
import {
  announcements,
  canvasBox,
  currentScene,
  frames,
  openPage,
  press,
  serviceWorkers,
  shot,
  useBrowserSuite,
  waitForAnnouncement,
  waitForScene,
  waitReady,
} from './harness';
import { centre, clickAt, control } from './pointer';

const suite = useBrowserSuite();

/** Title menu order (see src/scenes/Title.ts). */
const MENU = ['Continue', 'New game', 'Replay 2012–2013', 'Classroom', 'Rule Lab', 'Sources', 'Settings'];

describe('shell', () => {
  it('boots to a ready title with no console errors and no failed requests', async () => {
    // As a first visit: the service worker registers and precaches while the title comes up.
    const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
      serviceWorker: true,
    });
    await waitReady(page);
    expect(await currentScene(page)).toBe('Title');
    const api = await page.evaluate(() => ({
      version: window.roughConsensus.version,
      snapshot: window.roughConsensus.snapshot(),
    }));
    expect(api.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(api.snapshot).toBeNull();
    const sendError = await page.evaluate(() => {
      try {
        window.roughConsensus.send({ type: 'noop' });
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(sendError).toBe('no session running');
    // No save: focus starts on New game, and Continue explains why it is unavailable.
    expect((await announcements(page)).join(' ')).toMatch(/Main menu\. New game/);
    await press(page, 'Home');
    await waitForAnnouncement(page, /Continue, unavailable: no saved session yet/);
    await shot(page, 'title');
    expect(await page.locator('#live').getAttribute('aria-live')).toBe('polite');
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('shows a loading bar while the sounds download, then takes input before they arrive', async () => {
    const context = await suite.browser.newContext({
      viewport: { width: 1280, height: 720 },
      serviceWorkers: serviceWorkers(),
    });
    const page = await context.newPage();
    // The gavel arrives; the murmur and the chime are held back. The title must not wait for them for long.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/*.wav', async (route) => {
      if (!route.request().url().includes('gavel')) await held;
      await route.continue();
    });
    await page.goto(suite.server.url);
    await waitForScene(page, 'Preload');
    await waitForAnnouncement(page, /^Loading\.$/);
    await shot(page, 'preload');
    expect(await page.evaluate(() => window.roughConsensus.ready)).toBe(false);
    // The held sounds never arrive until released below, so the title's being ready at all shows it did not
    // wait for them (the Preload scene gives up after PRELOAD_WAIT_MS). No wall-clock bound: on a loaded
    // machine the page itself can take seconds to boot.
    await waitReady(page);
    await press(page, 'End'); // the menu answers
    await waitForAnnouncement(page, /^Settings\.$/);
    await press(page, 'Enter');
    await waitForScene(page, 'Settings');
    // Lowering the volume plays the gavel: its caption shows although the file has not arrived yet.
    await press(page, 'ArrowLeft');
    await waitForAnnouncement(page, /\[gavel strikes\]/);
    await shot(page, 'settings-sounds-loading');
    const loaded = () =>
      page.evaluate(() => {
        const h = (window as unknown as { Howler?: { _howls: { state(): string }[] } }).Howler;
        return h ? h._howls.filter((x) => x.state() === 'loaded').length : 0;
      });
    expect(await loaded()).toBe(0);
    release();
    await page.waitForFunction(() => {
      const h = (window as unknown as { Howler?: { _howls: { state(): string }[] } }).Howler;
      return h?._howls.length === 3 && h._howls.every((x) => x.state() === 'loaded');
    });
    await context.close();
  });

  it('acts on each key once when several arrive within one frame (a slow machine, a switch device)', async () => {
    const { page, problems, context } = await openPage(suite.browser, suite.server.url);
    await waitReady(page); // focus on New game
    const before = (await announcements(page)).length;
    // Down, up, down, up: four key events in one go, before the game draws its next frame.
    await page.evaluate(() => {
      for (const type of ['keydown', 'keyup', 'keydown', 'keyup']) {
        const ev = new KeyboardEvent(type, { key: 'ArrowDown', code: 'ArrowDown', bubbles: true });
        Object.defineProperty(ev, 'keyCode', { get: () => 40 });
        window.dispatchEvent(ev);
      }
    });
    await frames(page, 5);
    const said = (await announcements(page)).slice(before);
    expect(said).toHaveLength(2);
    expect(said[0]).toBe('Replay 2012–2013.');
    expect(said[1]).toMatch(/^Classroom, for teachers/);
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('works with the mouse too', async () => {
    const { page, problems, context } = await openPage(suite.browser, suite.server.url);
    await waitReady(page);
    // The Settings button, found where it is drawn (the menu grows as entries are added).
    await clickAt(page, centre(await control(page, /^Settings$/)));
    await waitForScene(page, 'Settings');
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('opens Settings by keyboard alone, toggles mute with keys, and goes back', async () => {
    const { page, problems, context } = await openPage(suite.browser, suite.server.url);
    await waitReady(page);
    await press(page, 'End'); // Settings is last
    await waitForAnnouncement(page, /^Settings\.$/);
    await press(page, 'Enter');
    await waitForScene(page, 'Settings');
    await shot(page, 'settings');
    await press(page, 'Tab'); // Volume → Sound
    await waitForAnnouncement(page, /^Sound, On,/);
    await press(page, 'Enter');
    await waitForAnnouncement(page, /Sound: Off\./);
    expect(
      await page.evaluate(() => JSON.parse(localStorage.getItem('roughConsensus.settings') ?? '{}').muted),
    ).toBe(true);
    await press(page, 'ArrowRight'); // toggles back
    await waitForAnnouncement(page, /Sound: On\./);
    await press(page, 'm'); // M works here too
    await waitForAnnouncement(page, /Sound off\./);
    // Volume: Shift+Tab back to it, Left lowers by 10 % and plays the gavel, whose caption is announced.
    await press(page, 'Shift+Tab', 'ArrowLeft');
    await waitForAnnouncement(page, /Volume: 70 %\./);
    await waitForAnnouncement(page, /\[gavel strikes\]/);
    await shot(page, 'settings-caption');
    await press(page, 'Escape');
    await waitForScene(page, 'Title');
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('opens Sources and switches tabs by keyboard', async () => {
    const { page, problems, context } = await openPage(suite.browser, suite.server.url);
    await waitReady(page);
    const sources = MENU.indexOf('Sources');
    await press(page, 'Home', ...Array<string>(sources).fill('ArrowDown'));
    await waitForAnnouncement(page, /^Sources\.$/);
    await press(page, 'Enter');
    await waitForScene(page, 'Sources');
    const screenText = () => page.locator('#screen-text').textContent();
    await page.waitForFunction(
      () => !/Loading/.test(document.getElementById('screen-text')?.textContent ?? ''),
    );
    expect(await screenText()).toMatch(/^Documents/);
    await shot(page, 'sources-documents');
    await press(page, 'ArrowRight');
    await waitForAnnouncement(page, /2 {2}Glossary/);
    expect(await screenText()).toMatch(/^Glossary/);
    await press(page, 'PageDown');
    await shot(page, 'sources-glossary');
    await press(page, 'Tab');
    expect(await screenText()).toMatch(/^Timeline/);
    await shot(page, 'sources-timeline');
    await press(page, 'End');
    await shot(page, 'sources-timeline-end');
    await press(page, '1');
    expect(await screenText()).toMatch(/^Documents/);
    await press(page, 'Escape');
    await waitForScene(page, 'Title');
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('keeps mute across a reload', async () => {
    const { page, problems, context } = await openPage(suite.browser, suite.server.url);
    await waitReady(page);
    await press(page, 'm');
    await waitForAnnouncement(page, /Sound off\./);
    await shot(page, 'title-muted-caption');
    await page.reload();
    await waitReady(page);
    expect(
      await page.evaluate(() => JSON.parse(localStorage.getItem('roughConsensus.settings') ?? '{}').muted),
    ).toBe(true);
    // Howler itself (loaded behind the title) is muted after the reload.
    await page.waitForFunction(
      () => (window as unknown as { Howler?: { _howls: unknown[] } }).Howler?._howls.length === 3,
    );
    expect(
      await page.evaluate(() => (window as unknown as { Howler: { _muted: boolean } }).Howler._muted),
    ).toBe(true);
    await press(page, 'End', 'Enter');
    await waitForScene(page, 'Settings');
    await press(page, 'ArrowDown');
    await waitForAnnouncement(page, /^Sound, Off,/);
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('keeps the canvas fitted as the viewport resizes', async () => {
    const { page, problems, context } = await openPage(suite.browser, suite.server.url);
    await waitReady(page);
    for (const vp of [
      { width: 1280, height: 720 },
      { width: 800, height: 600 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(vp);
      await page.waitForFunction(
        ([w, h]) => {
          const c = document.querySelector('#game canvas')?.getBoundingClientRect();
          if (!c) return false;
          const s = Math.min(w! / 1280, h! / 720);
          return Math.abs(c.width - 1280 * s) < 2 && Math.abs(c.height - 720 * s) < 2;
        },
        [vp.width, vp.height],
        { timeout: 5000 },
      );
      const box = await canvasBox(page);
      const scale = Math.min(vp.width / 1280, vp.height / 720);
      expect(box.width).toBeCloseTo(1280 * scale, 0);
      expect(box.height).toBeCloseTo(720 * scale, 0);
      // Centred, and inside the viewport.
      expect(Math.abs(box.x - (vp.width - box.width) / 2)).toBeLessThan(2);
      expect(Math.abs(box.y - (vp.height - box.height) / 2)).toBeLessThan(2);
      await shot(page, `title-${vp.width}x${vp.height}`);
    }
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('shows help with ? and F1, and Escape closes it without leaving the scene', async () => {
    const { page, problems, context } = await openPage(suite.browser, suite.server.url);
    await waitReady(page);
    await press(page, 'Shift+Slash');
    await waitForAnnouncement(page, /^Help\./);
    await shot(page, 'help-title');
    await press(page, 'Escape');
    await waitForAnnouncement(page, /Help closed\./);
    expect(await currentScene(page)).toBe('Title');
    // The menu still answers after help closes.
    await press(page, 'End', 'Enter');
    await waitForScene(page, 'Settings');
    await press(page, 'F1');
    await waitForAnnouncement(page, /^Help\. On this screen, Settings: /);
    await shot(page, 'help-settings');
    await press(page, 'F1');
    await press(page, 'Escape');
    await waitForScene(page, 'Title');
    // Every screen's help names it in words, not by its internal key.
    await press(page, 'Home');
    for (let n = 0; n < MENU.length && (await announcements(page)).at(-1) !== 'Rule Lab.'; n++)
      await press(page, 'ArrowDown');
    await press(page, 'Enter');
    await waitForScene(page, 'RuleLab');
    await press(page, 'F1');
    await waitForAnnouncement(page, /^Help\. On this screen, Rule Lab: /);
    await shot(page, 'help-rule-lab');
    await press(page, 'Escape');
    await waitForAnnouncement(page, /Help closed\./);
    expect(await currentScene(page)).toBe('RuleLab');
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('every title menu item opens its own screen in this build, and Escape comes back', async () => {
    // Title.open says "… is coming in this build" for a scene the build lacks: no player should meet it.
    const screens: Record<string, string> = {
      'New game': 'Setup',
      Classroom: 'Classroom',
      'Replay 2012–2013': 'Replay',
      'Rule Lab': 'RuleLab',
      Sources: 'Sources',
      Settings: 'Settings',
    };
    const { page, problems, context } = await openPage(suite.browser, suite.server.url);
    await waitReady(page);
    for (const [label, scene] of Object.entries(screens)) {
      await press(page, 'Home');
      // A focused entry says its label, then its hint if it has one ("Classroom, for teachers: …").
      const says = (a: string | undefined) => a === `${label}.` || !!a?.startsWith(`${label}, `);
      for (let n = 0; n < MENU.length && !says((await announcements(page)).at(-1)); n++)
        await press(page, 'ArrowDown');
      expect(says((await announcements(page)).at(-1))).toBe(true);
      await press(page, 'Enter');
      await waitForScene(page, scene);
      await press(page, 'Escape');
      await waitForScene(page, 'Title');
    }
    expect(
      (await announcements(page)).filter((a) => /coming in this build|Not yet available/.test(a)),
    ).toEqual([]);
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('survives corrupt stored settings, and renders large text in high contrast', async () => {
    const corrupt = await openPage(suite.browser, suite.server.url, {
      init: `localStorage.setItem('roughConsensus.settings', '{not json');`,
    });
    await waitReady(corrupt.page);
    expect(corrupt.problems()).toEqual([]);
    await corrupt.context.close();

    const { page, problems, context } = await openPage(suite.browser, suite.server.url, {
      init: `localStorage.setItem('roughConsensus.settings', JSON.stringify({ volume: 0.5, muted: false, textScale: 1.3, highContrast: true, reducedMotion: true }));
             localStorage.setItem('roughConsensus.save', '{}');`,
    });
    await waitReady(page);
    // With a save, Continue is available and focused first.
    expect((await announcements(page)).join(' ')).toMatch(/Main menu\. Continue\./);
    await shot(page, 'title-large-contrast');
    await press(page, 'End', 'Enter');
    await waitForScene(page, 'Settings');
    await shot(page, 'settings-large-contrast');
    await press(page, 'Escape');
    await waitForScene(page, 'Title');
    await press(page, 'End', 'ArrowUp', 'Enter');
    await waitForScene(page, 'Sources');
    await press(page, 'ArrowRight', 'ArrowRight');
    await shot(page, 'sources-large-contrast');
    await press(page, 'Shift+Slash');
    await shot(page, 'help-large-contrast');
    expect(problems()).toEqual([]);
    await context.close();
  });
});
