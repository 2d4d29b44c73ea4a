// File names for exports: ASCII only (safe on every OS and in every mail client), built from
// the filters so that two exports of different views don't overwrite each other.
import { LATIN_LETTERS } from '../lib/russian';
import type { Filters } from '../lib/state/filters';

// ё as e (not yo): a file name reads as the word does in everyday spelling.
const CYRILLIC: Readonly<Record<string, string>> = { ...LATIN_LETTERS, ё: 'e' };

/** "Участники по времени" → "uchastniki-po-vremeni"; at most `max` characters, never a trailing dash. */
export function slug(text: string, max = 40): string {
  const latin = [...text.toLowerCase()].map((ch) => CYRILLIC[ch] ?? ch).join('');
  return latin
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** The part of a file name that names the filters: "-2020-2021-quality-ru-kem", or "" without filters. */
export function filtersSlug(f: Filters): string {
  const parts: string[] = [];
  if (f.from !== null && f.to !== null) parts.push(f.from === f.to ? String(f.from) : `${f.from}-${f.to}`);
  else if (f.from !== null) parts.push(`s-${f.from}`);
  else if (f.to !== null) parts.push(`po-${f.to}`);
  parts.push(...f.themes, ...f.kinds, ...f.types);
  if (f.place) parts.push(f.place);
  if (f.q) parts.push(f.q);
  if (f.series) parts.push(f.series);
  const s = parts
    .map((p) => slug(p, 30))
    .filter(Boolean)
    .join('-')
    .slice(0, 80)
    .replace(/-+$/, '');
  return s ? `-${s}` : '';
}

/** "rezolyucii" + filters + extension: `rezolyucii-2020-2021.csv`. */
export function dataFileName(f: Filters, ext: string): string {
  return `rezolyucii${filtersSlug(f)}.${ext}`;
}

/** A chart's file: its title in Latin letters + the filters: `uchastniki-po-vremeni-2020-2021.png`. */
export function chartFileName(title: string, suffix: string, ext: string): string {
  return `${slug(title) || 'grafik'}${suffix}.${ext}`;
}
