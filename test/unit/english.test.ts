// @vitest-environment jsdom
// English means English: place names and the Region column with lang=en, in Russian exactly as stored.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import PlaceTable from '../../src/map/PlaceTable.svelte';
import { ROLES, drawnPlaces, mapPlaces } from '../../src/map/aggregate';
import { DEFAULT_LAYERS } from '../../src/map/layer-ids';
import { REGION_DISPLAY_NAMES, countryName, latin, placeName, regionName } from '../../src/i18n/places';
import { REGIONS } from '../../src/lib/geo/regions';
import { locale } from '../../src/i18n/locale.svelte';
import { parseSeed } from '../helpers/seeds';

afterEach(() => {
  locale.lang = 'ru';
});

describe('place names in English', () => {
  it('names every federal subject of the gazetteer, in Russian exactly as lib/geo/regions.ts does', () => {
    const coded = REGIONS.filter((r) => r.code);
    expect(REGION_DISPLAY_NAMES.size).toBe(coded.length);
    for (const r of coded) {
      expect(regionName(r.code!, 'ru')).toBe(r.short);
      expect(regionName(r.code!, 'en')).toMatch(/^[A-Za-z][A-Za-z ()–-]+$/);
    }
  });

  it('uses the common English name where one exists, else Latin letters', () => {
    const town = (name: string) => placeName({ name, kind: 'city', regionCode: null, country: 'RU' }, 'en');
    expect(town('Москва')).toBe('Moscow');
    expect(town('Санкт-Петербург')).toBe('Saint Petersburg');
    expect(town('Кемерово')).toBe('Kemerovo');
    expect(town('Екатеринбург')).toBe('Yekaterinburg');
    expect(town('Нижний Тагил')).toBe('Nizhny Tagil');
    expect(town('Анжеро-Судженск')).toBe('Anzhero-Sudzhensk');
    expect(latin('Ханты-Мансийск')).toBe('Khanty-Mansiysk');
    expect(placeName({ name: 'Кемеровская область — Кузбасс', kind: 'region', regionCode: 'RU-KEM', country: 'RU' }, 'en')).toBe(
      'Kemerovo Oblast (Kuzbass)',
    );
    expect(placeName({ name: 'Беловский район', kind: 'district', regionCode: 'RU-KEM', country: 'RU' }, 'en')).toBe('Belovsky District');
    expect(regionName('RU-SA', 'en')).toBe('Sakha (Yakutia)');
    expect(regionName('RU-SA', 'ru')).toBe('Якутия');
    expect(countryName('BY', 'en')).toBe('Belarus');
    expect(placeName({ name: 'Кемерово', kind: 'city', regionCode: 'RU-KEM', country: 'RU' }, 'ru')).toBe('Кемерово');
  });

  it('the place table reads in English with lang=en: names, Region column, button names', () => {
    const s2016 = parseSeed('002');
    const rows = drawnPlaces(mapPlaces([s2016]), new Set(ROLES.filter((r) => DEFAULT_LAYERS[r])));
    locale.lang = 'en';
    const { container, getByRole } = render(PlaceTable, { props: { rows, place: null, onplace: vi.fn() } });
    const spb = container.querySelector('tr[data-place="Санкт-Петербург"]')!;
    expect(spb.querySelector('th')!.textContent).toContain('Saint Petersburg');
    const magadan = container.querySelector('tr[data-place="Магадан"]')!;
    expect(magadan.querySelector('th')!.textContent).toContain('Magadan');
    expect(magadan.querySelector('td.wide')!.textContent).toBe('Magadan Oblast');
    expect(getByRole('button', { name: /Magadan$/ })).toBeTruthy();
    expect(container.textContent).not.toMatch(/область|край/);
  });
});

describe('the correction form in English', () => {
  it("words the record's warnings in the page's language", async () => {
    const { default: ResolutionEditor } = await import('../../src/edit/ResolutionEditor.svelte');
    const s2020 = parseSeed('001'); // offline 34 + online 502 = 536, total 535
    locale.lang = 'en';
    const { container } = render(ResolutionEditor, { props: { base: s2020, onchange: vi.fn(), lookupCity: async () => null } });
    const warning = container.querySelector('[data-warning="count-mismatch"]')!;
    expect(warning.textContent).toMatch(/535/);
    expect(warning.textContent).not.toMatch(/[а-яё]/i);
  });
});
