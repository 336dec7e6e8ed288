// The teacher's page of an open classroom room: who is in each seat (in full names, one or two columns)
// and the name a parallel room gets.
import { describe, expect, it } from 'vitest';
import { nextGroupLabel, presenceColumns } from '../../src/app/room-page';
import { seatChoices } from '../../src/app/net-classroom';

describe('who is in', () => {
  it('says each seat by name, with its players or "waiting"', () => {
    const [left, right] = presenceColumns(['ZA', 'ZW'], { seats: { ZA: ['Ama', 'Ben'] } });
    expect(left).toEqual(['● South Africa: Ama, Ben', '○ Zimbabwe: waiting']);
    expect(right).toEqual([]);
  });

  it('takes two columns above ten seats, every seat once', () => {
    const ids = seatChoices('washington-plenary-2012').slice(0, 13);
    const [left, right] = presenceColumns(ids, { seats: {} });
    expect(left).toHaveLength(7);
    expect(right).toHaveLength(6);
    expect(presenceColumns(ids.slice(0, 10), { seats: {} })[1]).toEqual([]);
  });
});

describe('a parallel room’s name', () => {
  it('takes the next letter, or adds " 2"', () => {
    expect(nextGroupLabel('Group A')).toBe('Group B');
    expect(nextGroupLabel('Class 9Y')).toBe('Class 9Y 2');
    expect(nextGroupLabel('Group Z')).toBe('Group Z 2');
    expect(nextGroupLabel('Year 10')).toBe('Year 10 2');
  });
});
