// @vitest-environment jsdom
// The filter bar: a region's chip names the region, removing a chip keeps the focus in the bar, and a
// year range outside the data is said, with a way back to all years.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import FilterBar from '../../src/views/FilterBar.svelte';
import { NO_FILTERS, type Filters } from '../../src/lib/state/filters';

function bar(value: Partial<Filters>) {
  const onchange = vi.fn();
  const props = {
    value: { ...NO_FILTERS, ...value },
    extent: [2009, 2021] as [number, number],
    themeLabels: { quality: 'Управление качеством' },
    onchange,
    onreset: vi.fn(),
  };
  const view = render(FilterBar, { props });
  return { ...view, onchange, props };
}

describe('FilterBar', () => {
  it('names the region of a place chip, not its code', () => {
    bar({ place: 'RU-SA' });
    expect(screen.getByRole('button', { name: 'Убрать фильтр: Место: Якутия' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('RU-SA');
  });

  it('keeps the focus in the bar after a chip is removed', async () => {
    const { onchange, rerender, props } = bar({ from: 2015, themes: ['quality'] });
    const years = screen.getByRole('button', { name: 'Убрать фильтр: Годы: с 2015' });
    years.focus();
    await fireEvent.click(years);
    expect(onchange).toHaveBeenCalledWith({ from: null, to: null });
    await rerender({ ...props, value: { ...NO_FILTERS, themes: ['quality'] } });
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement?.textContent).toContain('Тема: Управление качеством');
    // The last chip: the search field takes the focus.
    const theme = screen.getByRole('button', { name: /Убрать фильтр: Тема/ });
    theme.focus();
    await fireEvent.click(theme);
    await rerender({ ...props, value: NO_FILTERS });
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).toBe(document.querySelector('input[name="q"]'));
  });

  it('says when the years lie outside the data, and offers all years', async () => {
    const { onchange } = bar({ from: 2030, to: 2035 });
    const notice = document.querySelector('[data-out-of-data]')!;
    expect(notice.textContent).toContain('В данных нет событий за 2030–2035: события есть за 2009–2021.');
    await fireEvent.click(screen.getByRole('button', { name: 'Показать все годы' }));
    expect(onchange).toHaveBeenCalledWith({ from: null, to: null });
  });

  it('says nothing for a range that meets the data', () => {
    bar({ from: 2015 });
    expect(document.querySelector('[data-out-of-data]')).toBeNull();
  });
});
