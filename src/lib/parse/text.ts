// Text helpers shared by the extractors. Offsets always refer to the decoded text as given;
// conversion debris is blanked out (same length), never removed, so offsets stay valid.

import type { Span } from '../types';

export { detach, fold } from '../russian';

/** `[image: image1.wmf]`, `[bookmark: _GoBack]` and similar artefacts of .doc → text conversion. */
const DEBRIS = /\[(?:image|bookmark|comment|footnote|anchor)[^\]\n]{0,200}\]|\*\*|__/gi;

/** The text with debris replaced by spaces of the same length: regexes run on it, quotes come from the original. */
export function mask(text: string): string {
  return text.replace(DEBRIS, (m) => ' '.repeat(m.length));
}

/** A clean one-line string for display: debris gone, quotes de-doubled, whitespace collapsed. */
export function clean(s: string): string {
  // The patterns match only what changes (a doubled quote; white space other than one " "): replacing
  // every single space and quote by itself made this slow.
  return s
    .replace(DEBRIS, ' ')
    .replace(/««+/g, '«')
    .replace(/»»+/g, '»')
    .replace(/ ?[^\S ]\s*| {2,}\s*/g, ' ')
    .trim();
}

/** A span of `text` from start to end, trimmed of surrounding whitespace. */
export function span(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { quote: text.slice(start, end), start, end };
}

/** How far a sentence is followed each way: a longer "sentence" is a list or a run, cut here so that a step stays linear. */
export const SENTENCE_REACH = 500;

/** Bounds of the sentence around `index`: a sentence ends at . ! ? ; or a line break, at most `reach` each way. */
export function sentenceAround(text: string, index: number, reach = SENTENCE_REACH): { start: number; end: number } {
  let start = index;
  const floor = Math.max(0, index - reach);
  while (start > floor && !endsSentence(text.charCodeAt(start - 1))) start--;
  let end = index;
  const ceiling = Math.min(text.length, index + reach);
  while (end < ceiling && !endsSentence(text.charCodeAt(end))) end++;
  return { start, end };
}

/** . ! ? ; or \n (a character test: this runs for every character of a sentence). */
const endsSentence = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a;

/**
 * Whether s[i] ends a sentence of prose: . ! ? or a line break before a capital (a hard-wrapped line goes
 * on), not the dot of an initial or of an abbreviation ("им.", "ул.", "т. е.", "г. Омск"; but "2019 г." may end one).
 */
function endsProse(s: string, i: number): boolean {
  const c = s[i];
  if (c !== '.' && c !== '!' && c !== '?' && c !== '\n') return false;
  if (c === '.') {
    const before = s.slice(Math.max(0, i - 8), i);
    if (/(?:^|[^\p{L}])(?:\p{Lu}|им|ул|св|пр|т\.\s?[ед]|т\.\s?п)$/u.test(before)) return false;
    // "г. Омск", "с. Сростки" go on; "в 2019 г. Конференция…" ends after the year.
    if (/(?:^|[^\p{L}])(?:\p{Ll}|гг)$/u.test(before) && !/\d\s?(?:\p{Ll}|гг)$/u.test(before)) return false;
  }
  return /^\s*(?:[\p{Lu}\d«"•-]|$)/u.test(s.slice(i + 1, i + 4));
}

/** How far a prose sentence is followed each way from its phrase. */
export const PROSE_REACH = 400;

/** Bounds of the prose sentence around s[index, end), at most PROSE_REACH characters each way. */
export function proseSentence(s: string, index: number, end = index): { start: number; end: number } {
  let a = index;
  for (let n = 0; a > 0 && n < PROSE_REACH && !endsProse(s, a - 1); a--, n++);
  // A phrase may end with the sentence's own dot ("… 2019 г."): the sentence ends there.
  let b = end > index && endsProse(s, end - 1) ? end - 1 : end;
  for (let n = 0; b < s.length && n < PROSE_REACH && !endsProse(s, b); b++, n++);
  return { start: a, end: b };
}

/**
 * `{ ...base, ...extra }`, spelt with Object.assign: V8 (Node 20) takes a slow path, about a
 * microsecond, whenever properties are added to an object literal that starts with a spread.
 */
export function extend<A extends object, B extends object>(base: A, extra: B): Omit<A, keyof B> & B {
  return Object.assign({}, base, extra);
}

/** How many positions of a sorted list come before `value` (binary search): the index of the first one at or after it. */
export function countBefore(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a sorted list holds a position in [start, end). */
export function anyWithin(sorted: number[], start: number, end: number): boolean {
  const i = countBefore(sorted, start);
  return i < sorted.length && sorted[i] < end;
}

const LETTER = /\p{L}/u;

/**
 * What a regex's `(?<!\p{L})` tests: whether the code point before `index` is a letter. The extractors
 * check this by hand after a match instead: a lookbehind is evaluated at every position of the text,
 * which made those scans several times slower.
 */
export function letterBefore(s: string, index: number): boolean {
  if (index <= 0) return false;
  const c = s.charCodeAt(index - 1);
  const pair = c >= 0xdc00 && c <= 0xdfff && index >= 2 && (s.charCodeAt(index - 2) & 0xfc00) === 0xd800;
  return LETTER.test(s.slice(pair ? index - 2 : index - 1, index));
}

/**
 * The matches of `(?<!X)` + `re`, where `before(s, index)` tells whether X matches before `index`:
 * a match of `re` (global, never empty) that follows X is dropped and the search resumes one code
 * point further, as the lookbehind regex would. Saves evaluating the lookbehind at every position.
 */
export function* matchesNotAfter(s: string, re: RegExp, before: (s: string, index: number) => boolean): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!before(s, m.index)) yield m;
    else re.lastIndex = m.index + ((s.charCodeAt(m.index) & 0xfc00) === 0xd800 ? 2 : 1);
  }
}
