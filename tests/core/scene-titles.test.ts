import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENE_TITLES, sceneTitle } from '../../src/scenes/titles';

// Scene files are src/scenes/<Key>.ts (see src/scenes/registry.ts).
const keys = readdirSync(new URL('../../src/scenes/', import.meta.url))
  .filter((f) => /^[A-Z]\w*\.ts$/.test(f))
  .map((f) => f.slice(0, -3));

describe('scene titles', () => {
  it('names every scene for the help overlay, in words rather than its key', () => {
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      expect(SCENE_TITLES[key], key).toBeTruthy();
      // A key like RuleLab is not a title a player reads.
      expect(sceneTitle(key), key).not.toMatch(/[a-z][A-Z]/);
    }
  });
});
