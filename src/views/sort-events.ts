// Sorting the events table. Unknown values (null) go last in either direction.
import type { Resolution } from '../lib/types';
import { formatText } from './event-text';

export const SORT_COLUMNS = ['date', 'name', 'city', 'format', 'total', 'recs'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDir = 'asc' | 'desc';

/** The direction a column takes on its first click: numbers and dates largest/newest first. */
export const FIRST_DIR: Record<SortColumn, SortDir> = {
  date: 'desc',
  name: 'asc',
  city: 'asc',
  format: 'asc',
  total: 'desc',
  recs: 'desc',
};

type Key = string | number | null;

function keyOf(r: Resolution, column: SortColumn): Key {
  switch (column) {
    case 'date':
      return r.date.start;
    case 'name':
      return r.title; // by the title itself, not by ordinal or kind
    case 'city':
      return r.hostCity?.name ?? null;
    case 'format':
      return r.format ? formatText(r.format) : null;
    case 'total':
      return r.participants.total;
    case 'recs':
      return r.recommendations.length;
  }
}

const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });

/** A sorted copy; ties keep the input order (Array.prototype.sort is stable). */
export function sortEvents(rows: readonly Resolution[], column: SortColumn, dir: SortDir): Resolution[] {
  const keyed = rows.map((r) => ({ r, k: keyOf(r, column) }));
  const sign = dir === 'asc' ? 1 : -1;
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? 0 : a.k === null ? 1 : -1;
    // Numbers by value, ISO dates as plain strings (fast at 10 000 rows), names through the collator.
    const c =
      typeof a.k === 'number' && typeof b.k === 'number'
        ? a.k - b.k
        : column === 'date'
          ? a.k < b.k
            ? -1
            : a.k > b.k
              ? 1
              : 0
          : collator.compare(String(a.k), String(b.k));
    return sign * c;
  });
  return keyed.map((x) => x.r);
}
