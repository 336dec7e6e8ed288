// The content a session draws on, passed in so the rules can be tested on small hand-made worlds.
import type { ArgumentCard, Clause, Delegation, EventCard, Scenario } from '../content/types';

export interface Library {
  readonly delegations: readonly Delegation[];
  readonly clauses: readonly Clause[];
  readonly arguments: readonly ArgumentCard[];
  readonly events: readonly EventCard[];
  readonly scenarios: readonly Scenario[];
}

export interface LibraryIndex {
  readonly lib: Library;
  readonly delegation: ReadonlyMap<string, Delegation>;
  readonly clause: ReadonlyMap<string, Clause>;
  readonly argument: ReadonlyMap<string, ArgumentCard>;
  readonly event: ReadonlyMap<string, EventCard>;
  readonly scenario: ReadonlyMap<string, Scenario>;
}

const indexes = new WeakMap<Library, LibraryIndex>();

export function indexLibrary(lib: Library): LibraryIndex {
  let ix = indexes.get(lib);
  if (!ix) {
    const byId = <T extends { id: string }>(xs: readonly T[]) => new Map(xs.map((x) => [x.id, x] as const));
    ix = {
      lib,
      delegation: byId(lib.delegations),
      clause: byId(lib.clauses),
      argument: byId(lib.arguments),
      event: byId(lib.events),
      scenario: byId(lib.scenarios),
    };
    indexes.set(lib, ix);
  }
  return ix;
}

export function scenarioOf(lib: Library, id: string): Scenario {
  const s = indexLibrary(lib).scenario.get(id);
  if (!s) throw new Error(`Unknown scenario "${id}". Valid: ${lib.scenarios.map((x) => x.id).join(', ')}`);
  return s;
}
