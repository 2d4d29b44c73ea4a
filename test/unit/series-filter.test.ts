// The series filter: `series=<id>` in the URL, checked like the other parameters, and the selection
// that keeps one series' editions.
import { beforeAll, describe, expect, it } from 'vitest';
import data from '../../data/resolutions.json';
import { filtersFromQuery, filtersToQuery, NO_FILTERS, readQuery } from '../../src/lib/state/filters';
import { SelectionIndex } from '../../src/lib/state/selection';
import { loadSeries } from '../../src/lib/state/series-loader.svelte';
import { filterParts } from '../../src/export/describe';
import { filtersSlug } from '../../src/export/filename';
import type { Dataset } from '../../src/lib/types';

const seeds = (data as unknown as Dataset).resolutions;
const index = new SelectionIndex(seeds);
let methodical: { id: string; name: string };
beforeAll(async () => {
  // Until the series module has loaded, a series filter matches nothing (as a search before its answer).
  expect(index.select({ ...NO_FILTERS, series: 's-1b941b4d' })).toEqual([]);
  await loadSeries();
  methodical = index.series!.list.find((s) => s.name === 'Методическая служба')!;
});

describe('series= in the URL', () => {
  it('reads a series id and writes it back, beside the other filters', () => {
    const f = filtersFromQuery(`?from=2015&series=${methodical.id}`);
    expect(f).toEqual({ ...NO_FILTERS, from: 2015, series: methodical.id });
    expect(filtersToQuery(f, '?lang=en')).toBe(`?lang=en&from=2015&series=${methodical.id}`);
    expect(filtersFromQuery(filtersToQuery(f))).toEqual(f);
  });

  it('drops a value that is no series id and says so', () => {
    const { filters, issues } = readQuery('?series=<script>&q=онлайн');
    expect(filters).toEqual({ ...NO_FILTERS, q: 'онлайн' });
    expect(issues).toEqual([{ code: 'unknown', param: 'series', value: '<script>' }]);
    expect(filtersFromQuery('?series=')).toEqual(NO_FILTERS);
  });

  it('names the series in the filters line and in file names', () => {
    expect(filterParts({ ...NO_FILTERS, series: methodical.id }, {}, methodical.name)).toEqual(['Серия: «Методическая служба»']);
    expect(filtersSlug({ ...NO_FILTERS, series: methodical.id })).toBe(`-${methodical.id}`);
  });
});

describe('selection by series', () => {
  it('keeps the editions of the series and nothing else', () => {
    expect(index.select({ ...NO_FILTERS, series: methodical.id }).map((r) => [r.ordinal, r.year])).toEqual([
      ['II', 2016],
      ['IV', 2020],
    ]);
    expect(index.select({ ...NO_FILTERS, series: methodical.id, from: 2018 }).map((r) => r.year)).toEqual([2020]);
    // An id of no series in the data: nothing matches (the view says the series is not in the data).
    expect(index.select({ ...NO_FILTERS, series: 's-00000000' })).toEqual([]);
    expect(index.select(NO_FILTERS)).toHaveLength(5);
  });
});
