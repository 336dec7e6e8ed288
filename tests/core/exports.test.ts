// Exports a teacher opens in a spreadsheet or prints: a player's name is text wherever it lands.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { HelpRequested, labCsv, parseSimulateArgs } from '../../src/machines/cli';
import { compareRules } from '../../src/machines/compare';
import { runLab } from '../../src/machines/lab';
import { createPlenaryMachine } from '../../src/machines/plenary';
import { decisionsCsv, positionsCsv } from '../../src/machines/report-csv';
import { buildReport } from '../../src/machines/report';
import { reportMarkdown } from '../../src/machines/report-markdown';
import { runAiSession } from '../../src/machines/runner';
import { markdownToHtml } from '../../src/scenes/plenary/print';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);
const FORMULA = '=HYPERLINK("http://x.y")';
const input = { scenarioId: 'free-play' as const, rule: 'consensus' as const, seed: 7, humans: {} };
// An AI-played meeting, reported as if people with these names had held three seats. Played inside each
// test that reads it, not as the file loads: a mutation run switches a mutant on only as the tests start.
const humans = { MA: FORMULA, RA: '+1 a|b', RB: '@SUM(A1)' };
function reported() {
  const played = runAiSession(machine, toyLibrary, input).context;
  const ctx = { ...played, humans, startHumans: humans };
  const report = buildReport(toyLibrary, ctx, compareRules(machine, toyLibrary, played, input), []);
  /** Names a session's boundary now refuses, as an older save or another tool could still carry them. */
  const forged = {
    ...report,
    positions: report.positions.map((p) => (p.id === 'BL' ? { ...p, player: 'Line one\rLine two' } : p)),
    participation: report.participation.map((p) =>
      p.delegation === 'MA' ? { ...p, player: 'Ama\n## Forged section\n| x | y |' } : p,
    ),
  };
  return { report, forged };
}

describe('CSV', () => {
  it('neutralises cells that start with = + - @ (OWASP), so no name becomes a formula', () => {
    const { report } = reported();
    const rows = Papa.parse<string[]>(positionsCsv(report).trim()).data;
    const player = rows[0]!.indexOf('player');
    const players = rows.slice(1).map((r) => r[player]);
    expect(players).toContain(`'${FORMULA}`);
    expect(players).toContain("'+1 a|b");
    expect(players).toContain("'@SUM(A1)");
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@]/);
  });
  it('quotes CR and LF, so a name cannot add a row', () => {
    const { report, forged } = reported();
    const text = positionsCsv(forged);
    expect(text).toContain('"Line one\rLine two"');
    const rows = Papa.parse<string[]>(text.trim()).data;
    expect(rows).toHaveLength(report.positions.length + 1);
  });
  it('keeps numbers as numbers (a negative distance is not a formula to escape)', () => {
    expect(decisionsCsv(reported().report)).not.toMatch(/'-\d/);
  });
});

describe('Markdown and the print view', () => {
  // Written inside each test: Stryker switches a mutant on only as the tests start, not as files load.
  const written = () => ({ md: reportMarkdown(toyLibrary, reported().forged) });
  it('a line break in a name cannot forge a heading or a section', () => {
    const { md } = written();
    expect(md).not.toMatch(/^## Forged/m);
    expect(md).not.toMatch(/^\| x \| y \|$/m);
    expect(md).toContain('Ama ## Forged section');
    expect(markdownToHtml(md)).not.toContain('<h2>Forged section</h2>');
  });
  it('a | in a name cannot split a table row, in the Markdown or the printed table', () => {
    const { md } = written();
    const row = md.split('\n').find((l) => l.startsWith('|') && l.includes('+1 a'))!;
    expect(row.split(/(?<!\\)\|/)).toHaveLength(8); // six cells between seven bars
    const html = markdownToHtml(md);
    const printed = html.split('<tr>').find((r) => r.includes('<td>+1 a'))!;
    expect(printed.match(/<td>/g)).toHaveLength(6);
    expect(printed).toContain('<td>+1 a|b</td>');
  });
});

describe('the simulate CLI', () => {
  const ids = ['free-play'];
  it('keeps --seed exactly as given: seeds a double cannot tell apart give different runs', () => {
    const a = parseSimulateArgs(['--scenario', 'free-play', '--seed', '12345678901234567890123'], ids);
    const b = parseSimulateArgs(['--scenario', 'free-play', '--seed', '12345678901234567890124'], ids);
    expect(a.seed).toBe('12345678901234567890123');
    expect(b.seed).toBe('12345678901234567890124');
    const run = (seed: number | string) =>
      runLab(machine, toyLibrary, { scenarioId: 'free-play', rules: ['majority'], runs: 8, seed })!;
    expect(labCsv(run(a.seed))).not.toBe(labCsv(run(b.seed)));
    expect(parseSimulateArgs(['--scenario', 'free-play', '--seed', '9'], ids).seed).toBe(9);
  });
  it('--help prints the flags instead of failing', () => {
    expect(() => parseSimulateArgs(['--help'], ids)).toThrow(HelpRequested);
    try {
      parseSimulateArgs(['--help'], ids);
    } catch (e) {
      expect((e as Error).message).toMatch(/--scenario ID.*\n[\s\S]*--seed S[\s\S]*--help/);
    }
  });
  it('writes a seed that looks like a formula as text in its CSV', () => {
    const r = runLab(machine, toyLibrary, {
      scenarioId: 'free-play',
      rules: ['majority'],
      runs: 2,
      seed: '=1+1',
    })!;
    expect(labCsv(r)).toContain(',"\'=1+1",');
  });
});
