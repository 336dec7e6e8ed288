// Registers the service worker that keeps the game running offline, and hears of new versions. A new
// version installs beside the running one and waits (no skipWaiting): the page offers it and switches
// only on the player's word (app-update.ts). Browser only; the production build only.
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './app-update';

/** How often a long lesson asks the server whether a new version is out. */
const CHECK_EVERY_MS = 30 * 60_000;

/**
 * Asks the waiting worker to take over, and reloads once it has (the plugin's own reload hears only of
 * a worker found at registration, not one found by a later update check).
 */
function switchNow(): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  void switchToNew(true);
}

let switchToNew: (reloadPage?: boolean) => Promise<void> = () => Promise.resolve();

export function registerServiceWorker(): void {
  switchToNew = registerSW({
    immediate: true,
    onNeedRefresh: () => offerUpdate(switchNow),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      const check = () => void registration.update().catch(() => undefined);
      setInterval(check, CHECK_EVERY_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    },
  });
}
