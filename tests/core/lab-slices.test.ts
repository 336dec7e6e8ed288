// A Rule Lab run cut into slices for worker threads, and put together again: every session played once,
// the slices in any order giving one thread's result, progress counted to the run's total, a run that
// nobody stops finishing. Here, beside lab-threads.test.ts (which the mutation run leaves out for its
// threads), on the toy meeting and on hand-made slices.
import { describe, expect, it } from 'vitest';
import {
  assembleChunks,
  labIssues,
  labJobs,
  runLab,
  runLabChunk,
  summariseChunks,
  type LabChunk,
  type LabRequest,
} from '../../src/machines/lab';
import { createPlenaryMachine } from '../../src/machines/plenary';
import type { Library } from '../../src/model/library';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);
const req: LabRequest = {
  scenarioId: 'free-play',
  rules: ['consensus', 'majority'],
  runs: 4,
  seed: 'slices',
};

describe('a lab run in slices', () => {
  it('eight slices per worker, every session in exactly one, in order, sizes within one of each other', () => {
    const jobs = labJobs({ ...req, runs: 100 }, 3);
    expect(jobs).toHaveLength(24);
    expect(jobs.map((j) => j.id)).toEqual(jobs.map((_, k) => k));
    expect(jobs[0]!.from).toBe(0);
    expect(jobs.at(-1)!.to).toBe(100);
    for (const [k, j] of jobs.entries()) {
      if (k > 0) expect(j.from).toBe(jobs[k - 1]!.to);
      expect(j.to - j.from).toBeGreaterThanOrEqual(4);
      expect(j.to - j.from).toBeLessThanOrEqual(5);
      expect(j).toMatchObject({ scenarioId: 'free-play', rules: req.rules, seed: 'slices' });
    }
  });

  it('no more slices than sessions, and one slice for a single worker’s short run', () => {
    expect(labJobs({ ...req, runs: 5 }, 4).map((j) => [j.from, j.to])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    expect(labJobs({ ...req, runs: 10 }, 1).map((j) => [j.from, j.to])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 5],
      [5, 6],
      [6, 7],
      [7, 8],
      [8, 10],
    ]);
    // With no worker counted, the run is one slice; a run of no sessions has none.
    expect(labJobs({ ...req, runs: 3 }, 0).map((j) => [j.from, j.to])).toEqual([[0, 3]]);
    expect(labJobs({ ...req, runs: 0 }, 2)).toEqual([]);
  });

  it('slices put together in any order give what one thread gives', () => {
    const whole = runLab(machine, toyLibrary, req)!;
    const slice = (from: number, to: number) => runLabChunk(machine, toyLibrary, { ...req, from, to })!;
    const chunks = [...slice(2, 4), ...slice(0, 2)];
    expect(assembleChunks(toyLibrary, req, chunks)).toEqual(whole);
  });

  it('counts progress to the run’s total, and runs on to the end when nobody stops it', () => {
    const seen: [number, number][] = [];
    const result = runLab(
      machine,
      toyLibrary,
      req,
      (done, total) => seen.push([done, total]),
      () => false,
    );
    expect(result).not.toBeNull();
    expect(seen).toEqual(Array.from({ length: 8 }, (_, k) => [k + 1, 8]));
  });

  it('a run under no rule plays no session', () => {
    let played = 0;
    const chunks = runLabChunk(machine, toyLibrary, { ...req, rules: [], from: 0, to: 3 }, () => {
      played++;
    });
    expect(chunks).toEqual([]);
    expect(played).toBe(0);
  });
});

describe('what a run says of an item, from its sessions', () => {
  const chunk = (over: Partial<LabChunk>): LabChunk => ({
    rule: 'majority',
    from: 0,
    scopes: [],
    adopted: {},
    values: {},
    calls: {},
    ...over,
  });

  it('the values adopted are spread from lowest to highest, whatever order the sessions came in', () => {
    const s = summariseChunks(
      ['marange'],
      [
        chunk({ scopes: [0, 0], values: { marange: [40, 10] } }),
        chunk({ scopes: [0], values: { marange: [20] } }),
      ],
    );
    expect(s.items.marange!.value).toEqual({ mean: 70 / 3, p10: 12, p50: 20, p90: 36 });
  });

  it('who objected most often first, ties by id, five at most', () => {
    const calls = (objectedBy: Record<string, number>) => ({
      marange: { sessions: 4, against: 0, objecting: 0, objectedBy },
    });
    const s = summariseChunks(
      ['marange'],
      [
        chunk({ calls: calls({ ZW: 2, CN: 1, RU: 3, AE: 1 }) }),
        chunk({ calls: calls({ CN: 1, VE: 1, BY: 1 }) }),
      ],
    );
    expect(s.items.marange!.objectors).toEqual([
      { id: 'RU', share: 3 / 8 },
      { id: 'CN', share: 2 / 8 },
      { id: 'ZW', share: 2 / 8 },
      { id: 'AE', share: 1 / 8 },
      { id: 'BY', share: 1 / 8 },
    ]);
  });

  it('a session that never settles the definition keeps that meeting’s own status quo', () => {
    const at = (statusQuo: number): Library => ({
      ...toyLibrary,
      scenarios: toyLibrary.scenarios.map((sc) => ({
        ...sc,
        agenda: sc.agenda.map((a) => (a.issue === 'definition' ? { ...a, statusQuo } : a)),
      })),
    });
    expect(labIssues(at(30), 'free-play')).toEqual({ issues: ['definition', 'marange'], sq: 30 });
    const noDefinition: Library = {
      ...toyLibrary,
      scenarios: toyLibrary.scenarios.map((sc) => ({
        ...sc,
        agenda: sc.agenda.filter((a) => a.issue !== 'definition'),
      })),
    };
    expect(labIssues(noDefinition, 'free-play')).toEqual({ issues: ['marange'], sq: 0 });
  });
});
