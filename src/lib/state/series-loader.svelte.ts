// The series module (lib/series) loads on first use: when a link or a click picks a series, when the
// series view is drawn, or for a report. Until it has loaded a series filter matches nothing, as a
// search does until its answer comes; the selection reads `seriesModule()`, so it is worked out again
// when the module arrives.
import type * as SeriesModule from '../series';

let loaded = $state.raw<typeof SeriesModule | null>(null);
let loading: Promise<typeof SeriesModule> | null = null;

/** The loaded module, or null (read reactively). */
export function seriesModule(): typeof SeriesModule | null {
  return loaded;
}

/** Loads the module once; every call returns the same promise. */
export function loadSeries(): Promise<typeof SeriesModule> {
  return (loading ??= import('../series').then((m) => (loaded = m)));
}
