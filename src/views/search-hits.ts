// Where a search query's words occur in a text, found the way the search finds documents: any
// inflected form of a word ("Кузбасс" → «Кузбасские»), a number with or without its thousands
// separator ("2198" → «2 198»). The evidence view highlights these; the recommendations list puts the
// recommendations that have them first.
import { fold, FUNCTION_WORDS as STOP, stem as stemWord } from '../lib/russian';

const stem = (w: string) => (/[а-я]/.test(w) ? stemWord(w) : w);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The query's words: folded, stemmed, function words and single letters left out. */
export function queryTerms(q: string): { words: string[]; numbers: string[] } {
  const words: string[] = [];
  const numbers: string[] = [];
  // Digit groups typed with spaces ("2 198") are one number.
  for (const raw of fold(q)
    .replace(/(\d)[\s\u00a0\u202f](?=\d{3}(?!\d))/g, '$1')
    .split(/[^\p{L}\p{N}]+/u)) {
    if (!raw || STOP.has(raw)) continue;
    if (/^\d+$/.test(raw)) numbers.push(raw);
    else if (raw.length >= 2) words.push(stem(raw));
  }
  return { words, numbers };
}

export interface Hit {
  start: number;
  end: number;
}

/**
 * Whether `text` has a hit of the query: the same answer as `searchHits(text, q).length > 0`, for many
 * texts at once (the query is read once, and a text without any of its words or digits is passed over
 * without being split into words: a stemmed word's hit always contains the word's stem as written).
 */
export function searchMatcher(q: string): (text: string) => boolean {
  const terms = queryTerms(q);
  if (!terms.words.length && !terms.numbers.length) return () => false;
  return (text) => {
    const folded = fold(text);
    if (!terms.words.some((w) => folded.includes(w)) && !terms.numbers.some((n) => folded.includes(n[0]))) return false;
    return hitsOf(text, terms).length > 0;
  };
}

/** Every occurrence of the query's words in `text`, in text order (none for an empty query). */
export function searchHits(text: string, q: string): Hit[] {
  return hitsOf(text, queryTerms(q));
}

function hitsOf(text: string, { words, numbers }: { words: string[]; numbers: string[] }): Hit[] {
  if (!words.length && !numbers.length) return [];
  const hits: Hit[] = [];
  if (words.length) {
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const token = fold(m[0]);
      if (!/\p{L}/u.test(token)) continue;
      const s = stem(token);
      if (words.some((w) => s.startsWith(w) || token.startsWith(w))) hits.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  for (const n of numbers) {
    // "2198" also as «2 198», «2 198» (no-break or thin space), never inside a longer number.
    const grouped = n.replace(/\B(?=(\d{3})+(?!\d))/g, '\u0000');
    const re = new RegExp(`(?<!\\d)${escape(grouped).replace(/\u0000/g, '[\\s\\u00a0\\u202f]?')}(?!\\d)`, 'g');
    for (const m of text.matchAll(re)) hits.push({ start: m.index, end: m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}
