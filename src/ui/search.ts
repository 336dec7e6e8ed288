// Type-to-search over a list of named options (delegations, agenda items): what a player types is matched
// against each option's words, ignoring case and accents, names that start with it first.

export interface SearchOption {
  readonly id: string;
  /** What the list shows, e.g. "Côte d’Ivoire". */
  readonly label: string;
  /** Other words that find it (a code such as "CI", a bloc, a note). */
  readonly keywords?: readonly string[];
}

/** Lower case, no accents, curly apostrophes straightened: "Côte d’Ivoire" → "cote d'ivoire". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

/**
 * The options that match `query`, best first: the label starts with it, then a word of the label does, then
 * a keyword equals or starts with it, then the label holds it anywhere. An empty query keeps every option in order.
 */
export function searchOptions<T extends SearchOption>(options: readonly T[], query: string): T[] {
  const q = fold(query.trim());
  if (!q) return [...options];
  const rank = (o: T): number => {
    const label = fold(o.label);
    if (label.startsWith(q)) return 0;
    if (label.split(/[\s\-–(/]+/).some((w) => w.startsWith(q))) return 1;
    const keys = (o.keywords ?? []).map(fold);
    if (keys.some((k) => k === q)) return 2;
    if (keys.some((k) => k.startsWith(q))) return 3;
    if (label.includes(q)) return 4;
    return -1;
  };
  return options
    .map((o, i) => ({ o, i, r: rank(o) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.o);
}
