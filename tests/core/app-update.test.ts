// A new version waits for the player's word, and never switches while autosaving fails (a reload would
// lose what is not saved).
import { describe, expect, it, vi } from 'vitest';
import { applyUpdate, offerUpdate, onUpdateReady, updateReady } from '../../src/app/app-update';

describe('a new version of the game', () => {
  it('is offered once, switches only when asked, and not while autosaving fails', () => {
    const heard: boolean[] = [];
    const off = onUpdateReady((ready) => heard.push(ready));
    expect(heard).toEqual([false]);
    expect(applyUpdate(null)).toBe('No new version is waiting.');

    const activate = vi.fn();
    offerUpdate(activate);
    offerUpdate(activate); // the worker may say so twice: one notice
    expect(heard).toEqual([false, true]);
    expect(updateReady()).toBe(true);
    expect(activate).not.toHaveBeenCalled(); // nothing switches by itself

    expect(applyUpdate('Autosave failed: storage is full.')).toMatch(/^Not now: autosaving is failing/);
    expect(activate).not.toHaveBeenCalled();
    expect(applyUpdate(null)).toBeNull();
    expect(activate).toHaveBeenCalledOnce();
    off();
  });
});
