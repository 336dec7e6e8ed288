import { describe, expect, it } from 'vitest';
import type { RoleBriefing } from '../../src/content/types';
import { divergence } from '../../src/machines/campaign';
import { compareRules } from '../../src/machines/compare';
import { createPlenaryMachine } from '../../src/machines/plenary';
import { decisionsCsv, positionsCsv } from '../../src/machines/report-csv';
import { buildReport } from '../../src/machines/report';
import { reportMarkdown } from '../../src/machines/report-markdown';
import { runAiSession } from '../../src/machines/runner';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);
const briefing: RoleBriefing = {
  delegation: 'BL',
  whoYouAre: 'A producer.',
  objectives: [
    { text: 'Keep the definition as it is', issue: 'definition', test: { op: 'atMost', value: 10 } },
    { text: 'Lift supervision of Marange', issue: 'marange', test: { op: 'atMost', value: 40 } },
  ],
  redLines: [],
  allies: [],
  opponents: [],
  read: [],
};

describe('the debrief pack', () => {
  const input = { scenarioId: 'free-play' as const, rule: 'consensus' as const, seed: 7, humans: {} };
  /** Played inside each test: Stryker switches a mutant on only as the tests start, not as files load. */
  function debriefed() {
    const ctx = runAiSession(machine, toyLibrary, input).context;
    return {
      ctx,
      report: buildReport(toyLibrary, ctx, compareRules(machine, toyLibrary, ctx, input), [briefing]),
    };
  }

  it('scores objectives against the decisions', () => {
    const { report } = debriefed();
    expect(report.objectives[0]!.scores!.map((s) => s.met)).toEqual([true, true]);
  });
  it('shows who moved whom, biggest first', () => {
    const { report } = debriefed();
    const pts = report.influence.map((e) => e.points);
    expect(pts).toEqual([...pts].sort((a, b) => b - a));
  });
  it('an untouched run follows the record on both items (divergence zero)', () => {
    const { ctx } = debriefed();
    const h = divergence(toyLibrary, ctx);
    expect(h.find((d) => d.itemId === 'def')!.points).toBe(0);
    expect(h.find((d) => d.itemId === 'mar')!.points).toBe(0);
  });
  it('exports Markdown with every section, and CSV of decisions and positions', () => {
    const { report } = debriefed();
    const md = reportMarkdown(toyLibrary, report);
    for (const h of [
      '# Debrief',
      '## Decisions',
      '## The same moves under every rule',
      '## Questions for discussion',
      '## Timeline',
    ])
      expect(md).toContain(h);
    expect(md).toContain('Under two-thirds majority this text passes 4–1');
    const dec = decisionsCsv(report).trim().split('\n');
    expect(dec).toHaveLength(1 + 2 * 5);
    expect(dec[0]).toBe(
      'item,issue,rule,adopted (1 yes / 0 no),result on the scale (0 to 100),call on the item,draft at that call,tally,for (count),against (count),share of production for,for (codes),against (codes),objecting (codes),blocked by (codes),outvoted (codes),deciding vote (pivot),points from the room’s compromise',
    );
    expect(positionsCsv(report).trim().split('\n')).toHaveLength(1 + 6);
  });
});
