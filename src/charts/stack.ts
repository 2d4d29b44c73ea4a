// Pure helpers shared by the charts: the offline / online / not-stated stack and year arithmetic.
import { stack } from 'd3';
import { SERIES, type SeriesKey } from './palette';
import type { TimelineDatum } from './types';

export type Parts = Record<SeriesKey, number>;
export interface Segment {
  key: SeriesKey;
  y0: number;
  y1: number;
}

/**
 * The stack of one event, or null when nothing is known (drawn as a hollow marker, never as 0).
 * Not stated = total − offline − online when positive; the whole total when the split is unknown.
 */
export function eventParts(d: Pick<TimelineDatum, 'total' | 'offline' | 'online'>): Parts | null {
  if (d.total == null && d.offline == null && d.online == null) return null;
  const offline = d.offline ?? 0;
  const online = d.online ?? 0;
  const notStated = d.total == null ? 0 : Math.max(0, d.total - offline - online);
  return { offline, online, notStated };
}

/** Stacks the rows bottom-up in SERIES order (offline, online, not stated) with d3.stack. */
export function stackParts(rows: Parts[]): Segment[][] {
  const series = stack<Parts, SeriesKey>().keys(SERIES)(rows);
  return rows.map((_, i) => series.map((s) => ({ key: s.key as SeriesKey, y0: s[i][0], y1: s[i][1] })));
}

export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));

export const inRange = (year: number, from: number | null, to: number | null): boolean =>
  (from == null || year >= from) && (to == null || year <= to);

/** Every `step`-th year from first to last, so that at most `max` labels fit. */
export function yearTicks(first: number, last: number, max: number): number[] {
  const count = last - first + 1;
  const step = Math.max(1, Math.ceil(count / Math.max(1, max)));
  const ticks: number[] = [];
  for (let y = first; y <= last; y += step) ticks.push(y);
  return ticks;
}

export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
