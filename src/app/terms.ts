// Which glossary terms a text uses, so a screen can explain them where they appear ("Words on this card").
// A term is found by its name without the bracketed part ("Marange (Chiadzwa)" → Marange), by the
// abbreviation in brackets ("Committee on KP Review (CKR)" → CKR), or by the name in the singular.
import { GLOSSARY } from '../content/glossary';
import type { GlossaryEntry } from '../content/types';

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
