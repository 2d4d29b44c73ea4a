// The in-memory selection index (crossfilter-style): built once per change of the data, then each
// filter change is a linear scan over precomputed columns — no database query per keystroke.

import type { Resolution } from '../types';
import type { SeriesIndex } from '../series';
import { loadSeries, seriesModule } from './series-loader.svelte';
import type { Filters } from './filters';

interface Row {
  r: Resolution;
  year: number | null;
  themes: Set<string>;
  /** Region codes and lower-cased names of every place the text names, host city included. */
  places: Set<string>;
}

export class SelectionIndex {
  readonly rows: Row[];

  constructor(readonly resolutions: Resolution[]) {
    // Sorted by date once here, so each selection comes out in date order without sorting again.
    // ISO dates sort as plain strings; undated documents go last.
    const byDate = [...resolutions].sort((a, b) => {
      const x = a.date.start ?? '\uffff';
      const y = b.date.start ?? '\uffff';
      return x < y ? -1 : x > y ? 1 : 0;
    });
    this.rows = byDate.map((r) => ({
      r,
      year: r.year,
      themes: new Set(r.recommendations.flatMap((i) => i.themes)),
      places: new Set(
        [...r.places, ...(r.hostCity ? [r.hostCity] : [])].flatMap((p) => [p.name.toLowerCase(), ...(p.regionCode ? [p.regionCode] : [])]),
      ),
    }));
  }

  #series: SeriesIndex | null = null;
  /** The series of these records (lib/series), worked out the first time a view or a filter asks;
   * null while the series module is loading (asking starts the load). */
  get series(): SeriesIndex | null {
    const m = seriesModule();
    if (!m) {
      void loadSeries();
      return null;
    }
    return (this.#series ??= m.findSeries(this.resolutions));
  }

  /** The years of all events, first and last (for a stable time axis). */
  extent(): [number, number] | null {
    const years = this.rows.map((x) => x.year).filter((y): y is number => y !== null);
    return years.length ? [Math.min(...years), Math.max(...years)] : null;
  }

  /** The events that pass every filter, in date order. The search itself runs elsewhere (a worker):
   * `textMatches` are the ids it found for `f.q`; with a query and no answer yet, nothing matches. */
  select(f: Filters, textMatches: ReadonlySet<string> | null = null): Resolution[] {
    // Read each filter once: the loop below runs 10 000 times.
    const { from, to, q } = f;
    const kinds = f.kinds.length ? new Set<string>(f.kinds) : null;
    const types = f.types.length ? new Set<string>(f.types) : null;
    const themes = [...f.themes];
    const matched = q ? (textMatches ?? new Set<string>()) : null;
    const place = f.place ? (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(f.place) ? f.place : f.place.toLowerCase()) : null;
    const series = f.series ? this.series : null;
    if (f.series && !series) return []; // the series module is on its way
    const out: Resolution[] = [];
    for (const row of this.rows) {
      if (from !== null && (row.year === null || row.year < from)) continue;
      if (to !== null && (row.year === null || row.year > to)) continue;
      if (kinds && !kinds.has(row.r.kind)) continue;
      if (types && !types.has(row.r.docType)) continue;
      if (themes.length && !themes.some((t) => row.themes.has(t))) continue;
      if (place && !row.places.has(place)) continue;
      if (matched && !matched.has(row.r.id)) continue;
      if (series && series.has(row.r.id) !== f.series) continue;
      out.push(row.r);
    }
    return out;
  }
}
