// @vitest-environment jsdom
import { render, screen, fireEvent, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import Timeline from '../../src/charts/Timeline.svelte';
import YearSplit from '../../src/charts/YearSplit.svelte';
import ThemeBars from '../../src/charts/ThemeBars.svelte';
import ThemeGrid from '../../src/charts/ThemeGrid.svelte';
import { eventParts } from '../../src/charts/stack';
import type { TimelineDatum } from '../../src/charts/types';

const NBSP = '\u00a0';
const MISMATCH = 'Очно 34 + онлайн 502 = 536, а всего указано 535';

// Seeds 000 and 001 (2021 and 2020), and seed 003's year with no counts at all.
const events: TimelineDatum[] = [
  { id: 'r-000', date: '2021-11-10', label: 'Менеджмент качества в библиотеках', total: 995, offline: 39, online: 956, mismatch: null },
  { id: 'r-001', date: '2020-11-12', label: 'Методическая служба', total: 535, offline: 34, online: 502, mismatch: MISMATCH },
  { id: 'r-003', date: '2009-03-30', label: 'Без чисел', total: null, offline: null, online: null, mismatch: null },
];

function timeline(props: Partial<{ from: number | null; to: number | null }> = {}) {
  const onrange = vi.fn();
  const onpick = vi.fn();
  const view = render(Timeline, {
    props: { data: events, extent: [2009, 2021] as [number, number], from: null, to: null, onrange, onpick, ...props },
  });
  const mark = (id: string) => view.container.querySelector<SVGGElement>(`.mark[data-id="${id}"]`)!;
  const handle = (which: 'from' | 'to') => view.container.querySelector<SVGGElement>(`[data-handle="${which}"]`)!;
  return { ...view, onrange, onpick, mark, handle };
}

describe('eventParts', () => {
  it('stacks not stated as the rest of the total, or the whole total when the split is unknown', () => {
    expect(eventParts({ total: 995, offline: 39, online: 956 })).toEqual({ offline: 39, online: 956, notStated: 0 });
    expect(eventParts({ total: 143, offline: null, online: null })).toEqual({ offline: 0, online: 0, notStated: 143 });
    expect(eventParts({ total: 100, offline: 30, online: null })).toEqual({ offline: 30, online: 0, notStated: 70 });
    expect(eventParts({ total: 535, offline: 34, online: 502 })).toEqual({ offline: 34, online: 502, notStated: 0 });
    expect(eventParts({ total: null, offline: null, online: null })).toBeNull();
  });
});

/** Opens every folded data table, as a reader clicking "Таблица данных" would. */
async function openTables() {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details.data')) {
    d.open = true;
    d.dispatchEvent(new Event('toggle'));
  }
  await tick();
}

describe('Timeline', () => {
  it('is a named figure whose data table lists the real numbers', async () => {
    timeline();
    await openTables();
    const figure = screen.getByRole('figure', { name: 'Участники по времени' });
    const rows = within(figure).getAllByRole('row');
    const cells = (name: string) =>
      within(rows.find((r) => r.textContent!.includes(name))!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('Менеджмент качества')).toEqual(['10 ноября 2021 г.', '995', '39', '956', '0', '']);
    expect(cells('Методическая служба')).toEqual(['12 ноября 2020 г.', '535', '34', '502', '0', MISMATCH]);
    expect(cells('Без чисел').slice(1, 5)).toEqual(['не указано', 'не указано', 'не указано', 'не указано']);
  });

  it('stacks offline under online with heights in proportion and formats the y axis in ru-RU', () => {
    const { mark, container } = timeline();
    const bars = mark('r-000').querySelectorAll('rect.bar');
    expect([...bars].map((b) => b.getAttribute('data-mode'))).toEqual(['offline', 'online']);
    const [off, on] = [...bars].map((b) => Number(b.getAttribute('height')));
    expect(on / off).toBeCloseTo(956 / 39, 5);
    const offTop = Number(bars[0].getAttribute('y'));
    expect(Number(bars[1].getAttribute('y')) + on).toBeCloseTo(offTop, 5);
    const ticks = [...container.querySelectorAll('text.tick')].map((t) => t.textContent);
    expect(ticks).toContain(`1${NBSP}000`);
    expect(ticks).toContain('2021');
  });

  it('marks a mismatch with a badge carrying the message', () => {
    const { mark } = timeline();
    const badge = mark('r-001').querySelector('.badge')!;
    expect(badge.querySelector('title')!.textContent).toBe(MISMATCH);
    expect(badge.textContent).toContain('!');
    expect(mark('r-001').getAttribute('aria-label')).toContain(MISMATCH);
    expect(mark('r-000').querySelector('.badge')).toBeNull();
  });

  it('draws an event without counts as a hollow "не указано" marker, never as a bar', () => {
    const { mark } = timeline();
    const m = mark('r-003');
    expect(m.querySelector('rect.bar')).toBeNull();
    expect(m.querySelector('circle.unknown')).not.toBeNull();
    expect(m.getAttribute('aria-label')).toMatch(/Без чисел, .*2009.*: не указано$/);
  });

  it('shows a visible tooltip on focus and dims events outside the range', async () => {
    const { mark, container } = timeline({ from: 2021, to: null });
    expect(mark('r-001').classList.contains('dim')).toBe(true);
    expect(mark('r-000').classList.contains('dim')).toBe(false);
    await fireEvent.focus(mark('r-001'));
    const tip = container.querySelector('.tooltip')!;
    expect(tip.textContent).toContain('Методическая служба');
    expect(tip.textContent).toContain(MISMATCH);
    expect(tip.textContent).toContain('онлайн: 502');
  });

  it('picks an event by click and by Enter, and arrows move focus between marks', async () => {
    const { mark, onpick } = timeline();
    await fireEvent.click(mark('r-001'));
    expect(onpick).toHaveBeenLastCalledWith('r-001');
    await fireEvent.keyDown(mark('r-000'), { key: 'Enter' });
    expect(onpick).toHaveBeenLastCalledWith('r-000');
    // Marks are sorted by date: 2009, 2020, 2021; one tab stop.
    expect(mark('r-003').getAttribute('tabindex')).toBe('0');
    await fireEvent.keyDown(mark('r-003'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(mark('r-001'));
    expect(mark('r-001').getAttribute('tabindex')).toBe('0');
    expect(mark('r-003').getAttribute('tabindex')).toBe('-1');
  });

  it('moves the brush by keyboard in whole years and keeps an open end open', async () => {
    const { handle, onrange } = timeline();
    expect(handle('from').getAttribute('role')).toBe('slider');
    expect(handle('from').getAttribute('aria-valuenow')).toBe('2009');
    await fireEvent.keyDown(handle('from'), { key: 'ArrowRight' });
    expect(onrange).toHaveBeenLastCalledWith(2010, null);
    await fireEvent.keyDown(handle('to'), { key: 'ArrowLeft' });
    expect(onrange).toHaveBeenLastCalledWith(null, 2020);
    onrange.mockClear();
    await fireEvent.keyDown(handle('from'), { key: 'ArrowLeft' }); // already at 2009
    expect(onrange).not.toHaveBeenCalled();
  });

  it('clamps keyboard moves to the other handle and clears with Escape', async () => {
    const { handle, onrange } = timeline({ from: 2015, to: 2018 });
    expect(handle('to').getAttribute('aria-valuenow')).toBe('2018');
    await fireEvent.keyDown(handle('from'), { key: 'End' });
    expect(onrange).toHaveBeenLastCalledWith(2018, 2018);
    await fireEvent.keyDown(handle('to'), { key: 'PageUp' });
    expect(onrange).toHaveBeenLastCalledWith(2015, 2021);
    await fireEvent.keyDown(handle('to'), { key: 'Home' });
    expect(onrange).toHaveBeenLastCalledWith(2015, 2015);
    await fireEvent.keyDown(handle('from'), { key: 'Escape' });
    expect(onrange).toHaveBeenLastCalledWith(null, null);
    await fireEvent.click(screen.getByRole('button', { name: 'Все годы' }));
    expect(onrange).toHaveBeenCalledTimes(5);
  });

  it('snaps a pointer drag on the chart area to whole years', async () => {
    const { container, onrange } = timeline();
    const area = container.querySelector('rect.area')!;
    const yearW = Number(area.getAttribute('width')) / 13; // 2009..2021; jsdom puts the area at left 0
    await fireEvent.pointerDown(area, { clientX: yearW * 5.4, button: 0, pointerId: 1 }); // inside 2014
    await fireEvent.pointerMove(area, { clientX: yearW * 2.2, pointerId: 1 }); // inside 2011
    expect(container.querySelector('[data-handle="from"] text')!.textContent).toBe('2011');
    expect(onrange).not.toHaveBeenCalled();
    await fireEvent.pointerUp(area, { clientX: yearW * 2.2, pointerId: 1 });
    expect(onrange).toHaveBeenCalledExactlyOnceWith(2011, 2014);
  });

  it('ignores a click without a drag on the area', async () => {
    const { container, onrange } = timeline();
    const area = container.querySelector('rect.area')!;
    await fireEvent.pointerDown(area, { clientX: 100, button: 0 });
    await fireEvent.pointerUp(area, { clientX: 101 });
    expect(onrange).not.toHaveBeenCalled();
  });
});

describe('YearSplit', () => {
  const data = [
    { year: 2021, offline: 39, online: 956, notStated: 0 },
    { year: 2009, offline: 0, online: 0, notStated: 143 },
    { year: 2020, offline: 34, online: 502, notStated: 1200 },
  ];
  const unknownFormat = [
    { id: 'r-003', label: 'Конференция в Кемерове', year: 2009 },
    { id: 'r-002', label: 'Методические службы', year: null },
  ];

  it('lists each year with its split and total, sorted by year', async () => {
    const { container } = render(YearSplit, { props: { data, unknownFormat } });
    await openTables();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['2009', '0', '0', '143', '143'],
      ['2020', '34', '502', `1${NBSP}200`, `1${NBSP}736`],
      ['2021', '39', '956', '0', '995'],
    ]);
    const bars2009 = container.querySelectorAll('.row[data-year="2009"] rect.bar');
    expect([...bars2009].map((b) => b.getAttribute('data-mode'))).toEqual(['notStated']);
    expect(container.querySelector('.row[data-year="2021"]')!.getAttribute('aria-label')).toBe(
      '2021: очно 39, онлайн 956, формат не указан 0',
    );
  });

  it('lists events of unknown format as buttons that pick the event', async () => {
    const onpick = vi.fn();
    render(YearSplit, { props: { data, unknownFormat, onpick } });
    expect(screen.getByText('Формат не указан:')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Конференция в Кемерове (2009)' }));
    expect(onpick).toHaveBeenCalledWith('r-003');
    await fireEvent.click(screen.getByRole('button', { name: 'Методические службы' }));
    expect(onpick).toHaveBeenLastCalledWith('r-002');
  });
});

describe('ThemeBars', () => {
  const data = [
    { id: 'digital', label: 'Цифровые сервисы', count: 5 },
    { id: 'quality', label: 'Управление качеством', count: 2 },
    { id: 'exchange', label: 'Обмен опытом', count: 1530 },
    { id: 'publishing', label: 'Публикация материалов', count: 2 },
  ];
  const order = () => [...document.querySelectorAll('button.bar')].map((b) => b.getAttribute('data-id'));

  it('sorts by count (ties by name), then by name', async () => {
    render(ThemeBars, { props: { data, active: [], ontoggle: vi.fn() } });
    expect(order()).toEqual(['exchange', 'digital', 'publishing', 'quality']);
    const byName = screen.getByRole('button', { name: 'по алфавиту' });
    await fireEvent.click(byName);
    expect(byName).toHaveAttribute('aria-pressed', 'true');
    expect(order()).toEqual(['exchange', 'publishing', 'quality', 'digital']);
    await fireEvent.click(screen.getByRole('button', { name: 'по числу' }));
    expect(order()).toEqual(['exchange', 'digital', 'publishing', 'quality']);
  });

  it('toggles a theme by its bar, marks active ones pressed and formats counts', async () => {
    const ontoggle = vi.fn();
    render(ThemeBars, { props: { data, active: ['quality'], ontoggle } });
    const quality = screen.getByRole('button', { name: /Управление качеством/ });
    expect(quality).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /Цифровые сервисы/ })).toHaveAttribute('aria-pressed', 'false');
    await fireEvent.click(screen.getByRole('button', { name: /Цифровые сервисы/ }));
    expect(ontoggle).toHaveBeenCalledWith('digital');
    const exchange = screen.getByRole('button', { name: /Обмен опытом/ });
    expect(exchange.querySelector('.value')!.textContent).toBe(`1${NBSP}530`);
    expect(exchange).toHaveAttribute('title', `Обмен опытом: 1${NBSP}530 рекомендаций`);
    expect(quality).toHaveAttribute('title', 'Управление качеством: 2 рекомендации');
  });
});

describe('ThemeGrid', () => {
  const themes = [
    { id: 'quality', label: 'Управление качеством' },
    { id: 'digital', label: 'Цифровые сервисы' },
  ];
  const cells = [
    { theme: 'quality', year: 2021, count: 3 },
    { theme: 'quality', year: 2020, count: 1 },
    { theme: 'digital', year: 2021, count: 5 },
    { theme: 'digital', year: 2021, count: 2 },
  ];

  it('shows counts with plural tooltips and leaves empty cells blank', () => {
    const { container } = render(ThemeGrid, { props: { themes, years: [2020, 2021], cells, active: [], ontoggle: vi.fn() } });
    const cell = (theme: string, year: number) => container.querySelector(`td[data-theme="${theme}"][data-year="${year}"]`)!;
    expect(cell('quality', 2021).textContent).toBe('3');
    expect(cell('quality', 2021).getAttribute('title')).toBe('Управление качеством · 2021: 3 рекомендации');
    expect(cell('quality', 2020).getAttribute('title')).toBe('Управление качеством · 2020: 1 рекомендация');
    expect(cell('digital', 2021).getAttribute('title')).toBe('Цифровые сервисы · 2021: 7 рекомендаций');
    const empty = cell('digital', 2020);
    expect(empty.textContent).toBe('');
    expect(empty.querySelector('.fill')).toBeNull();
    expect(empty.hasAttribute('title')).toBe(false);
    // The fills are drawn in the chart's SVG (the table over it holds the names, buttons and tooltips).
    const fill = (theme: string, year: number) =>
      container.querySelector<SVGElement>(`svg .cell[data-theme="${theme}"][data-year="${year}"] .fill`);
    expect(fill('digital', 2020)).toBeNull();
    const fills = [2020, 2021].map((y) => Number(fill('quality', y)!.style.opacity));
    expect(fills[0]).toBeLessThan(fills[1]);
  });

  it('toggles a theme from its row label and lists non-empty cells in the data table', async () => {
    const ontoggle = vi.fn();
    render(ThemeGrid, { props: { themes, years: [2020, 2021], cells, active: ['digital'], ontoggle } });
    const digital = screen.getByRole('button', { name: 'Цифровые сервисы' });
    expect(digital).toHaveAttribute('aria-pressed', 'true');
    await fireEvent.click(digital);
    expect(ontoggle).toHaveBeenCalledWith('digital');
    const figure = screen.getByRole('figure', { name: 'Темы по годам' });
    await openTables();
    const data = within(figure.querySelector('details')!).getAllByRole('row').slice(1);
    expect(data.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['Управление качеством', '2020', '1'],
      ['Управление качеством', '2021', '3'],
      ['Цифровые сервисы', '2021', '7'],
    ]);
  });
});
