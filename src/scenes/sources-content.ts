// Turns the content's source documents, glossary and timeline into paragraphs for the Sources scene.
// Pure (no Phaser values): the scene only lays these out.
import type { Citation, GlossaryEntry, SourceDocument, TimelineEntry } from '../content/types';
import type { Palette } from '../ui/theme';
import type { Para } from '../ui/text-block';
import { MONTH_NAMES as MONTHS } from '../content/months';

export interface SourcesData {
  readonly documents: readonly SourceDocument[];
  readonly glossary: readonly GlossaryEntry[];
  readonly timeline: readonly TimelineEntry[];
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' → '2012', 'June 2012', '4 June 2012'. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function citeText(c: Citation, docs: readonly SourceDocument[]): string {
  if ('doc' in c) {
    const doc = docs.find((d) => d.key === c.doc);
    return `${doc ? doc.title : c.doc}, ¶${c.para}`;
  }
  return c.record;
}

function cites(list: readonly Citation[], docs: readonly SourceDocument[]): string {
  return list.length ? `Source: ${list.map((c) => citeText(c, docs)).join('; ')}` : '';
}

/** The Documents tab; `target` (a cited paragraph opened from a citation) is marked ▶ in gold. */
export function documentParas(
  data: SourcesData,
  pal: Palette,
  target?: { readonly doc: string; readonly para: number },
): Para[] {
  const out: Para[] = [
    {
      text: 'The game is drawn from these two documents. Each summary below is our own wording of a paragraph the game cites.',
      color: pal.muted,
      italic: true,
    },
  ];
  for (const d of data.documents) {
    out.push({ text: d.title, role: 'h2', color: pal.gold, bold: true, gap: 6 });
    out.push({ text: `By ${d.author}, ${d.published}.`, gap: 4 });
    out.push({ text: `What it is: ${d.nature}`, color: pal.muted, gap: 14 });
    const paras = Object.entries(d.summaries)
      .map(([n, text]) => [Number(n), text] as const)
      .sort((a, b) => a[0] - b[0]);
    if (paras.length) out.push({ text: 'Cited paragraphs', bold: true, color: pal.gold, gap: 6 });
    for (const [n, text] of paras)
      out.push(
        target?.doc === d.key && target.para === n
          ? { text: `▶ ¶${n}  ${text}`, indent: 4, gap: 8, bold: true, color: pal.gold }
          : { text: `¶${n}  ${text}`, indent: 24, gap: 8 },
      );
    out.push({ text: '', gap: 16 });
  }
  return out;
}

export function glossaryParas(data: SourcesData, pal: Palette): Para[] {
  const out: Para[] = [];
  const entries = [...data.glossary].sort((a, b) => a.term.localeCompare(b.term));
  for (const g of entries) {
    out.push({ text: g.term, bold: true, color: pal.gold, gap: 4 });
    out.push({ text: g.definition, indent: 24, gap: 4 });
    const c = cites(g.cite, data.documents);
    if (c) out.push({ text: c, role: 'small', color: pal.muted, indent: 24, gap: 18 });
  }
  return out;
}

function timelineEntry(t: TimelineEntry, data: SourcesData, pal: Palette): Para[] {
  const date = formatDate(t.date);
  const out: Para[] = [
    {
      text: t.uncertain ? `${date}  (?) uncertain` : date,
      bold: true,
      color: pal.gold,
      gap: 4,
    },
    { text: t.text, indent: 24, gap: 4, italic: t.uncertain === true },
  ];
  const c = cites(t.cite, data.documents);
  if (c) out.push({ text: c, role: 'small', color: pal.muted, indent: 24, gap: 18 });
  return out;
}

export function timelineParas(data: SourcesData, pal: Palette): Para[] {
  const main = data.timeline.filter((t) => !t.epilogue);
  const epilogue = data.timeline.filter((t) => t.epilogue);
  const out: Para[] = [];
  if (data.timeline.some((t) => t.uncertain)) {
    out.push({
      text: 'Entries marked (?) are uncertain: the date or a detail is not firmly established.',
      color: pal.muted,
      italic: true,
    });
  }
  for (const t of main) out.push(...timelineEntry(t, data, pal));
  if (epilogue.length) {
    out.push({ text: 'Epilogue: after 2013', role: 'h2', color: pal.gold, bold: true, gap: 6 });
    out.push({ text: 'What happened after the period the game covers.', color: pal.muted, italic: true });
    for (const t of epilogue) out.push(...timelineEntry(t, data, pal));
  }
  return out;
}
