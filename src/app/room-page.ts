// What the teacher's page of an open classroom room says: who is in each seat, the next group's name for
// a parallel room, and the address students type. Pure but for studentAddress, which asks the server.
import { LIBRARY } from '../machines/default';
import { shortNameOf } from '../model/session';

/** The presence the server reports: who is at each seat, by delegation id. */
export interface SeatPresence {
  readonly seats: Readonly<Record<string, readonly string[]>>;
}

/** Above this many seats, the "Who is in" list takes two columns. */
const ONE_COLUMN = 10;

/** "● South Africa: Ama, Ben" or "○ Zimbabwe: waiting", one line per seat, in one or two columns. */
export function presenceColumns(people: readonly string[], presence: SeatPresence): [string[], string[]] {
  const lines = people.map((id) => {
    const names = presence.seats[id] ?? [];
    return `${names.length ? '●' : '○'} ${shortNameOf(LIBRARY, id)}: ${names.length ? names.join(', ') : 'waiting'}`;
  });
  const half = lines.length > ONE_COLUMN ? Math.ceil(lines.length / 2) : lines.length;
  return [lines.slice(0, half), lines.slice(half)];
}

/** The name of a parallel room: "Group A" → "Group B"; a name not ending in a letter gets " 2". */
export function nextGroupLabel(label: string): string {
  const m = /^(.*\b)([A-Y])$/.exec(label);
  return m ? `${m[1]}${String.fromCharCode(m[2]!.charCodeAt(0) + 1)}` : `${label} 2`;
}

/**
 * The address students type: the server's network address when this page was opened on the server itself
 * (students cannot reach "localhost"), else this page's own origin.
 */
export async function studentAddress(origin: string, hostname: string): Promise<string> {
  if (!/^(localhost|127\.|\[::1\])/.test(hostname)) return origin;
  try {
    const res = await fetch(`${origin}/api/server`);
    const body = (await res.json()) as { addresses?: string[] };
    return body.addresses?.[0] ?? origin;
  } catch {
    return origin;
  }
}
