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
  return { id: r.id, title: r.title ?? '', text: r.text, recommendations: r.recommendations.map((i) => i.text).join('\n') };
}

export type SearchRequest = { type: 'index'; docs: SearchDoc[] } | { type: 'query'; seq: number; q: string };

export interface SearchResponse {
  seq: number;
  ids: string[];
}
