// What the map draws, as plain data: the places of the selected events with the events naming them per
// role, and the event counts per region and country for the choropleth. Pure: no Leaflet, no DOM.
import { PLACE_ROLES, type Place, type PlaceKind, type PlaceRole, type Resolution } from '../lib/types';

/** The map's point layers: one per place role, in this order. */
export const ROLES = PLACE_ROLES;
/** The roles that mean "participants came from here" (the choropleth counts these). */
export const PARTICIPANT_ROLES: readonly PlaceRole[] = ['origin', 'speaker'];

export interface MapPlace {
  /** Identity of a place on the map: name + region code ("Кемерово|RU-KEM"). */
  key: string;
  name: string;
  kind: PlaceKind;
  regionCode: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** Drawn at the enclosing district's or region's coordinates (see Place.approximate). */
  approximate: boolean;
  /** Ids of the selected events naming the place in each role (each id once, in selection order). */
  events: Record<PlaceRole, string[]>;
}

/** One place as drawn with the enabled layers: its roles among them and the distinct events naming it. */
export interface DrawnPlace extends MapPlace {
  roles: PlaceRole[];
  /** Ids of the selected events naming the place in any enabled role. */
  eventIds: string[];
}

export const placeKey = (p: Pick<Place, 'name' | 'regionCode'>): string => `${p.name}|${p.regionCode ?? ''}`;

/** The places a record names, host city included once even when the parser did not list it among `places`. */
export function placesOf(r: Resolution): Place[] {
  const host = r.hostCity;
  if (!host || r.places.some((p) => p.role === 'host' && placeKey(p) === placeKey(host))) return r.places;
  return [...r.places, { ...host, role: 'host' }];
}

// Records never change in place (the store replaces them), so what each one names is worked out once:
// at 10 000 events a filter change then costs map lookups, not 300 000 string concatenations.
const named = new WeakMap<Resolution, { key: string; p: Place }[]>();
function namedPlaces(r: Resolution): { key: string; p: Place }[] {
  let out = named.get(r);
  if (!out) named.set(r, (out = placesOf(r).map((p) => ({ key: placeKey(p), p }))));
  return out;
}

/** Every place of the selection, placed or not, in order of first appearance. */
export function mapPlaces(selected: readonly Resolution[]): MapPlace[] {
  const byKey = new Map<string, MapPlace>();
  for (const r of selected) {
    for (const { key, p } of namedPlaces(r)) {
      let m = byKey.get(key);
      if (!m) {
        m = {
          key,
          name: p.name,
          kind: p.kind,
          regionCode: p.regionCode,
          country: p.country,
          lat: p.lat,
          lon: p.lon,
          approximate: p.approximate,
          events: { host: [], origin: [], speaker: [], mentioned: [] },
        };
        byKey.set(key, m);
      }
      // Coordinates from any mention that has them, exact ones preferred over approximate ones.
      const better = p.lat !== null && p.lon !== null && (m.lat === null || (m.approximate && !p.approximate));
      if (better) [m.lat, m.lon, m.approximate] = [p.lat, p.lon, p.approximate];
      // Events come one at a time, so a repeat of this event can only be the last id (O(1) for 5 000 places).
      const ids = m.events[p.role];
      if (ids[ids.length - 1] !== r.id) ids.push(r.id);
    }
  }
  return [...byKey.values()];
}

export const isPlaced = (p: MapPlace): boolean => p.lat !== null && p.lon !== null;

/**
 * The places drawn with the enabled point layers: one per distinct place (name + region code) that has
 * coordinates and is named in at least one enabled role. This is what the place table lists, row for row.
 * Sorted by number of events (most first), then by name.
 */
export function drawnPlaces(places: readonly MapPlace[], enabled: ReadonlySet<PlaceRole>): DrawnPlace[] {
  const out: DrawnPlace[] = [];
  for (const p of places) {
    if (!isPlaced(p)) continue;
    const roles = ROLES.filter((role) => enabled.has(role) && p.events[role].length > 0);
    if (!roles.length) continue;
    const eventIds = [...new Set(roles.flatMap((role) => p.events[role]))];
    out.push({ ...p, roles, eventIds });
  }
  return out.sort((a, b) => b.eventIds.length - a.eventIds.length || a.name.localeCompare(b.name, 'ru'));
}

/** Places of the selection that have no coordinates: listed under the map, never dropped. */
export function unplacedPlaces(places: readonly MapPlace[]): MapPlace[] {
  return places.filter((p) => !isPlaced(p));
}

export interface AreaCounts {
  /** Federal subject code → ids of the selected events with participants from it. */
  regions: Map<string, string[]>;
  /** Country code (outside Russia) → ids of the selected events with participants from it. */
  countries: Map<string, string[]>;
}

/**
 * For the choropleth: per region, the selected events whose participants (origin or speaker places) came
 * from it — a city counts for its region, each event once however many of its places lie there.
 * Places abroad count for their country.
 */
export function areaCounts(selected: readonly Resolution[]): AreaCounts {
  const regions = new Map<string, string[]>();
  const countries = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, keys: string[], id: string) => {
    for (const key of keys) {
      const ids = m.get(key);
      if (ids) ids.push(id);
      else m.set(key, [id]);
    }
  };
  for (const r of selected) {
    const a = areasOf(r);
    add(regions, a.regions, r.id);
    add(countries, a.countries, r.id);
  }
  return { regions, countries };
}

const areas = new WeakMap<Resolution, { regions: string[]; countries: string[] }>();
/** The distinct regions and countries a record's participants came from (worked out once per record). */
function areasOf(r: Resolution): { regions: string[]; countries: string[] } {
  let a = areas.get(r);
  if (!a) {
    const regions = new Set<string>();
    const countries = new Set<string>();
    for (const p of r.places) {
      if (!PARTICIPANT_ROLES.includes(p.role)) continue;
      // Russian subjects by code; abroad (Минск has BY-HM) the country is the area the basemap draws.
      if (p.regionCode?.startsWith('RU-')) regions.add(p.regionCode);
      else if (p.country && p.country !== 'RU') countries.add(p.country);
    }
    areas.set(r, (a = { regions: [...regions], countries: [...countries] }));
  }
  return a;
}

/** The `place` filter a place sets: the region code for a region, the name for a city, district or country. */
export function placeFilter(p: Pick<MapPlace, 'kind' | 'name' | 'regionCode'>): string {
  return p.kind === 'region' && p.regionCode ? p.regionCode : p.name;
}
