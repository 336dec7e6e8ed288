// The same AI-only session as the plenary machine plays, driven by plain function calls: the
// baseline the benchmark compares the machine against, and a parity check on the machine's wiring.
import { nextAiEvent } from './ai';
import type { Library } from './library';
import { applyEvent, itemsPerDay, passes, problemWith } from './ops';
import type { Phase } from './phase';
import {
  initialContext,
  record,
  withRejection,
  type SessionContext,
  type SessionEvent,
  type SessionInput,
} from './session';

function afterItem(lib: Library, ctx: SessionContext): Phase {
  if (ctx.itemIndex >= ctx.agenda.length) return 'communique';
  return ctx.itemsToday >= itemsPerDay(lib, ctx) ? 'adjourned' : 'opening';
}

/** Where an accepted AI event leads (the AI only sends events its phase hears). */
export function phaseAfter(lib: Library, phase: Phase, ctx: SessionContext, ev: SessionEvent): Phase {
  switch (ev.type) {
    case 'START':
      return 'briefing';
    case 'BEGIN':
    case 'NEXT_DAY':
      return 'opening';
    case 'OPEN_FLOOR':
    case 'CONSULT':
    case 'CAUCUS_ACCEPT':
    case 'CAUCUS_REFUSE':
      return 'floor';
    case 'ADJOURN':
      return 'adjourned';
    case 'CAUCUS_OFFER':
      return 'caucus';
    case 'TABLE_DRAFT':
      return 'chairDraft';
    case 'CALL_CONSENSUS':
    case 'FORCE_CALL':
      return 'consensusCall';
    case 'CLOSE_CALL':
      return passes(ctx) ? 'adopted' : 'noConsensus';
    case 'NEXT_ITEM':
    case 'REFER':
    case 'DEFER':
    case 'CONCLUDE':
      return afterItem(lib, ctx);
    case 'DEBRIEF':
      return 'debrief';
    default:
      // A caucus offer lapses when its maker or addressee leaves the room (as the chart's caucus state).
      return phase === 'caucus' && ctx.caucus === null ? 'floor' : phase;
  }
}

/**
 * One event through the model alone: the context and phase after it, or null if the model refuses it.
 * For looking ahead (the pace's forecast of the rest of a meeting), not for playing a session.
 */
export function stepModel(
  lib: Library,
  phase: Phase,
  ctx: SessionContext,
  ev: SessionEvent,
): { phase: Phase; context: SessionContext } | null {
  if (problemWith(lib, ctx, ev)) return null;
  const next = applyEvent(lib, record(ctx, ev), ev);
  return { phase: phaseAfter(lib, phase, next, ev), context: next };
}

export function runModelSession(
  lib: Library,
  input: SessionInput,
): { phase: Phase; context: SessionContext } {
  let ctx = initialContext(lib, input);
  let phase = 'setup' as Phase;
  const step = (ev: SessionEvent) => {
    const problem = problemWith(lib, ctx, ev);
    if (problem) {
      ctx = withRejection(ctx, ev, problem);
      return;
    }
    ctx = applyEvent(lib, record(ctx, ev), ev);
    phase = phaseAfter(lib, phase, ctx, ev);
  };
  step({ type: 'START' });
  step({ type: 'BEGIN' });
  for (let n = 0; n < 20_000; n++) {
    const ev = nextAiEvent(lib, phase, ctx);
    if (!ev) break;
    step(ev);
  }
  if ((phase as Phase) !== 'communique') throw new Error(`AI-only session stopped in ${phase}`);
  step({ type: 'DEBRIEF' });
  return { phase, context: ctx };
}
