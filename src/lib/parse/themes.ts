// Theme tagging of recommendation items: a Snowball-Russian stem lookup against data/themes.json.
// Pure TypeScript (no DOM, no Node APIs): runs in Node, in the browser and in a Web Worker.
//
// data/themes.json is an array of { id, ru, en, stems, except? } in display order:
// - `stems`: keys produced by this module's `stem()`. A key with spaces ("менеджмент качеств") is a
//   phrase: the stems of adjacent words, separated by whitespace only.
// - `except` (optional): phrases that cancel this theme's matches inside them ("в качеств" = "as",
//   not "quality"; "под руководств" = "led by", not "management/authorities").
// A hyphenated word ("онлайн-технологии") matches through its whole stem or the stem of any part;
// the match then spans the whole word.
import type { ThemeMatch } from '../types';
import rawThemes from '../../../data/themes.json';
import { detach, fold, stem as stemFolded } from '../russian';
import { WordScanner } from './word-scan';

export interface Theme {
  id: string;
  ru: string;
  en: string;
  stems: string[];
  except?: string[];
}

export const THEMES: readonly Theme[] = rawThemes as Theme[];

export interface Token {
  /** The word exactly as written: text.slice(start, end) === word. */
  word: string;
  /** Lower-cased, ё→е, soft hyphens and stress marks removed, Latin look-alikes in Cyrillic words folded. */
  norm: string;
  start: number;
  end: number;
}

// Words are the matches of `[L][IN]*(?:[-\u2010\u2011][L][IN]*)*`, found by a WordScanner (a regex
// with Unicode script classes was the slowest part of tagging).
const L = '\\p{Script=Cyrillic}\\p{Script=Latin}';
// Inside a word: letters, a soft hyphen, a combining acute (stress mark; kept out of the class, where it
// would combine with the character before it).
const IN = `(?:[${L}\\u00AD]|\\u0301)`;
const scanner = new WordScanner(new RegExp(`^[${L}]$`, 'u'), new RegExp(`^${IN}$`, 'u'), '-\u2010\u2011');
const HOMOGLYPHS: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
};

function normalize(word: string): string {
  let w = fold(word)
    .replace(/\u00AD/g, '')
    .replace(/[\u2010\u2011]/g, '-');
  if (/[a-z]/.test(w) && /[а-я]/.test(w)) w = w.replace(/[acexopykmthb]/g, (c) => HOMOGLYPHS[c]);
  return w;
}

/** Cyrillic/Latin words (hyphenated words kept whole) with their offsets in `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const w = scanner.words(text); w.next();) {
    const word = text.slice(w.start, w.end);
    out.push({ word, norm: normalize(word), start: w.start, end: w.end });
  }
  return out;
}

// Keys by the word as written: the hot path. Bounded so that a long-running worker cannot grow without limit.
const CACHE_MAX = 100_000;
/** Keys and rules by the word as written, so a word seen before is neither normalized nor stemmed again. */
const keyCache = new Map<string, WordKeys>();
const stemNorm = stemFolded;

/** The Snowball-Russian stem of one word, normalized as in `tokenize`. */
export function stem(word: string): string {
  return stemNorm(normalize(word));
}

interface WordKeys {
  /** The stem of the word's normalized form, plus the stems of its parts when hyphenated. */
  keys: string[];
  /** The rules whose first stem is one of `keys`, in the order of `keys`. */
  rules: Rule[];
}

/** Lookup keys of a word as written. */
function keysOf(word: string): WordKeys {
  let k = keyCache.get(word);
  if (k === undefined) {
    if (keyCache.size >= CACHE_MAX) keyCache.clear();
    const norm = detach(normalize(word)); // a copy: normalize may return `word` itself, a slice of the text
    const set = new Set([stemNorm(norm)]);
    if (norm.includes('-')) for (const part of norm.split('-')) set.add(stemNorm(part));
    const keys = [...set];
    k = { keys, rules: keys.flatMap((key) => RULES.get(key) ?? []) };
    keyCache.set(detach(word), k);
  }
  return k;
}

interface Rule {
  theme: number;
  stems: string[];
  except: boolean;
}

// First stem → rules starting with it; built once.
const RULES = new Map<string, Rule[]>();
THEMES.forEach((t, theme) => {
  const add = (key: string, except: boolean) => {
    const stems = key.split(' ');
    const list = RULES.get(stems[0]) ?? [];
    list.push({ theme, stems, except });
    RULES.set(stems[0], list);
  };
  t.stems.forEach((k) => add(k, false));
  t.except?.forEach((k) => add(k, true));
});

function onlySpace(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f)) return false;
  }
  return true;
}

/** Words that name an organisation when a «name» follows: партнёрство «Кузбасские библиотеки» is no partnership theme. */
const NAMED_BY_QUOTE = new Set(['партнерств', 'объединен', 'ассоциац', 'союз']);
/** Forms of "чтения" that mean the event (на чтениях), not reading. */
const READINGS_EVENT = /^чтени(?:ях|ям|ями)$/;
const CAPITALISED_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ие|их|им|ими|ые|ых|ым|ыми)$/u;

/**
 * Whether words [first, last] are part of a name rather than a theme: an organisation named by its «name»
 * that follows, or readings that are an event ("Морозовские чтения", "на чтениях") rather than reading.
 */
function isName(text: string, words: WordKeys[], starts: number[], ends: number[], first: number, last: number): boolean {
  const keys = words[first].keys;
  if (keys.some((k) => NAMED_BY_QUOTE.has(k)) && /^\s*«/.test(text.slice(ends[last], ends[last] + 3))) return true;
  if (keys[0] !== 'чтен') return false;
  const word = text.slice(starts[first], ends[first]);
  if (READINGS_EVENT.test(word.toLowerCase())) return true;
  const previous = first > 0 ? text.slice(starts[first - 1], ends[first - 1]) : '';
  return (
    CAPITALISED_ADJECTIVE.test(previous) ||
    (/^\p{Lu}/u.test(word) && first > 0 && !/[.!?]\s*$/.test(text.slice(ends[first - 1], starts[first])))
  );
}

interface Hit {
  theme: number;
  start: number;
  end: number;
  except: boolean;
  /** First and last word of the match. */
  first: number;
  last: number;
}

/** The most words a key has: hits that overlap one another start at most this many words apart. */
const MAX_WORDS = Math.max(...[...RULES.values()].flat().map((r) => r.stems.length));

/**
 * Whether a match is cancelled: an except phrase of its theme overlaps it, or a longer phrase of its theme
 * contains it. `hits` are in the order of their first word, so only near neighbours can overlap.
 */
function cancelled(hits: Hit[], a: number): boolean {
  const h = hits[a];
  for (let b = a - 1; b >= 0 && hits[b].first >= h.first - MAX_WORDS; b--) if (overrides(hits[b], h)) return true;
  for (let b = a + 1; b < hits.length && hits[b].first <= h.last; b++) if (overrides(hits[b], h)) return true;
  return false;
}

/** Whether `x` cancels `h`: an except phrase of its theme over it, or a longer phrase of its theme around it. */
function overrides(x: Hit, h: Hit): boolean {
  if (x.theme !== h.theme) return false;
  return x.except ? x.start < h.end && h.start < x.end : x.start <= h.start && h.end <= x.end && x.end - x.start > h.end - h.start;
}

/** Themes (taxonomy order, deduplicated) whose stems occur in `text`, with each matched word. */
export function tagThemes(text: string): { themes: string[]; matches: ThemeMatch[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const words: WordKeys[] = [];
  for (const w = scanner.words(text); w.next();) {
    starts.push(w.start);
    ends.push(w.end);
    words.push(keysOf(text.slice(w.start, w.end)));
  }
  const hits: Hit[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const r of words[i].rules) {
      let j = 1;
      for (; j < r.stems.length; j++) {
        const n = i + j;
        if (n >= words.length || !onlySpace(text, ends[n - 1], starts[n]) || !words[n].keys.includes(r.stems[j])) break;
      }
      if (j === r.stems.length && !isName(text, words, starts, ends, i, i + j - 1))
        hits.push({ theme: r.theme, start: starts[i], end: ends[i + j - 1], except: r.except, first: i, last: i + j - 1 });
    }
  }
  const kept = hits.filter((h, a) => !h.except && !cancelled(hits, a));
  kept.sort((a, b) => a.start - b.start || a.theme - b.theme || a.end - b.end);
  const matches: ThemeMatch[] = [];
  const found = new Set<number>();
  for (let k = 0; k < kept.length; k++) {
    // Sorted, so a repeated match (same theme and span) comes right after the first.
    const h = kept[k];
    const prev = kept[k - 1];
    if (prev && prev.theme === h.theme && prev.start === h.start && prev.end === h.end) continue;
    found.add(h.theme);
    matches.push({ theme: THEMES[h.theme].id, word: text.slice(h.start, h.end), start: h.start, end: h.end });
  }
  const themes = THEMES.filter((_, i) => found.has(i)).map((t) => t.id);
  return { themes, matches };
}
