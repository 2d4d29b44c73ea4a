// @vitest-environment jsdom
// Links are user input: every URL parameter is checked against the vocabularies, an unknown value is
// dropped with a notice (never shown as a chip), and no query string can blank the page.
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/svelte';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOC_TYPES, EVENT_KINDS, isOneOf } from '../../src/lib/types';
import { filtersFromQuery, readQuery, THEME_IDS } from '../../src/lib/state/filters';

describe('reading a link', () => {
  it('keeps known values and names every value it drops', () => {
    const read = readQuery('?kind=foo,conference&type=__proto__&theme=__proto__,constructor,quality&place=RU-KEM');
    expect(read.filters).toEqual({
      from: null,
      to: null,
      themes: ['quality'],
      kinds: ['conference'],
      types: [],
      place: 'RU-KEM',
      q: '',
    });
    expect(read.issues).toEqual([
      { code: 'unknown', param: 'theme', value: '__proto__' },
      { code: 'unknown', param: 'theme', value: 'constructor' },
      { code: 'unknown', param: 'kind', value: 'foo' },
      { code: 'unknown', param: 'type', value: '__proto__' },
    ]);
  });

  it('swaps a range given backwards and says so', () => {
    const read = readQuery('?from=2030&to=1990');
    expect([read.filters.from, read.filters.to]).toEqual([1990, 2030]);
    expect(read.issues).toEqual([{ code: 'swapped', param: 'from', value: '2030–1990' }]);
  });

  it('refuses a year that is not a year, and overlong text', () => {
    const read = readQuery(`?from=0000&to=12345&q=${'а'.repeat(1001)}&place=${'б'.repeat(201)}`);
    expect(read.filters).toEqual({ from: null, to: null, themes: [], kinds: [], types: [], place: null, q: '' });
    expect(read.issues.map((i) => [i.code, i.param])).toEqual([
      ['bad-year', 'from'],
      ['bad-year', 'to'],
      ['too-long', 'place'],
      ['too-long', 'q'],
    ]);
  });

  it('leaves a valid link untouched, with no notice', () => {
    const read = readQuery('?from=2020&to=2021&theme=quality,digital&kind=conference&type=resolution&place=RU-KEM&q=кемеровская');
    expect(read.issues).toEqual([]);
    expect(read.filters.themes).toEqual(['quality', 'digital']);
  });

  it('never lets a value outside the vocabularies through (any query string)', () => {
    const key = fc.constantFrom('from', 'to', 'theme', 'kind', 'type', 'place', 'q', 'lang', '__proto__', 'constructor');
    const word = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        'foo',
        'quality',
        'conference',
        'report',
        '2030',
        '1990',
        '0',
        '-1',
        '%',
        '%E0%A4%A',
        ',',
      ),
    );
    const value = fc.array(word, { maxLength: 4 }).map((ws) => ws.join(','));
    const query = fc.oneof(
      fc.string(),
      fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(query, (q) => {
        const f = filtersFromQuery(q);
        expect(f.kinds.every((k) => isOneOf(EVENT_KINDS, k))).toBe(true);
        expect(f.types.every((k) => isOneOf(DOC_TYPES, k))).toBe(true);
        expect(f.themes.every((k) => THEME_IDS.includes(k))).toBe(true);
        if (f.from !== null && f.to !== null) expect(f.from).toBeLessThanOrEqual(f.to);
      }),
      { numRuns: 2000 },
    );
  });
});

const figure = (key: string) => document.querySelector(`[data-figure="${key}"]`)?.textContent?.replace(/\s/g, ' ');
const chips = () => [...document.querySelectorAll('.chips .chip')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim());

async function renderAt(query: string) {
  history.replaceState(null, '', `/${query}`);
  const { filters } = await import('../../src/lib/state/url.svelte');
  filters.load();
  const { default: App } = await import('../../src/App.svelte');
  const view = render(App);
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(figure('events')).toMatch(/^\d+$/));
  return view;
}

beforeAll(async () => {
  await Promise.all([
    import('../../src/App.svelte'),
    import('../../src/lib/state/data.svelte'),
    import('../../src/lib/state/url.svelte'),
    import('../../src/lib/store'),
    import('../../data/resolutions.json'),
  ]);
});

describe('the page at a hostile link', { timeout: 120_000 }, () => {
  it('shows every event, no made-up chip, and a Russian notice for ?kind=foo&type=__proto__&theme=__proto__,constructor', async () => {
    await renderAt('?kind=foo&type=__proto__&theme=__proto__,constructor');
    expect(figure('events')).toBe('5');
    expect(chips()).toEqual([]);
    expect(document.body.textContent).not.toMatch(/object Object|undefined/);
    const notice = document.querySelector('[data-url-notice]');
    expect(notice?.textContent).toMatch(/Ссылка содержит неизвестные значения, они пропущены/);
    expect(notice?.textContent).toContain('kind=foo');
    expect(notice?.textContent).toContain('theme=constructor');
    // The address is cleaned, so the link the user copies next is a valid one.
    expect(location.search).toBe('');
    const { data } = await import('../../src/lib/state/data.svelte');
    await waitFor(() => expect(data.status).toBe('ready'));
  });

  it('swaps ?from=2030&to=1990 and says so, in English with lang=en', async () => {
    const { locale } = await import('../../src/i18n/locale.svelte');
    locale.lang = 'en';
    try {
      await renderAt('?from=2030&to=1990&lang=en');
      expect(chips()).toEqual(['Years: 1990–2030 ×']);
      expect(document.querySelector('[data-url-notice]')?.textContent).toMatch(/years were given backwards/);
      expect(location.search).toBe('?lang=en&from=1990&to=2030');
    } finally {
      locale.lang = 'ru';
    }
  });

  it('any query string leaves the header and the key figures on the page', async () => {
    const key = fc.constantFrom('from', 'to', 'theme', 'kind', 'type', 'place', 'q', '__proto__');
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'foo', '2030', '1990', 'quality', '%'),
    );
    const query = fc.array(fc.tuple(key, value), { maxLength: 5 }).map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const view = await renderAt(q);
        try {
          expect(document.querySelector('header h1')?.textContent).toBe('Резолюции библиотечных конференций');
          expect(figure('participants')).toBeTruthy();
          expect(document.body.textContent).not.toMatch(/object Object/);
        } finally {
          view.unmount();
        }
      }),
      { numRuns: 15 },
    );
  });
});
