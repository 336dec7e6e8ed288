// Which glossary terms a text uses, so a screen can explain them where they appear ("Words on this card").
// A term is found by its name without the bracketed part ("Marange (Chiadzwa)" → Marange), by the
// abbreviation in brackets ("Committee on KP Review (CKR)" → CKR), or by the name in the singular.
import { GLOSSARY } from '../content/glossary';
import { SOURCES } from '../content/sources';
import type { DocKey, GlossaryEntry } from '../content/types';
import { citeLabel } from './view-model';

/** The words that find an entry in running text. */
export function termWords(entry: GlossaryEntry): string[] {
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(entry.term);
  const base = (m ? m[1]! : entry.term).trim();
  const inner = m?.[2]?.trim() ?? '';
  const words = [base];
  // "(KP)", "(CKR)": an abbreviation; "(game term)", "(review visit)": not a name of its own.
  if (/^[A-Z]{2,6}$/.test(inner)) words.push(inner);
  else if (inner && inner !== 'game term' && !inner.includes(' ')) words.push(inner);
  if (base.endsWith('s') && !base.endsWith('ss')) words.push(base.slice(0, -1));
  return words;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The glossary entries whose words occur in `text`, in the order they first appear. */
export function termsIn(text: string, glossary: readonly GlossaryEntry[] = GLOSSARY): GlossaryEntry[] {
  const found: { entry: GlossaryEntry; at: number }[] = [];
  for (const entry of glossary) {
    let at = -1;
    for (const w of termWords(entry)) {
      // Abbreviations match their case exactly ("KP", not "kp"); names ignore case.
      const flags = /^[A-Z]{2,6}$/.test(w) ? 'u' : 'iu';
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`, flags);
      const m = re.exec(text);
      if (m && (at < 0 || m.index < at)) at = m.index;
    }
    if (at >= 0) found.push({ entry, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.entry);
}

/** Where a glossary term occurs in a text: its first occurrence per entry, with what a tip says of it. */
export interface TermSpan {
  readonly at: number;
  readonly length: number;
  readonly term: string;
  /** The definition, then where it comes from ("Source: Washington 2012, para 10"). */
  readonly tip: string;
  /** A citation: the paragraph it opens in Sources. */
  readonly link?: SourceLink;
}

/** A cited paragraph of one of the two source documents. */
export interface SourceLink {
  readonly doc: DocKey;
  readonly para: number;
}

/** The plain name of an entry ("Pivot (game term)" → "Pivot"; "Marange (Chiadzwa)" kept whole). */
function shownTerm(entry: GlossaryEntry): string {
  return entry.term.replace(/\s*\((game term)\)$/, '');
}

/** Each entry's words as compiled patterns, made once (panels look for terms after every event). */
const compiled = new WeakMap<GlossaryEntry, readonly { re: RegExp; length: number }[]>();
function finders(entry: GlossaryEntry): readonly { re: RegExp; length: number }[] {
  let f = compiled.get(entry);
  if (!f) {
    f = termWords(entry).map((w) => ({
      re: new RegExp(
        `(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`,
        /^[A-Z]{2,6}$/.test(w) ? 'u' : 'iu',
      ),
      length: w.length,
    }));
    compiled.set(entry, f);
  }
  return f;
}

/**
 * Each glossary term in `text` at its first occurrence (the earliest of its words), longest first where two
 * overlap ("Kimberley Process Certification Scheme" over "Kimberley Process"). `skip` holds terms already
 * marked nearby (each is explained once per view), and is added to.
 */
export function termSpans(
  text: string,
  cite: (entry: GlossaryEntry) => string,
  skip: Set<string> = new Set(),
  glossary: readonly GlossaryEntry[] = GLOSSARY,
): TermSpan[] {
  const found: TermSpan[] = [];
  for (const entry of glossary) {
    if (skip.has(entry.term)) continue;
    let best: { at: number; length: number } | null = null;
    for (const { re, length } of finders(entry)) {
      const m = re.exec(text);
      if (m && (!best || m.index < best.at || (m.index === best.at && length > best.length)))
        best = { at: m.index, length };
    }
    if (!best) continue;
    const source = cite(entry);
    found.push({
      ...best,
      term: shownTerm(entry),
      tip: `${entry.definition}${source ? ` Source: ${source}.` : ''}`,
    });
  }
  // Longest first, then drop any that overlaps one kept.
  found.sort((a, b) => b.length - a.length || a.at - b.at);
  const kept: TermSpan[] = [];
  for (const f of found)
    if (!kept.some((k) => f.at < k.at + k.length && k.at < f.at + f.length)) kept.push(f);
  for (const k of kept) skip.add(glossary.find((e) => shownTerm(e) === k.term)!.term);
  return kept.sort((a, b) => a.at - b.at);
}

/** The glossary's terms in a line of a panel, each with its definition and cited source (a TermFinder). */
export function glossaryTerms(text: string, seen: Set<string>): TermSpan[] {
  return termSpans(text, (e) => e.cite.map(citeLabel).join('; '), seen);
}

const CITED = /\b(Washington 2012|Mtisi chapter), para (\d+)/g;

/** The citations in a line ("Washington 2012, para 10"), each with its paragraph's summary, once per view. */
export function citationSpans(text: string, seen: Set<string>): TermSpan[] {
  const out: TermSpan[] = [];
  for (const m of text.matchAll(CITED)) {
    const doc: DocKey = m[1] === 'Washington 2012' ? 'washington-2012' : 'zimbabwe-chapter';
    const para = Number(m[2]);
    const term = `${m[1]}, para ${para}`;
    const summary = SOURCES[doc]?.summaries[para];
    if (!summary || seen.has(term)) continue;
    seen.add(term);
    out.push({
      at: m.index,
      length: m[0].length,
      term,
      tip: `${summary} Click it, or press Enter now, to open it in Sources.`,
      link: { doc, para },
    });
  }
  return out;
}

/** What a panel explains: glossary terms and the citations it shows (a TermFinder). */
export function explainedSpans(text: string, seen: Set<string>): TermSpan[] {
  const cites = citationSpans(text, seen);
  const words = glossaryTerms(text, seen).filter(
    (w) => !cites.some((c) => w.at < c.at + c.length && c.at < w.at + w.length),
  );
  return [...cites, ...words].sort((a, b) => a.at - b.at);
}
