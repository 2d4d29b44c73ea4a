// The filter state and its URL form. The URL is the single source of truth: a link reproduces the
// view, a reload keeps it, and the back button undoes the last change.
// Public contract: from, to (years), theme (ids, comma-separated), kind, type (docType), place
// (ISO 3166-2 code such as RU-KEM, or a place name), q (search text), series (a series id, "s-1b941b4d").
//
// A link is user input: every value is checked against its vocabulary (types.ts, data/themes.json)
// and its bounds (lib/limits.ts). What does not fit is dropped and reported as a `QueryIssue`, so the
// page can say so; it never reaches a view (no chip «Тема: [object Object]», no message key built
// from a made-up word).

import { DOC_TYPES, EVENT_KINDS, isOneOf } from '../types';
import { MAX_PLACE_CHARS, MAX_QUERY_CHARS, YEAR_MAX, YEAR_MIN } from '../limits';
import themes from '../../../data/themes.json';

export interface Filters {
  from: number | null;
  to: number | null;
  themes: string[];
  kinds: string[];
  types: string[];
  place: string | null;
  q: string;
  /** One series' editions only (lib/series): its id. Absent when not chosen. */
  series?: string;
}

export const NO_FILTERS: Filters = { from: null, to: null, themes: [], kinds: [], types: [], place: null, q: '' };

/** The theme ids a link may name. */
export const THEME_IDS: readonly string[] = themes.map((t) => t.id);

export const QUERY_PARAMS = ['from', 'to', 'theme', 'kind', 'type', 'place', 'q', 'series'] as const;

/** A series id as lib/series makes them: "s-" and 8 hex digits. */
export const SERIES_ID = /^s-[0-9a-f]{8}$/;
export type QueryParam = (typeof QUERY_PARAMS)[number];

/** Why a value of a link was not taken: not in the vocabulary, not a year, too long; or a range given backwards (swapped). */
export const QUERY_ISSUES = ['unknown', 'bad-year', 'too-long', 'swapped'] as const;
export interface QueryIssue {
  code: (typeof QUERY_ISSUES)[number];
  param: QueryParam;
  /** As written in the link (cut to 40 characters); "2030–1990" for a swapped range. */
  value: string;
}

const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 39)}…` : v);

/** A year from a link or a form field: four digits within the app's years, else null. */
export function parseYear(v: string | null): number | null {
  const s = v?.trim() ?? '';
  if (!/^\d{4}$/.test(s)) return null;
  const y = Number(s);
  return y >= YEAR_MIN && y <= YEAR_MAX ? y : null;
}

const list = (v: string | null): string[] =>
  v
    ? [
        ...new Set(
          v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ]
    : [];

/** The filters of a query string and what was dropped from it, in parameter order. */
export function readQuery(search: string): { filters: Filters; issues: QueryIssue[] } {
  const p = new URLSearchParams(search);
  const issues: QueryIssue[] = [];
  const year = (param: 'from' | 'to'): number | null => {
    const raw = p.get(param)?.trim();
    if (!raw) return null;
    const y = parseYear(raw);
    if (y === null) issues.push({ code: 'bad-year', param, value: shown(raw) });
    return y;
  };
  const words = <T extends string>(param: QueryParam, vocabulary: readonly T[]): T[] => {
    const out: T[] = [];
    for (const w of list(p.get(param))) {
      if (isOneOf(vocabulary, w)) out.push(w);
      else issues.push({ code: 'unknown', param, value: shown(w) });
    }
    return out;
  };
  const text = (param: 'place' | 'q', max: number): string => {
    const raw = p.get(param)?.trim() ?? '';
    if (raw.length <= max) return raw;
    issues.push({ code: 'too-long', param, value: shown(raw) });
    return '';
  };

  let from = year('from');
  let to = year('to');
  if (from !== null && to !== null && from > to) {
    issues.push({ code: 'swapped', param: 'from', value: `${from}–${to}` });
    [from, to] = [to, from];
  }
  const filters: Filters = {
    from,
    to,
    themes: words('theme', THEME_IDS),
    kinds: words('kind', EVENT_KINDS),
    types: words('type', DOC_TYPES),
    place: text('place', MAX_PLACE_CHARS) || null,
    q: text('q', MAX_QUERY_CHARS),
  };
  const series = p.get('series')?.trim();
  if (series) {
    if (SERIES_ID.test(series)) filters.series = series;
    else issues.push({ code: 'unknown', param: 'series', value: shown(series) });
  }
  return { filters, issues };
}

export function filtersFromQuery(search: string): Filters {
  return readQuery(search).filters;
}

/** The query string for `f`, keeping unrelated parameters of `base` (e.g. `lang`). */
export function filtersToQuery(f: Filters, base = ''): string {
  const p = new URLSearchParams(base);
  for (const key of QUERY_PARAMS) p.delete(key);
  if (f.from !== null) p.set('from', String(f.from));
  if (f.to !== null) p.set('to', String(f.to));
  if (f.themes.length) p.set('theme', f.themes.join(','));
  if (f.kinds.length) p.set('kind', f.kinds.join(','));
  if (f.types.length) p.set('type', f.types.join(','));
  if (f.place) p.set('place', f.place);
  if (f.q) p.set('q', f.q);
  if (f.series) p.set('series', f.series);
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

export function isEmpty(f: Filters): boolean {
  return filtersToQuery(f) === '';
}
