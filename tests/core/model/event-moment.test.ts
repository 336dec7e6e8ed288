// When an event card happened, seen from the meeting being played, and how the transcript says so:
// news of this meeting, a memory with its date, or a later event brought forward as the game's what-if.
import { describe, expect, it } from 'vitest';
import type { EventCard, Scenario } from '../../../src/content/types';
import { eventDateWords, eventMoment, eventTranscriptText } from '../../../src/model/event-moment';
import { scenario } from '../fixtures';

// The test meeting is dated November 2012.
const card = (id: string, date: string, title = 'A report'): EventCard => ({
  id,
  title,
  text: 'It says things.',
  date,
  effects: [],
  cite: [{ record: 'test' }],
});
const meeting: Scenario = { ...scenario, date: '2012-11', events: ['ours'] };

describe('an event card’s date in words', () => {
  it('month and year, or the year alone when the month is missing or out of range', () => {
    expect(eventDateWords('2009-06')).toBe('June 2009');
    expect(eventDateWords('2012-01-15')).toBe('January 2012');
    expect(eventDateWords('2012-12')).toBe('December 2012');
    expect(eventDateWords('2012')).toBe('2012');
    expect(eventDateWords('2012-13')).toBe('2012');
  });
});

describe('where a card stands in time from the meeting', () => {
  it('the meeting’s own cards, whatever their date, are this meeting’s', () => {
    expect(eventMoment(card('ours', '2009-06'), meeting)).toBe('this-meeting');
  });
  it('others by month: before it, the same month (a day given or not), after it', () => {
    expect(eventMoment(card('x', '2012-10-31'), meeting)).toBe('earlier');
    expect(eventMoment(card('x', '2012-11'), meeting)).toBe('this-meeting');
    expect(eventMoment(card('x', '2012-11-30'), meeting)).toBe('this-meeting');
    expect(eventMoment(card('x', '2012-12-01'), meeting)).toBe('later');
    expect(eventMoment(card('x', '2013-01'), meeting)).toBe('later');
  });
});

describe('the transcript’s line for a card', () => {
  it('this meeting: the title as a sentence, then the text', () => {
    expect(eventTranscriptText(card('ours', '2012-11', 'Talks resume'), meeting)).toBe(
      'Talks resume. It says things.',
    );
  });
  it('earlier: what the delegates recall, dated, without the year the title repeats', () => {
    expect(eventTranscriptText(card('x', '2009-06', 'Killings at Chiadzwa (2009)'), meeting)).toBe(
      'Delegates recall June 2009: Killings at Chiadzwa. It says things.',
    );
  });
  it('only a year at the very end of the title is dropped, with or without a space before it', () => {
    expect(eventTranscriptText(card('x', '2009-06', 'Killings at Chiadzwa(2009)'), meeting)).toBe(
      'Delegates recall June 2009: Killings at Chiadzwa. It says things.',
    );
    expect(eventTranscriptText(card('x', '2009-06', 'The (2008) report on Marange'), meeting)).toBe(
      'Delegates recall June 2009: The (2008) report on Marange. It says things.',
    );
  });
  it('later: marked as the game’s illustration, with when it happened in history', () => {
    expect(eventTranscriptText(card('x', '2013-06', 'A new report (2013)'), meeting)).toBe(
      'What if (the game’s illustration: in history this came later, in June 2013): A new report. It says things.',
    );
  });
});
