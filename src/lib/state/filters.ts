// The filter state and its URL form. The URL is the single source of truth: a link reproduces the
// view, a reload keeps it, and the back button undoes the last change.
// Public contract: from, to (years), theme (ids, comma-separated), kind, type (docType), place
// (ISO 3166-2 code such as RU-KEM, or a place name), q (search text).

export interface Filters {
  from: number | null;
  to: number | null;
  themes: string[];
  kinds: string[];
  types: string[];
  place: string | null;
  q: string;
}

export const NO_FILTERS: Filters = { from: null, to: null, themes: [], kinds: [], types: [], place: null, q: '' };

const year = (v: string | null): number | null => (v && /^\d{4}$/.test(v.trim()) ? Number(v.trim()) : null);
const list = (v: string | null): string[] => (v ? [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))] : []);

export function filtersFromQuery(search: string): Filters {
  const p = new URLSearchParams(search);
  return {
    from: year(p.get('from')),
    to: year(p.get('to')),
    themes: list(p.get('theme')),
    kinds: list(p.get('kind')),
    types: list(p.get('type')),
    place: p.get('place')?.trim() || null,
    q: p.get('q')?.trim() ?? '',
  };
}

/** The query string for `f`, keeping unrelated parameters of `base` (e.g. `lang`). */
export function filtersToQuery(f: Filters, base = ''): string {
  const p = new URLSearchParams(base);
  for (const key of ['from', 'to', 'theme', 'kind', 'type', 'place', 'q']) p.delete(key);
  if (f.from !== null) p.set('from', String(f.from));
  if (f.to !== null) p.set('to', String(f.to));
  if (f.themes.length) p.set('theme', f.themes.join(','));
  if (f.kinds.length) p.set('kind', f.kinds.join(','));
  if (f.types.length) p.set('type', f.types.join(','));
  if (f.place) p.set('place', f.place);
  if (f.q) p.set('q', f.q);
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

export function isEmpty(f: Filters): boolean {
  return filtersToQuery(f) === '';
}
