// The map's Leaflet layers, all on one canvas renderer (thousands of places pan and zoom smoothly; SVG
// would add one DOM node per place). The caller adds them in a fixed order — regions, then mentioned,
// origin, speaker, host — so the canvas hit test picks the mark drawn on top.
import L from 'leaflet';
import type { PlaceRole } from '../lib/types';
import { t } from '../i18n/messages';
import type { AreaCounts, DrawnPlace } from './aggregate';
import { placeFilter } from './aggregate';
import type { BasemapFeature } from './basemap';
import { eastLon } from './basemap';
import { regionLabel, roleLabel } from './place-text';
import { classColors, type MapColors } from './colors';
import { bucketOf, radiusFor, type Bucket } from './scales';
import { tooltipNode } from './tooltip';
import { placeName, regionName, countryName } from '../i18n/places';

/** The point layers from bottom to top. */
export const POINT_ORDER: readonly PlaceRole[] = ['mentioned', 'origin', 'speaker', 'host'];

export interface LayerContext {
  renderer: L.Renderer;
  colors: MapColors;
  /** "2016 — Конференция «…»" for an event id. */
  label: (id: string) => string;
  onplace: (place: string) => void;
}

/** A host city: a diamond (the canvas renderer draws only circles and paths, so the circle's path is swapped). */
const HostMarker = L.CircleMarker.extend({
  _updatePath(this: L.CircleMarker & { _renderer: CanvasInternals; _point: L.Point; _radius: number; _empty(): boolean }) {
    const r = this._renderer;
    if (!r._drawing || this._empty()) return;
    const { x, y } = this._point;
    const s = Math.round(this._radius);
    const ctx = r._ctx;
    ctx.beginPath();
    ctx.moveTo(x, y - s);
    ctx.lineTo(x + s, y);
    ctx.lineTo(x, y + s);
    ctx.lineTo(x - s, y);
    ctx.closePath();
    r._fillStroke(ctx, this);
  },
}) as unknown as new (latlng: L.LatLngExpression, options?: L.CircleMarkerOptions) => L.CircleMarker;

interface CanvasInternals {
  _drawing: boolean;
  _ctx: CanvasRenderingContext2D;
  _fillStroke(ctx: CanvasRenderingContext2D, layer: L.Path): void;
}

function style(role: PlaceRole, p: DrawnPlace, max: number, c: MapColors): L.CircleMarkerOptions {
  const n = p.events[role].length;
  // Approximate positions (the district's or region's point): dashed outline, paler fill.
  const dashArray = p.approximate ? '3 3' : undefined;
  const fade = p.approximate ? 0.5 : 1;
  switch (role) {
    case 'host':
      return { radius: 8, color: c.halo, weight: 2, fillColor: c.host, fillOpacity: fade, dashArray };
    case 'origin':
      return { radius: radiusFor(n, max), color: c.origin, weight: 1.5, fillColor: c.origin, fillOpacity: 0.45 * fade, dashArray };
    case 'speaker':
      // A ring with no fill: tells speakers from origins without relying on colour alone.
      return { radius: radiusFor(n, max) + 2, color: c.speaker, weight: 3, fill: false, dashArray };
    case 'mentioned':
      return { radius: 5, color: c.mentioned, weight: 1.5, fillColor: c.mentioned, fillOpacity: 0.45 * fade, dashArray };
  }
}

/** One role's marks: one per place named in that role by a selected event. */
export function pointLayer(role: PlaceRole, places: readonly DrawnPlace[], ctx: LayerContext): L.LayerGroup {
  const mine = places.filter((p) => p.events[role].length > 0);
  const max = Math.max(1, ...mine.map((p) => p.events[role].length));
  const group = L.layerGroup();
  for (const p of mine) {
    const at: L.LatLngTuple = [p.lat as number, eastLon(p.lon as number, p.country, p.regionCode)];
    const options = { ...style(role, p, max, ctx.colors), renderer: ctx.renderer };
    const marker = role === 'host' ? new HostMarker(at, options) : L.circleMarker(at, options);
    // 'auto': left or right of the mark, whichever side of the map has room (the map clips what spills out).
    marker.bindTooltip(() => placeTooltip(p, ctx), { direction: 'auto' });
    marker.on('click', () => ctx.onplace(placeFilter(p)));
    group.addLayer(marker);
  }
  return group;
}

function placeTooltip(p: DrawnPlace, ctx: LayerContext): HTMLElement {
  const region = regionLabel(p);
  const name = placeName(p);
  const notes = [
    ...(region && region !== name ? [region] : []),
    p.roles.map(roleLabel).join(', '),
    ...(p.approximate ? [t('map.approximate')] : []),
  ];
  return tooltipNode({ title: name, notes, events: p.eventIds.map(ctx.label) });
}

export interface RegionStyleInput {
  counts: AreaCounts;
  buckets: readonly Bucket[];
  choropleth: boolean;
  /** The current `place` filter, to outline the chosen region. */
  place: string | null;
}

function areaEvents(f: BasemapFeature, counts: AreaCounts): string[] {
  const { kind, code } = f.properties;
  if (!code) return [];
  return (kind === 'region' ? counts.regions.get(code) : counts.countries.get(code)) ?? [];
}

/** The `place` filter a click on the area sets: the subject's ISO code, or a country's official name. */
const areaFilter = (f: BasemapFeature): string | null =>
  f.properties.kind === 'region' ? f.properties.code : f.properties.kind === 'country' ? f.properties.name : null;

export function regionStyle(f: BasemapFeature, s: RegionStyleInput, c: MapColors): L.PathOptions {
  const n = areaEvents(f, s.counts).length;
  const fills = classColors(c, s.buckets.length);
  const k = s.choropleth ? bucketOf(n, s.buckets) : -1;
  const base = f.properties.kind === 'region' ? c.land : c.foreign;
  const chosen = s.place !== null && areaFilter(f) === s.place;
  return {
    fillColor: k >= 0 ? fills[k] : base,
    fillOpacity: 1,
    color: chosen ? c.selected : c.border,
    weight: chosen ? 3 : 0.6,
    dashArray: f.properties.kind === 'disputed' ? '4 3' : undefined,
    // The four subjects of 2022 have no code to filter by (see regions.ts): shown, not clickable.
    interactive: areaFilter(f) !== null,
  };
}

/** Russia's subjects and the neighbouring countries, filled by the choropleth; a click filters by the area. */
export function regionsLayer(features: readonly BasemapFeature[], ctx: LayerContext, getStyle: () => RegionStyleInput): L.GeoJSON {
  const layer = L.geoJSON(undefined, {
    renderer: ctx.renderer,
    style: (f) => regionStyle(f as BasemapFeature, getStyle(), ctx.colors),
    onEachFeature: (f, l) => {
      const feature = f as BasemapFeature;
      const filter = areaFilter(feature);
      l.bindTooltip(() => areaTooltip(feature, getStyle().counts, ctx), { sticky: true, direction: 'auto' });
      if (filter) l.on('click', () => ctx.onplace(filter));
    },
  } as L.GeoJSONOptions & { renderer: L.Renderer });
  for (const f of features) layer.addData(f);
  return layer;
}

function areaTooltip(f: BasemapFeature, counts: AreaCounts, ctx: LayerContext): HTMLElement {
  const events = areaEvents(f, counts);
  const notes = f.properties.kind === 'disputed' ? [t('map.noCode')] : events.length ? [] : [t('map.tip.none')];
  // The area's name in the page's language (the basemap holds the Russian one).
  const p = f.properties;
  const title =
    (p.kind === 'region' && p.code ? regionName(p.code) : p.kind === 'country' && p.code ? countryName(p.code) : null) ?? p.name;
  return tooltipNode({ title, notes, events: events.map(ctx.label) });
}
