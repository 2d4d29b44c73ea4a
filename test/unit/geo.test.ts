// The region and country tables and the committed gazetteer extract, tested as data. That regions.ts agrees
// with iso3166-2-db and that gazetteer.json is exactly what tools/geodata generates is checked by
// `npm run geodata:check`, with the generators' own packages.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { defaultGazetteer as gz } from '../../src/lib/geo/gazetteer';
import { COUNTRIES, REGIONS, regionByAdmin1, regionByCode } from '../../src/lib/geo/regions';

const gazetteerFile = new URL('../../src/lib/geo/gazetteer.json', import.meta.url);

describe('regions table', () => {
  it('lists the 89 federal subjects, 85 of them with an ISO 3166-2 code', () => {
    expect(REGIONS).toHaveLength(89);
    const codes = REGIONS.map((r) => r.code).filter(Boolean);
    expect(codes).toHaveLength(85);
    expect(new Set(codes).size).toBe(85);
    expect(new Set(REGIONS.map((r) => r.admin1)).size).toBe(89);
    expect(regionByCode('RU-CR')?.name).toBe('Республика Крым');
    expect(regionByCode('RU-SEV')?.name).toBe('Севастополь');
  });
  it('gives every Russian gazetteer town a region, and Crimea to Russia', () => {
    for (const p of gz.places.filter((x) => x.geonamesCountry === 'RU')) expect(regionByAdmin1('RU', p.admin1), p.name).toBeDefined();
    expect(gz.placeByName('Симферополь')).toMatchObject({ regionCode: 'RU-CR', country: 'RU', geonamesCountry: 'UA' });
    expect(gz.places.find((p) => p.name === 'Донецк' && p.geonamesCountry === 'UA')).toMatchObject({ regionCode: null, country: null });
    expect(gz.placeByName('Минск')).toMatchObject({ country: 'BY' });
    expect(gz.placeByName('Минск')?.regionCode).toMatch(/^BY-/);
  });
  it('puts each centroid at its capital, a gazetteer town of that region', () => {
    for (const r of REGIONS) {
      const capital = gz.places.filter((p) => p.name === r.capital && `${p.geonamesCountry}.${p.admin1}` === r.admin1)[0];
      expect(capital, r.name).toBeDefined();
      expect(Math.abs(capital.lat - r.lat) + Math.abs(capital.lon - r.lon), r.name).toBeLessThan(0.05);
    }
  });
  it('has countries with codes and coordinates, and not Russia itself', () => {
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
    expect(COUNTRIES.find((c) => c.code === 'RU')).toBeUndefined();
    expect(COUNTRIES.find((c) => c.code === 'BY')?.name).toBe('Республика Беларусь');
  });
});

describe('gazetteer extract', () => {
  it('is compact and credits GeoNames', () => {
    const bytes = readFileSync(gazetteerFile);
    expect(gzipSync(bytes, { level: 9 }).length).toBeLessThan(300 * 1024);
    expect(gz.source).toMatch(/GeoNames/);
    expect(gz.places.length).toBeGreaterThan(9000);
  });
  it('chooses Russian display names', () => {
    const expected = [
      'Новокузнецк',
      'Москва',
      'Санкт-Петербург',
      'Пермь',
      'Ульяновск',
      'Благовещенск',
      'Нижний Тагил',
      'Великий Новгород',
      'Анжеро-Судженск',
      'Петропавловск-Камчатский',
      'Ханты-Мансийск',
      'Гродно',
      'Могилёв',
      'Киев',
      'Харьков',
      'Алматы',
      'Кишинёв',
      'Вильнюс',
      'Бобруйск',
    ];
    for (const name of expected) expect(gz.placeByName(name)?.name, name).toBe(name);
    for (const wrong of ['Навакузнецк', 'Перм', 'Уляновск', 'Гродна', 'Кыив', 'Омськ'])
      expect(gz.placeByName(wrong), wrong).toBeUndefined();
  });
  it('finds the towns below a district adjective', () => {
    const inKem = (stem: string) =>
      gz
        .townsByStem(stem)
        .filter((p) => p.regionCode === 'RU-KEM')
        .map((p) => p.name);
    expect(inKem('белов')).toContain('Белово');
    expect(inKem('юрг')).toContain('Юрга');
    expect(inKem('я')).toContain('Яя');
  });
});

describe('countries table (src/lib/geo/countries.json, generated from world-countries)', () => {
  type Row = { iso2: string; ru: string; ruOfficial: string; lat: number; lng: number };
  const rows = JSON.parse(readFileSync(new URL('../../src/lib/geo/countries.json', import.meta.url), 'utf8')) as Row[];

  it('has one row per country, sorted by its ISO 3166-1 alpha-2 code', () => {
    expect(rows).toHaveLength(250);
    const codes = rows.map((r) => r.iso2);
    expect(codes.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
    expect(codes).toEqual([...new Set(codes)].sort());
    for (const r of rows) {
      expect(Object.keys(r), r.iso2).toEqual(['iso2', 'ru', 'ruOfficial', 'lat', 'lng']);
      expect(Math.abs(r.lat), r.iso2).toBeLessThanOrEqual(90);
      expect(Math.abs(r.lng), r.iso2).toBeLessThanOrEqual(180);
    }
  });
  it('gives Russian short and official names and a point', () => {
    const by = (iso2: string) => rows.find((r) => r.iso2 === iso2);
    expect(by('BY')).toEqual({ iso2: 'BY', ru: 'Беларусь', ruOfficial: 'Республика Беларусь', lat: 53, lng: 28 });
    expect(by('RU')).toMatchObject({ ru: 'Россия', ruOfficial: 'Российская Федерация' });
    expect(by('KZ')?.ru).toBe('Казахстан');
    // Every country the hand-written table names is in it.
    for (const c of COUNTRIES) expect(by(c.code), c.code).toBeDefined();
  });
});
