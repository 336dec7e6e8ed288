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

describe('the chart is the one place that knows the phases', () => {
  it('no other source file names four or more of its states (a list, a switch, a graph of its own)', () => {
    const copies = sources('src')
      .filter((path) => !THE_CHART.has(path.split('\\').join('/')))
      .map((path) => ({ path, phases: new Set(readFileSync(path, 'utf8').match(QUOTED_PHASE) ?? []) }))
      .filter(({ phases }) => phases.size >= 4)
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
