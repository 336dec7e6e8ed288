// Role cards: each delegation's briefing for one meeting as a printable sheet (Markdown), so students can
// prepare before class and keep their card private.
import { BRIEFINGS, meetingContext, SCENARIOS } from '../content/index';
import type { Scenario } from '../content/types';
import { LIBRARY } from '../machines/default';
import { asSentence } from '../model/prose';
import { rosterOf } from '../model/roster';
import { nameOf } from '../model/session';
import { citeText } from './citations';

/** The delegations with a role card at a meeting, in the order Setup offers them (the Chair has none). */
export function roleCardDelegations(sc: Scenario): string[] {
  const r = rosterOf(LIBRARY, sc.id);
  return BRIEFINGS.map((b) => b.delegation).filter((d) => r.index[d] !== undefined && d !== r.chair);
}

/** One delegation's role card for a meeting, as Markdown. */
export function roleCardMd(sc: Scenario, delegation: string): string {
  const b = BRIEFINGS.find((x) => x.delegation === delegation)!;
  const list = (xs: readonly string[]) =>
    xs.length ? xs.map((x) => `- ${nameOf(LIBRARY, x)}`) : ['- none named'];
  return [
    `# Role card: ${nameOf(LIBRARY, delegation)}`,
    '',
    // The place may end in its own full stop ('Washington D.C.').
    `**${sc.title}**, ${sc.dates}, ${asSentence(sc.place)} Keep this card private until the debrief.`,
    '',
    '## The meeting',
    meetingContext(sc),
    '',
    '## Who you are',
    b.whoYouAre,
    '',
    '## Your objectives',
    ...b.objectives.map((o) => `- ${o.text}`),
    '',
    '## Red lines (never accept)',
    ...b.redLines.map((x) => `- ${x}`),
    '',
    '## Likely allies',
    ...list(b.allies),
    '',
    '## Likely opponents',
    ...list(b.opponents),
    '',
    '## Read before the meeting',
    ...b.read.map((c) => `- ${citeText(c)}`),
  ].join('\n');
}

/** Every role card of a meeting, one per sheet. */
export function roleCardsMd(sc: Scenario): string[] {
  return roleCardDelegations(sc).map((d) => roleCardMd(sc, d));
}

/** The meetings that have role cards to print (free play has no real meeting behind it). */
export function printableMeetings(): Scenario[] {
  return SCENARIOS.filter((s) => s.kind !== 'free' && roleCardDelegations(s).length > 0);
}
