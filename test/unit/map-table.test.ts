// @vitest-environment jsdom
// The place table next to the map: one [data-place-row] per place drawn, roles as data-role, a filter button;
// and the map panel without a canvas (jsdom): the table and the unplaced list still tell every fact.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import PlaceTable from '../../src/map/PlaceTable.svelte';
import MapView from '../../src/map/MapView.svelte';
import type { Place, Resolution } from '../../src/lib/types';
import { ROLES, drawnPlaces, mapPlaces } from '../../src/map/aggregate';
import { DEFAULT_LAYERS } from '../../src/map/layer-ids';
import { parseSeed } from '../helpers/seeds';

const s2016 = parseSeed('002');
const defaults = new Set(ROLES.filter((r) => DEFAULT_LAYERS[r]));

describe('PlaceTable', () => {
  it('has one row per place drawn (29 origin places in 2016) and filters by code or name', async () => {
    expect(s2016.year).toBe(2016);
    const onplace = vi.fn();
    const rows = drawnPlaces(mapPlaces([s2016]), defaults);
    const { container, getByRole } = render(PlaceTable, { props: { rows, place: 'RU-PRI', onplace } });
    expect(container.querySelectorAll('tr[data-place-row]')).toHaveLength(29);
    expect(container.querySelectorAll('tr[data-place-row][data-role~="origin"]')).toHaveLength(29);
    const spb = container.querySelector('tr[data-place="Санкт-Петербург"]')!;
    expect(spb.getAttribute('data-role')).toBe('host origin');
    expect(spb.textContent).toContain('проведение, участники');

    await fireEvent.click(getByRole('button', { name: 'Показать события, где названо место: Магадан' }));
    expect(onplace).toHaveBeenLastCalledWith('Магадан');
    const primorye = getByRole('button', { name: 'Показать события, где названо место: Приморский край' });
    expect(primorye.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(primorye);
    expect(onplace).toHaveBeenLastCalledWith('RU-PRI');
  });

  it('says so when no place is drawn', () => {
    const { container, getByText } = render(PlaceTable, { props: { rows: [], place: null, onplace: () => {} } });
    expect(container.querySelectorAll('tr[data-place-row]')).toHaveLength(0);
    expect(getByText('Нет мест для выбранных фильтров и слоёв')).toBeInTheDocument();
  });
});

describe('MapView without a canvas', () => {
  it('still lists every place: 29 rows for 2016, and the one it could not place under the map', async () => {
    const lost: Place = {
      ...s2016.places[0],
      name: 'Неведомск',
      kind: 'city',
      role: 'origin',
      regionCode: null,
      country: null,
      lat: null,
      lon: null,
    };
    const selected: Resolution[] = [{ ...s2016, places: [...s2016.places, lost] }];
    // jsdom has no 2D canvas (it says "not implemented"): answer as a browser without one would.
    const noCanvas = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const { container } = render(MapView, { props: { selected, place: null, onplace: () => {} } });
    expect(await screen.findByText('Не удалось определить: Неведомск')).toBeInTheDocument();
    expect(container.querySelectorAll('tr[data-place-row]')).toHaveLength(29);
    expect(screen.getByRole('checkbox', { name: 'Только упомянуты в решениях' })).not.toBeChecked();
    expect(await screen.findByText('Карту не удалось показать; все места — в таблице.')).toBeInTheDocument();
    noCanvas.mockRestore();
  });
});
