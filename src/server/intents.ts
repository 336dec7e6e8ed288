// An intent from a device: `{ event }`, checked against the one event schema every session uses.
import { checkEvent } from '../model/schema';
import type { SessionEvent } from '../model/session';

export type CheckedIntent = { ok: true; event: SessionEvent } | { ok: false; reason: string };

export function checkIntent(message: unknown): CheckedIntent {
  if (typeof message !== 'object' || message === null || !('event' in message))
    return { ok: false, reason: 'An intent carries one event.' };
  const checked = checkEvent((message as { event: unknown }).event);
  return checked.ok ? { ok: true, event: checked.value } : { ok: false, reason: checked.reason };
}
