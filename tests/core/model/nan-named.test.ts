// A NaN reaching the model can only come from a fault upstream; the model refuses it and says which
// input was not a number, so whoever meets the message knows where to look (src/model/domain.ts).
import { describe, expect, it } from 'vitest';
import { banzhaf } from '../../../src/model/banzhaf';
import { exchange } from '../../../src/model/exchange';
import { challengeUtility, pressureIn, reactToPressure } from '../../../src/model/challenge';
import { heard, persuade, type Argument, type Listener } from '../../../src/model/persuasion';
import { blockingCost, lossFromChange, objectionPull } from '../../../src/model/rules';
import {
  compromisePoint,
  nashBargaining,
  pivots,
  setterOutcome,
  weightedMedian,
  winSet,
} from '../../../src/model/spatial';

const says = (what: string) => `The model got NaN for ${what}.`;

describe('persuasion names the input that is not a number', () => {
  const l: Listener = { x: 40, anchor: 40, salience: 0.2, openness: 1, fit: 1, offence: 0, trust: 1 };
  const a: Argument = { position: 60, strength: 1, speakerClout: 1 };
  it.each([
    ['the listener’s position', { x: NaN }, {}, "the listener's position"],
    ['the argument’s position', {}, { position: NaN }, "the argument's position"],
    ['openness', { openness: NaN }, {}, 'openness'],
    ['the anchor', { anchor: NaN }, {}, 'the anchor'],
    ['argument strength', {}, { strength: NaN }, 'argument strength'],
    ['speaker clout', {}, { speakerClout: NaN }, 'speaker clout'],
    ['trust', { trust: NaN }, {}, 'trust'],
    ['fit', { fit: NaN }, {}, 'fit'],
    ['offence', { offence: NaN }, {}, 'offence'],
    ['salience', { salience: NaN }, {}, 'salience'],
  ] as const)('%s', (_, listener, argument, what) => {
    expect(() => persuade({ ...l, ...listener }, { ...a, ...argument })).toThrow(says(what));
  });
  it('heard names the positions and the openness it compares', () => {
    expect(() => heard({ ...l, x: NaN }, a)).toThrow(says("the listener's position"));
    expect(() => heard(l, { ...a, position: NaN })).toThrow(says("the argument's position"));
    expect(() => heard({ ...l, openness: NaN }, a)).toThrow(says('openness'));
  });
});

describe('the spatial models name the input that is not a number', () => {
  const room = [
    { x: 10, w: 1 },
    { x: 50, w: 1 },
    { x: 90, w: 1 },
  ];
  it('pivots and the win set: the threshold, a position, a weight, the status quo', () => {
    expect(() => pivots(room, NaN)).toThrow(says('the threshold'));
    expect(() => pivots([{ x: NaN, w: 1 }], 1)).toThrow(says('a position'));
    expect(() => pivots([{ x: 1, w: NaN }], 1)).toThrow(says('a weight'));
    expect(() => winSet(room, 2, NaN)).toThrow(says('the status quo'));
    expect(() => setterOutcome(room, 2, 0, NaN)).toThrow(says("the setter's ideal"));
  });
  it('the weighted median: a position, a weight', () => {
    expect(() => weightedMedian([{ x: NaN, w: 1 }])).toThrow(says('a position'));
    expect(() => weightedMedian([{ x: 1, w: NaN }])).toThrow(says('a weight'));
  });
  it('the compromise: a clout, a salience, a position, and the fallback when nobody pulls', () => {
    expect(() => compromisePoint([{ x: 1, s: 1, c: NaN }])).toThrow(says('a clout'));
    expect(() => compromisePoint([{ x: 1, s: NaN, c: 1 }])).toThrow(says('a salience'));
    expect(() => compromisePoint([{ x: NaN, s: 1, c: 1 }])).toThrow(says('a position'));
    expect(() => compromisePoint([{ x: 1, s: 0, c: 1 }], NaN)).toThrow(says('the fallback'));
  });
  it('Nash bargaining: the disagreement point, a position, a salience, a clout', () => {
    expect(() => nashBargaining([{ x: 1, s: 1, c: 1 }], NaN)).toThrow(says('the disagreement point'));
    expect(() => nashBargaining([{ x: NaN, s: 1, c: 1 }], 0)).toThrow(says('a position'));
    expect(() => nashBargaining([{ x: 1, s: NaN, c: 1 }], 0)).toThrow(says('a salience'));
    expect(() => nashBargaining([{ x: 1, s: 1, c: NaN }], 0)).toThrow(says('a clout'));
  });
});

describe('the decision rules name the input that is not a number', () => {
  it('the cost of objecting: the share of others objecting', () => {
    expect(() => blockingCost(NaN)).toThrow(says('the share of others objecting'));
  });
  it('the loss from a change: a position, a salience, the draft, the status quo', () => {
    expect(() => lossFromChange(NaN, 1, 50, 0)).toThrow(says('a position'));
    expect(() => lossFromChange(10, NaN, 50, 0)).toThrow(says('a salience'));
    expect(() => lossFromChange(10, 1, NaN, 0)).toThrow(says('the draft'));
    expect(() => lossFromChange(10, 1, 50, NaN)).toThrow(says('the status quo'));
  });
  it('a vote: the draft, the status quo, a position', () => {
    expect(() => objectionPull('majority', 10, 1, NaN, 0)).toThrow(says('the draft'));
    expect(() => objectionPull('majority', 10, 1, 50, NaN)).toThrow(says('the status quo'));
    expect(() => objectionPull('majority', NaN, 1, 50, 0)).toThrow(says('a position'));
  });
});

describe('Banzhaf power names a quota that is not a number', () => {
  it('the Banzhaf quota', () => {
    expect(() => banzhaf([1, 1, 1], NaN)).toThrow(says('the Banzhaf quota'));
  });
});

describe('the challenge model names the input that is not a number', () => {
  const t = { x: 20, s: 0.5, c: 1 };
  const h = { x: 80, s: 0.5, c: 1 };
  it('a position, a salience, a clout', () => {
    expect(() => challengeUtility({ ...t, x: NaN }, h, [t, h], 50)).toThrow(says('a position'));
    expect(() => challengeUtility({ ...t, s: NaN }, h, [t, h], 50)).toThrow(says('a salience'));
    expect(() => challengeUtility({ ...t, c: NaN }, h, [t, h], 50)).toThrow(says('a clout'));
  });
  it('the forecast and the risk exponent, in a challenge and in the reaction to pressure', () => {
    expect(() => challengeUtility(t, h, [t, h], NaN)).toThrow(says('the forecast'));
    expect(() => challengeUtility(t, h, [t, h], 50, NaN)).toThrow(says('the risk exponent'));
    expect(() => pressureIn([t, h])(t, h, NaN, 1)).toThrow(says('the forecast'));
    expect(() => reactToPressure(t, h, [t, h], 50, NaN)).toThrow(says('the risk exponent'));
  });
});

describe('the exchange model names the input that is not a number', () => {
  it('the largest move', () => {
    const side = { give: { x: 20, s: 0.2, c: 1 }, ask: { x: 80, s: 0.9, c: 1 } };
    const other = { give: { x: 80, s: 0.9, c: 1 }, ask: { x: 20, s: 0.2, c: 1 } };
    const totals = { give: { outcome: 50, weight: 2 }, ask: { outcome: 50, weight: 2 } };
    expect(() => exchange(side, other, totals, NaN)).toThrow(says('the largest move'));
  });
});
