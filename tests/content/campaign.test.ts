import { describe, expect, it } from 'vitest';
import { emptyCampaign, interlude, nextInput, recordMeeting } from '../../src/app/campaign-store';
import { TIMELINE } from '../../src/content/index';
import { CAMPAIGN } from '../../src/machines/campaign';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { runAiSession } from '../../src/machines/runner';

describe('campaign progress', () => {
  it('carries positions from one meeting into the next and records each meeting once', () => {
    let p = emptyCampaign(7);
    const first = nextInput(p, {})!;
    expect(first.scenarioId).toBe(CAMPAIGN[0]);
    expect(first.carry).toBeUndefined();
    const ctx = runAiSession(plenaryMachine, LIBRARY, first).context;
    p = recordMeeting(LIBRARY, p, ctx);
    expect(recordMeeting(LIBRARY, p, ctx)).toBe(p);
    expect(p.played[0]!.watched).toBe(true);
    const second = nextInput(p, { ZW: 'Player' })!;
    expect(second.scenarioId).toBe(CAMPAIGN[1]);
    expect(second.carry!.ZW!.definition).toBe(ctx.pos.definition[Object.keys(second.carry!).indexOf('ZW')]);
  });

  it('tells what happened between the meetings, with citations, from the timeline', () => {
    const between = interlude(LIBRARY, TIMELINE, CAMPAIGN[1]!, CAMPAIGN[2]!);
    expect(between.length).toBeGreaterThan(0);
    for (const t of between) {
      expect(t.date > '2012-11').toBe(true);
      expect(t.date.slice(0, 7) <= '2013-06').toBe(true);
      expect(t.cite.length).toBeGreaterThan(0);
    }
  });
});
