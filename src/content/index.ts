// The game's content: typed, cited data, and lookups over it. Nothing here reads files at run time.
import { ARGUMENTS } from './arguments';
import { CLAUSES } from './clauses';
import { DELEGATIONS } from './delegations';
import { EVENTS } from './events';
import { SCENARIOS } from './scenarios';
import type { ArgumentCard, Clause, Delegation, EventCard, Scenario } from './types';

export * from './types';
export { SOURCES, RECORD } from './sources';
export { DELEGATIONS, BLOC_PROFILES } from './delegations';
export type { BlocProfile, BlocStance } from './delegations';
export { CLAUSES, CORE_DEFINITION_TEXT } from './clauses';
export { ARGUMENTS } from './arguments';
export { EVENTS } from './events';
export { attendees, meetingContext, meetingShortName, SCENARIOS } from './scenarios';
export { BRIEFINGS } from './briefings';
export { GLOSSARY } from './glossary';
export { TIMELINE } from './timeline';
export { stanceOf, blocMembers } from './positions';
export { ISSUE_ENDS, ISSUE_NAME } from './issues';

function lookup<T extends { readonly id: string }>(kind: string, xs: readonly T[]): (id: string) => T {
  const byId = new Map(xs.map((x) => [x.id, x] as const));
  return (id: string) => {
    const x = byId.get(id);
    if (!x) throw new Error(`Unknown ${kind} "${id}". Valid ids: ${xs.map((y) => y.id).join(', ')}`);
    return x;
  };
}

/** The delegation with this id; throws an Error naming the valid ids. */
export const delegationById: (id: string) => Delegation = lookup('delegation', DELEGATIONS);
/** The clause with this id; throws an Error naming the valid ids. */
export const clauseById: (id: string) => Clause = lookup('clause', CLAUSES);
/** The argument card with this id; throws an Error naming the valid ids. */
export const argumentById: (id: string) => ArgumentCard = lookup('argument', ARGUMENTS);
/** The event card with this id; throws an Error naming the valid ids. */
export const eventById: (id: string) => EventCard = lookup('event', EVENTS);
/** The scenario with this id; throws an Error naming the valid ids. */
export const scenarioById: (id: string) => Scenario = lookup('scenario', SCENARIOS);
