// Who moved whom, as the debrief and the Markdown report put it: per issue the points moved in all and
// by each means, then the larger moves by name. Hand-made rows, so every figure is worked by hand.
import { describe, expect, it } from 'vitest';
import {
  influenceMarkdown,
  influenceTotals,
  meansSummary,
  type InfluenceRow,
} from '../../src/machines/influence';

const rows: InfluenceRow[] = [
  { from: 'US', to: 'ZW', issue: 'definition', means: 'speech', points: 4.2 },
  { from: 'EU', to: 'ZW', issue: 'definition', means: 'pressure', points: 3 },
  { from: 'US', to: 'RU', issue: 'marange', means: 'deal', points: 2 },
  { from: 'CN', to: 'EU', issue: 'definition', means: 'speech', points: 0.4 },
];
const name = (id: string) => `Delegation ${id}`;

describe('per issue, the points moved', () => {
  it('in all and by each means, in the order of the issues, leaving out issues nobody moved', () => {
    const totals = influenceTotals(rows);
    expect(totals.map((t) => t.issue)).toEqual(['definition', 'marange']);
    expect(totals[0]!.points).toBeCloseTo(7.6, 9);
    expect(totals[0]!.byMeans.speech).toBeCloseTo(4.6, 9);
    expect(totals[0]!.byMeans).toMatchObject({ pressure: 3 });
    expect(totals[0]!.byMeans.deal).toBeUndefined();
    expect(totals[1]).toEqual({ issue: 'marange', points: 2, byMeans: { deal: 2 } });
    expect(influenceTotals([])).toEqual([]);
  });

  it('by means in words, largest first, to a tenth', () => {
    expect(meansSummary({ speech: 4.6, pressure: 3, deal: 5 })).toBe('deals 5.0, speeches 4.6, pressure 3.0');
    expect(meansSummary({})).toBe('');
  });
});

describe('the Markdown section', () => {
  it('a heading per issue with its total by means, then the moves of half a point or more by name', () => {
    expect(influenceMarkdown(rows, name)).toEqual([
      '### Definition scope: 7.6 points moved (speeches 4.6, pressure 3.0)',
      '',
      '- Delegation US → Delegation ZW: 4.2 points, by speeches',
      '- Delegation EU → Delegation ZW: 3 points, by pressure',
      '',
      '### Marange / Zimbabwe: 2.0 points moved (deals 2.0)',
      '',
      '- Delegation US → Delegation RU: 2 points, by a deal',
      '',
    ]);
  });

  it('a move of exactly half a point is named, one just under is only counted', () => {
    const half: InfluenceRow[] = [
      { from: 'US', to: 'ZW', issue: 'definition', means: 'speech', points: 0.5 },
      { from: 'EU', to: 'ZW', issue: 'definition', means: 'speech', points: 0.4 },
    ];
    expect(influenceMarkdown(half, name)).toEqual([
      '### Definition scope: 0.9 points moved (speeches 0.9)',
      '',
      '- Delegation US → Delegation ZW: 0.5 points, by speeches',
      '',
    ]);
  });

  it('at most eight moves per issue', () => {
    const many = Array.from({ length: 10 }, (_, k) => ({ ...rows[0]!, to: `T${k}`, points: 10 - k }));
    const lines = influenceMarkdown(many, name).filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(8);
    expect(lines.at(-1)).toBe('- Delegation US → Delegation T7: 3 points, by speeches');
  });

  it('says so when nobody moved anybody', () => {
    expect(influenceMarkdown([], name)).toEqual(['Nobody moved anybody by more than a point.']);
  });
});
