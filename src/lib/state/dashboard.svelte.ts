// The dashboard's pipeline, in the order the data flows (App.svelte only wires it to the views):
//   1. index     — the selection index over the records, rebuilt when the records change
//   2. search    — the worker's answer for the query; until it comes, the last answer stays
//   3. selection — the events that pass every filter, and the timeline's events (all years)
//   4. sums      — per-year sums of the timeline's events, added up for the year range
//   5. views     — key figures, charts and theme counts now; the map and the lists a frame later
// Each step is a derived value that notifies only when its result changes: a change of years does not
// rebuild the timeline (10 000 stacked bars), nor wake the theme charts' inputs on a search, nor the map.

import type { Resolution } from '../types';
import { recommendationItems, summarize, timelineData, yearBuckets } from './aggregate';
import { deferred } from './deferred.svelte';
import type { Filters } from './filters';
import { SearchClient } from './search-client';
import { SelectionIndex } from './selection';

/** A theme as the charts name it: its id and its label in the page's language. */
export interface ThemeLabel {
  id: string;
  label: string;
}

/** What the pipeline reads; each a function, so that it reads the current value of reactive state. */
export interface DashboardSource {
  resolutions: () => Resolution[];
  filters: () => Filters;
  themes: () => ThemeLabel[];
}

/** The search's answer shown: the query it answers and the ids it found (null: no query, all match). */
export interface SearchAnswer {
  q: string;
  ids: Set<string> | null;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The filters other than the years: what the timeline's events depend on. */
export type OtherFilters = Omit<Filters, 'from' | 'to'>;

/** True when `a` and `b` pick the same events whatever the year range. */
export function sameOtherFilters(a: OtherFilters, b: OtherFilters): boolean {
  return (
    a.place === b.place &&
    a.q === b.q &&
    a.series === b.series &&
    sameList(a.themes, b.themes) &&
    sameList(a.kinds, b.kinds) &&
    sameList(a.types, b.types)
  );
}

export class Dashboard {
  readonly #src: DashboardSource;
  readonly #search: SearchClient;

  constructor(source: DashboardSource, search: SearchClient = new SearchClient()) {
    this.#src = source;
    this.#search = search;
    // Step 2 runs here: the search in a worker, started on the first query (the index over 10 000 texts
    // takes seconds to build). Nothing is worked out twice for one query.
    $effect(() => {
      const [q, docs] = [this.q, this.#src.resolutions()];
      if (!q) return;
      let current = true;
      this.#search.search(docs, q).then((ids) => current && (this.#answer = { q, ids }));
      return () => {
        current = false;
      };
    });
    // Step 5's second half: the map and the long lists follow a frame after the figures and charts.
    this.#later = deferred(() => ({ selected: this.selected, themes: this.themes }));
  }

  // Each filter on its own: a derived that comes out the same (a year, or the very same list) wakes
  // nothing, so the map is not redrawn on a change of years, nor the theme charts on a search.
  readonly from = $derived.by(() => this.#src.filters().from);
  readonly to = $derived.by(() => this.#src.filters().to);
  readonly themes = $derived.by(() => this.#src.filters().themes);
  readonly place = $derived.by(() => this.#src.filters().place);
  readonly q = $derived.by(() => this.#src.filters().q);

  // 1. The selection index, and the years of all events (a stable time axis).
  readonly index = $derived.by(() => new SelectionIndex(this.#src.resolutions()));
  readonly extent = $derived(this.index.extent());

  // 2. The search: its last answer, and what the views show meanwhile.
  #answer = $state.raw<{ q: string; ids: Set<string> } | null>(null);
  /** A query is typed and its answer has not come yet (the filter bar says so). */
  readonly searching = $derived(!!this.q && this.#answer?.q !== this.q);
  /** The answer the views show: the last one while the next is on its way; none before the first. */
  readonly answer: SearchAnswer = $derived(!this.q ? { q: '', ids: null } : (this.#answer ?? { q: this.q, ids: new Set<string>() }));

  // 3. The selection: every filter, with the query the shown answer is for.
  readonly applied: Filters = $derived.by(() => ({ ...this.#src.filters(), q: this.answer.q }));
  readonly selected: Resolution[] = $derived(this.index.select(this.applied, this.answer.ids));
  /** The filters but the years, the same object while they pick the same events. */
  #lastOther: OtherFilters | null = null;
  readonly #other: OtherFilters = $derived.by(() => {
    const { from: _from, to: _to, ...other } = this.applied;
    if (this.#lastOther && sameOtherFilters(this.#lastOther, other)) return this.#lastOther;
    return (this.#lastOther = other);
  });
  /** The timeline shows every year and dims those outside the range, so it ignores the year filter. */
  readonly allYears: Resolution[] = $derived(this.index.select({ ...this.#other, from: null, to: null }, this.answer.ids));
  readonly timeline = $derived(timelineData(this.allYears));

  // 4. Per-year sums of those events: a change of years costs a few additions per year, not another
  // pass over every event.
  readonly buckets = $derived(yearBuckets(this.allYears));
  readonly summary = $derived(summarize(this.buckets, this.from, this.to));

  // 5. The views' inputs.
  readonly themeCounts = $derived.by(() => this.#src.themes().map((th) => ({ ...th, count: this.summary.themes.get(th.id) ?? 0 })));
  /** The selection and the chosen themes, a frame later (see deferred.svelte.ts). */
  readonly #later: { readonly value: { selected: Resolution[]; themes: string[] } };
  /** The selection, a frame after the figures and charts. */
  get later(): Resolution[] {
    return this.#later.value.selected;
  }
  readonly recommendations = $derived.by(() => recommendationItems(this.#later.value.selected, this.#later.value.themes));
}
