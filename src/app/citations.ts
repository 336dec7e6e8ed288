// A citation as a reader meets it: the short label ("Washington 2012, para 10") with our summary of that
// paragraph, or the public record's own description, and on paper its address too.
import { SOURCES } from '../content/index';
import type { Citation } from '../content/types';
import { citeLabel } from './view-model';

/** The label and our summary of the paragraph (or the public record's description). */
export function citeLong(c: Citation): string {
  if ('doc' in c) {
    const sum = SOURCES[c.doc]?.summaries[c.para];
    return `${citeLabel(c)}${sum ? `: ${sum}` : ''}`;
  }
  return c.record;
}

/** A citation in full for print, with its address when it has one. */
export function citeText(c: Citation): string {
  return 'record' in c && c.url ? `${citeLong(c)} (${c.url})` : citeLong(c);
}
