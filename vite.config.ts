import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * Which build this is, for the save files it writes and the automation hook: RC_BUILD when the deploy
 * sets it, else the commit it was built from (empty outside a git checkout). The same commit builds
 * the same files.
 */
function buildLabel(): string {
  if (process.env.RC_BUILD) return process.env.RC_BUILD.slice(0, 40);
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    return '';
  }
}

/**
 * The sound files start downloading with the page's own scripts (a fetch preload, which main.ts's fetch
 * of the same URLs then picks up), so they are in before the game boots and the loading screen is needed
 * only on a slow connection. Build only: the dev server serves them on demand.
 */
function preloadSounds(): Plugin {
  return {
    name: 'preload-sounds',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.values(ctx.bundle ?? {})
          .filter((f) => f.type === 'asset' && f.fileName.endsWith('.wav'))
          .map((f) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'fetch',
              href: `./${f.fileName}`,
              crossorigin: 'anonymous',
              // Behind the scripts: the title needs those first.
              fetchpriority: 'low',
            },
            injectTo: 'head' as const,
          })),
    },
  };
}

export default defineConfig({
  base: './',
  server: { port: 5173 },
  define: { __APP_VERSION__: JSON.stringify(pkg.version), __APP_BUILD__: JSON.stringify(buildLabel()) },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  worker: { format: 'es' },
  plugins: [
    preloadSounds(),
    // Classroom connections fail: after the first load the game runs offline from the service worker.
    // A new build never takes over a running page (no skipWaiting): it installs and waits, and the page
    // offers it (src/app/sw-register.ts), so an open lesson keeps loading its own lazy scenes. clientsClaim
    // only lets the very first worker serve the page that installed it (there is no older build then).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,wav,png,json}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        clientsClaim: true,
      },
    }),
  ],
  test: {
    // The JSON report lets .ci/run print the plain "N passed, N failed" line CI reads.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['tests/core/**/*.test.ts', 'tests/content/**/*.test.ts'],
          // Simulations share the machine with the browser tests: a generous limit, never a speed check.
          testTimeout: 30_000,
          // CPU-bound: one file per core. Vitest's default (cores − 1) runs them one at a time on two cores.
          maxWorkers: '100%',
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A browser file mostly waits on the game's own timers (about a seventh of a core each), so two
          // run side by side, each with its own preview server and browser on free ports. After the core
          // tests (groupOrder 1), which want every core.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
