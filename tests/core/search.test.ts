import { describe, expect, it } from 'vitest';
import { fold, searchOptions } from '../../src/ui/search';

const seats = [
  { id: 'ZA', label: 'South Africa', keywords: ['ZA', 'role card', 'african-producers'] },
  { id: 'CI', label: 'Côte d’Ivoire', keywords: ['CI', 'follows its bloc'] },
  { id: 'BW', label: 'Botswana', keywords: ['BW', 'role card'] },
  { id: 'US', label: 'United States', keywords: ['US', 'the Chair'] },
  { id: 'CAF', label: 'Central African Republic', keywords: ['CF', 'follows its bloc'] },
];
const ids = (q: string) => searchOptions(seats, q).map((o) => o.id);

describe('type-to-search over delegations', () => {
  it('keeps every option, in order, for an empty query', () => {
    expect(ids('')).toEqual(['ZA', 'CI', 'BW', 'US', 'CAF']);
    expect(ids('   ')).toEqual(['ZA', 'CI', 'BW', 'US', 'CAF']);
  });

  it('finds names by their start first, then by a word, ignoring case and accents', () => {
    expect(ids('bot')).toEqual(['BW']);
    expect(ids('cote d')).toEqual(['CI']);
    expect(ids("COTE D'I")).toEqual(['CI']);
    // "africa": South Africa by a word of its name, Central African Republic by a word too, in list order.
    expect(ids('africa')).toEqual(['ZA', 'CAF']);
    expect(ids('central')).toEqual(['CAF']);
  });

  it('finds a delegation by its two-letter code, after names that start with the letters', () => {
    expect(ids('CF')).toEqual(['CAF']);
    expect(ids('us')).toEqual(['US']);
    expect(ids('ci')).toEqual(['CI']);
  });

  it('does not match a note by a letter inside it (a "b" is not every bloc follower)', () => {
    // Botswana starts with it; Central African Republic only holds it, so it comes after; CI is left out.
    expect(ids('b')).toEqual(['BW', 'CAF']);
    expect(ids('zzz')).toEqual([]);
  });

  it('folds accents and curly apostrophes', () => {
    expect(fold('Côte d’Ivoire')).toBe("cote d'ivoire");
  });
});
