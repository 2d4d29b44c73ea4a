// The event opened in the detail drawer, kept in the URL as `event=<id>` (and `rec=<n>` for the
// recommendation it was opened at): a link opens it, and Back closes it. Opening pushes a history
// entry (another event opened over it replaces that entry), so one Back press closes the drawer and
// leaves the filters as they were; closing with × or Esc goes back over that entry too. An event
// opened by a link has no entry of its own to go back over: closing it rewrites the address.
// The filters (url.svelte.ts) keep parameters they do not know, so `event` survives a filter change.

const OPENED = 'event-opened';

export interface OpenEvent {
  id: string;
  /** The recommendation (index in `recommendations`) the text was opened at. */
  rec: number | null;
}

/** The `event` and `rec` parameters of a query string; an id is "r-" + hex digits, anything else is ignored. */
export function readEvent(search: string): OpenEvent | null {
  const p = new URLSearchParams(search);
  const id = p.get('event');
  if (!id || !/^r-[0-9a-f]{1,64}$/.test(id)) return null;
  const rec = p.get('rec');
  return { id, rec: rec && /^\d{1,5}$/.test(rec) ? Number(rec) : null };
}

/** `search` with `event` and `rec` set to `e` (or removed), other parameters kept in their order. */
export function withEvent(search: string, e: OpenEvent | null): string {
  const p = new URLSearchParams(search);
  p.delete('event');
  p.delete('rec');
  if (e) {
    p.set('event', e.id);
    if (e.rec !== null) p.set('rec', String(e.rec));
  }
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

class EventInUrl {
  value = $state.raw<OpenEvent | null>(null);

  constructor() {
    if (typeof window !== 'undefined') {
      this.load();
      window.addEventListener('popstate', () => this.load());
    }
  }

  load(): void {
    this.value = readEvent(location.search);
  }

  open(id: string, rec: number | null = null): void {
    const next = { id, rec };
    const url = location.pathname + (withEvent(location.search, next) || '?') + location.hash;
    // Another event over an opened one replaces its entry: Back still closes the drawer.
    if (this.value && history.state?.[OPENED]) history.replaceState({ [OPENED]: true }, '', url);
    else history.pushState({ [OPENED]: true }, '', url);
    this.value = next;
  }

  close(): void {
    if (!this.value) return;
    if (history.state?.[OPENED]) {
      history.back();
      return;
    }
    history.replaceState(history.state, '', location.pathname + withEvent(location.search, null) + location.hash);
    this.value = null;
  }
}

export const openEvent = new EventInUrl();
