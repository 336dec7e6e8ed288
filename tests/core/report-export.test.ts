// The debrief pack a teacher exports, from a session whose every fact is set by hand: which decisions,
// who moved whom (and what is too small to list), whose objectives are scored, who took part how
// often, the questions the rules' disagreement raises, and the Markdown and CSV files themselves.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { EXIT_QUESTIONS } from '../../src/content/teacher-guide';
import { ISSUE_IDS, type RoleBriefing } from '../../src/content/types';
import { COMPARISON_NOTE, type ItemComparison, type RuleRow } from '../../src/machines/compare';
import { createPlenaryMachine } from '../../src/machines/plenary';
import { DECISION_COLUMNS, decisionsCsv, playersCsv, positionsCsv } from '../../src/machines/report-csv';
import { buildReport } from '../../src/machines/report';
import { reportMarkdown } from '../../src/machines/report-markdown';
import Papa from 'papaparse';
import { RULE_IDS, type RuleId } from '../../src/model/rules';
import { tallyOf, type Tally } from '../../src/model/tally';
import type { ItemResult, SessionContext, TranscriptEntry } from '../../src/model/session';
import { toyLibrary } from './fixtures';

function opening(humans: Record<string, string>): SessionContext {
  const actor = createActor(createPlenaryMachine(toyLibrary), {
    input: { scenarioId: 'free-play', rule: 'consensus', seed: 'lesson-4', humans },
  }).start();
  return actor.getSnapshot().context;
}

const results: ItemResult[] = [
  {
    itemId: 'def',
    issue: 'definition',
    outcome: 'adopted',
    value: 49.96,
    statusQuo: 0,
    clauses: ['wide'],
    day: 1,
    decision: null,
  },
  {
    itemId: 'mar',
    issue: 'marange',
    outcome: 'no-consensus',
    value: 80,
    statusQuo: 80,
    clauses: ['lift'],
    day: 2,
    decision: null,
  },
];

/** A transcript line; `player` for a move a person made (the computer's moves carry none). */
const said = (
  seq: number,
  by: string | undefined,
  kind: TranscriptEntry['kind'],
  text: string,
  player?: string,
) => ({ seq, day: 1, kind, ...(by ? { by } : {}), text, ...(player ? { player } : {}) }) as TranscriptEntry;

const transcript: TranscriptEntry[] = [
  said(1, 'RA', 'speech', 'Rae speaks.', 'Rae'),
  said(2, 'RA', 'amendment', 'Rae amends.', 'Rae'),
  said(3, 'RA', 'speech', 'Rae speaks again.', 'Rae'),
  said(4, 'BL', 'objection', 'Bo objects.', 'Bo'),
  said(5, 'BL', 'caucus', 'Bo offers a deal.', 'Bo'),
  said(6, 'CH', 'speech', 'The Chair speaks.'),
  {
    ...said(7, undefined, 'event', 'A report appears.'),
    cite: [
      { doc: 'washington-2012', para: 3 },
      { doc: 'zimbabwe-chapter', para: 12 },
    ],
  },
];

/** influence[speaker seat][listener seat]; seats CH RA RB MA BL OB. */
const influence = [[0, 0, 12.04, 0, 0, 0], [0, 0, 0, 3.26, 0.94, 0], [0.96, 0, 0, 0, 0, 0], null, null, null];

/** A call's tally among the five deciders (CH RA RB MA BL), each weighing one unit of production. */
const tally = (
  rule: RuleId,
  passed: boolean,
  against: string[],
  objecting: string[] = against,
  pivot: string | null = null,
): Tally =>
  tallyOf(rule, {
    passed,
    supporters: ['CH', 'RA', 'RB', 'MA', 'BL'].filter((id) => !against.includes(id)),
    opponents: against,
    objectors: objecting,
    pivot,
    yesWeight: 5 - against.length,
    totalWeight: 5,
  });

const row = (rule: RuleId, over: Partial<RuleRow>): RuleRow => ({
  rule,
  outcome: 'adopted',
  adopted: true,
  value: 50,
  text: null,
  tally: tally(rule, true, ['BL'], []),
  fromCompromise: 2.04,
  call: { number: 1, draftValue: 50 },
  ...over,
});
const rows = (f: (rule: RuleId) => Partial<RuleRow>) =>
  Object.fromEntries(RULE_IDS.map((r) => [r, row(r, f(r))])) as Record<RuleId, RuleRow>;

/** The definition: blocked by BL under the consensus rules, passed by every vote, BL outvoted. */
const blocked: ItemComparison = {
  itemId: 'def',
  title: 'The definition',
  issue: 'definition',
  summary:
    'Under two-thirds majority this text passes 4–1; under consensus Delegation BL’s objection stops it.',
  rows: rows((r) =>
    r.startsWith('consensus')
      ? {
          outcome: 'no-consensus',
          adopted: false,
          value: 0,
          tally: tally(r, false, ['BL']),
          fromCompromise: 47.96,
          // Consensus called the draft twice: its row counts the second call.
          call: { number: 2, draftValue: 50 },
        }
      : { tally: tally(r, true, ['BL'], ['BL'], 'RB'), value: 49.96 },
  ),
};
/** Marange: consensus lifts supervision (nobody objects), two-thirds would not. */
const silent: ItemComparison = {
  itemId: 'mar',
  title: 'Marange',
  issue: 'marange',
  summary: 'Adopted by consensus, yet under two-thirds majority it would fail 3–2.',
  rows: rows((r) =>
    r === 'two-thirds'
      ? {
          outcome: 'no-consensus',
          adopted: false,
          tally: tally(r, false, ['MA', 'BL']),
          value: 80,
          fromCompromise: null,
        }
      : { value: 20 },
  ),
};

const objective = (delegation: string): RoleBriefing => ({
  delegation,
  whoYouAre: '',
  objectives: [
    { text: 'A wide definition', issue: 'definition', test: { op: 'atLeast', value: 40 } },
    { text: 'Supervision lifted', issue: 'marange', test: { op: 'atMost', value: 40 } },
  ],
  redLines: [],
  allies: [],
  opponents: [],
  read: [],
});
const briefings = ['RA', 'BL', 'MA', 'ZZ'].map(objective);

function session(): SessionContext {
  // Bo played BL from the start and has left the meeting; Rae still plays RA.
  const ctx = opening({ RA: 'Rae', BL: 'Bo' });
  return { ...ctx, humans: { RA: 'Rae' }, results, transcript, influence };
}

/**
 * Built inside each test, not once for the file: Stryker switches a mutant on only as the tests start,
 * so a report built while the file loads would always be the unchanged one.
 */
function reported() {
  const ctx = session();
  return {
    ctx,
    report: buildReport(toyLibrary, ctx, [blocked, silent], briefings, { MA: { definition: 12 } }),
  };
}

describe('the debrief pack from a session set by hand', () => {
  it('sets out each decision with the text adopted, on the scale to a tenth', () => {
    const { report } = reported();
    expect(report).toMatchObject({
      title: 'Test plenary',
      scenarioId: 'free-play',
      rule: 'Consensus (the KP rule)',
    });
    expect(report.seed).toBe('lesson-4');
    expect(report.decisions).toEqual([
      {
        itemId: 'def',
        title: 'The definition',
        issue: 'definition',
        outcome: 'adopted',
        value: 50,
        statusQuo: 0,
        statusQuoText: 'Core text.',
        text: 'Conflict diamonds means including violence by state forces',
      },
      {
        itemId: 'mar',
        title: 'Marange',
        issue: 'marange',
        outcome: 'no-consensus',
        value: 80,
        statusQuo: 80,
        statusQuoText: 'Supervision stays.',
        text: null,
      },
    ]);
  });

  it('lists who moved whom by delegation, biggest first, leaving out what rounds below a point', () => {
    const { report } = reported();
    expect(report.influence).toEqual([
      { from: 'CH', to: 'RB', points: 12 },
      { from: 'RA', to: 'MA', points: 3.3 },
      { from: 'RB', to: 'CH', points: 1 },
    ]);
  });

  it('keeps at most the 25 biggest movements', () => {
    const { ctx } = reported();
    const many = toyLibrary.delegations.map((_, from) =>
      toyLibrary.delegations.map((_, to) => from * 6 + to + 1),
    );
    const r = buildReport(toyLibrary, { ...ctx, influence: many }, [], []);
    expect(r.influence).toHaveLength(25);
    expect(r.influence[0]).toEqual({ from: 'OB', to: 'OB', points: 36 });
    expect(r.influence.at(-1)!.points).toBe(12);
  });

  it('starts each delegation where it opened (carried over where given) and ends where it stands', () => {
    const { ctx, report } = reported();
    const ma = report.positions.find((p) => p.id === 'MA')!;
    expect(ma).toMatchObject({
      name: 'Delegation MA',
      kind: 'participant',
      bloc: 'african-producers',
      player: null,
    });
    expect(ma.start.definition).toBe(12);
    expect(ma.start.marange).toBe(10);
    expect(ma.end.definition).toBe(ctx.pos.definition[3]);
    const bl = report.positions.find((p) => p.id === 'BL')!;
    expect(bl.player).toBe('Bo');
    expect(report.positions.find((p) => p.id === 'RA')!.player).toBe('Rae');
    // Without a carry-over, the start is the anchor.
    expect(buildReport(toyLibrary, ctx, [], []).positions[3]!.start.definition).toBe(35);
  });

  it('scores the objectives of the seats people played (a player who left included), not of AI seats', () => {
    const { report } = reported();
    expect(report.objectives.map((o) => [o.delegation, o.player, o.scores!.map((s) => s.met)])).toEqual([
      ['RA', 'Rae', [true, false]],
      ['BL', 'Bo', [true, false]],
    ]);
  });

  it('with nobody playing, scores every seat that has a briefing in this meeting', () => {
    const { ctx } = reported();
    // Nobody played: no seat was a person's, and no move in the log was a person's.
    const aiOnly = transcript.map(({ player: _player, ...t }) => t);
    const ai = { ...ctx, humans: {}, startHumans: {}, transcript: aiOnly };
    const r = buildReport(toyLibrary, ai, [], briefings);
    expect(r.objectives.map((o) => [o.delegation, o.player])).toEqual([
      ['RA', null],
      ['BL', null],
      ['MA', null],
    ]);
    expect(r.participation).toEqual([]);
  });

  it('counts each player’s speeches, amendments, objections and caucus moves', () => {
    const { report } = reported();
    expect(report.participation).toEqual([
      { delegation: 'RA', player: 'Rae', speeches: 2, amendments: 1, objections: 0, caucus: 0 },
      { delegation: 'BL', player: 'Bo', speeches: 0, amendments: 0, objections: 1, caucus: 1 },
    ]);
  });

  it('a seat that changed hands: each person counted for their own moves on it, never the computer’s', () => {
    // Rae played RA from the start, the computer held it a while, then Sam took it over.
    const ctx = {
      ...session(),
      startHumans: { RA: 'Rae' },
      humans: { RA: 'Sam' },
      transcript: [
        said(1, 'RA', 'speech', 'Rae speaks.', 'Rae'),
        said(2, 'RA', 'speech', 'The computer speaks for RA.'),
        said(3, 'RA', 'objection', 'The computer objects for RA.'),
        said(4, 'RA', 'amendment', 'Sam amends.', 'Sam'),
        said(5, 'RA', 'speech', 'Sam speaks.', 'Sam'),
        said(6, 'RA', 'caucus', 'Rae, back for a moment, offers a deal.', 'Rae'),
      ],
      exitTickets: { RA: ['Held.', 'Nobody.', 'Yes.'] },
    };
    const report = buildReport(toyLibrary, ctx, [], briefings);
    expect(report.participation).toEqual([
      { delegation: 'RA', player: 'Sam', speeches: 1, amendments: 1, objections: 0, caucus: 0 },
      { delegation: 'RA', player: 'Rae', speeches: 1, amendments: 0, objections: 0, caucus: 1 },
    ]);
    // The seat's objectives and exit ticket are its present player's.
    expect(report.objectives.map((o) => [o.delegation, o.player])).toEqual([['RA', 'Sam']]);
    expect(report.exitTickets.map((t) => [t.delegation, t.player])).toEqual([['RA', 'Sam']]);
  });

  it('the players CSV: each player’s objectives met out of those the meeting could decide', () => {
    // RA's card has a third objective on an issue not on this agenda: not decided, so no failure.
    const withOpen: RoleBriefing = {
      ...objective('RA'),
      objectives: [
        ...objective('RA').objectives,
        { text: 'Open books', issue: 'transparency', test: { op: 'atLeast', value: 10 } },
      ],
    };
    const ctx = {
      ...session(),
      // Max held MA for one move: a player with no seat of their own at the end, and no objectives read.
      transcript: [...transcript, said(8, 'MA', 'speech', 'Max speaks.', 'Max')],
    };
    const report = buildReport(toyLibrary, ctx, [], [withOpen, objective('BL')]);
    const rows = playersCsv(report).trim().split('\n').slice(1);
    expect(rows).toEqual(['RA,Rae,2,1,0,0,1,2,,,', 'BL,Bo,0,0,1,1,1,2,,,', 'MA,Max,1,0,0,0,0,0,,,']);
  });

  it('the exit tickets in the Markdown: a heading per player, each answer numbered, a blank one said so', () => {
    const ctx = { ...session(), exitTickets: { RA: ['We held our line.', '', 'A vote would pass it.'] } };
    const md = reportMarkdown(toyLibrary, buildReport(toyLibrary, ctx, [], briefings)).split('\n');
    const from = md.indexOf('## Participation');
    const to = md.indexOf('## Questions for discussion');
    expect(md.slice(from, to + 1)).toEqual([
      '## Participation',
      '',
      '| delegation | player | speeches | amendments | objections | caucus |',
      '|---|---|---|---|---|---|',
      '| Delegation RA | Rae | 2 | 1 | 0 | 0 |',
      '| Delegation BL | Bo | 0 | 0 | 1 | 1 |',
      '',
      '## Exit tickets',
      '',
      '### Delegation RA (Rae)',
      '',
      `1. *${EXIT_QUESTIONS[0]!.text}* We held our line.`,
      `2. *${EXIT_QUESTIONS[1]!.text}* (left blank)`,
      `3. *${EXIT_QUESTIONS[2]!.text}* A vote would pass it.`,
      '',
      '',
      '## Questions for discussion',
    ]);
  });

  it('asks about the blocker a vote would have overruled, silence as agreement, and Marange', () => {
    const { report } = reported();
    const asked = report.questions.map((q) => q.text);
    expect(asked[0]).toBe(
      'On “The definition”, Delegation BL stopped a text that a two-thirds vote would have passed (4–1). Should so few be able to stop what most want? What would the KP lose if they could not?',
    );
    expect(asked[1]).toBe(
      '“Marange” passed by consensus but would have failed a two-thirds vote. How can silence count as agreement?',
    );
    expect(asked).toHaveLength(6);
    expect(report.questions.slice(2).map((q) => q.cite)).toEqual([
      { doc: 'zimbabwe-chapter', para: 10 },
      { doc: 'washington-2012', para: 2 },
      { doc: 'zimbabwe-chapter', para: 16 },
      { doc: 'zimbabwe-chapter', para: 27 },
    ]);
    expect(asked[5]).toMatch(/^Zimbabwe was allowed to sell Marange diamonds/);
  });

  it('asks neither rule question when the rules agree, nor about Marange when it was not on the agenda', () => {
    const { ctx } = reported();
    const agreed: ItemComparison = { ...blocked, rows: rows(() => ({})) };
    const noMarange = { ...ctx, results: results.slice(0, 1) };
    const asked = buildReport(toyLibrary, noMarange, [agreed], []).questions;
    expect(asked).toHaveLength(3);
    expect(asked.every((q) => q.cite)).toBe(true);
    // A consensus failure without a standing objection blames nobody.
    const unblocked: ItemComparison = {
      ...blocked,
      rows: {
        ...blocked.rows,
        consensus: { ...blocked.rows.consensus, tally: tally('consensus', false, ['BL'], []) },
      },
    };
    expect(buildReport(toyLibrary, noMarange, [unblocked], []).questions).toHaveLength(3);
  });

  it('exports Markdown a class can read, every section in order', () => {
    const { report } = reported();
    expect(reportMarkdown(toyLibrary, report).split('\n')).toEqual([
      '# Debrief: Test plenary',
      '',
      'Decision rule: Consensus (the KP rule). Seed: lesson-4.',
      '',
      '## Decisions',
      '',
      '- **The definition**: adopted — “Conflict diamonds means including violence by state forces” (scale 50; status quo 0)',
      '- **Marange**: no consensus (scale 80; status quo 80)',
      '',
      '## The same moves under every rule',
      '',
      COMPARISON_NOTE,
      '',
      '### The definition',
      '',
      'Under two-thirds majority this text passes 4–1; under consensus Delegation BL’s objection stops it.',
      '',
      '| rule | result | call on the item | draft at that call | tally | for–against | blocked by / outvoted | deciding vote (pivot) | points from the room’s compromise |',
      '|---|---|---|---|---|---|---|---|---|',
      '| Consensus (the KP rule) | not adopted | 2 | 50 | 1 objection | 4–1 | Delegation BL | — | 48.0 |',
      '| Consensus minus one | not adopted | 2 | 50 | 1 objection | 4–1 | Delegation BL | — | 48.0 |',
      '| Two-thirds majority | adopted | 1 | 50 | 4–1 | 4–1 | Delegation BL | Delegation RB | 2.0 |',
      '| Simple majority | adopted | 1 | 50 | 4–1 | 4–1 | Delegation BL | Delegation RB | 2.0 |',
      '| Weighted by production | adopted | 1 | 50 | 80%–20% of production | 4–1 | Delegation BL | Delegation RB | 2.0 |',
      '',
      '### Marange',
      '',
      'Adopted by consensus, yet under two-thirds majority it would fail 3–2.',
      '',
      '| rule | result | call on the item | draft at that call | tally | for–against | blocked by / outvoted | deciding vote (pivot) | points from the room’s compromise |',
      '|---|---|---|---|---|---|---|---|---|',
      '| Consensus (the KP rule) | adopted | 1 | 50 | no objection | 4–1 | — | — | 2.0 |',
      '| Consensus minus one | adopted | 1 | 50 | no objection | 4–1 | — | — | 2.0 |',
      '| Two-thirds majority | not adopted | 1 | 50 | 3–2 | 3–2 | — | — | — |',
      '| Simple majority | adopted | 1 | 50 | 4–1 | 4–1 | Delegation BL | — | 2.0 |',
      '| Weighted by production | adopted | 1 | 50 | 80%–20% of production | 4–1 | Delegation BL | — | 2.0 |',
      '',
      '## Where the meeting departed from history',
      '',
      '- **The definition**: History did not adopt this; your meeting did, 50 points from the record.',
      '- **Marange**: History adopted this; your meeting did not (no consensus).',
      '',
      '## Who moved whom',
      '',
      '- Delegation CH → Delegation RB: 12 points',
      '- Delegation RA → Delegation MA: 3.3 points',
      '- Delegation RB → Delegation CH: 1 points',
      '',
      '## Objectives',
      '',
      '### Delegation RA (Rae)',
      '',
      '1 of 2 objectives met.',
      '',
      '- [x] A wide definition — ✓ met (needed at least 40 of 100, toward ‘state violence, rights, governance’; ended at 50 of 100 (midway))',
      '- [ ] Supervision lifted — ✕ not met (needed at most 40 of 100, toward ‘trade like any other’; ended at 80 of 100 (nearer ‘keep supervision’))',
      '',
      '### Delegation BL (Bo)',
      '',
      '1 of 2 objectives met.',
      '',
      '- [x] A wide definition — ✓ met (needed at least 40 of 100, toward ‘state violence, rights, governance’; ended at 50 of 100 (midway))',
      '- [ ] Supervision lifted — ✕ not met (needed at most 40 of 100, toward ‘trade like any other’; ended at 80 of 100 (nearer ‘keep supervision’))',
      '',
      '## Participation',
      '',
      '| delegation | player | speeches | amendments | objections | caucus |',
      '|---|---|---|---|---|---|',
      '| Delegation RA | Rae | 2 | 1 | 0 | 0 |',
      '| Delegation BL | Bo | 0 | 0 | 1 | 1 |',
      '',
      '## Questions for discussion',
      '',
      `1. ${report.questions[0]!.text}`,
      `2. ${report.questions[1]!.text}`,
      `3. ${report.questions[2]!.text} (Mtisi chapter, para 10)`,
      `4. ${report.questions[3]!.text} (Washington 2012, para 2)`,
      `5. ${report.questions[4]!.text} (Mtisi chapter, para 16)`,
      `6. ${report.questions[5]!.text} (Mtisi chapter, para 27)`,
      '',
      '## Timeline',
      '',
      '- Day 1: Rae speaks.',
      '- Day 1: Rae amends.',
      '- Day 1: Rae speaks again.',
      '- Day 1: Bo objects.',
      '- Day 1: Bo offers a deal.',
      '- Day 1: The Chair speaks.',
      '- Day 1: A report appears. (Washington 2012, para 3; Mtisi chapter, para 12)',
      '',
    ]);
  });

  it('an item no call decided reads as dashes under every rule, not as empty cells', () => {
    const unreached: ItemComparison = {
      ...silent,
      summary: '“Marange” was not reached: the meeting closed before any call on it.',
      rows: rows(() => ({
        outcome: 'not-reached',
        adopted: false,
        value: 80,
        tally: null,
        fromCompromise: null,
        call: null,
      })),
    };
    const report = buildReport(toyLibrary, session(), [unreached], briefings);
    // In the CSV, empty cells: nothing was counted.
    expect(decisionsCsv(report).split('\n')[1]).toBe('mar,marange,consensus,0,80,,,,,,,,,,,,,');
    const md = reportMarkdown(toyLibrary, report).split('\n');
    const table = md.slice(md.indexOf('### Marange'));
    expect(table.slice(0, 12)).toEqual([
      '### Marange',
      '',
      '“Marange” was not reached: the meeting closed before any call on it.',
      '',
      '| rule | result | call on the item | draft at that call | tally | for–against | blocked by / outvoted | deciding vote (pivot) | points from the room’s compromise |',
      '|---|---|---|---|---|---|---|---|---|',
      '| Consensus (the KP rule) | not adopted | — | — | — | — | — | — | — |',
      '| Consensus minus one | not adopted | — | — | — | — | — | — | — |',
      '| Two-thirds majority | not adopted | — | — | — | — | — | — | — |',
      '| Simple majority | not adopted | — | — | — | — | — | — | — |',
      '| Weighted by production | not adopted | — | — | — | — | — | — | — |',
      '',
    ]);
  });

  it('leaves out the objectives and participation sections when there is nothing to show', () => {
    const { report } = reported();
    const md = reportMarkdown(toyLibrary, { ...report, objectives: [], participation: [] });
    expect(md).not.toContain('## Objectives');
    expect(md).not.toContain('## Participation');
    // A player with no name is listed without brackets; a record citation reads as its record.
    const named = reportMarkdown(toyLibrary, {
      ...report,
      objectives: [{ ...report.objectives[0]!, player: null }],
      timeline: [{ ...transcript[0]!, cite: [{ record: 'KP communiqué' }] }],
    });
    expect(named).toContain('\n### Delegation RA\n');
    expect(named).toContain('\n- Day 1: Rae speaks. (KP communiqué)\n');
  });

  it('lists at most twelve movements in the Markdown', () => {
    const { report } = reported();
    const many = Array.from({ length: 20 }, (_, k) => ({ from: 'RA', to: 'MA', points: 30 - k }));
    const md = reportMarkdown(toyLibrary, { ...report, influence: many });
    expect(md.match(/→/g)).toHaveLength(12);
  });

  it('exports the decisions under every rule as CSV, one row per item and rule', () => {
    const { report } = reported();
    expect(decisionsCsv(report).split('\n')).toEqual([
      'item,issue,rule,adopted (1 yes / 0 no),result on the scale (0 to 100),call on the item,draft at that call,tally,for (count),against (count),share of production for,for (codes),against (codes),objecting (codes),blocked by (codes),outvoted (codes),deciding vote (pivot),points from the room’s compromise',
      'def,definition,consensus,0,0,2,50,1 objection,4,1,0.8,CH RA RB MA,BL,BL,BL,,,48',
      'def,definition,consensus-minus-one,0,0,2,50,1 objection,4,1,0.8,CH RA RB MA,BL,BL,BL,,,48',
      'def,definition,two-thirds,1,50,1,50,4–1,4,1,0.8,CH RA RB MA,BL,BL,,BL,RB,2',
      'def,definition,majority,1,50,1,50,4–1,4,1,0.8,CH RA RB MA,BL,BL,,BL,RB,2',
      'def,definition,weighted,1,50,1,50,80%–20% of production,4,1,0.8,CH RA RB MA,BL,BL,,BL,RB,2',
      'mar,marange,consensus,1,20,1,50,no objection,4,1,0.8,CH RA RB MA,BL,,,,,2',
      'mar,marange,consensus-minus-one,1,20,1,50,no objection,4,1,0.8,CH RA RB MA,BL,,,,,2',
      'mar,marange,two-thirds,0,80,1,50,3–2,3,2,0.6,CH RA RB,MA BL,MA BL,,,,',
      'mar,marange,majority,1,20,1,50,4–1,4,1,0.8,CH RA RB MA,BL,,,BL,,2',
      'mar,marange,weighted,1,20,1,50,80%–20% of production,4,1,0.8,CH RA RB MA,BL,,,BL,,2',
      '',
    ]);
  });

  it('several blockers or outvoted seats share one CSV cell, space-separated', () => {
    const { report } = reported();
    const two = {
      ...report,
      comparison: [
        {
          ...blocked,
          rows: {
            ...blocked.rows,
            consensus: { ...blocked.rows.consensus, tally: tally('consensus', false, ['BL', 'MA']) },
            majority: { ...blocked.rows.majority, tally: tally('majority', true, ['BL', 'MA']) },
          },
        },
      ],
    };
    const [head, ...rows] = decisionsCsv(two)
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    const cell = (rule: string, column: string) => rows.find((r) => r[2] === rule)![head!.indexOf(column)];
    expect(cell('consensus', 'blocked by (codes)')).toBe('BL MA');
    expect(cell('majority', 'outvoted (codes)')).toBe('BL MA');
    expect(cell('majority', 'against (codes)')).toBe('BL MA');
    expect(reportMarkdown(toyLibrary, two)).toMatch(
      /\n\| Simple majority \| adopted \| 1 \| 50 \| [^|]+ \| [^|]+ \| Delegation BL, Delegation MA \|/,
    );
  });

  it('exports every delegation’s start and end on every issue as CSV', () => {
    const { ctx, report } = reported();
    const lines = positionsCsv(report).split('\n');
    expect(lines[0]).toBe(
      ['delegation,name,kind,bloc,player', ...ISSUE_IDS.map((i) => `${i}_start,${i}_end`)].join(','),
    );
    const ma = lines.find((l) => l.startsWith('MA,'))!.split(',');
    expect(ma.slice(0, 7)).toEqual([
      'MA',
      'Delegation MA',
      'participant',
      'african-producers',
      '',
      '12',
      String(Math.round(ctx.pos.definition[3]! * 10) / 10),
    ]);
    expect(lines.find((l) => l.startsWith('RA,'))!.split(',')[4]).toBe('Rae');
    expect(lines).toHaveLength(1 + 6 + 1);
  });
});

describe('the decisions CSV a teacher opens in a spreadsheet', () => {
  it('heads its columns in the Markdown report’s words, one plain cell each, none in snake_case', () => {
    const { report } = reported();
    const csv = decisionsCsv(report);
    const head = Papa.parse<string[]>(csv.trim()).data[0]!;
    expect(head).toEqual(Object.values(DECISION_COLUMNS));
    // The deciding vote and the distance from the compromise read as in the report's comparison table.
    const md = reportMarkdown(toyLibrary, report);
    const mdHead = md.split('\n').find((l) => l.startsWith('| rule |'))!;
    for (const words of ['deciding vote (pivot)', 'points from the room’s compromise']) {
      expect(head).toContain(words);
      expect(mdHead).toContain(words);
    }
    for (const h of head) expect(h, h).not.toMatch(/_|[,"]/);
    // The first line splits on commas into the same headings (nothing quoted).
    expect(csv.split('\n')[0]!.split(',')).toEqual(head);
  });
});
