// The page's side of the search: the worker (search.worker.ts) is started on the first query and given
// the documents again whenever they change. Where there is no Worker (unit tests) or it fails to load,
// the same index is built on this thread.
import type { Resolution } from '../types';
import type { SearchIndex } from './search';
import { searchDoc, type SearchRequest, type SearchResponse } from './search-protocol';

/** Documents per message to the worker: a few milliseconds of copying each. */
const PART = 250;

export class SearchClient {
  private worker: Worker | null = null;
  private failed = typeof Worker === 'undefined';
  /** The records the index was last built from (records are replaced, never changed in place). */
  private indexed: Resolution[] | null = null;
  private local: SearchIndex | null = null;
  private sending: Promise<void> = Promise.resolve();
  private seq = 0;
  private waiting = new Map<number, (ids: Set<string> | null) => void>();

  /** Ids of the records among `resolutions` that contain every word of `q` (in any inflected form). */
  async search(resolutions: Resolution[], q: string): Promise<Set<string>> {
    if (!this.failed) {
      const ids = await this.ask(resolutions, q);
      if (ids) return ids;
    }
    const lib = await import('./search');
    if (this.indexed !== resolutions || !this.local) {
      this.local = lib.buildSearchIndex(resolutions.map(searchDoc));
      this.indexed = resolutions;
    }
    return lib.searchIds(this.local, q);
  }

  private async ask(resolutions: Resolution[], q: string): Promise<Set<string> | null> {
    const worker = this.spawn();
    if (this.indexed !== resolutions) {
      this.indexed = resolutions;
      this.sending = this.send(worker, resolutions);
    }
    await this.sending;
    if (this.failed) return null;
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.waiting.set(seq, resolve);
      worker.postMessage({ type: 'query', seq, q } satisfies SearchRequest);
    });
  }

  /** Hands the documents to the worker in parts, a task each, so that the page stays responsive. */
  private async send(worker: Worker, resolutions: Resolution[]) {
    worker.postMessage({ type: 'reset' } satisfies SearchRequest);
    for (let i = 0; i < resolutions.length; i += PART) {
      if (i > 0) await new Promise((r) => setTimeout(r, 0));
      // Newer documents came meanwhile: their own sending has started over.
      if (this.indexed !== resolutions || this.worker !== worker) return;
      worker.postMessage({ type: 'add', docs: resolutions.slice(i, i + PART).map(searchDoc) } satisfies SearchRequest);
    }
  }

  private spawn(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
    worker.onmessage = (e: MessageEvent<SearchResponse>) => {
      this.waiting.get(e.data.seq)?.(new Set(e.data.ids));
      this.waiting.delete(e.data.seq);
    };
    // The worker could not load or broke: search on this thread from now on.
    worker.onerror = (e) => {
      e.preventDefault();
      this.fail();
    };
    worker.onmessageerror = () => this.fail();
    this.worker = worker;
    return worker;
  }

  private fail() {
    this.failed = true;
    this.worker?.terminate();
    this.worker = null;
    this.indexed = null;
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }
}
