// @vitest-environment jsdom
// One number, one truth: the year split shows the stated total and flags the 535/536 mismatch as the
// timeline does; a count no event states is «не указано», never 0; a sum with «более 200» in it says so.
import { render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import YearSplit from '../../src/charts/YearSplit.svelte';
import Timeline from '../../src/charts/Timeline.svelte';
import KeyFigures from '../../src/views/KeyFigures.svelte';
import { summarize, timelineData, yearBuckets, type Summary } from '../../src/lib/state/aggregate';
import { locale } from '../../src/i18n/locale.svelte';
import type { Resolution } from '../../src/lib/types';
import { parseSeed } from '../helpers/seeds';
import { makeResolution } from './fixtures/resolution';

const NBSP = '\u00a0';
let seeds: Resolution[];
let all: Summary;
beforeAll(() => {
  seeds = ['000', '001', '002', '003', '004'].map(parseSeed);
  all = summarize(yearBuckets(seeds));
});

async function openTables() {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details.data')) {
    d.open = true;
    d.dispatchEvent(new Event('toggle'));
  }
  await tick();
}

const split = () => render(YearSplit, { props: { data: all.split, unknownFormat: all.unknownFormat, years: all.years } });

describe('year split', () => {
  it('shows 535 for 2020, the stated total, with the mismatch flagged as on the timeline', async () => {
    const { container } = split();
    const row = container.querySelector('.row[data-year="2020"]')!;
    expect(row.querySelector('text.value')!.textContent).toBe('535');
    expect(row.querySelector('[data-mismatch] title')!.textContent).toBe('Очно 34 + онлайн 502 = 536, а всего указано 535');
    expect(row.getAttribute('aria-label')).toContain('всего 535');
    expect(row.getAttribute('aria-label')).toContain('Очно 34 + онлайн 502 = 536, а всего указано 535');
    expect(container.querySelector('.row[data-year="2021"] [data-mismatch]')).toBeNull();
    await openTables();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    const cells = (year: string) => [...rows.find((r) => r.firstElementChild!.textContent === year)!.children].map((c) => c.textContent);
    expect(cells('2020')).toEqual(['2020', '34', '502', '0', '535', 'Очно 34 + онлайн 502 = 536, а всего указано 535']);
  });

  it('says «не указано» where no event of the year states a count: aria-label and data table, never 0', async () => {
    const { container } = split();
    const aria = (year: number) => container.querySelector(`.row[data-year="${year}"]`)!.getAttribute('aria-label')!;
    expect(aria(2015)).toBe('2015: всего 143, очно не указано, онлайн не указано, формат не указан 143');
    expect(aria(2009)).toBe('2009: всего не указано, очно не указано, онлайн не указано');
    expect(aria(2009)).not.toMatch(/\b0\b/);
    await openTables();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    const cells = (year: string) => [...rows.find((r) => r.firstElementChild!.textContent === year)!.children].map((c) => c.textContent);
    expect(cells('2009').slice(0, 5)).toEqual(['2009', 'не указано', 'не указано', '0', 'не указано']);
  });

  it('is worded in English with lang=en, the warning too', () => {
    locale.lang = 'en';
    try {
      const { container } = split();
      expect(container.querySelector('.row[data-year="2020"] [data-mismatch] title')!.textContent).toBe(
        'In person 34 + online 502 = 536, but the stated total is 535',
      );
      expect(container.querySelector('.row[data-year="2009"]')!.getAttribute('aria-label')).toContain('not stated');
    } finally {
      locale.lang = 'ru';
    }
  });
});

describe('approximate counts in sums', () => {
  // «более 2 000» and «более 200» beside exact counts.
  const approx = [
    makeResolution({ seed: 'a', year: 2019, total: 2000 }),
    makeResolution({ seed: 'b', year: 2019, total: 200 }),
    { ...makeResolution({ seed: 'c', year: 2018, total: 220 }), approx: {} },
  ];

  it('the key figure reads «не менее 2 420» with its explanation', () => {
    const s = summarize(yearBuckets(approx));
    render(KeyFigures, { props: { figures: s.figures } });
    const value = document.querySelector('[data-figure="participants"]')!;
    expect(value.textContent!.replace(/\s/g, ' ')).toBe('не менее 2 420≈');
    expect(document.querySelector('[data-approx-note]')!.textContent).toContain('«более 200» учтено как 200');
    // An exact sum has no marker.
    expect(document.querySelector('[data-figure="events"]')!.textContent).toBe('3');
  });

  it('an exact sum stays a plain number', () => {
    render(KeyFigures, { props: { figures: summarize(yearBuckets(seeds), 2020, 2021).figures } });
    expect(document.querySelector('[data-figure="participants"]')!.textContent).toBe(`1${NBSP}530`);
    expect(document.querySelector('[data-approx-note]')).toBeNull();
  });

  it('the timeline table says «более 200», the year split «не менее 2 200»', async () => {
    const s = summarize(yearBuckets(approx));
    render(Timeline, {
      props: { data: timelineData(approx), extent: [2018, 2019] as [number, number], from: null, to: null, onrange: () => {} },
    });
    render(YearSplit, { props: { data: s.split, unknownFormat: [], years: s.years } });
    await openTables();
    const text = document.body.textContent!.replace(/\s/g, ' ');
    expect(text).toContain('более 200');
    expect(text).toContain('более 2 000');
    expect(document.querySelector('.row[data-year="2019"] text.value')!.textContent!.replace(/\s/g, ' ')).toBe('не менее 2 200');
    expect(document.querySelector('.row[data-year="2018"] text.value')!.textContent).toBe('220');
  });
});

describe('the 535/536 mismatch flagged wherever 535 is shown', () => {
  it('the key figure of participants carries the «!» with the warning', () => {
    render(KeyFigures, { props: { figures: summarize(yearBuckets(seeds), 2020, 2020).figures } });
    expect(document.querySelector('[data-figure="participants"]')!.textContent).toBe('535');
    expect(document.querySelector('[data-mismatch-note]')!.textContent).toContain('Очно 34 + онлайн 502 = 536, а всего указано 535');
  });

  it('no «!» where every total agrees', () => {
    render(KeyFigures, { props: { figures: summarize(yearBuckets(seeds), 2021, 2021).figures } });
    expect(document.querySelector('[data-mismatch-note]')).toBeNull();
  });

  it('the events table marks the 2020 total, in the page language', async () => {
    const { default: EventsTable } = await import('../../src/views/EventsTable.svelte');
    locale.lang = 'en';
    try {
      const { container } = render(EventsTable, { props: { rows: seeds, q: '', onsearch: () => {}, onopen: () => {} } });
      const flagged = [...container.querySelectorAll('td[data-mismatch]')];
      expect(flagged).toHaveLength(1);
      expect(flagged[0].textContent).toBe('535');
      expect(flagged[0].getAttribute('title')).toBe('In person 34 + online 502 = 536, but the stated total is 535');
    } finally {
      locale.lang = 'ru';
    }
  });
});
