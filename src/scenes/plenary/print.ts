// The printable debrief: the report's Markdown rendered as plain HTML in a new window with a print
// stylesheet (black on white, tables with borders, no page breaks inside a table row).

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function inline(s: string): string {
  return esc(s)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/^\[x\] /, '<span class="box">☑</span> ')
    .replace(/^\[ \] /, '<span class="box">☐</span> ');
}

/** The small Markdown subset reportMarkdown writes: headings, lists, numbered lists, tables, bold. */
export function markdownToHtml(md: string): string {
  const out: string[] = [];
  const lines = md.split('\n');
  let list: 'ul' | 'ol' | null = null;
  const closeList = () => {
    if (list) out.push(`</${list}>`);
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = /^(#{1,3}) (.*)$/.exec(line);
    if (h) {
      closeList();
      out.push(`<h${h[1]!.length}>${inline(h[2]!)}</h${h[1]!.length}>`);
      continue;
    }
    if (line.startsWith('|')) {
      closeList();
      const rows: string[][] = [];
      while (i < lines.length && lines[i]!.startsWith('|')) {
        // A `\|` inside a cell is text (the report escapes a bar in a name), not a new cell.
        const cells = lines[i]!.slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((c) => c.trim().replace(/\\\|/g, '|'));
        if (!cells.every((c) => /^-+$/.test(c))) rows.push(cells);
        i++;
      }
      i--;
      const [head, ...body] = rows;
      out.push('<table>');
      if (head) out.push(`<thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead>`);
      out.push(
        `<tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody>`,
      );
      out.push('</table>');
      continue;
    }
    const ul = /^- (.*)$/.exec(line);
    const ol = /^\d+\. (.*)$/.exec(line);
    if (ul || ol) {
      const kind = ul ? 'ul' : 'ol';
      if (list !== kind) {
        closeList();
        out.push(`<${kind}>`);
        list = kind;
      }
      out.push(`<li>${inline((ul ?? ol)![1]!)}</li>`);
      continue;
    }
    closeList();
    if (line.trim()) out.push(`<p>${inline(line)}</p>`);
  }
  closeList();
  return out.join('\n');
}

const STYLE = `
  body { font-family: Georgia, 'DejaVu Serif', serif; max-width: 50em; margin: 2em auto; padding: 0 1em; color: #111; background: #fff; line-height: 1.45; }
  h1 { font-size: 1.8em; border-bottom: 2px solid #111; }
  h2 { font-size: 1.35em; margin-top: 1.6em; border-bottom: 1px solid #888; }
  h3 { font-size: 1.1em; }
  table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; font-size: 0.92em; }
  th, td { border: 1px solid #555; padding: 0.25em 0.45em; text-align: left; vertical-align: top; }
  th { background: #eee; }
  tr { page-break-inside: avoid; }
  .bar { margin: 1em 0; }
  .bar button { font-size: 1.1em; padding: 0.4em 1em; }
  @media print { .bar { display: none; } body { margin: 0; max-width: none; } a { color: #111; } h2 { page-break-after: avoid; } }
`;

/** The whole printable page. */
export function printPage(title: string, md: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body>
<div class="bar"><button onclick="window.print()">Print this report</button></div>
${markdownToHtml(md)}
</body></html>`;
}

/**
 * Opens the report in a new window and asks the browser to print it. Returns false if the window was
 * blocked (the caller then offers the Markdown download instead).
 */
export function openPrintView(title: string, md: string): boolean {
  if (typeof window === 'undefined') return false;
  const w = window.open('', '_blank');
  if (!w) return false;
  w.document.open();
  w.document.write(printPage(title, md));
  w.document.close();
  w.focus();
  // Automated browsers have no print dialog to dismiss; people get one straight away.
  if (!navigator.webdriver) {
    try {
      w.print();
    } catch {
      // The page's own Print button remains.
    }
  }
  return true;
}
