// What the worker does with a file, as plain functions (the unit tests call them directly):
// bytes → text → record with the same parser and gazetteer as `npm run ingest`, and the gazetteer
// look-up of a host city typed by hand.
import { defaultGazetteer } from '../lib/geo/gazetteer';
import { parseResolution } from '../lib/parse/resolution';
import { extractText } from './extract';
import type { CityInfo, ParseOutcome } from './protocol';
import type { FileKind } from './read-file';

export async function parseFile(name: string, kind: FileKind, bytes: ArrayBuffer | Uint8Array): Promise<ParseOutcome> {
  try {
    const extracted = await extractText(kind, bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
    if (!extracted.ok) return extracted;
    const record = parseResolution(extracted.text, { file: name, gazetteer: defaultGazetteer });
    return { ok: true, record, encoding: extracted.encoding };
  } catch (err) {
    return { ok: false, code: 'crash', detail: err instanceof Error ? err.message : String(err) };
  }
}

/** A town by its Russian name (any letter case, ё or е), preferring Russia; null when unknown. */
export function findCity(name: string): CityInfo | null {
  const wanted = name.trim();
  if (!wanted) return null;
  const place = defaultGazetteer.placeByName(wanted, 'RU') ?? defaultGazetteer.placeByName(wanted);
  if (!place) return null;
  return { name: place.name, lat: place.lat, lon: place.lon, regionCode: place.regionCode, country: place.country };
}
