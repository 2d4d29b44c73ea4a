// The properties of each basemap feature (written by tools/geodata/build-basemap.ts, read by the map).

export type BasemapKind = 'region' | 'country' | 'disputed';

export interface BasemapProps {
  kind: BasemapKind;
  /** 'RU-KEM' for a federal subject, 'BY' for a country, null for the four subjects of 2022 (see regions.ts). */
  code: string | null;
  /** The official Russian name from src/lib/geo/regions.ts. */
  name: string;
  country: string | null;
}
