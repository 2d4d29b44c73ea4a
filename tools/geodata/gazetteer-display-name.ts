// The Russian display name of a GeoNames row, chosen among its untagged Cyrillic alternate names.
// Used by build-gazetteer.ts only (tools/geodata).

import { LATIN_LETTERS } from '../../src/lib/russian/latin';

const RUSSIAN = /^[А-Яа-яЁё]+(?:[ -][А-Яа-яЁё]+)*$/;

/**
 * The app's romanisation (src/lib/russian/latin.ts), but ё as e: GeoNames' Latin names write Орёл as
 * "Orel", and the skeletons compared below must meet them.
 */
const TRANSLIT: Readonly<Record<string, string>> = { ...LATIN_LETTERS, ё: 'e' };

/** A rough Latin skeleton, so that "Новокузнецк" and "Novokuznetsk" compare equal. */
function skeleton(latin: string): string {
  return latin
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/shch/g, 'sh')
    .replace(/kh/g, 'h')
    .replace(/ts/g, 'c')
    .replace(/j/g, 'y')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks');
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
export function pickDisplay(cyr: string[], primary: string[], latin: string[]): string {
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
    const pair =
      (f.endsWith('ь') && folded.has(f.slice(0, -1)) ? 1.5 : 0) + (f.includes('-') && folded.has(f.replace(/-/g, ' ')) ? 1.5 : 0);
    const russianLetters = new Set(f.match(/[щьыйэ]/g) ?? []).size * 0.5;
    const score = 3 * dist(sk, primSk) + dist(sk, latSk) + medoid + penalty - pair - russianLetters;
    const akanye = (n.match(/[аА]/g) ?? []).length;
    return { n, score: Math.round(score * 100), akanye, yo: /ё/i.test(n) ? 0 : 1, hyphen: n.includes('-') ? 0 : 1 };
  });
  scored.sort(
    (a, b) => a.score - b.score || a.akanye - b.akanye || a.yo - b.yo || a.hyphen - b.hyphen || (a.n < b.n ? -1 : a.n > b.n ? 1 : 0),
  );
  return scored[0].n;
}
