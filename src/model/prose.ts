// Small rules for composing the sentences players read from content pieces (drafts, transcript lines), so that
// punctuation comes out as a person would write it whatever pieces are joined.

/** Joins pieces with single spaces; a piece that opens with punctuation attaches to the piece before it. */
export function joinWords(pieces: readonly string[]): string {
  let out = '';
  for (const raw of pieces) {
    const piece = raw.trim();
    if (!piece) continue;
    out = out === '' || /^[,.;:!?)]/.test(piece) ? out + piece : `${out} ${piece}`;
  }
  return out;
}

/** A heading used as a sentence: ends with a full stop unless it already ends with its own punctuation. */
export function asSentence(text: string): string {
  const t = text.trim();
  return /[.!?…]["”’)]?$/.test(t) ? t : `${t}.`;
}

/** Adds a tag at the end of a piece, inside its closing full stop if it has one ("… participants (tag)."). */
export function tagged(text: string, tag: string): string {
  const t = text.trim();
  return t.endsWith('.') ? `${t.slice(0, -1)} ${tag}.` : `${t} ${tag}`;
}
