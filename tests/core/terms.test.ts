import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/content/glossary';
import { termsIn, termWords } from '../../src/app/terms';

const terms = (text: string) => termsIn(text).map((e) => e.term);

describe('glossary terms in running text', () => {
  it('finds a term by its name, its abbreviation or its singular, in the order they appear', () => {
    expect(terms('The Core Document says little about Marange.')).toEqual([
      'Core Document',
      'Marange (Chiadzwa)',
    ]);
    expect(terms('The CKR meets; an intersessional decides nothing.')).toEqual([
      'Committee on KP Review (CKR)',
      'Intersessional',
    ]);
    expect(terms('Each observer may speak.')).toContain('Observer');
  });

  it('explains the words a newcomer meets on a role card and in results', () => {
    for (const word of ['groundwork text', 'pivot', 'status quo', 'salience', 'hardens', 'compromise point'])
      expect(terms(`… the ${word} …`), word).toHaveLength(1);
  });

  it('does not find a term inside another word, nor an abbreviation in lower case', () => {
    expect(terms('a chairman spoke; kp in lower case; parchair')).toEqual([]);
    expect(terms('a CHAIR')).toEqual(['Chair']);
  });

  it('has words for every entry', () => {
    for (const e of GLOSSARY)
      expect(
        termWords(e).every((w) => w.length >= 2),
        e.term,
      ).toBe(true);
  });
});
