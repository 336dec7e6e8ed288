// What a listener cares about, named as a player reads it: an argument appeals to some interests and
// hardens listeners who hold others (model/persuasion.ts weighs them).
import type { Interest } from './types';

export const INTEREST_NAME: Record<Interest, string> = {
  sovereignty: 'sovereignty',
  'human-rights': 'human rights',
  trade: 'trade',
  development: 'development',
  rules: 'the scheme’s rules',
};
