// What the page hands to the search worker, and the messages between them.
import type { Resolution } from '../types';

/** What the index reads of a record: plain strings, cheap to copy to the worker. */
export interface SearchDoc {
  id: string;
  title: string;
  text: string;
  recommendations: string;
}

export function searchDoc(r: Resolution): SearchDoc {
  // Most recommendations are quoted from the text word for word: indexing them again would cost a third
  // more time for nothing. Those that are not (corrected by hand, or with their lines joined) are added.
  const own = r.recommendations.filter((i) => !r.text.includes(i.text));
  return { id: r.id, title: r.title ?? '', text: r.text, recommendations: own.map((i) => i.text).join('\n') };
}

/** `reset` starts a new index, `add` adds documents to it (sent in parts: copying 10 000 texts in
 * one message would hold the page for most of a second), `query` asks it. */
export type SearchRequest = { type: 'reset' } | { type: 'add'; docs: SearchDoc[] } | { type: 'query'; seq: number; q: string };

export interface SearchResponse {
  seq: number;
  ids: string[];
}
