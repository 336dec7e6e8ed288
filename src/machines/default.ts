// The plenary machine over the game's real content.
import { ARGUMENTS, CLAUSES, DELEGATIONS, EVENTS, SCENARIOS } from '../content/index';
import type { Library } from '../model/library';
import { createPlenaryMachine } from './plenary';

export const LIBRARY: Library = {
  delegations: DELEGATIONS,
  clauses: CLAUSES,
  arguments: ARGUMENTS,
  events: EVENTS,
  scenarios: SCENARIOS,
};

export const plenaryMachine = createPlenaryMachine(LIBRARY);
