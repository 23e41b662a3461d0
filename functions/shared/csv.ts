/**
 * CSV as French spreadsheets read it: UTF-8 with a byte order mark, semicolon-separated, CRLF lines. Cells holding
 * the separator, a comma, a quote or a line break are quoted (quotes doubled); a cell starting with a character a
 * spreadsheet would run as a formula (= + - @ tab, carriage return) is kept whole behind an apostrophe (CSV
 * injection, OWASP).
 */

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;,"\n\r]/;

export type CsvValue = string | number | undefined | null;

/** One cell: empty for a missing value; neutralised, then quoted when needed. */
export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, header row, one row per record, every line ended by CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const line = (cells: readonly CsvValue[]) => cells.map(csvCell).join(';');
  return BOM + [line(header), ...rows.map(line)].map((l) => `${l}\r\n`).join('');
}
