// The selection as JSON: the full records (the project's public format, see lib/types.ts), the filters
// that chose them and when — so an export says what it is.
import type { Filters } from '../lib/state/filters';
import type { Resolution } from '../lib/types';

export interface JsonExport {
  /** ISO 8601, UTC. */
  exportedAt: string;
  filters: Filters;
  resolutions: Resolution[];
}

export function toJson(resolutions: readonly Resolution[], filters: Filters, now: Date = new Date()): string {
  const out: JsonExport = { exportedAt: now.toISOString(), filters, resolutions: [...resolutions] };
  return JSON.stringify(out, null, 2);
}

export function jsonBlob(resolutions: readonly Resolution[], filters: Filters): Blob {
  return new Blob([toJson(resolutions, filters)], { type: 'application/json;charset=utf-8' });
}
