// @vitest-environment jsdom
// The views on the real seed texts: events table, evidence view, recommendation list.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import EventsTable from '../../src/views/EventsTable.svelte';
import EventDetail from '../../src/views/EventDetail.svelte';
import RecommendationList from '../../src/views/RecommendationList.svelte';
import { THEMES } from '../../src/lib/parse/themes';
import type { Resolution } from '../../src/lib/types';
import { parseSeed, parseText, seedText } from '../helpers/seeds';
import { makeResolutions } from './fixtures/resolution';

const seeds: Resolution[] = ['000', '001', '002', '003', '004'].map(parseSeed);
const [s000, s001, s002, , s004] = seeds;
const themeLabels = Object.fromEntries(THEMES.map((t) => [t.id, t.ru]));

const rowsOf = (c: HTMLElement) => [...c.querySelectorAll<HTMLTableRowElement>('tr[data-event-id]')];
const rowOf = (c: HTMLElement, id: string) => c.querySelector<HTMLTableRowElement>(`tr[data-event-id="${id}"]`)!;
const cells = (row: HTMLTableRowElement) => [...row.cells].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
const TOTAL = 4; // column index of participants

function table(rows: Resolution[] = seeds, extra: Partial<{ q: string; selectedId: string | null }> = {}) {
  const onsearch = vi.fn();
  const onopen = vi.fn();
  const r = render(EventsTable, { props: { rows, q: '', onsearch, onopen, ...extra } });
  return { ...r, onsearch, onopen };
}

describe('EventsTable', () => {
  it('has exactly one data-event-id row per event, and nothing else carries it', () => {
    const { container } = table();
    expect(rowsOf(container)).toHaveLength(5);
    expect(container.querySelectorAll('[data-event-id]')).toHaveLength(5);
    expect(new Set(rowsOf(container).map((r) => r.dataset.eventId))).toEqual(new Set(seeds.map((s) => s.id)));
  });

  it('shows dates, names, inferred host cities, formats and counts as the texts state them', () => {
    const { container } = table();
    expect(cells(rowOf(container, s004.id))[0]).toBe('30–31 марта 2009 г.');
    const first = cells(rowOf(container, s000.id));
    expect(first.slice(0, 6)).toEqual([
      '10 ноября 2021 г.',
      'VIII конференция «Менеджмент качества в библиотеках»',
      'Санкт-Петербург (определён по учреждению)',
      'смешанный',
      '995',
      '8',
    ]);
    expect(cells(rowOf(container, s002.id))[2]).toBe('Санкт-Петербург');
    expect(cells(rowOf(container, s002.id))[3]).toBe('не указано');
  });

  it('sorts by participants, largest first, unknown last and shown as "не указано"', async () => {
    const { container } = table();
    const th = container.querySelector('button[data-sort="total"]')!.closest('th')!;
    expect(th.getAttribute('aria-sort')).toBe('none');
    await fireEvent.click(container.querySelector('button[data-sort="total"]')!);
    expect(th.getAttribute('aria-sort')).toBe('descending');
    expect(rowsOf(container).map((r) => cells(r)[TOTAL])).toEqual(['995', '535', '143', '116', 'не указано']);
    expect(rowsOf(container)[4].dataset.eventId).toBe(s004.id);
    await fireEvent.click(container.querySelector('button[data-sort="total"]')!);
    expect(th.getAttribute('aria-sort')).toBe('ascending');
    expect(rowsOf(container).map((r) => cells(r)[TOTAL])).toEqual(['116', '143', '535', '995', 'не указано']);
  });

  it('sorts by date (newest first by default) and by name', async () => {
    const { container } = table();
    expect(container.querySelector('button[data-sort="date"]')!.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(rowsOf(container).map((r) => r.dataset.eventId)).toEqual([s000, s001, s002, seeds[3], s004].map((s) => s.id));
    await fireEvent.click(container.querySelector('button[data-sort="name"]')!);
    expect(cells(rowsOf(container)[0])[1]).toMatch(/«Менеджмент качества в библиотеках»$/);
  });

  it('opens a row by click and by Enter; reports the search text', async () => {
    const { container, onopen, onsearch } = table();
    await fireEvent.click(rowOf(container, s001.id));
    expect(onopen).toHaveBeenLastCalledWith(s001.id);
    await fireEvent.keyDown(rowOf(container, s004.id), { key: 'Enter' });
    expect(onopen).toHaveBeenLastCalledWith(s004.id);
    const input = container.querySelector<HTMLInputElement>('input[type="search"]')!;
    await fireEvent.input(input, { target: { value: 'кузбасс' } });
    expect(onsearch).toHaveBeenLastCalledWith('кузбасс');
  });

  it('marks the selected row', () => {
    const { container } = table(seeds, { selectedId: s002.id });
    expect(rowOf(container, s002.id).getAttribute('aria-current')).toBe('true');
    expect(container.querySelectorAll('[aria-current]')).toHaveLength(1);
  });

  it('holds a long selection in a window of rows, and prints every row', async () => {
    const many = makeResolutions(450);
    const { container } = table(many);
    // The window's code loads with the first long list.
    await waitFor(() => expect(container.querySelector('tr.pad')).not.toBeNull());
    const shown = rowsOf(container);
    // jsdom has no layout: the box counts as 600 px tall, a screenful of rows.
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(50);
    expect(container.querySelector('table')!.getAttribute('aria-rowcount')).toBe('451');
    expect(shown.map((r) => r.getAttribute('aria-rowindex'))).toEqual(shown.map((_, i) => String(i + 2)));
    expect(cells(shown[0])[TOTAL]).toBe('более 600');
    expect(container.textContent).toContain('Событий в выборке: 450');
    window.dispatchEvent(new Event('beforeprint'));
    await tick();
    expect(rowsOf(container)).toHaveLength(450);
    window.dispatchEvent(new Event('afterprint'));
    await tick();
    expect(rowsOf(container).length).toBeLessThan(50);
  });
});

function detail(resolution: Resolution) {
  const onclose = vi.fn();
  const r = render(EventDetail, { props: { resolution, onclose, themeLabels } });
  return { ...r, onclose };
}

/** Intl puts no-break spaces in numbers and dates ("2 198", "2009 г."). */
const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const markWithText = (c: HTMLElement, text: string) => [...c.querySelectorAll('mark')].find((m) => m.textContent === text);

describe('EventDetail', () => {
  it('names the original file and its format', () => {
    const pdf = { ...s001, source: { ...s001.source, file: 'папка/резолюция.pdf', format: 'pdf' as const } };
    const file = detail(pdf).container.querySelector<HTMLElement>('.file')!;
    expect(file.textContent!.replace(/\s+/g, ' ').trim()).toBe('Файл: папка/резолюция.pdf · PDF');
    expect(file.dataset.sourceFormat).toBe('pdf');
  });

  it('shows the count mismatch of seed 001 prominently', () => {
    const { container } = detail(s001);
    const warning = container.querySelector('[data-warning="count-mismatch"]')!;
    expect(warning.textContent).toContain('Очно 34 + онлайн 502 = 536, а всего указано 535');
    expect(container.querySelector('.warnings')).not.toBeNull();
  });

  it('highlights "2 198 просмотров" as the views figure, and its field link focuses it', async () => {
    const { container } = detail(s001);
    const mark = markWithText(container, '2 198 просмотров')!;
    expect(mark).toBeDefined();
    expect(mark.dataset.field).toBe('participants.views');
    expect(sp(mark.getAttribute('title')!)).toContain('2 198');
    const link = container.querySelector<HTMLButtonElement>('button[data-target-field="participants.views"]')!;
    expect(sp(link.textContent!)).toBe('2 198');
    await fireEvent.click(link);
    expect(document.activeElement).toBe(mark);
    await fireEvent.mouseEnter(link);
    expect(mark.classList.contains('active')).toBe(true);
    await fireEvent.mouseLeave(link);
    expect(mark.classList.contains('active')).toBe(false);
  });

  it('reproduces the original text exactly, with numbers, dates and places marked by group', () => {
    const { container } = detail(s000);
    const text = container.querySelector('.text')!;
    expect(text.textContent).toBe(s000.text);
    expect(markWithText(container, '995')?.classList.contains('m-number')).toBe(true);
    const date = container.querySelector<HTMLElement>('mark[data-field~="date"]')!;
    expect(date.classList.contains('m-date')).toBe(true);
    expect(s000.text.slice(s000.evidence.date!.start, s000.evidence.date!.end)).toBe(date.textContent);
    expect(container.querySelector('mark.m-place')).not.toBeNull();
    expect(container.querySelectorAll('mark[data-field="recommendations"], mark[data-field~="recommendations"]').length).toBeGreaterThan(0);
  });

  it('lists unknown fields as "не указано"', () => {
    const { container } = detail(s004);
    const row = [...container.querySelectorAll('.row')].find((r) => r.querySelector('dt')!.textContent === 'Всего участников')!;
    expect(row.querySelector('dd')!.textContent!.trim()).toBe('не указано');
    expect(container.querySelector('button[data-target-field="participants.total"]')).toBeNull();
    expect(sp(container.textContent!)).toContain('30–31 марта 2009 г.');
  });

  it('takes focus when opened, and closes on Escape and on the close button', async () => {
    const { container, onclose } = detail(s001);
    await tick();
    await tick();
    const dialog = container.querySelector('[role="dialog"]')!;
    expect(dialog.contains(document.activeElement)).toBe(true);
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onclose).toHaveBeenCalledTimes(1);
    await fireEvent.click(container.querySelector('button[data-action="close"]')!);
    expect(onclose).toHaveBeenCalledTimes(2);
  });

  it('gives focus back to where it was when it closes', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const { unmount } = detail(s000);
    await tick();
    expect(document.activeElement).not.toBe(opener);
    unmount();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('shows markup in the source as text, never as elements', () => {
    const evil = seedText('001')
      .replace('12 ноября 2020 года', '<script>alert(1)</script> 12 ноября 2020 года')
      .replace('- коммуникации с аудиторией онлайн;', '- коммуникации <img src=x onerror="alert(1)"> с аудиторией онлайн;');
    const r = parseText(evil);
    const { container } = detail(r);
    expect(container.querySelector('script')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.text')!.textContent).toBe(r.text);
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });
});

function recItems(r: Resolution) {
  return r.recommendations.map((item) => ({ resolutionId: r.id, event: r.title ?? '', year: r.year, item }));
}

describe('RecommendationList', () => {
  it('highlights the words of the active theme: "менеджмента качества" for quality', () => {
    const { container } = render(RecommendationList, {
      props: { items: recItems(s000), activeThemes: ['quality'], themeLabels, onopen: vi.fn() },
    });
    const marked = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marked).toContain('менеджмента качества');
    expect([...container.querySelectorAll('mark')].every((m) => m.dataset.theme!.split(' ').includes('quality'))).toBe(true);
    expect(container.textContent).toContain('Показано 8 рекомендаций');
    expect(container.querySelectorAll('li')).toHaveLength(8);
  });

  it('highlights every matched word when no theme is active, and opens the event', async () => {
    const onopen = vi.fn();
    const { container } = render(RecommendationList, {
      props: { items: recItems(s001), activeThemes: [], themeLabels, onopen },
    });
    const themes = new Set([...container.querySelectorAll('mark')].flatMap((m) => m.dataset.theme!.split(' ')));
    expect(themes.size).toBeGreaterThan(1);
    const all = s001.recommendations.flatMap((i) => i.evidence.matches.map((m) => m.word));
    const marked = [...container.querySelectorAll('mark')].map((m) => m.textContent!);
    for (const word of all)
      expect(
        marked.some((m) => m.includes(word)),
        word,
      ).toBe(true);
    expect(marked.every((m) => all.some((w) => m.includes(w)))).toBe(true);
    const link = container.querySelector<HTMLButtonElement>('button[data-open]')!;
    expect(link.textContent!.trim()).toBe(`${s001.title}, 2020`);
    await fireEvent.click(link);
    expect(onopen).toHaveBeenCalledWith(s001.id);
    expect(container.textContent).toContain(themeLabels.digital);
  });

  it('uses plural forms and pages long lists by 100', async () => {
    const one = render(RecommendationList, {
      props: { items: recItems(s000).slice(0, 1), activeThemes: [], themeLabels, onopen: vi.fn() },
    });
    expect(one.container.textContent).toContain('Показано 1 рекомендация');
    one.unmount();
    const items = Array.from({ length: 250 }, (_, i) => recItems(seeds[i % 5])[0]);
    const { container } = render(RecommendationList, { props: { items, activeThemes: [], themeLabels, onopen: vi.fn() } });
    expect(container.querySelectorAll('li')).toHaveLength(100);
    expect(container.textContent).toContain('Показано 100 рекомендаций из 250');
    await fireEvent.click(container.querySelector('button[data-action="more"]')!);
    expect(container.querySelectorAll('li')).toHaveLength(200);
  });

  it('shows markup in an item as text', () => {
    const r = parseText(seedText('000').replace('- продолжить изучение', '- <img src=x onerror=alert(1)> продолжить изучение'));
    expect(r.recommendations[0].text).toContain('<img');
    const { container } = render(RecommendationList, { props: { items: recItems(r), activeThemes: [], themeLabels, onopen: vi.fn() } });
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
