// The teacher's kit on paper: a document (the guide, the primer) or a meeting's role cards as Markdown, and
// a print view in a new window where each role card (or each document page) starts a new sheet.
import { BRIEFINGS, meetingContext, SCENARIOS } from '../../content/index';
import type { KitDoc, KitPara } from '../../content/kit-types';
import type { Citation, Scenario } from '../../content/types';
import { LIBRARY } from '../../machines/default';
import { rosterOf } from '../../model/roster';
import { nameOf } from '../../model/session';
import { citeLong } from '../Briefing';
import { markdownToHtml } from '../plenary/print';

/** A citation in full, with its address when it has one. */
export function citeText(c: Citation): string {
  return 'record' in c && c.url ? `${citeLong(c)} (${c.url})` : citeLong(c);
}

function paraMd(p: KitPara): string {
  const text = p.kind === 'say' ? `**Say:** ${p.text}` : p.text;
  return `- ${text}${p.cite?.length ? ` (Source: ${p.cite.map(citeText).join('; ')})` : ''}`;
}

/** One page of a kit document as Markdown. */
export function kitPageMd(doc: KitDoc, i: number): string {
  const page = doc.pages[i]!;
  return [`## ${page.heading}`, '', ...page.paras.map(paraMd)].join('\n');
}

/** A whole kit document as Markdown, one section per page. */
export function kitDocMd(doc: KitDoc): string[] {
  return doc.pages.map((_, i) => (i === 0 ? `# ${doc.title}\n\n${doc.intro}\n\n` : '') + kitPageMd(doc, i));
}

/** The delegations with a role card at a meeting, in the order Setup offers them. */
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
    `**${sc.title}**, ${sc.dates}, ${sc.place}. Keep this card private until the debrief.`,
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

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const STYLE = `
  body { font-family: Georgia, 'DejaVu Serif', serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #111; background: #fff; line-height: 1.45; }
  h1 { font-size: 1.7em; border-bottom: 2px solid #111; }
  h2 { font-size: 1.25em; margin-top: 1.2em; border-bottom: 1px solid #888; page-break-after: avoid; }
  li { margin: 0.25em 0; }
  .sheet { page-break-after: always; break-after: page; margin-bottom: 3em; }
  .sheet:last-child { page-break-after: auto; break-after: auto; }
  .bar { margin: 1em 0; }
  .bar button { font-size: 1.1em; padding: 0.4em 1em; }
  @media print { .bar { display: none; } body { margin: 0; max-width: none; } .sheet { margin: 0; } }
`;

/** The printable page: each Markdown section on its own sheet. */
export function kitPrintPage(title: string, sheets: readonly string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body>
<div class="bar"><button onclick="window.print()">Print</button></div>
${sheets.map((md) => `<section class="sheet">${markdownToHtml(md)}</section>`).join('\n')}
</body></html>`;
}

/** Opens the print view in a new window; false if the browser blocked it. */
export function openKitPrint(title: string, sheets: readonly string[]): boolean {
  if (typeof window === 'undefined') return false;
  const w = window.open('', '_blank');
  if (!w) return false;
  w.document.open();
  w.document.write(kitPrintPage(title, sheets));
  w.document.close();
  w.focus();
  if (!navigator.webdriver) {
    try {
      w.print();
    } catch {
      // The page's own Print button remains.
    }
  }
  return true;
}
