// The filter state, kept in the URL: each change is a history entry (the back button undoes it),
// and going back or forward restores the filters from the URL. Values of the URL that are not valid
// filters are dropped (see readQuery) and listed in `issues` until the next change, so the page can
// say what it left out; the address is rewritten without them, so the link copied next is a valid one.

import { filtersToQuery, NO_FILTERS, readQuery, type Filters, type QueryIssue } from './filters';

class UrlFilters {
  /** Replaced whole on each change, never changed in place: an unchanged list keeps its identity, so
   * a view that reads only the themes or the place is not woken by a change of years. */
  value = $state.raw<Filters>(NO_FILTERS);
  /** What the last URL read held that could not be used (empty after any change of the filters). */
  issues = $state.raw<QueryIssue[]>([]);

  constructor() {
    if (typeof window !== 'undefined') {
      this.load();
      window.addEventListener('popstate', () => this.load());
    }
  }

  /** Reads the filters from the page's address (on start and on back/forward). */
  load(): void {
    const { filters, issues } = readQuery(location.search);
    this.value = filters;
    this.issues = issues;
    if (issues.length) {
      const query = filtersToQuery(filters, location.search);
      history.replaceState(history.state, '', location.pathname + query + location.hash);
    }
  }

  private lastTyping = 0;

  /** Applies `patch` as a new history entry. Search typing (a `q`-only change soon after another)
   * rewrites the current entry instead, so one back press undoes the whole query. */
  set(patch: Partial<Filters>, replace = false): void {
    const typing = Object.keys(patch).length === 1 && 'q' in patch;
    const now = Date.now();
    if (typing && now - this.lastTyping < 1500) replace = true;
    this.lastTyping = typing ? now : 0;
    const next = { ...this.value, ...patch };
    if (next.from !== null && next.to !== null && next.from > next.to) [next.from, next.to] = [next.to, next.from];
    const query = filtersToQuery(next, location.search);
    if (query === filtersToQuery(this.value, location.search)) return;
    const url = location.pathname + (query || '?') + location.hash;
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(null, '', url);
    this.value = next;
    if (this.issues.length) this.issues = [];
  }

  toggleTheme(id: string): void {
    const themes = this.value.themes.includes(id) ? this.value.themes.filter((t) => t !== id) : [...this.value.themes, id];
    this.set({ themes });
  }

  reset(): void {
    this.set(NO_FILTERS);
  }
}

export const filters = new UrlFilters();
