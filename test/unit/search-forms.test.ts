// Search finds a word in its other forms and a number however its thousands are written (issue 13):
// «Кузбасс» finds «Кузбасские библиотеки» (seed 003), «2198» finds «2 198» (seed 001's views).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIds, type SearchIndex } from '../../src/lib/state/search';
import { searchDoc } from '../../src/lib/state/search-protocol';
import type { Resolution } from '../../src/lib/types';
import { parseSeed } from '../helpers/seeds';

let seeds: Resolution[];
let index: SearchIndex;
beforeAll(() => {
  seeds = ['000', '001', '002', '003', '004'].map(parseSeed);
  index = buildSearchIndex(seeds.map(searchDoc));
});
const years = (q: string) =>
  seeds
    .filter((r) => searchIds(index, q).has(r.id))
    .map((r) => r.year)
    .sort();

describe('search', () => {
  it('finds «Кузбасские» for «Кузбасс»', () => {
    expect(seeds[3].text).toContain('Кузбасские');
    expect(years('Кузбасс')).toContain(2015);
  });

  it('finds «2 198» for «2198» and for «2 198»', () => {
    expect(seeds[1].text).toMatch(/2[\s\u00a0]198/);
    expect(years('2198')).toEqual([2020]);
    expect(years('2 198')).toEqual([2020]);
  });

  it('still needs every word: «кемеровская область» finds the two Kemerovo events only', () => {
    expect(years('кемеровская область')).toEqual([2009, 2015]);
  });
});

describe('searchMatcher', () => {
  it('says of each recommendation what searchHits says, query by query', async () => {
    const { searchHits, searchMatcher } = await import('../../src/views/search-hits');
    const texts = ['000', '001', '002', '003', '004'].flatMap((n) => parseSeed(n).recommendations.map((r) => r.text));
    for (const q of ['Кузбасс', 'конференции', 'онлайн-технологии', '2 198', '2198', 'методическ', 'библиотека сайт', 'и', '']) {
      const matches = searchMatcher(q);
      const want = texts.map((t) => searchHits(t, q).length > 0);
      expect(texts.map(matches), q).toEqual(want);
      if (q === 'конференции') expect(want.filter(Boolean).length).toBeGreaterThan(3);
    }
  });
});
