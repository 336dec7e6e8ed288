// Setup and the facilitator console offer the same session timer lengths: Setup's Session timer row, stepped
// right from Off, goes through the lengths the console's Session timer steps through before a meeting.
import { describe, expect, it } from 'vitest';
import { nextSessionMinutes } from '../../src/app/session-length';
import { setupRows, type RowActions } from '../../src/scenes/setup/rows';
import { defaultPlayers, scenario, state } from '../../src/scenes/setup/choices';

/** Each value from `start` a step at a time until it comes round again. */
function round<T>(start: T, step: (v: T) => T): T[] {
  const seen = [start];
  for (let v = step(start); v !== start && seen.length < 50; v = step(v)) seen.push(v);
  return seen;
}

describe('the session timer’s lengths', () => {
  it('are the same on Setup’s row and in the facilitator console', () => {
    state.players ??= defaultPlayers(scenario()); // as the Setup screen does when it opens
    const act = { adjusted: (f: (dir: -1 | 1) => boolean) => f } as unknown as RowActions;
    const setupStep = (v: number | null): number | null => {
      state.sessionMin = v ?? 0;
      setupRows(act).find((r) => r.key === 'session')!.onAdjust!(1);
      return state.sessionMin || null;
    };
    const onSetup = round<number | null>(null, setupStep);
    const inConsole = round<number | null>(null, (v) => nextSessionMinutes(v, 0, 1));
    expect(onSetup).toEqual(inConsole);
    expect(inConsole).toContain(15);
    expect(inConsole).toContain(90);
  });
});
