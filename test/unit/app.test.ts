// @vitest-environment jsdom
// The whole page on fake-indexeddb: seeded from the bundled data, filtered through the URL.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';

const figure = (key: string) => document.querySelector(`[data-figure="${key}"]`)?.textContent?.replace(/\s/g, ' ');

async function renderAt(query: string) {
  history.replaceState(null, '', `/${query}`);
  const { filters } = await import('../../src/lib/state/url.svelte');
  filters.value = (await import('../../src/lib/state/filters')).filtersFromQuery(location.search);
  const { default: App } = await import('../../src/App.svelte');
  render(App);
  // Each wait has the setup's 10 s (test/setup.ts), well inside these tests' own limit below.
  await screen.findByText('Событий');
  // The store opens after the first paint: let it finish, so that no module still loads after the test.
  const { data } = await import('../../src/lib/state/data.svelte');
  await waitFor(() => expect(data.status).toBe('ready'));
  return filters;
}

// The cold start, paid once here rather than inside the first test: the page's modules (the whole
// component tree), the bundled data and the store with Dexie, which the page loads after its first paint.
beforeAll(async () => {
  await Promise.all([
    import('../../src/App.svelte'),
    import('../../src/lib/state/data.svelte'),
    import('../../src/lib/state/url.svelte'),
    import('../../src/lib/state/filters'),
    import('../../src/lib/state/selection'),
    import('../../src/lib/store'),
    import('../../data/resolutions.json'),
  ]);
});

// A render of the whole page waits up to three times (first paint, store ready, deferred views).
describe('dashboard', { timeout: 60_000 }, () => {
  it('reads 2 events, 1 530 participants and 1 458 online for 2020–2021', async () => {
    await renderAt('?from=2020&to=2021');
    expect(figure('events')).toBe('2');
    expect(figure('participants')).toBe('1 530');
    expect(figure('online')).toBe('1 458');
    expect(figure('offline')).toBe('73');
    // The table follows the figures a frame later (src/lib/state/deferred.svelte.ts).
    await waitFor(() => expect(document.querySelectorAll('[data-event-id]')).toHaveLength(2));
  });

  it('lists exactly the recommendations tagged with the quality-management theme', async () => {
    const filters = await renderAt('?theme=quality');
    expect(filters.value.themes).toEqual(['quality']);
    const { SelectionIndex } = await import('../../src/lib/state/selection');
    const { data } = await import('../../src/lib/state/data.svelte');
    const expected = new SelectionIndex(data.resolutions)
      .select(filters.value)
      .flatMap((r) => r.recommendations.filter((i) => i.themes.includes('quality')).map((i) => i.text));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const list = screen.getByRole('region', { name: 'Рекомендации' });
    const shown = () =>
      within(list)
        .queryAllByRole('listitem')
        .map((li) => li.querySelector('p.item')?.textContent?.trim());
    await waitFor(() => expect(shown()).toEqual(expected));
  });
});
