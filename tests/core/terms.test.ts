import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/content/glossary';
import { citationSpans, glossaryTerms, termSpans, termsIn, termWords } from '../../src/app/terms';
import { SOURCES } from '../../src/content/sources';

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

describe('termSpans: where a panel underlines a term', () => {
  const cite = (e: { cite: readonly unknown[] }) => (e.cite.length ? 'Washington 2012, para 6' : '');

  it('marks each term once, at its first occurrence, with its definition and source', () => {
    const text = 'The Chair tables the draft. The Chair asks whether there is any objection.';
    const spans = termSpans(text, cite);
    const chair = spans.filter((s) => s.term === 'Chair');
    expect(chair).toHaveLength(1);
    expect(text.slice(chair[0]!.at, chair[0]!.at + chair[0]!.length)).toBe('Chair');
    expect(chair[0]!.at).toBe(4);
    expect(chair[0]!.tip).toContain(GLOSSARY.find((e) => e.term === 'Chair')!.definition);
  });

  it('prefers the longer of two overlapping terms and gives game terms their plain name', () => {
    const spans = termSpans('Under the Kimberley Process Certification Scheme, the pivot decides.', cite);
    expect(spans.map((s) => s.term)).toEqual(['Kimberley Process Certification Scheme (KPCS)', 'Pivot']);
  });

  it('skips terms already marked in the same view, and records the ones it marks', () => {
    const seen = new Set<string>();
    expect(termSpans('Marange again', cite, seen).map((s) => s.term)).toEqual(['Marange (Chiadzwa)']);
    expect(termSpans('and Marange once more', cite, seen)).toEqual([]);
  });

  it('glossaryTerms cites the entry’s sources as the game labels them', () => {
    const [m] = glossaryTerms('Diamonds from Marange', new Set());
    expect(m!.tip).toMatch(/Source: .+\.$/);
  });
});

describe('citationSpans: citations a panel links to Sources', () => {
  it('links each cited paragraph, once per view, with our summary of it', () => {
    const seen = new Set<string>();
    const text = 'Source: Washington 2012, para 6; Mtisi chapter, para 28; Washington 2012, para 6';
    const spans = citationSpans(text, seen);
    expect(spans.map((s) => [s.term, s.link])).toEqual([
      ['Washington 2012, para 6', { doc: 'washington-2012', para: 6 }],
      ['Mtisi chapter, para 28', { doc: 'zimbabwe-chapter', para: 28 }],
    ]);
    expect(spans[0]!.tip.startsWith(SOURCES['washington-2012'].summaries[6]!)).toBe(true);
    expect(text.slice(spans[1]!.at, spans[1]!.at + spans[1]!.length)).toBe('Mtisi chapter, para 28');
    expect(citationSpans(text, seen)).toEqual([]);
  });

  it('leaves a paragraph the game has no summary of as plain text', () => {
    expect(citationSpans('Washington 2012, para 999', new Set())).toEqual([]);
  });
});
