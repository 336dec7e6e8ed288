// The teacher's kit on paper: a document (the guide, the primer) as Markdown, and a print view in a new
// window where each document page (or each role card, from src/app/role-cards.ts) starts a new sheet.
import { citeText } from '../../app/citations';
import type { KitDoc, KitPara } from '../../content/kit-types';
import { markdownToHtml } from '../plenary/print';

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
