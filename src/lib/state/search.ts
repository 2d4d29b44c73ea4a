// Full-text search over texts and recommendations with Russian stemming: every word of a query is
// required ("кемеровская область" finds the texts that speak of "Кемеровской области").

import MiniSearch from 'minisearch';
import { fold, FUNCTION_WORDS as STOP, stem as stemWord } from '../russian';
import type { SearchDoc } from './search-protocol';

// Indexing 10 000 texts feeds millions of tokens through the stemmer, but the vocabulary is a few
// tens of thousands of words: stem each word once. Bounded, so odd input cannot grow it without end.
const stems = new Map<string, string | null>();
const MAX_STEMS = 200_000;

export function searchTerm(term: string): string | null {
  let stem = stems.get(term);
  if (stem !== undefined) return stem;
  const t = fold(term);
  stem = STOP.has(t) || t.length < 2 ? null : /[а-я]/.test(t) ? stemWord(t) : t;
  if (stems.size >= MAX_STEMS) stems.clear();
  stems.set(term, stem);
  return stem;
}

export type SearchIndex = MiniSearch<{ id: string }>;

const splitWords = MiniSearch.getDefault('tokenize') as (text: string) => string[];
/** Words of a text or a query; a number written with thousands separators ("2 198") is one word. */
export function searchTokens(text: string): string[] {
  return splitWords(text.replace(/(\d)[\s\u00a0\u202f](?=\d{3}(?!\d))/g, '$1'));
}

/** A query word also finds the words its stem begins ("Кузбасс" → «Кузбасские»): from five letters on,
 * so that short words do not match half the vocabulary. */
const prefix = (term: string) => term.length >= 5;

export function buildSearchIndex(docs: SearchDoc[]): SearchIndex {
  const index = new MiniSearch<{ id: string }>({
    fields: ['title', 'text', 'recommendations'],
    storeFields: [],
    tokenize: searchTokens,
    processTerm: searchTerm,
    searchOptions: { combineWith: 'AND', processTerm: searchTerm, tokenize: searchTokens, prefix },
  });
  index.addAll(docs);
  return index;
}

/** Ids of the documents that contain every word of `q` (in any inflected form). */
export function searchIds(index: SearchIndex, q: string): Set<string> {
  return new Set(index.search(q).map((hit) => String(hit.id)));
}
