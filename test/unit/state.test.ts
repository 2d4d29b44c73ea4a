// Filters ⇄ URL, the selection index, search and aggregates, on the five parsed seeds.
import { describe, expect, it } from 'vitest';
import { filtersFromQuery, filtersToQuery, NO_FILTERS, type Filters } from '../../src/lib/state/filters';
import { SelectionIndex } from '../../src/lib/state/selection';
import { SearchClient } from '../../src/lib/state/search-client';
import { recommendationItems, summarize, yearBuckets } from '../../src/lib/state/aggregate';
import { parseSeed } from '../helpers/seeds';

const seeds = ['000', '001', '002', '003', '004'].map(parseSeed);
const index = new SelectionIndex(seeds);
// No Worker under Node: the client builds the same index on this thread.
const search = new SearchClient();
async function years(f: Partial<Filters>) {
  const matches = f.q ? await search.search(seeds, f.q) : null;
  return index.select({ ...NO_FILTERS, ...f }, matches).map((r) => r.year);
}

describe('filters in the URL', () => {
  it('reads the public parameters', () => {
    expect(
      filtersFromQuery('?from=2020&to=2021&theme=quality,digital&kind=conference&type=resolution&place=RU-KEM&q=кемеровская%20область'),
    ).toEqual({
      from: 2020,
      to: 2021,
      themes: ['quality', 'digital'],
      kinds: ['conference'],
      types: ['resolution'],
      place: 'RU-KEM',
      q: 'кемеровская область',
    });
  });

  it('ignores malformed values rather than guessing', () => {
    expect(filtersFromQuery('?from=20x0&to=&theme=,,')).toEqual(NO_FILTERS);
  });

  it('writes a query that reads back the same, keeping unrelated parameters', () => {
    const f: Filters = { ...NO_FILTERS, from: 2015, themes: ['quality', 'events'], place: 'Кемерово', q: 'онлайн' };
    const query = filtersToQuery(f, '?lang=en&from=1999');
    expect(query).toContain('theme=quality,events');
    expect(query).toContain('lang=en');
    expect(filtersFromQuery(query)).toEqual(f);
    expect(filtersToQuery(NO_FILTERS)).toBe('');
  });
});

describe('selection', () => {
  it('matches no text until the search has answered, rather than ignoring the query', () => {
    expect(index.select({ ...NO_FILTERS, q: 'кемеровская область' })).toEqual([]);
  });

  it('answers from the records it is given, rebuilding its index when they change', async () => {
    const two = await search.search(seeds, 'кемеровская область');
    expect(two.size).toBe(2);
    const others = seeds.filter((r) => !two.has(r.id));
    expect((await search.search(others, 'кемеровская область')).size).toBe(0);
    expect(await search.search(seeds, 'кемеровская область')).toEqual(two);
  });

  it('finds a recommendation corrected by hand, whose words the text does not hold', async () => {
    const [first, ...rest] = seeds;
    const edited = { ...first, recommendations: [{ ...first.recommendations[0], text: 'Создать голографический каталог' }] };
    expect([...(await new SearchClient().search([edited, ...rest], 'голографического каталога'))]).toEqual([first.id]);
  });

  it('selects by year range', async () => {
    expect(await years({ from: 2020, to: 2021 })).toEqual([2020, 2021]);
    expect(await years({ to: 2015 })).toEqual([2009, 2015]);
    expect(await years({})).toEqual([2009, 2015, 2016, 2020, 2021]);
  });

  it('selects by region code or place name: Кемеровская область is named by the 2009 and 2015 events', async () => {
    expect(await years({ place: 'RU-KEM' })).toEqual([2009, 2015]);
    expect(await years({ place: 'Санкт-Петербург' })).toEqual([2016, 2020, 2021]);
  });

  it('searches all words of a query in any inflected form', async () => {
    expect(await years({ q: 'кемеровская область' })).toEqual([2009, 2015]);
    expect(await years({ q: 'менеджмент качества' })).toEqual([2009, 2021]);
    expect(await years({ q: 'кемеровская область пандемия' })).toEqual([]);
  });

  it('selects by kind and theme', async () => {
    expect(await years({ kinds: ['council'] })).toEqual([2009]);
    const quality = index.select({ ...NO_FILTERS, themes: ['quality'] });
    const items = recommendationItems(quality, ['quality']);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.item.themes.includes('quality'))).toBe(true);
    const all = seeds.flatMap((r) => r.recommendations.filter((i) => i.themes.includes('quality')));
    expect(items.map((i) => i.item.text).sort()).toEqual(all.map((i) => i.text).sort());
  });
});

describe('aggregates', () => {
  const all = summarize(yearBuckets(seeds));

  it('sums 2020–2021 into 2 events, 1 530 participants and 1 458 online', () => {
    const f = summarize(yearBuckets(seeds), 2020, 2021).figures;
    expect(f.events).toBe(2);
    expect(f.participants).toEqual({ value: 1530, silent: 0 });
    expect(f.online).toEqual({ value: 1458, silent: 0 });
    expect(f.offline).toEqual({ value: 73, silent: 0 });
    expect(f.reports).toEqual({ value: 36, silent: 0 });
  });

  it('adds up the same per-year sums as a summary of the selected events alone', () => {
    for (const [from, to] of [
      [2020, 2021],
      [null, 2015],
      [2016, null],
      [2010, 2014],
    ] as const) {
      const selected = index.select({ ...NO_FILTERS, from, to });
      expect(summarize(yearBuckets(seeds), from, to)).toEqual(summarize(yearBuckets(selected)));
    }
    expect(summarize(yearBuckets(seeds), 2010, 2014).figures.events).toBe(0);
  });

  it('counts the events that are silent instead of adding zeros', () => {
    const f = all.figures;
    expect(f.participants).toEqual({ value: 995 + 535 + 116 + 143, silent: 1 });
    expect(f.online).toEqual({ value: 1458, silent: 3 });
    expect(all.unknownFormat.map((u) => u.year)).toEqual([2009, 2015, 2016]);
  });

  it('splits participants per year', () => {
    expect(all.split).toEqual([
      { year: 2009, offline: 0, online: 0, notStated: 0, silent: 1 },
      { year: 2015, offline: 0, online: 0, notStated: 143, silent: 0 },
      { year: 2016, offline: 0, online: 0, notStated: 116, silent: 0 },
      { year: 2020, offline: 34, online: 502, notStated: 0, silent: 0 },
      { year: 2021, offline: 39, online: 956, notStated: 0, silent: 0 },
    ]);
  });

  it('counts recommendations per theme', () => {
    const expected = seeds.flatMap((r) => r.recommendations).filter((i) => i.themes.includes('quality')).length;
    expect(all.themes.get('quality')).toBe(expected);
    const perYear = all.grid.cells.filter((c) => c.theme === 'quality').reduce((s, c) => s + c.count, 0);
    expect(perYear).toBe(expected);
    expect(all.grid.years).toEqual([2009, 2015, 2016, 2020, 2021]);
    expect(expected).toBeGreaterThanOrEqual(3);
  });
});
