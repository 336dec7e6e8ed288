// The Debrief's discussion questions (report.ts): a question about the few who stopped what most
// wanted appears exactly where consensus stopped a text a two-thirds vote would have passed, naming
// who stopped it and the vote's figure; a question about silence as agreement where consensus passed
// what a vote would not; and the three cited questions every debrief ends with.
import { describe, expect, it } from 'vitest';
import { compareRules, type ItemComparison } from '../../src/machines/compare';
import { createPlenaryMachine } from '../../src/machines/plenary';
import { buildReport } from '../../src/machines/report';
import { runAiSession } from '../../src/machines/runner';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);
const input = { scenarioId: 'free-play' as const, rule: 'consensus' as const, seed: 7 };

/** The toy meeting of seed 7 (its lone blocker stops the definition) and its questions. */
function questions(edit: (c: ItemComparison[]) => ItemComparison[] = (c) => c) {
  const ctx = runAiSession(machine, toyLibrary, input).context;
  const cmp = edit(compareRules(machine, toyLibrary, ctx, input));
  return { cmp, qs: buildReport(toyLibrary, ctx, cmp, []).questions };
}

const CLOSING = [
  { doc: 'zimbabwe-chapter', para: 10, words: /never used the human-rights language it already had/ },
  { doc: 'washington-2012', para: 2, words: /an intersessional is for talking, not deciding/ },
  { doc: 'zimbabwe-chapter', para: 16, words: /consensus makes the KP slow to act/ },
  // Asked where the meeting decided an item on Marange, as the toy meeting does.
  { doc: 'zimbabwe-chapter', para: 27, words: /Should observers, who cannot block, have more say\?/ },
];

describe('the Debrief’s questions', () => {
  it('where one seat stopped what two thirds would pass, the question names it and the vote', () => {
    const { cmp, qs } = questions();
    const def = cmp.find((c) => c.itemId === 'def')!;
    expect(def.rows.consensus.adopted).toBe(false);
    expect(def.rows['two-thirds'].adopted).toBe(true);
    const asked = qs.filter((q) =>
      q.text.includes('stopped a text that a two-thirds vote would have passed'),
    );
    expect(asked).toHaveLength(1);
    expect(asked[0]!.text).toMatch(
      /^On “The definition”, Delegation BL stopped a text that a two-thirds vote/,
    );
    expect(asked[0]!.text).toMatch(
      /\(\d+–\d+\)\. Should so few be able to stop what most want\? What would the KP lose if they could not\?$/,
    );
    expect(asked[0]!.cite).toBeUndefined();
  });

  it('every debrief ends with the three cited questions, in order, and the Marange one where it was decided', () => {
    const { qs } = questions();
    const last = qs.slice(-4);
    CLOSING.forEach((c, k) => {
      expect(last[k]!.cite).toEqual({ doc: c.doc, para: c.para });
      expect(last[k]!.text).toMatch(c.words);
    });
  });

  it('where nothing divided the rules, only the cited questions are asked', () => {
    const same = (c: ItemComparison[]) =>
      c.map((x) => ({
        ...x,
        rows: { ...x.rows, 'two-thirds': { ...x.rows['two-thirds'], adopted: x.rows.consensus.adopted } },
      }));
    const { qs } = questions(same);
    expect(qs).toHaveLength(4);
    expect(qs.every((q) => q.cite)).toBe(true);
  });

  it('a text consensus passed that a two-thirds vote would not asks how silence can count as agreement', () => {
    const flipped = (c: ItemComparison[]) =>
      c.map((x) =>
        x.itemId === 'def'
          ? {
              ...x,
              rows: {
                ...x.rows,
                consensus: { ...x.rows.consensus, adopted: true },
                'two-thirds': { ...x.rows['two-thirds'], adopted: false },
              },
            }
          : {
              ...x,
              rows: {
                ...x.rows,
                'two-thirds': { ...x.rows['two-thirds'], adopted: x.rows.consensus.adopted },
              },
            },
      );
    const { qs } = questions(flipped);
    expect(qs).toHaveLength(5);
    expect(qs[0]!.text).toBe(
      '“The definition” passed by consensus but would have failed a two-thirds vote. How can silence count as agreement?',
    );
  });

  it('a consensus failure that a two-thirds vote would also fail, or with nobody named, asks nothing of the few', () => {
    const failedBoth = (c: ItemComparison[]) =>
      c.map((x) => ({
        ...x,
        rows: {
          ...x.rows,
          'two-thirds': {
            ...x.rows['two-thirds'],
            adopted: x.itemId === 'def' ? false : x.rows.consensus.adopted,
          },
        },
      }));
    expect(questions(failedBoth).qs.filter((q) => !q.cite)).toEqual([]);
    const nobody = (c: ItemComparison[]) =>
      c.map((x) => ({
        ...x,
        rows: {
          ...x.rows,
          consensus: {
            ...x.rows.consensus,
            tally: x.rows.consensus.tally && { ...x.rows.consensus.tally, blockedBy: [] },
          },
        },
      }));
    expect(questions(nobody).qs.filter((q) => /stopped a text/.test(q.text))).toEqual([]);
  });
});
