// The shape of the meeting each event needs, and the one way procedures are written: an event's check
// (whether it may be taken) beside its effect (what it does), both given the context in that shape.
// The chart's states imply the shapes (the floor has an item, a call has an open call, a caucus an
// offer); the dispatcher checks them once, so procedures need no "this must be there" assertions.
import type { Library } from '../library';
import type {
  CallState,
  CaucusOffer,
  EventOf,
  ItemState,
  SessionContext,
  SessionEvent,
  SessionEventType,
} from '../session';

/** An item is on the table. */
export type WithItem = SessionContext & { readonly item: ItemState };
/** A call for consensus is open on the item. */
export type InCall = SessionContext & { readonly item: ItemState & { readonly call: CallState } };
/** A caucus offer awaits its answer. */
export type InCaucus = SessionContext & { readonly caucus: CaucusOffer };

export interface Shapes {
  readonly any: SessionContext;
  readonly item: WithItem;
  readonly call: InCall;
  readonly caucus: InCaucus;
}
export type Shape = keyof Shapes;

const MISSING: Record<Exclude<Shape, 'any'>, string> = {
  item: 'No item is on the table.',
  call: 'No call for consensus is open.',
  caucus: 'No caucus offer is open.',
};

function has(ctx: SessionContext, need: Shape): boolean {
  switch (need) {
    case 'any':
      return true;
    case 'item':
      return ctx.item !== null;
    case 'call':
      return ctx.item?.call != null;
    case 'caucus':
      return ctx.caucus !== null;
  }
}

/** The context in the shape the event needs, or null. */
export function inShape<S extends Shape>(ctx: SessionContext, need: S): Shapes[S] | null {
  return has(ctx, need) ? (ctx as Shapes[S]) : null;
}

/** An event's procedure, its types erased for the dispatcher (which looks it up by the event's type). */
export interface Procedure {
  readonly type: SessionEventType;
  readonly needs: Shape;
  /** Why the event cannot be taken now, or null. */
  check(lib: Library, ctx: SessionContext, ev: SessionEvent): string | null;
  /** The event's effect; only called after check said yes. */
  apply(lib: Library, ctx: SessionContext, ev: SessionEvent): SessionContext;
}

interface Body<T extends SessionEventType, S extends Shape> {
  readonly check?: (lib: Library, ctx: Shapes[S], ev: EventOf<T>) => string | null;
  readonly apply?: (lib: Library, ctx: Shapes[S], ev: EventOf<T>) => SessionContext;
}

/** The procedure for event `type`, which needs the meeting in shape `needs`. */
export function on<T extends SessionEventType, S extends Shape>(
  type: T,
  needs: S,
  body: Body<T, S>,
): Procedure {
  // The dispatcher hands each procedure only events of its own type.
  const typed = (ev: SessionEvent) => ev as EventOf<T>;
  return {
    type,
    needs,
    check(lib, ctx, ev) {
      const c = inShape(ctx, needs);
      if (!c) return MISSING[needs as Exclude<Shape, 'any'>];
      return body.check ? body.check(lib, c, typed(ev)) : null;
    },
    apply(lib, ctx, ev) {
      const c = inShape(ctx, needs);
      // Stryker disable next-line StringLiteral: a programmer's error (apply without the check that refused it); no move reaches it
      if (!c) throw new Error(`${type} applied without its shape (${needs}): check first.`);
      return body.apply ? body.apply(lib, c, typed(ev)) : ctx;
    },
  };
}
