import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledWorker, defaultThreads, runLabInThreads } from '../../scripts/lab/threads';
import { labJson, parseSimulateArgs, UsageError } from '../../src/machines/cli';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { runLab } from '../../src/machines/lab';

describe('npm run simulate across worker threads', () => {
  it('gives exactly the numbers of one thread, for any number of threads', async () => {
    const req = {
      scenarioId: 'washington-plenary-2012' as const,
      rules: ['consensus', 'majority'] as const,
      runs: 7,
      seed: 'threads',
    };
    const single = labJson(runLab(plenaryMachine, LIBRARY, req)!);
    expect(labJson(await runLabInThreads(req, 3))).toBe(single);
  }, 180_000);

  it('gives the workers the rules as one plain JavaScript file, removed after the run', async () => {
    const bundle = await bundledWorker();
    expect(bundle).not.toBeNull();
    const file = fileURLToPath(bundle!.url);
    // The rules themselves are in it (no TypeScript left to transpile in the worker).
    expect(readFileSync(file, 'utf8')).toMatch(/function runLabChunk\(/);
    bundle!.remove();
    expect(existsSync(file)).toBe(false);
  }, 60_000);

  it('takes --threads, one per core by default', () => {
    const ids = ['free-play'];
    expect(parseSimulateArgs(['--scenario', 'free-play', '--threads', '3'], ids).threads).toBe(3);
    expect(parseSimulateArgs(['--scenario', 'free-play'], ids).threads).toBeUndefined();
    expect(defaultThreads()).toBeGreaterThanOrEqual(1);
    for (const bad of ['0', 'two', '1.5'])
      expect(() => parseSimulateArgs(['--scenario', 'free-play', '--threads', bad], ids)).toThrow(
        /--threads must be a whole number from 1 to 64/,
      );
    expect(() => parseSimulateArgs(['--scenario', 'free-play', '--threads', '0'], ids)).toThrow(UsageError);
  });
});
