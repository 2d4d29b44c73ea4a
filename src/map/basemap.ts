// Loads the basemap (built by tools/geodata/build-basemap.ts) lazily, and keeps Russia east of the 180th meridian.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature, type Topology } from 'topojson-client';
import type { BasemapProps } from './basemap-types';

export type BasemapFeature = Feature<Geometry, BasemapProps>;

/** Where Russia is drawn: Kaliningrad to the Bering Strait with the far east east of 180° (lon 191 = −169). */
export const RUSSIA_BOUNDS: [[number, number], [number, number]] = [
  [41, 19],
  [78, 191],
];

const isRussian = (country: string | null, regionCode: string | null = null) =>
  country === 'RU' || (regionCode?.startsWith('RU-') ?? false);

/**
 * Chukotka crosses 180°: a Russian longitude west of 0 (Уэлен, −169.8) is drawn at lon + 360 so the far
 * east stays whole and east of Kamchatka. Other countries keep their longitudes.
 */
export function eastLon(lon: number, country: string | null, regionCode: string | null = null): number {
  return lon < 0 && isRussian(country, regionCode) ? lon + 360 : lon;
}

function shiftPositions(c: unknown): unknown {
  if (Array.isArray(c) && typeof c[0] === 'number') {
    const [lon, lat] = c as Position;
    return lon < 0 ? [lon + 360, lat] : c;
  }
  return (c as unknown[]).map(shiftPositions);
}

/** Shifts the Russian features east (idempotent: the build script has already done it for the committed file). */
export function shiftRussia(fc: FeatureCollection<Geometry, BasemapProps>): BasemapFeature[] {
  return fc.features.map((f) =>
    f.properties.country === 'RU' && f.geometry.type !== 'GeometryCollection'
      ? { ...f, geometry: { ...f.geometry, coordinates: shiftPositions(f.geometry.coordinates) } as Geometry }
      : f,
  );
}

export function decodeBasemap(topo: Topology): BasemapFeature[] {
  return shiftRussia(feature<BasemapProps>(topo, topo.objects.regions));
}

/** The basemap's features; the TopoJSON is its own chunk, fetched on first use only. */
export async function loadBasemap(): Promise<BasemapFeature[]> {
  const topo = (await import('./basemap.topo.json')).default as unknown as Topology;
  return decodeBasemap(topo);
}
