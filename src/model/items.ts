// The agenda item on the table and its draft.
import type { AgendaItem, Clause } from '../content/types';
import { draftText, draftValue } from './draft';
import { indexLibrary, scenarioOf, type Library } from './library';
import type { SessionContext } from './session';

export function agendaItemOf(lib: Library, ctx: SessionContext): AgendaItem {
  const id = ctx.item?.id ?? ctx.agenda[ctx.itemIndex];
  const item = scenarioOf(lib, ctx.scenarioId).agenda.find((a) => a.id === id);
  if (!item) throw new Error(`No agenda item ${id} in ${ctx.scenarioId}`);
  return item;
}

export function clausesOf(lib: Library, ids: readonly string[]): Clause[] {
  const ix = indexLibrary(lib);
  return ids.map((id) => {
    const c = ix.clause.get(id);
    if (!c) throw new Error(`Unknown clause "${id}"`);
    return c;
  });
}

/** The draft's place on the issue scale: draftOf(…).value without composing the text. */
export function draftValueOf(lib: Library, ctx: SessionContext): number {
  const item = agendaItemOf(lib, ctx);
  return draftValue(item, clausesOf(lib, ctx.item?.clauses ?? item.initialClauses));
}

export function draftOf(
  lib: Library,
  ctx: SessionContext,
): { value: number; text: string; clauses: readonly string[] } {
  const item = agendaItemOf(lib, ctx);
  const ids = ctx.item?.clauses ?? item.initialClauses;
  const cs = clausesOf(lib, ids);
  return { value: draftValue(item, cs), text: draftText(item, cs), clauses: ids };
}
