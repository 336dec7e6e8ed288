// What an event card does to the room, in words for the facilitator choosing one: whose positions move,
// how far and which way, whose priorities change, who leaves or joins. Read from the card's effects, the
// same data the rules apply (model/ops.ts), so the console cannot promise what the meeting will not do.
import type { BlocId, EventEffect } from '../content/types';
import type { Library } from '../model/library';
import { nameOf } from '../model/session';
import { ISSUE_ENDS, ISSUE_IN_PROSE, ISSUE_NAME } from '../content/issues';

const BLOC_WORDS: Record<BlocId, string> = {
  'reform-west': 'the reform-minded West',
  'african-producers': 'the large African producers',
  'african-alluvial': 'the alluvial producers of West and Central Africa',
  'asian-traders': 'the Asian trading and cutting centres',
  'russia-cis': 'Russia and its neighbours',
  'latin-america': 'the Latin American participants',
  other: 'other participants',
  industry: 'the industry (World Diamond Council)',
  'civil-society': 'civil society',
  development: 'the Diamond Development Initiative',
};

function whoWords(lib: Library, who: readonly string[] | 'all'): string {
  if (who === 'all') return 'every delegation';
  const names = who.map((w) => BLOC_WORDS[w as BlocId] ?? nameOf(lib, w));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/** One effect in a sentence. */
export function effectWords(lib: Library, e: EventEffect): string {
  switch (e.kind) {
    case 'shift': {
      const toward = ISSUE_ENDS[e.issue][e.delta > 0 ? 1 : 0];
      return `Moves ${whoWords(lib, e.who)} ${Math.abs(e.delta)} points on ${ISSUE_IN_PROSE[e.issue]}, toward “${toward}”.`;
    }
    case 'salience':
      return `${ISSUE_NAME[e.issue]} matters ${e.delta > 0 ? 'more' : 'less'} to ${whoWords(lib, e.who)}.`;
    case 'walkout':
      return `${nameOf(lib, e.delegation)} walks out for the rest of the session.`;
    case 'admit':
      return `${nameOf(lib, e.delegation)} joins the meeting from now on.`;
  }
}

/** What a card does, one line per effect; people's seats are never moved for them. */
export function effectLines(lib: Library, effects: readonly EventEffect[]): string[] {
  const lines = effects.map((e) => effectWords(lib, e));
  if (effects.some((e) => e.kind === 'shift')) lines.push('Seats played by people do not move: they decide.');
  return lines;
}
