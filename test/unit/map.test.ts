// The map's data: the place → region → coordinates chain of the five seeds, the aggregation the map and
// its table draw, the scales, and the committed basemap (names ours, codes fixed, Russia whole past 180°).
// The basemap is tested as data; that it is exactly what tools/geodata/build-basemap.ts generates is checked
// by `npm run geodata:check`, which installs the generators' packages (mapshaper) this project does not.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoBounds, geoContains } from 'd3';
import type { Topology } from 'topojson-client';
import { COUNTRIES, REGIONS, countryByIso, regionByCode } from '../../src/lib/geo/regions';
import type { Place, Resolution } from '../../src/lib/types';
import { areaCounts, drawnPlaces, mapPlaces, placeFilter, placesOf, unplacedPlaces, ROLES } from '../../src/map/aggregate';
import { decodeBasemap, eastLon, type BasemapFeature } from '../../src/map/basemap';
import { DEFAULT_LAYERS } from '../../src/map/layer-ids';
import { bucketOf, bucketsFor, radiusFor } from '../../src/map/scales';
import { parseSeed } from '../helpers/seeds';

const SEEDS = ['000', '001', '002', '003', '004'];
const seeds = Object.fromEntries(SEEDS.map((s) => [s, parseSeed(s)]));
const byYear = (year: number) => Object.values(seeds).find((r) => r.year === year)!;
const defaults = new Set(ROLES.filter((r) => DEFAULT_LAYERS[r]));
const everyRole = new Set(ROLES);

const basemapText = readFileSync(new URL('../../src/map/basemap.topo.json', import.meta.url), 'utf8');
const basemap = decodeBasemap(JSON.parse(basemapText) as Topology);
const area = (code: string) => basemap.find((f) => f.properties.code === code) as BasemapFeature;
/** Is (lat, lon) inside the feature, Russian longitudes shifted east as the map draws them? */
const inside = (f: BasemapFeature, lat: number, lon: number, country: string | null = 'RU') => geoContains(f, [eastLon(lon, country), lat]);
/**
 * Inside, or within about 10 km of the simplified border: towns on a border river or the coast (Абакан on
 * the Yenisei, Анадырь on its estuary) fall just outside a 12 %-simplified outline.
 */
const near = (f: BasemapFeature, lat: number, lon: number) =>
  [
    [0, 0],
    [0.09, 0],
    [-0.09, 0],
    [0, 0.15],
    [0, -0.15],
    [0.07, 0.1],
    [0.07, -0.1],
    [-0.07, 0.1],
    [-0.07, -0.1],
  ].some(([dy, dx]) => inside(f, lat + dy, lon + dx));

describe('place → region → coordinates, for every place of the five seeds', () => {
  const all = Object.values(seeds).flatMap((r) => placesOf(r).map((p) => ({ r, p })));

  it('has coordinates for every place, host cities included', () => {
    expect(all.length).toBeGreaterThan(80);
    for (const { r, p } of all) {
      expect(typeof p.lat, `${r.year} ${p.name}`).toBe('number');
      expect(typeof p.lon, `${r.year} ${p.name}`).toBe('number');
    }
  });

  it('gives every place a region of regions.ts, a country, or (Донецк) a subject without a code', () => {
    const uncoded = REGIONS.filter((x) => x.code === null);
    for (const { r, p } of all) {
      const what = `${r.year} ${p.name}`;
      if (p.regionCode) expect(regionByCode(p.regionCode), what).toBeDefined();
      else if (p.country) expect(countryByIso(p.country), what).toBeDefined();
      else
        expect(
          uncoded.some((x) => x.capital === p.name),
          what,
        ).toBe(true);
    }
  });

  it('puts each Russian place inside its own region on the basemap', () => {
    const misses: string[] = [];
    let checked = 0;
    for (const { p } of all) {
      if (!p.regionCode?.startsWith('RU-')) continue;
      checked++;
      if (!near(area(p.regionCode), p.lat!, p.lon!)) misses.push(`${p.name} ${p.regionCode}`);
    }
    expect(checked).toBeGreaterThan(70);
    expect(misses).toEqual([]);
  });

  it('draws the countries the seeds name: Беларусь at Минск, inside Belarus', () => {
    const by = all.find(({ p }) => p.kind === 'country')!.p;
    expect(by).toMatchObject({ name: 'Республика Беларусь', country: 'BY' });
    expect(inside(area('BY'), by.lat!, by.lon!, 'BY')).toBe(true);
  });
});

describe('aggregation for the map and its table', () => {
  it('2016: exactly 29 distinct origin places, 29 rows with the default layers, Санкт-Петербург one row', () => {
    const places = mapPlaces([byYear(2016)]);
    expect(places.filter((p) => p.events.origin.length > 0)).toHaveLength(29);
    const rows = drawnPlaces(places, defaults);
    expect(rows).toHaveLength(29);
    expect(rows.every((p) => p.roles.includes('origin'))).toBe(true);
    expect(rows.find((p) => p.name === 'Санкт-Петербург')?.roles).toEqual(['host', 'origin']);
    // Mentioned adds no row in 2016: its only mentioned place is the host city.
    expect(drawnPlaces(places, everyRole)).toHaveLength(29);
  });

  it('2016: participants from 27 regions (Мурманск and Мурманская область count once)', () => {
    const { regions, countries } = areaCounts([byYear(2016)]);
    expect(regions.size).toBe(27);
    expect(regions.get('RU-MUR')).toEqual([byYear(2016).id]);
    expect(regions.get('RU-CR')).toHaveLength(1);
    expect(countries.size).toBe(0);
  });

  it('all five: region counts by event, a city counting for its region', () => {
    const { regions, countries } = areaCounts(Object.values(seeds));
    const n = (code: string) => regions.get(code)?.length ?? 0;
    expect([n('RU-BA'), n('RU-KR'), n('RU-CU')]).toEqual([3, 3, 3]);
    expect([n('RU-KO'), n('RU-SA'), n('RU-IRK'), n('RU-SPE'), n('RU-MOW')]).toEqual([2, 2, 2, 2, 2]);
    // Кемерово and Кемеровская область in 2015; 2009 only mentions Kuzbass places (not participants).
    expect(n('RU-KEM')).toBe(1);
    expect(countries.get('BY')).toHaveLength(2);
    // Донецк (2021) has no region code: it counts for no area, and is still drawn as a place.
    expect([...regions.keys()].every((code) => regionByCode(code))).toBe(true);
    expect(drawnPlaces(mapPlaces([byYear(2021)]), defaults).some((p) => p.name === 'Донецк')).toBe(true);
  });

  it('RU-KEM (2009 and 2015): 5 places by default, 15 with mentioned places, Кемерово in both events', () => {
    const kem = [byYear(2009), byYear(2015)];
    const places = mapPlaces(kem);
    expect(
      drawnPlaces(places, defaults)
        .map((p) => p.name)
        .sort((a, b) => a.localeCompare(b, 'ru')),
    ).toEqual(['Анжеро-Судженск', 'Кемерово', 'Кемеровская область — Кузбасс', 'Новосибирская область', 'Челябинск']);
    const all = drawnPlaces(places, everyRole);
    expect(all).toHaveLength(15);
    const kemerovo = all.find((p) => p.name === 'Кемерово')!;
    expect(kemerovo.roles).toEqual(['host', 'origin', 'mentioned']);
    expect(kemerovo.eventIds).toHaveLength(2);
    expect(all[0].name).toBe('Кемерово'); // most events first
    // The 2009 council's districts are drawn at approximate positions.
    expect(
      all
        .filter((p) => p.approximate)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Беловский район', 'Крапивинский район', 'Марьевка', 'Прокопьевский район', 'Юргинский район', 'Яйский район']);
  });

  it('lists places without coordinates apart, never drops them', () => {
    const r = byYear(2015);
    const lost: Place = {
      ...r.places[0],
      name: 'Неведомск',
      kind: 'city',
      role: 'origin',
      regionCode: null,
      country: null,
      lat: null,
      lon: null,
    };
    const withLost: Resolution = { ...r, places: [...r.places, lost] };
    const places = mapPlaces([withLost]);
    expect(unplacedPlaces(places).map((p) => p.name)).toEqual(['Неведомск']);
    expect(drawnPlaces(places, everyRole).some((p) => p.name === 'Неведомск')).toBe(false);
  });

  it('filters a region by its code and a city or country by its name', () => {
    const places = mapPlaces(Object.values(seeds));
    const f = (name: string) => placeFilter(places.find((p) => p.name === name)!);
    expect(f('Кемеровская область — Кузбасс')).toBe('RU-KEM');
    expect(f('Кемерово')).toBe('Кемерово');
    expect(f('Республика Беларусь')).toBe('Республика Беларусь');
  });
});

describe('at scale', () => {
  it('aggregates 5 000 places named by 1 000 events in well under a second', () => {
    const base = byYear(2016);
    const template = base.places.find((p) => p.role === 'origin')!;
    const events: Resolution[] = Array.from({ length: 1000 }, (_, e) => ({
      ...base,
      id: `r-${e}`,
      places: Array.from({ length: 25 }, (_, k) => {
        const n = (e * 25 + k * 7) % 5000;
        return {
          ...template,
          name: `Место ${n}`,
          lat: 50 + (n % 20),
          lon: 30 + (n % 150),
          role: k % 5 === 0 ? 'speaker' : 'origin',
        } as Place;
      }),
    }));
    const rows = drawnPlaces(mapPlaces(events), defaults);
    expect(rows).toHaveLength(5000 + 1); // + the host city
  });
});

describe('scales', () => {
  it('has one class per count up to 5, then five classes covering 1…max', () => {
    expect(bucketsFor(0)).toEqual([]);
    expect(bucketsFor(3)).toEqual([
      { lo: 1, hi: 1 },
      { lo: 2, hi: 2 },
      { lo: 3, hi: 3 },
    ]);
    const b = bucketsFor(120);
    expect(b).toHaveLength(5);
    expect(b[0].lo).toBe(1);
    expect(b[4].hi).toBe(120);
    for (let i = 1; i < b.length; i++) expect(b[i].lo).toBe(b[i - 1].hi + 1);
    expect(bucketOf(0, b)).toBe(-1);
    expect(bucketOf(120, b)).toBe(4);
  });
  it('grows circles with the count and caps them', () => {
    expect(radiusFor(1, 1)).toBe(4);
    expect(radiusFor(2, 2)).toBeGreaterThan(radiusFor(1, 2));
    expect(radiusFor(5000, 5000)).toBe(22);
    expect(radiusFor(2500, 5000)).toBeLessThan(22);
  });
});

describe('basemap', () => {
  it('is small: under 300 KB gzip', () => {
    expect(gzipSync(basemapText, { level: 9 }).length).toBeLessThan(300 * 1024);
  });

  it("has Russia's 85 coded subjects under our codes and official names, the 2022 four apart, and the neighbours", () => {
    const subjects = basemap.filter((f) => f.properties.kind === 'region');
    expect(subjects.map((f) => f.properties.code).sort()).toEqual(REGIONS.flatMap((r) => (r.code ? [r.code] : [])).sort());
    for (const f of subjects) expect(f.properties.name).toBe(regionByCode(f.properties.code!)!.name);
    expect(area('RU-ALT').properties.name).toBe('Алтайский край');
    expect(area('RU-AL').properties.name).toBe('Республика Алтай');
    expect(
      basemap
        .filter((f) => f.properties.kind === 'disputed')
        .map((f) => f.properties.name)
        .sort(),
    ).toEqual(
      REGIONS.filter((r) => !r.code)
        .map((r) => r.name)
        .sort(),
    );
    for (const code of ['BY', 'KZ', 'UA']) expect(area(code).properties.name).toBe(COUNTRIES.find((c) => c.code === code)!.name);
  });

  it('puts capitals where a Russian user expects them: Moscow codes unswapped, Crimea and Kaliningrad Russian', () => {
    const at = (name: string) => REGIONS.find((r) => r.capital === name) ?? COUNTRIES.find((c) => c.capital === name)!;
    const check = (code: string, capital: string) =>
      expect(near(area(code), at(capital).lat, at(capital).lon), `${capital} in ${code}`).toBe(true);
    check('RU-MOW', 'Москва');
    expect(inside(area('RU-MOS'), 55.752, 37.616)).toBe(false);
    check('RU-MOS', 'Красногорск');
    check('RU-CR', 'Симферополь');
    check('RU-SEV', 'Севастополь');
    check('RU-KGD', 'Калининград');
    check('RU-ALT', 'Барнаул');
    check('RU-AL', 'Горно-Алтайск');
    check('RU-CHU', 'Анадырь');
    expect(inside(area('UA'), 44.957, 34.111, 'UA')).toBe(false);
  });

  it('keeps Chukotka whole east of 180°: no negative longitude in Russia, one mainland polygon across the meridian', () => {
    for (const f of basemap.filter((x) => x.properties.country === 'RU')) {
      const [[west], [east]] = geoBounds(f);
      expect(west, f.properties.code!).toBeGreaterThan(0);
      expect(east, f.properties.code!).toBeGreaterThan(0);
    }
    const chu = area('RU-CHU').geometry;
    const polys = chu.type === 'MultiPolygon' ? chu.coordinates : chu.type === 'Polygon' ? [chu.coordinates] : [];
    const mainland = polys.find((p) => p[0].some(([lon]) => lon < 170) && p[0].some(([lon]) => lon > 185));
    expect(mainland).toBeDefined();
    expect(inside(area('RU-CHU'), 65.8, -173)).toBe(true); // the Chukotka Peninsula, drawn at 187°
  });
});
