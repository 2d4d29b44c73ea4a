// The selection as CSV for Excel (Russian Windows) and LibreOffice: UTF-8 with a BOM (so Excel reads
// Cyrillic as UTF-8), ";" between cells (the Russian list separator), CRLF line ends, RFC 4180 quoting.
// Numbers are written bare (no thousands separators) and an unknown count is an empty cell, never 0.
// Text that a spreadsheet would take for a formula is kept text.
import { dsvFormat } from 'd3';
import { ru } from '../i18n/ru';
import type { MessageKey } from '../i18n/messages';
import type { CountField, Resolution } from '../lib/types';

export const BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
const dsv = dsvFormat(CSV_SEPARATOR);

type Cell = string | number | null;

const label = (key: MessageKey): string => ru[key];
const count = (field: CountField) => (r: Resolution): Cell => r.participants[field];

/** Column header (Russian) and its value. The headers are a contract for people's spreadsheets. */
export const CSV_COLUMNS: readonly [string, (r: Resolution) => Cell][] = [
  ['id', (r) => r.id],
  ['файл', (r) => r.source.file],
  ['дата начала', (r) => r.date.start],
  ['дата окончания', (r) => r.date.end],
  ['год', (r) => r.year],
  ['название', (r) => r.title],
  ['вид', (r) => label(`kind.${r.kind}`)],
  ['тип документа', (r) => label(`type.${r.docType}`)],
  ['город проведения', (r) => r.hostCity?.name ?? null],
  ['формат', (r) => (r.format ? label(`format.${r.format}`) : null)],
  ['участников всего', count('total')],
  ['очно', count('offline')],
  ['онлайн', count('online')],
  ['просмотров', count('views')],
  ['докладов', count('reports')],
  ['городов', count('cities')],
  ['сёл и посёлков', count('rural')],
  ['регионов', count('regions')],
  ['стран', count('countries')],
  ['организаций', count('organizations')],
  ['рекомендаций', (r) => r.recommendations.length],
  ['темы', (r) => [...new Set(r.recommendations.flatMap((i) => i.themes))].join(', ')],
  ['цитата: всего', (r) => r.evidence['participants.total']?.quote ?? null],
];

// A text cell that begins like a formula (= + - @, or a tab or return before one) would run as one in
// a spreadsheet ("=HYPERLINK(…)" in an imported title): a leading apostrophe keeps it text (OWASP).
const FORMULA = /^[=+\-@\t\r]/;
const cell = (v: Cell): string => (v == null ? '' : typeof v === 'number' ? String(v) : FORMULA.test(v) ? `'${v}` : v);

/** The CSV file's text, BOM included: write it as UTF-8 as is. */
export function toCsv(resolutions: readonly Resolution[]): string {
  const rows = [
    CSV_COLUMNS.map(([header]) => header),
    ...resolutions.map((r) => CSV_COLUMNS.map(([, value]) => cell(value(r)))),
  ];
  return BOM + rows.map((row) => dsv.formatRow(row)).join('\r\n') + '\r\n';
}

export function csvBlob(resolutions: readonly Resolution[]): Blob {
  return new Blob([toCsv(resolutions)], { type: 'text/csv;charset=utf-8' });
}
