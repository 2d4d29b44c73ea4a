// A generated corpus for benchmarks: variants of the seed texts with other dates, counts and cities.
// Deterministic (seeded PRNG), so two runs measure the same documents.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const seeds = readdirSync(join(root, 'data/resolutions'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(root, 'data/resolutions', f), 'utf8'));

const CITIES = ['Омска', 'Томска', 'Иркутска', 'Перми', 'Казани', 'Самары', 'Твери', 'Курска', 'Вологды', 'Читы'];
const MONTHS = ['марта', 'апреля', 'мая', 'октября', 'ноября', 'декабря'];

export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` resolution texts; document i differs from its seed in date, figures and one origin city. */
export function generateCorpus(n: number, seed = 1): string[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const base = seeds[i % seeds.length];
    const year = 2005 + Math.floor(rand() * 20);
    out.push(
      base
        .replace(
          /(\d{1,2})(\s+)(ноября|марта)(\s+)(\d{4})/,
          (_m, _d, s1, _mo, s2) => `${1 + Math.floor(rand() * 28)}${s1}${pick(MONTHS)}${s2}${year}`,
        )
        .replace(/\b(\d{2,3})(\s+(?:специалист|человек|городов|докладов))/g, (_m, _n, rest) => `${10 + Math.floor(rand() * 900)}${rest}`)
        .replace(/Иркутска|Пскова|Москвы/, pick(CITIES)) + `\n\nДокумент № ${i + 1}.`,
    );
  }
  return out;
}
