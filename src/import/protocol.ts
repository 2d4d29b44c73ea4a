// Messages between the page and the parse worker.
import type { Resolution } from '../lib/types';
import type { Extracted, FailCode } from './extract';
import type { FileKind } from './read-file';

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
  | { type: 'city'; id: number; name: string };

export type ParseOutcome =
  | { ok: true; record: Resolution; encoding: string | null }
  | { ok: false; code: FailCode; detail?: string };

export type WorkerResponse =
  | { type: 'parsed'; id: number; outcome: ParseOutcome }
  | { type: 'city'; id: number; city: CityInfo | null };

export type { Extracted, FailCode };
