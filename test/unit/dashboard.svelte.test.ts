// @vitest-environment jsdom
// The dashboard's pipeline (selection → search → per-year sums → views) on the bundled records
// (data/resolutions.json), outside any component: what each step gives, and which steps a change wakes.
import { flushSync } from 'svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import bundle from '../../data/resolutions.json';
import themes from '../../data/themes.json';
import type { Dataset, Resolution } from '../../src/lib/types';
import { NO_FILTERS, type Filters } from '../../src/lib/state/filters';
import { SearchClient } from '../../src/lib/state/search-client';
import { Dashboard, sameOtherFilters } from '../../src/lib/state/dashboard.svelte';

const records = (bundle as unknown as Dataset).resolutions;
const themeList = themes.map((th) => ({ id: th.id, label: th.ru }));
const yearsOf = (rs: Resolution[]) => rs.map((r) => r.year);
/** Two frames: the deferred views follow a frame after the figures (requestAnimationFrame, then a task). */
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

// One search client for the file: under jsdom there is no Worker, so it builds the index on this thread once.
const search = new SearchClient();
beforeAll(async () => {
  await search.search(records, 'библиотека');
});

let filters = $state.raw<Filters>(NO_FILTERS);
let stop: (() => void) | null = null;
function start(f: Partial<Filters> = {}): Dashboard {
  filters = { ...NO_FILTERS, ...f };
  let board!: Dashboard;
  stop = $effect.root(() => {
    board = new Dashboard({ resolutions: () => records, filters: () => filters, themes: () => themeList }, search);
  });
  flushSync();
  return board;
}
function set(patch: Partial<Filters>) {
  filters = { ...filters, ...patch };
  flushSync();
}
afterEach(() => {
  stop?.();
  stop = null;
});

describe('the dashboard pipeline on the bundled records', () => {
  it('without filters: five events in date order, 1 789 participants, the 2009 council silent', () => {
    const board = start();
    expect(records).toHaveLength(5);
    expect(board.extent).toEqual([2009, 2021]);
    expect(yearsOf(board.selected)).toEqual([2009, 2015, 2016, 2020, 2021]);
    expect(board.timeline.map((d) => d.date.slice(0, 4))).toEqual(['2009', '2015', '2016', '2020', '2021']);
    const { figures } = board.summary;
    expect(figures.events).toBe(5);
    expect(figures.participants).toEqual({ value: 995 + 535 + 116 + 143, silent: 1 });
    expect(figures.online).toEqual({ value: 956 + 502, silent: 3 });
    expect(board.summary.split.map((s) => s.year)).toEqual([2009, 2015, 2016, 2020, 2021]);
    expect(board.searching).toBe(false);
    expect(board.answer).toEqual({ q: '', ids: null });
  });

  it('2020–2021: two events, 1 530 participants (1 458 online, 73 offline); the timeline keeps every year', () => {
    const board = start();
    const timeline = board.timeline;
    set({ from: 2020, to: 2021 });
    expect(yearsOf(board.selected)).toEqual([2020, 2021]);
    expect(board.summary.figures.events).toBe(2);
    expect(board.summary.figures.participants.value).toBe(1530);
    expect(board.summary.figures.online.value).toBe(1458);
    expect(board.summary.figures.offline.value).toBe(73);
    expect(board.summary.figures.onlineShare).toBeCloseTo(1458 / 1530, 6);
    expect(board.summary.grid.years).toEqual([2020, 2021]);
    // A change of years alone: the timeline's events and their per-year sums are the very same objects.
    expect(board.timeline).toBe(timeline);
    expect(board.timeline).toHaveLength(5);
  });

  it('the quality theme from 2010: two events and its recommendations counted; the timeline keeps 2009', () => {
    const board = start({ from: 2010 });
    set({ themes: ['quality'] });
    expect(yearsOf(board.selected)).toEqual([2015, 2021]);
    expect(board.timeline.map((d) => d.date.slice(0, 4))).toEqual(['2009', '2015', '2021']);
    const tagged = (years: number[]) =>
      records
        .filter((r) => years.includes(r.year!))
        .flatMap((r) => r.recommendations)
        .filter((i) => i.themes.includes('quality')).length;
    expect(tagged([2015, 2021])).toBeGreaterThanOrEqual(2);
    expect(board.themeCounts.find((th) => th.id === 'quality')).toEqual({
      id: 'quality',
      label: 'Управление качеством и стандарты',
      count: tagged([2015, 2021]),
    });
    expect(board.themeCounts.map((th) => th.id)).toEqual(themes.map((th) => th.id));
  });

  it('an equal copy of the filters (back and forward read the URL again) rebuilds nothing', () => {
    const board = start({ themes: ['quality'], kinds: ['conference'] });
    const [timeline, buckets] = [board.timeline, board.buckets];
    set({ themes: ['quality'], kinds: ['conference'], types: [] });
    expect(board.timeline).toBe(timeline);
    expect(board.buckets).toBe(buckets);
    set({ kinds: ['council'] });
    expect(board.timeline).not.toBe(timeline);
    expect(board.timeline.map((d) => d.date.slice(0, 4))).toEqual(['2009']);
  });

  it('a search: nothing matches until the answer comes, then the last answer stays while the next is on its way', async () => {
    const board = start();
    set({ q: 'Кемерово' });
    expect(board.searching).toBe(true);
    expect(board.selected).toEqual([]);
    await expect.poll(() => board.searching).toBe(false);
    const kemerovo = yearsOf(board.selected);
    expect(kemerovo).toEqual([2009, 2015]);
    expect(board.answer.q).toBe('Кемерово');
    set({ q: 'Кемерово онлайн' });
    expect(board.searching).toBe(true);
    expect(board.applied.q).toBe('Кемерово');
    expect(yearsOf(board.selected)).toEqual(kemerovo);
    await expect.poll(() => board.searching).toBe(false);
    expect(yearsOf(board.selected).every((y) => kemerovo.includes(y))).toBe(true);
  });

  it('the map and the lists get the selection a frame later, with the chosen themes’ recommendations', async () => {
    const board = start();
    await nextFrame();
    expect(board.later).toBe(board.selected);
    set({ themes: ['quality'] });
    expect(yearsOf(board.later)).toEqual([2009, 2015, 2016, 2020, 2021]);
    await expect.poll(() => yearsOf(board.later)).toEqual([2009, 2015, 2021]);
    const expected = board.selected.flatMap((r) => r.recommendations.filter((i) => i.themes.includes('quality')).map((i) => i.text));
    expect(board.recommendations.map((x) => x.item.text)).toEqual(expected);
    expect(new Set(board.recommendations.map((x) => x.year))).toEqual(new Set([2009, 2015, 2021]));
  });
});

describe('sameOtherFilters', () => {
  it('compares every filter but the years, lists in order', () => {
    const f = { ...NO_FILTERS, themes: ['quality', 'digital'], place: 'RU-KEM' };
    expect(sameOtherFilters(f, { ...f, themes: ['quality', 'digital'], from: 2020 } as Filters)).toBe(true);
    expect(sameOtherFilters(f, { ...f, themes: ['digital', 'quality'] })).toBe(false);
    expect(sameOtherFilters(f, { ...f, place: 'RU-SPE' })).toBe(false);
    expect(sameOtherFilters(f, { ...f, q: 'онлайн' })).toBe(false);
    expect(sameOtherFilters(f, { ...f, kinds: ['forum'] })).toBe(false);
    expect(sameOtherFilters(f, { ...f, types: ['news'] })).toBe(false);
  });
});
