// Messages between the page and the parse worker.
import type { Resolution } from '../lib/types';
import type { Extracted, FailCode, Note } from './extract';
import type { FileKind } from './read-file';
import type { Unzipped } from './archive';

/** A town of the gazetteer, for a host city corrected by hand. */
export interface CityInfo {
  name: string;
  lat: number;
  lon: number;
  regionCode: string | null;
  country: string | null;
}

export type WorkerRequest =
  | { type: 'parse'; id: number; name: string; kind: FileKind; bytes: ArrayBuffer }
  | { type: 'unzip'; id: number; bytes: ArrayBuffer }
  | { type: 'city'; id: number; name: string };

export type ParseOutcome =
  /** textKey: the normalised-text key (text-key.ts) on which duplicates are found. */
  { ok: true; record: Resolution; encoding: string | null; textKey: string; note?: Note } | { ok: false; code: FailCode; detail?: string };

export type WorkerResponse =
  | { type: 'parsed'; id: number; outcome: ParseOutcome }
  /** Pages read so far of a long document (sent while a 'parse' runs; restarts its clock). */
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'unzipped'; id: number; result: Unzipped }
  | { type: 'city'; id: number; city: CityInfo | null };

export type { Extracted, FailCode, Note, Unzipped };
