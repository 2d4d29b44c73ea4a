// Text helpers shared by the extractors. Offsets always refer to the decoded text as given;
// conversion debris is blanked out (same length), never removed, so offsets stay valid.

import type { Span } from '../types';

/** `[image: image1.wmf]`, `[bookmark: _GoBack]` and similar artefacts of .doc → text conversion. */
const DEBRIS = /\[(?:image|bookmark|comment|footnote|anchor)[^\]\n]{0,200}\]|\*\*|__/gi;

/** The text with debris replaced by spaces of the same length: regexes run on it, quotes come from the original. */
export function mask(text: string): string {
  return text.replace(DEBRIS, (m) => ' '.repeat(m.length));
}

/** A clean one-line string for display: debris gone, quotes de-doubled, whitespace collapsed. */
export function clean(s: string): string {
  return s
    .replace(DEBRIS, ' ')
    .replace(/«+/g, '«')
    .replace(/»+/g, '»')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A span of `text` from start to end, trimmed of surrounding whitespace. */
export function span(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { quote: text.slice(start, end), start, end };
}

/** Lower case with ё folded to е, for matching. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}

/** Bounds of the sentence around `index`: a sentence ends at . ! ? ; or a line break. */
export function sentenceAround(text: string, index: number): { start: number; end: number } {
  let start = index;
  while (start > 0 && !/[.!?;\n]/.test(text[start - 1])) start--;
  let end = index;
  while (end < text.length && !/[.!?;\n]/.test(text[end])) end++;
  return { start, end };
}
