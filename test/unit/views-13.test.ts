// @vitest-environment jsdom
// Issue 13's small things in the views: grid cells that filter, search words found in any form and
// highlighted, matching recommendations first and opened at their place, the drawer without a second
// banner, its warnings in English, and the opened event in the URL.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import ThemeGrid from '../../src/charts/ThemeGrid.svelte';
import RecommendationList from '../../src/views/RecommendationList.svelte';
import EventDetail from '../../src/views/EventDetail.svelte';
import { searchHits } from '../../src/views/search-hits';
import { readEvent, withEvent } from '../../src/lib/state/event-url.svelte';
import { locale } from '../../src/i18n/locale.svelte';
import { recommendationItems } from '../../src/lib/state/aggregate';
import { THEMES } from '../../src/lib/parse/themes';
import type { Resolution } from '../../src/lib/types';
import { parseSeed } from '../helpers/seeds';

const themeLabels = Object.fromEntries(THEMES.map((t) => [t.id, t.ru]));
afterEach(() => {
  locale.lang = 'ru';
});

describe('theme × year grid', () => {
  it('a cell is a button that picks its theme and year', async () => {
    const oncell = vi.fn();
    const { getByRole } = render(ThemeGrid, {
      props: {
        themes: [{ id: 'quality', label: 'Управление качеством' }],
        years: [2020, 2021],
        cells: [{ theme: 'quality', year: 2021, count: 3 }],
        active: [],
        ontoggle: vi.fn(),
        oncell,
      },
    });
    await fireEvent.click(getByRole('button', { name: 'Выбрать тему «Управление качеством» и 2021 год: 3 рекомендации' }));
    expect(oncell).toHaveBeenCalledWith('quality', 2021);
  });
});

describe('search words in a text', () => {
  it('finds any form of a word and a number with or without its separator', () => {
    const text = 'Кузбасские библиотеки провели 2 198 просмотров; в Кузбассе — 12198 и 2198.';
    const found = (q: string) => searchHits(text, q).map((h) => text.slice(h.start, h.end));
    expect(found('Кузбасс')).toEqual(['Кузбасские', 'Кузбассе']);
    expect(found('2198')).toEqual(['2 198', '2198']);
    expect(found('2 198')).toEqual(['2 198', '2198']);
    expect(found('и в на')).toEqual([]);
  });
});

describe('recommendations with a search', () => {
  const s001 = parseSeed('001');
  const items = recommendationItems([s001], []);

  it('puts the recommendations that contain the query first, and opens the text at the one chosen', async () => {
    const last = items[items.length - 1].item;
    const word = last.text.split(/\s+/).find((w) => w.length > 7 && !items.slice(0, -1).some((e) => e.item.text.includes(w)))!;
    expect(word).toBeTruthy();
    const onopen = vi.fn();
    const onopenrec = vi.fn();
    const { container } = render(RecommendationList, { props: { items, activeThemes: [], themeLabels, onopen, onopenrec, q: word } });
    const first = container.querySelector('li')!;
    expect(first.querySelector('p.item')!.textContent).toBe(last.text);
    expect(first.hasAttribute('data-search-hit')).toBe(true);
    expect(container.querySelector('[data-search-first]')!.textContent).toContain(word);
    await fireEvent.click(first.querySelector('button.event')!);
    expect(onopenrec).toHaveBeenCalledWith(s001.id, last);
    expect(onopen).not.toHaveBeenCalled();
  });
});

describe('event detail', () => {
  const s001: Resolution = parseSeed('001');

  it('has no banner landmark of its own and words its warnings in the page language', () => {
    locale.lang = 'en';
    const { container } = render(EventDetail, { props: { resolution: s001, onclose: vi.fn(), themeLabels } });
    expect(container.querySelector('header')).toBeNull();
    expect(container.querySelector('[data-warning="count-mismatch"]')!.textContent).toContain(
      'In person 34 + online 502 = 536, but the stated total is 535',
    );
  });

  it('opens at the recommendation asked for', async () => {
    render(EventDetail, { props: { resolution: s001, onclose: vi.fn(), themeLabels, rec: 2 } });
    await tick();
    const focused = document.activeElement as HTMLElement;
    expect(focused.tagName).toBe('MARK');
    expect(focused.textContent).toContain(s001.recommendations[2].text.slice(0, 30));
  });
});

describe('the opened event in the URL', () => {
  it('reads and writes event=<id> and rec=<n>, keeping the other parameters', () => {
    expect(readEvent('?from=2015&event=r-f6834b6c64d9d833&rec=3')).toEqual({ id: 'r-f6834b6c64d9d833', rec: 3 });
    expect(readEvent('?event=<script>')).toBeNull();
    expect(withEvent('?from=2015&lang=en', { id: 'r-abc', rec: null })).toBe('?from=2015&lang=en&event=r-abc');
    expect(withEvent('?from=2015&event=r-abc&rec=1', null)).toBe('?from=2015');
  });
});

describe('search words in the evidence text', () => {
  it('marks every form of the query in the text of the opened event', () => {
    const s003 = parseSeed('003');
    const { container } = render(EventDetail, { props: { resolution: s003, onclose: vi.fn(), themeLabels, q: 'Кузбасс' } });
    const marked = [...container.querySelectorAll('mark.m-search')].map((m) => m.textContent);
    expect(marked.length).toBeGreaterThanOrEqual(2);
    expect(marked.every((w) => /^Кузбас/.test(w!))).toBe(true);
    expect(container.querySelector('[data-search-hits]')!.textContent).toContain('«Кузбасс»');
  });
  it('marks «2 198» for the query «2198»', () => {
    const s001 = parseSeed('001');
    const { container } = render(EventDetail, { props: { resolution: s001, onclose: vi.fn(), themeLabels, q: '2198' } });
    expect([...container.querySelectorAll('mark.m-search')].map((m) => m.textContent!.replace(/\s/g, ' '))).toEqual(['2 198']);
  });
});
