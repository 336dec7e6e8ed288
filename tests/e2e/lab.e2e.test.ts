// The Rule Lab in a real browser: runs in Web Workers with progress, cancels, exports CSV and JSON
// that match `npm run simulate` for the same scenario, rules and seed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { labCsv, labJson } from '../../src/machines/cli';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { runLab } from '../../src/machines/lab';
import { RULE_IDS } from '../../src/model/rules';
import {
  lastAnnouncement,
  openPage,
  press,
  ROOT,
  shot,
  waitForAnnouncement,
  waitForScene,
  waitReady,
  useBrowserSuite,
} from './harness';

const suite = useBrowserSuite();

async function download(page: Page, ...keys: string[]): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), press(page, ...keys)]);
  return readFileSync((await dl.path())!, 'utf8');
}

describe('Rule Lab', () => {
  it('runs in workers, exports what the CLI computes, and cancels a long run', async () => {
    const { page, problems } = await openPage(suite.browser, suite.server.url);
    await waitReady(page);
    await press(page, 'Home', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter');
    await waitForScene(page, 'RuleLab');
    await shot(page, 'rulelab-start');

    // Sessions 1,000 → 100 (said as the new value, per rule), then Run (said with the meeting on screen).
    await press(page, 'ArrowDown', 'ArrowDown', 'ArrowLeft');
    expect(await lastAnnouncement(page)).toBe('Sessions per rule, 100.');
    await press(page, 'ArrowDown', 'ArrowDown', 'Enter');
    const running = await waitForAnnouncement(page, /^Running 500 sessions: 100 per rule under 5 rules, /);
    // The meeting it names is the one the Meeting row shows.
    const meeting = /, ([^,]+)\.$/.exec(running)![1]!;
    const shown = await page.evaluate(() =>
      (window.roughConsensus.layout() as { texts: { text: string }[] }).texts.map((t) => t.text),
    );
    expect(shown).toContain(meeting);
    await waitForAnnouncement(page, /^Done in/, 60_000);
    await shot(page, 'rulelab-outcomes');
    await press(page, '2');
    await shot(page, 'rulelab-power');
    await press(page, '3');
    await shot(page, 'rulelab-why');
    await press(page, '1');

    // Focus has moved to Export CSV after the run.
    const csv = await download(page, 'Enter');
    const json = JSON.parse(await download(page, 'ArrowDown', 'Enter'));
    expect(json.runs).toBe(100);
    expect(Object.keys(json.rules)).toEqual([...RULE_IDS]);
    const cli = runLab(plenaryMachine, LIBRARY, {
      scenarioId: json.scenario,
      rules: RULE_IDS,
      runs: 100,
      seed: json.seed,
    })!;
    expect(json).toEqual(JSON.parse(labJson(cli)));
    expect(csv.trim()).toBe(labCsv(cli).trim());
    // And what `npm run simulate` prints for the same request, on two threads, as a user runs it.
    const printed = execFileSync(
      'npx',
      [
        'tsx',
        'scripts/simulate.ts',
        '--scenario',
        json.scenario,
        '--runs',
        '100',
        '--seed',
        String(json.seed),
      ].concat(['--threads', '2', '--json']),
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(json).toEqual(JSON.parse(printed));
    // The browser's numbers are the Rule Lab's own: every rule, item spreads included.
    expect(Object.keys(json.rules.consensus.items)).toEqual([
      'definition',
      'marange',
      'administrative-support',
    ]);

    // A 10,000-session run can be cancelled with C (frame rates meanwhile are measured in `npm run bench`).
    await press(page, 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowRight', 'ArrowRight');
    await press(page, 'ArrowDown', 'ArrowDown', 'Enter');
    await waitForAnnouncement(page, /^Running 50,000 sessions: 10,000 per rule/);
    await shot(page, 'rulelab-running');
    await press(page, 'c');
    await waitForAnnouncement(page, /^Run cancelled/);
    expect(problems()).toEqual([]);
  });
});
