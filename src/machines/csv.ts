// CSV for every export (debrief, comparison, Rule Lab, the CLI): one writer, so every file escapes alike.
// papaparse quotes cells holding commas, quotes, CR or LF, and with escapeFormulae neutralises a cell
// that starts with = + - @ (or a tab or CR) by prefixing a quote, OWASP's rule against CSV injection:
// a player named =HYPERLINK(…) stays text in a spreadsheet. Numbers are written as numbers (so a
// negative number is not touched); ids and names are strings.
import Papa from 'papaparse';

export type CsvCell = string | number | null;

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return (
    Papa.unparse(
      rows.map((r) => r.map((c) => (c === null ? '' : c))),
      { escapeFormulae: true, newline: '\n', quotes: false },
    ) + '\n'
  );
}
