// Positions: one source of truth. Stances live on the delegations (delegations.ts), built from the bloc profiles;
// this module re-exports them and adds two small lookups.
import { BLOC_PROFILES, DELEGATIONS } from './delegations';
import type { BlocId, Delegation, IssueId, Stance } from './types';

export { BLOC_PROFILES, DELEGATIONS };

/** A delegation's stance on an issue; throws on an unknown delegation id. */
export function stanceOf(delegationId: string, issue: IssueId): Stance {
  const d = DELEGATIONS.find((x) => x.id === delegationId);
  if (!d)
    throw new Error(
      `Unknown delegation "${delegationId}". Valid ids: ${DELEGATIONS.map((x) => x.id).join(', ')}`,
    );
  return d.stances[issue];
}

/** The delegations of a bloc, in content order. */
export function blocMembers(bloc: BlocId): readonly Delegation[] {
  return DELEGATIONS.filter((d) => d.bloc === bloc);
}
