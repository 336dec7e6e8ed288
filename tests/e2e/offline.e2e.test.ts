// Classroom connections fail: after the first load the game must run with the network cut.
import { describe, expect, it } from 'vitest';
import { openPage, press, waitForAnnouncement, waitForScene, waitReady, useBrowserSuite } from './harness';

const suite = useBrowserSuite();

describe('offline', () => {
  it('reloads and plays with the network cut after the first visit', async () => {
    const { page, context } = await openPage(suite.browser, suite.server.url, { serviceWorker: true });
    await waitReady(page);
    // The service worker precaches everything, then takes control of the page.
    await page.waitForFunction(
      async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
      undefined,
      {
        timeout: 30_000,
      },
    );
    // Cut the network twice over: the browser goes offline and the server stops (Chromium may drop its
    // offline emulation when the page reloads, so the stopped server is what makes this test honest).
    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await suite.server.stop();
    await expect(fetch(suite.server.url)).rejects.toThrow();
    await page.reload();
    await waitReady(page);
    // Scenes, content and the Rule Lab worker all load from the cache.
    await press(page, 'Home', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter');
    await waitForScene(page, 'RuleLab');
    await press(page, 'ArrowDown', 'ArrowDown', 'ArrowLeft', 'ArrowDown', 'ArrowDown', 'Enter');
    await waitForAnnouncement(page, /^Done in/, 60_000);
    await context.setOffline(false);
  });
});
