// The selection as CSV for Excel (Russian Windows) and LibreOffice: UTF-8 with a BOM (so Excel reads
// Cyrillic as UTF-8), ";" between cells (the Russian list separator), CRLF line ends, RFC 4180 quoting.
// Numbers are written bare (no thousands separators) and an unknown count is an empty cell, never 0;
// a count the text gives approximately stays a number, and the «приблизительные числа» column says so.
// Headers and values in the page's language (table.ts); rows in the order given (the table's).
// Text that a spreadsheet would take for a formula is kept text.
import { dsvFormat } from 'd3';
import type { Resolution } from '../lib/types';
import { EVENT_COLUMNS, header, type Cell, type Lang } from './table';

export const BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
const dsv = dsvFormat(CSV_SEPARATOR);

/** Column header (Russian) and its value (in Russian). The headers are a contract for people's spreadsheets. */
export const CSV_COLUMNS: readonly [string, (r: Resolution) => Cell][] = EVENT_COLUMNS.map((c) => [c.ru, (r) => c.value(r, 'ru')]);

// A text cell that begins like a formula (= + - @, or a tab or return before one) would run as one in
// a spreadsheet ("=HYPERLINK(…)" in an imported title): a leading apostrophe keeps it text (OWASP).
const FORMULA = /^[=+\-@\t\r]/;
const cell = (v: Cell): string => (v == null ? '' : typeof v === 'number' ? String(v) : FORMULA.test(v) ? `'${v}` : v);

/** The CSV file's text, BOM included: write it as UTF-8 as is. */
export function toCsv(resolutions: readonly Resolution[], lang: Lang = 'ru'): string {
  const rows = [EVENT_COLUMNS.map((c) => header(c, lang)), ...resolutions.map((r) => EVENT_COLUMNS.map((c) => cell(c.value(r, lang))))];
  return BOM + rows.map((row) => dsv.formatRow(row)).join('\r\n') + '\r\n';
}

export function csvBlob(resolutions: readonly Resolution[], lang: Lang = 'ru'): Blob {
  return new Blob([toCsv(resolutions, lang)], { type: 'text/csv;charset=utf-8' });
}
