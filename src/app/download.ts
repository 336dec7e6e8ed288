// Saving a text file from the browser (exports of saves, reports and Rule Lab results).

/**
 * A CSV file starts with a byte-order mark: a spreadsheet (Excel above all) then reads it as UTF-8, and
 * names and figures such as 'Côte d’Ivoire' or '4–1' are not garbled.
 */
const CSV_MARK = '\uFEFF';

export function downloadText(filename: string, text: string, mime = 'text/plain'): void {
  const body = mime === 'text/csv' ? CSV_MARK + text : text;
  const url = URL.createObjectURL(new Blob([body], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
