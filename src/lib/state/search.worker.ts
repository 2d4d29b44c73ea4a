// The search index lives here, off the page's thread: building it over 10 000 texts takes seconds,
// and the page stays usable meanwhile. Messages are handled in order, so a query sent after new
// documents is answered from the index over them.
import { buildSearchIndex, searchIds, type SearchIndex } from './search';
import type { SearchRequest, SearchResponse } from './search-protocol';

let index: SearchIndex | null = null;

self.onmessage = (e: MessageEvent<SearchRequest>) => {
  const m = e.data;
  if (m.type === 'reset') index = buildSearchIndex([]);
  else if (m.type === 'add') index?.addAll(m.docs);
  else self.postMessage({ seq: m.seq, ids: index ? [...searchIds(index, m.q)] : [] } satisfies SearchResponse);
};
