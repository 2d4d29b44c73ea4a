// The key on which two documents are "the same text": letters and digits only, in lower case, ё as е.
// The same resolution saved as PDF and as .docx, or copied with other spaces, line breaks, quotes,
// dashes or list markers, gets the same key; a changed word or number does not. Hashed (two 32-bit
// FNV-1a variants over UTF-16 units) with the folded length, so a thousand stored texts are compared
// by a short string; cheap enough to compute in the page for the stored documents.

import { fold } from '../lib/russian';

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

export function normalisedText(text: string): string {
  return fold(text.replace(NOT_LETTER_OR_DIGIT, ''));
}

export function textKey(text: string): string {
  const s = normalisedText(text);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return `${s.length.toString(36)}-${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}`;
}

const cache = new WeakMap<object, string>();

/** The key of a stored record's text, computed once per record object. */
export function recordTextKey(record: { text: string }): string {
  let key = cache.get(record);
  if (key === undefined) {
    key = textKey(record.text);
    cache.set(record, key);
  }
  return key;
}
