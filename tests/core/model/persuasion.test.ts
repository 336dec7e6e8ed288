// Anchored bounded confidence (Friedkin–Johnsen with a Deffuant / Hegselmann–Krause gate): a listener
// hears only arguments within its openness, is pulled toward them by the speaker's weight and the
// argument's fit, pushed away by what offends it, and held to its anchor by its salience.
import { describe, expect, it } from 'vitest';
import {
  BACKLASH,
  heard,
  MAX_PULL,
  persuade,
  type Argument,
  type Listener,
} from '../../../src/model/persuasion';

const listener: Listener = { x: 40, anchor: 40, salience: 0, openness: 0.3, fit: 1, offence: 0, trust: 1 };
const argument: Argument = { position: 60, strength: 1, speakerClout: 1 };

describe('who hears an argument', () => {
  it('an argument within the listener’s openness (share of the scale) is heard, up to the bound itself', () => {
    expect(heard(listener, { ...argument, position: 70 })).toBe(true); // 30 points away, openness 0.3
    expect(heard(listener, { ...argument, position: 10 })).toBe(true);
    expect(heard(listener, { ...argument, position: 70.5 })).toBe(false);
    expect(heard(listener, { ...argument, position: 9.5 })).toBe(false);
  });

  it('an argument out of earshot leaves the listener where it stands, anchor or not', () => {
    const far = { ...listener, x: 40, anchor: 0, salience: 0.9 };
    expect(persuade(far, { ...argument, position: 90 })).toBe(40);
  });
});

describe('how far it moves', () => {
  it('a fully open, fully fitting listener with no salience moves MAX_PULL of the way', () => {
    expect(MAX_PULL).toBe(0.6);
    expect(persuade(listener, argument)).toBeCloseTo(40 + 0.6 * 20, 12);
  });

  it('the pull scales with strength, with the speaker’s clout (half of it fixed) and with trust', () => {
    expect(persuade(listener, { ...argument, strength: 0.5 })).toBeCloseTo(40 + 0.3 * 20, 12);
    // clout 0 still gives half the pull: w = 0.6 · (0.5 + 0.5 · 0)
    expect(persuade(listener, { ...argument, speakerClout: 0 })).toBeCloseTo(40 + 0.3 * 20, 12);
    expect(persuade(listener, { ...argument, speakerClout: 0.5 })).toBeCloseTo(40 + 0.45 * 20, 12);
    expect(persuade({ ...listener, trust: 0.7 }, argument)).toBeCloseTo(40 + 0.42 * 20, 12);
  });

  it('an argument fitting half the listener’s interests pulls half as far', () => {
    expect(persuade({ ...listener, fit: 0.5 }, argument)).toBeCloseTo(40 + 0.3 * 20, 12);
  });

  it('an argument that offends more than it fits pushes the listener away (backlash)', () => {
    expect(BACKLASH).toBe(0.5);
    // net = 0.6 · (0 − 0.5 · 1) = −0.3: 6 points the other way.
    expect(persuade({ ...listener, fit: 0, offence: 1 }, argument)).toBeCloseTo(34, 12);
    // fit 0.5 against offence 1 cancels out.
    expect(persuade({ ...listener, fit: 0.5, offence: 1 }, argument)).toBeCloseTo(40, 12);
  });

  it('salience anchors: x′ = (1 − s)·target + s·anchor', () => {
    const anchored = { ...listener, x: 50, anchor: 20, salience: 0.75 };
    // target = 50 + 0.6 · (60 − 50) = 56; 0.25 · 56 + 0.75 · 20 = 29
    expect(persuade(anchored, argument)).toBeCloseTo(29, 12);
    // A listener that cares fully goes back to its anchor whatever it hears.
    expect(persuade({ ...anchored, salience: 1 }, argument)).toBe(20);
  });

  it('moves toward an argument below it as well as above', () => {
    expect(persuade(listener, { ...argument, position: 20 })).toBeCloseTo(40 - 0.6 * 20, 12);
  });

  it('never leaves the 0–100 scale, even when pushed away at its edge', () => {
    const edge = { ...listener, x: 2, anchor: 2, fit: 0, offence: 1, openness: 1 };
    expect(persuade(edge, { ...argument, position: 100 })).toBe(0);
    const top = { ...listener, x: 99, anchor: 99, fit: 0, offence: 1, openness: 1 };
    expect(persuade(top, { ...argument, position: 0 })).toBe(100);
  });
});
