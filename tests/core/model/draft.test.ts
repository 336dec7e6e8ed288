// A draft's place on the issue scale comes from its clauses; its words read as a sentence; and the
// amendments a delegation may make are the ones the clauses allow.
import { describe, expect, it } from 'vitest';
import { ILLUSTRATION_TAG, type AgendaItem, type Clause } from '../../../src/content/types';
import { amendmentProblem, clamp, draftText, draftValue } from '../../../src/model/draft';
import { asSentence, joinWords, tagged } from '../../../src/model/prose';
import { clauses, scenario } from '../fixtures';

const def = scenario.agenda[0]!; // base 0, status quo 0, preamble "Conflict diamonds means"
const mar = scenario.agenda[1]!; // base 80
const clause = (id: string) => clauses.find((c) => c.id === id);
const byId = (...ids: string[]) => ids.map((id) => clause(id)!);

describe('the draft’s value', () => {
  it('is the item’s base plus the effects of its clauses', () => {
    expect(draftValue(def, [])).toBe(0);
    expect(draftValue(def, byId('wide'))).toBe(50);
    expect(draftValue(def, byId('wide', 'hr'))).toBe(70);
    expect(draftValue(mar, byId('lift'))).toBe(20);
  });

  it('stays on the 0–100 scale whatever the clauses add up to', () => {
    expect(draftValue(def, byId('narrow'))).toBe(0); // 0 − 10
    expect(draftValue(mar, byId('lift', 'lift'))).toBe(0); // 80 − 120
    expect(draftValue({ ...def, base: 60 }, byId('wide'))).toBe(100); // 60 + 50
    expect(draftValue({ ...def, base: 50 }, byId('wide'))).toBe(100); // exactly the top
  });

  it('clamp holds a value between its bounds and leaves one inside them alone', () => {
    expect(clamp(-0.5)).toBe(0);
    expect(clamp(100.5)).toBe(100);
    expect(clamp(42)).toBe(42);
    expect(clamp(0)).toBe(0);
    expect(clamp(100)).toBe(100);
    expect(clamp(5, 10, 20)).toBe(10);
    expect(clamp(25, 10, 20)).toBe(20);
  });
});

describe('the draft’s words', () => {
  it('without clauses: the preamble and the status-quo text', () => {
    expect(draftText(def, [])).toBe('Conflict diamonds means Core text.');
  });

  it('with clauses: the preamble, then each clause in order, one space apart', () => {
    expect(draftText(def, byId('wide', 'hr'))).toBe(
      'Conflict diamonds means including violence by state forces and systematic human-rights abuse',
    );
  });

  it('a clause that continues the sentence attaches without a space', () => {
    const proviso: Clause = {
      ...clause('hr')!,
      id: 'proviso',
      text: ', provided the violence is systematic.',
    };
    expect(draftText(def, [clause('wide')!, proviso])).toBe(
      'Conflict diamonds means including violence by state forces, provided the violence is systematic.',
    );
  });

  it('a clause the game made up says so in the text itself', () => {
    const made: Clause = {
      ...clause('wide')!,
      text: 'including violence by state forces.',
      illustration: 'x',
    };
    expect(draftText(def, [made])).toBe(
      `Conflict diamonds means including violence by state forces ${ILLUSTRATION_TAG}.`,
    );
  });

  it('joins, tags and ends sentences as a person would write them', () => {
    expect(joinWords(['  A ', '', 'b', ', c', '. D', '; e', ': f', '! g', '? h', ') i'])).toBe(
      'A b, c. D; e: f! g? h) i',
    );
    expect(joinWords([])).toBe('');
    expect(joinWords([', lead'])).toBe(', lead');
    expect(tagged(' Text. ', '(tag)')).toBe('Text (tag).');
    expect(tagged('Text', '(tag)')).toBe('Text (tag)');
    expect(asSentence(' Heading ')).toBe('Heading.');
    for (const done of ['Done.', 'Done!', 'Done?', 'Done…', 'He said “done.”', '(Done.)'])
      expect(asSentence(done)).toBe(done);
  });
});

describe('amendments', () => {
  const problem = (current: string[], op: 'add' | 'remove', id: string, item: AgendaItem = def) =>
    amendmentProblem(item, current, op, clause(id), clause);

  it('adds a clause of the item’s issue that is not in the draft', () => {
    expect(problem(['wide'], 'add', 'hr')).toBeNull();
    expect(problem([], 'add', 'narrow')).toBeNull();
  });

  it('removes a clause that is in the draft, and only one that is', () => {
    expect(problem(['wide', 'hr'], 'remove', 'hr')).toBeNull();
    expect(problem(['wide'], 'remove', 'hr')).toBe('That clause is not in the draft.');
  });

  it('refuses an unknown clause, a clause of another issue, or one already there', () => {
    expect(problem([], 'add', 'nope')).toBe('There is no such clause.');
    expect(problem([], 'add', 'lift')).toBe('That clause belongs to another issue (marange).');
    expect(problem(['wide'], 'remove', 'lift')).toBe('That clause belongs to another issue (marange).');
    expect(problem(['wide'], 'add', 'wide')).toBe('That clause is already in the draft.');
  });

  it('refuses two clauses that exclude each other, whichever of the two names the other', () => {
    // "hr" excludes "narrow"; "narrow" says nothing about "hr".
    expect(problem(['narrow'], 'add', 'hr')).toBe('It cannot stand beside "Mining-related only".');
    expect(problem(['hr'], 'add', 'narrow')).toBe('It cannot stand beside "Human rights".');
    expect(problem(['wide', 'narrow'], 'add', 'hr')).toBe('It cannot stand beside "Mining-related only".');
  });

  it('a draft holding a clause it cannot look up (an older save) still takes amendments', () => {
    const lost = (id: string) => (id === 'gone' ? undefined : clause(id));
    expect(amendmentProblem(def, ['gone'], 'add', clause('wide'), lost)).toBeNull();
  });

  it('names an excluded clause it cannot look up by its id', () => {
    const lost = (id: string) => (id === 'narrow' ? undefined : clause(id));
    expect(amendmentProblem(def, ['narrow'], 'add', clause('hr'), lost)).toBe(
      'It cannot stand beside "narrow".',
    );
  });
});
