// What the worker does with a file, as plain functions (the unit tests call them directly):
// bytes → text → record with the same parser and gazetteer as `npm run ingest`, the contents of a
// .zip, and the gazetteer look-up of a host city typed by hand.
import { defaultGazetteer } from '../lib/geo/gazetteer';
import { parseResolution } from '../lib/parse/resolution';
import { extractText, type Note, type OnProgress } from './extract';
import type { SourceFormat } from '../lib/types';
import { unzipArchive, type Unzipped } from './archive';
import { textKey } from './text-key';
import type { CityInfo, ParseOutcome } from './protocol';
import type { FileKind } from './read-file';

const asBytes = (bytes: ArrayBuffer | Uint8Array) => (bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));

export async function parseFile(
  name: string,
  kind: FileKind,
  bytes: ArrayBuffer | Uint8Array,
  onProgress?: OnProgress,
): Promise<ParseOutcome> {
  try {
    const extracted = await extractText(kind, asBytes(bytes), onProgress);
    if (!extracted.ok) return extracted;
    const record = parseResolution(extracted.text, { file: name, gazetteer: defaultGazetteer });
    record.source.format = formatRead(kind, extracted.note);
    const outcome: ParseOutcome = { ok: true, record, encoding: extracted.encoding, textKey: textKey(record.text) };
    return extracted.note ? { ...outcome, note: extracted.note } : outcome;
  } catch (err) {
    return { ok: false, code: 'crash', detail: err instanceof Error ? err.message : String(err) };
  }
}

/** The format a file was read as: its name's, unless its bytes said otherwise (a .doc that is HTML). */
function formatRead(kind: FileKind, note: Note | undefined): SourceFormat {
  const real = note?.code === 'read-as' ? READ_AS[note.detail] : undefined;
  return real ?? (kind === 'zip' ? 'text' : kind);
}
const READ_AS: Partial<Record<string, SourceFormat>> = { pdf: 'pdf', cfb: 'doc', rtf: 'rtf', html: 'html' };

export async function unzipFile(bytes: ArrayBuffer | Uint8Array): Promise<Unzipped> {
  try {
    return unzipArchive(asBytes(bytes));
  } catch (err) {
    return { ok: false, code: 'zip-broken', detail: err instanceof Error ? err.message : String(err) };
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
