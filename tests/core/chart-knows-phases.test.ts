// The statechart is the one place that knows the phases: the AI, turn-taking, the rounds, the view
// model, the clocks, the console and the scenes ask it (its tags, its states' meta, what each state
// hears) instead of keeping their own lists of phases, which drifted apart before.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { factsOf, phaseFacts, phaseOf } from '../../src/machines/plenary';
import { nextAiEvent } from '../../src/model/ai';
import { PHASES } from '../../src/model/phase';

const QUOTED_PHASE = new RegExp(`'(${PHASES.join('|')})'`, 'g');
/** The chart itself, and the words the rules core uses for its states. */
const THE_CHART = new Set(['src/machines/plenary.ts', 'src/model/phase.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Words that are also the names of other things where these files use them: an item's outcome
 * ('adopted', ItemOutcome) and a transcript entry's kind ('caucus', TranscriptKind).
 */
const OTHER_MEANINGS: Readonly<Record<string, readonly string[]>> = {
  'src/model/session.ts': ["'adopted'", "'caucus'"],
  'src/machines/report.ts': ["'adopted'", "'caucus'"],
};

describe('the chart is the one place that knows the phases', () => {
  it('no other source file names two or more of its states (a list, a switch, a graph of its own)', () => {
    // One state may be named where that state is the point: the Adopted state's chime (plenary/news.ts),
    // the console's Close the call (Facilitator.ts), the words 'debrief' and 'setup' on screens and in the server's store.
    // Two or more is a list of phases kept outside the chart: ask it (tags, meta, what a state hears).
    const copies = sources('src')
      .map((path) => path.split('\\').join('/'))
      .filter((path) => !THE_CHART.has(path))
      .map((path) => {
        const other = OTHER_MEANINGS[path] ?? [];
        const named = (readFileSync(path, 'utf8').match(QUOTED_PHASE) ?? []).filter(
          (w) => !other.includes(w),
        );
        return { path, phases: new Set(named) };
      })
      .filter(({ phases }) => phases.size >= 2)
      .map(({ path, phases }) => `${path}: ${[...phases].join(', ')}`);
    expect(copies).toEqual([]);
  });

  it('its tags say when the meeting sits and when it has ended, as the snapshot does', () => {
    const actor = createActor(plenaryMachine, {
      input: { scenarioId: 'washington-plenary-2012', rule: 'consensus', seed: 4 },
    }).start();
    const seen = new Set<string>();
    const check = () => {
      const snap = actor.getSnapshot();
      const at = factsOf(snap);
      seen.add(phaseOf(snap));
      expect(at.sitting).toBe(snap.hasTag('sitting'));
      expect(at.ended).toBe(snap.hasTag('ended'));
      expect(at.label.length).toBeGreaterThan(0);
    };
    check();
    actor.send({ type: 'START' });
    check();
    actor.send({ type: 'BEGIN' });
    for (let n = 0; n < 5000; n++) {
      check();
      const snap = actor.getSnapshot();
      const ev = nextAiEvent(LIBRARY, factsOf(snap), snap.context);
      if (!ev) break;
      // The AI only proposes what the state hears.
      expect(factsOf(snap).hears.has(ev.type), `${phaseOf(snap)} hears ${ev.type}`).toBe(true);
      actor.send(ev);
    }
    actor.send({ type: 'DEBRIEF' });
    check();
    expect(seen).toContain('adjourned');
    expect(phaseFacts('adjourned').sitting).toBe(true);
    expect(phaseFacts('setup').sitting).toBe(false);
    expect(phaseFacts('communique').ended).toBe(true);
    expect(phaseFacts('floor').hears.has('SPEAK')).toBe(true);
    expect(phaseFacts('adjourned').hears.has('SPEAK')).toBe(false);
    expect(phaseFacts('adjourned').hears.has('END')).toBe(true);
  });
});
