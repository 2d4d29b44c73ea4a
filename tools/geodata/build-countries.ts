// Builds src/lib/geo/countries.json from `world-countries` (mledoze/countries, ODbL 1.0): every country
// with its ISO 3166-1 alpha-2 code, its Russian short and official names, and a point to draw it at.
// Run: `npm run geodata` at the project root (all generators), or `npm run countries` here once this
// package is installed. Deterministic: the same package version always gives the same bytes. The names
// are the package's, unedited (a few of its official Russian names are half-translated, e.g. EH, HK, SM);
// never edit the output by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appFile, dependencyFile, isMain } from './paths';

const SOURCE = dependencyFile('world-countries/countries.json');
export const COUNTRIES_FILE = appFile('src/lib/geo/countries.json');

/** One row of countries.json. */
export interface CountryRow {
  /** ISO 3166-1 alpha-2 ("BY"; Kosovo "XK"). */
  iso2: string;
  /** Short Russian name ("Беларусь"). */
  ru: string;
  /** Official Russian name ("Республика Беларусь"). */
  ruOfficial: string;
  /** A point inside or near the country, degrees. */
  lat: number;
  lng: number;
}

interface SourceCountry {
  cca2: string;
  latlng: [number, number];
  translations: { rus?: { common: string; official: string } };
}

/** The countries' rows, sorted by iso2. Throws if a country lacks a Russian name or a point. */
export function countryRows(): CountryRow[] {
  const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as SourceCountry[];
  const problems: string[] = [];
  const rows: CountryRow[] = [];
  for (const c of source) {
    const rus = c.translations.rus;
    const [lat, lng] = c.latlng ?? [];
    if (!/^[A-Z]{2}$/.test(c.cca2)) problems.push(`bad cca2 ${JSON.stringify(c.cca2)}`);
    if (!rus?.common || !rus.official) problems.push(`${c.cca2}: no Russian name`);
    if (typeof lat !== 'number' || typeof lng !== 'number') problems.push(`${c.cca2}: no latlng`);
    if (rus && typeof lat === 'number' && typeof lng === 'number') {
      rows.push({ iso2: c.cca2, ru: rus.common, ruOfficial: rus.official, lat, lng });
    }
  }
  rows.sort((a, b) => (a.iso2 < b.iso2 ? -1 : a.iso2 > b.iso2 ? 1 : 0));
  for (let i = 1; i < rows.length; i++) if (rows[i].iso2 === rows[i - 1].iso2) problems.push(`${rows[i].iso2} twice`);
  if (problems.length) throw new Error(`countries:\n${problems.join('\n')}`);
  return rows;
}

/** The countries' JSON text, exactly as committed: an array, one compact row per line. */
export function buildCountries(): string {
  return `[\n${countryRows()
    .map((r) => JSON.stringify(r))
    .join(',\n')}\n]\n`;
}

/** Writes countries.json and prints its size. */
export function writeCountries(): void {
  const json = buildCountries();
  writeFileSync(COUNTRIES_FILE, json);
  console.log(
    `countries → ${fileURLToPath(COUNTRIES_FILE)}: ${json.split('\n').length - 3} countries, ` +
      `${(Buffer.byteLength(json) / 1024).toFixed(0)} KB raw`,
  );
}

if (isMain(import.meta.url)) writeCountries();
