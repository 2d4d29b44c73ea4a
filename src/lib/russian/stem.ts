// The Snowball Russian stem (@orama/stemmers), computed once per word in a bounded cache: the same words
// recur from document to document, and a long-running worker must not grow without limit.
import { stemmer } from '@orama/stemmers/russian';
import { detach } from './detach';

const CACHE_MAX = 100_000;
const cache = new Map<string, string>();

/** Snowball stem of a folded word; a hyphenated word is stemmed as a whole (анжеро-судженска → анжеро-судженск). */
export function stem(folded: string): string {
  let s = cache.get(folded);
  if (s === undefined) {
    if (cache.size >= CACHE_MAX) cache.clear();
    s = stemmer(folded);
    cache.set(detach(folded), s);
  }
  return s;
}
