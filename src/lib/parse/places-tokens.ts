// Word tokens with offsets, the text between them, and sentence numbers: the place parser's view of a text.
import type { WordToken } from '../geo/name-index';
import { detach, fold, stem } from '../russian';
import { WordScanner } from './word-scan';

/** What a token's spelling alone decides; shared by every token of that spelling (see `wordOf`). */
interface Word {
  folded: string;
  stem?: string;
}

export class Token implements WordToken {
  /** Sentence (or list item, or header line) number. */
  sentence = 0;
  /** Looked up on first use: fewer than half the tokens of a text are ever compared by their folded form. */
  private word?: Word;

  constructor(
    readonly text: string,
    readonly start: number,
    /** The text between the previous token and this one ("", " ", ", ", ". ", "\n\n- "). */
    readonly gap: string,
    /** True when only white space separates it from the previous token (words of one name). */
    readonly joined: boolean,
  ) {}

  get end(): number {
    return this.start + this.text.length;
  }

  /** Starts with a capital Cyrillic letter (А-Я, Ё). */
  get upper(): boolean {
    const c = this.text.charCodeAt(0);
    return (c >= 0x410 && c <= 0x42f) || c === 0x401;
  }

  /** Lower case, ё → е, stress marks dropped, hyphens unified. */
  get folded(): string {
    return (this.word ??= wordOf(this.text)).folded;
  }

  /**
   * Whether the folded form is `word`. A token's folded form is never shorter than the token (tokens
   * hold no stress marks to drop), so a longer token is not even looked up: most tokens compared with
   * "и" or "из" are not.
   */
  is(word: string): boolean {
    return this.text.length <= word.length && this.folded === word;
  }

  /** Snowball stem, computed on first use (most words never need it). */
  get stem(): string {
    const word = (this.word ??= wordOf(this.text));
    return (word.stem ??= stem(word.folded));
  }
}

// Folding and stemming a word is the same work in every document: done once per spelling, in a bounded cache.
const WORDS_MAX = 50_000;
const words = new Map<string, Word>();

function wordOf(text: string): Word {
  let w = words.get(text);
  if (w === undefined) {
    if (words.size >= WORDS_MAX) words.clear();
    w = { folded: detach(fold(text).replace(/[‐‑]/g, '-')) }; // (fold may return `text` itself, a slice)
    words.set(detach(text), w);
  }
  return w;
}

/** Letters and digits, hyphenated parts kept together: the regex `[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*`. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const scanner = new WordScanner(WORD_CHAR, WORD_CHAR, '-‐‑');
/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'г',
  'гг',
  'им',
  'ул',
  'обл',
  'р-н',
  'пос',
  'пгт',
  'дер',
  'ст',
  'т',
  'тт',
  'ч',
  'др',
  'пр',
  'проф',
  'акад',
  'см',
  'стр',
  'изд',
  'с',
  'п',
  'д',
  'н',
  'х',
  'рп',
  'ред',
  'сост',
  'вып',
  'окр',
  'респ',
  'мкр',
]);
/** A longer token is no abbreviation, and is not looked up to check (see Token.is). */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

const SENTENCE_GAP = /[\n;.!?]/;
// (Regexes used per token are constants: a regex literal in a function is a new object at every call.)
const PARAGRAPH = /\n\s*\n|;|:\s*\n/;
const LIST_ITEM = /\n\s*(?:[-–—•·*]|\d+[.)])/;
const CAPITAL = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}$/u;
const SENTENCE_END = /[.!?]/;
const JOINING = /^[ \t\u00a0]*\n?[ \t\u00a0]*$/;

function startsSentence(prev: Token, token: Token): boolean {
  const gap = token.gap;
  // Every rule below needs one of these characters in the gap; most gaps are " " or ", ".
  if (gap === ' ' || gap === ', ' || !SENTENCE_GAP.test(gap)) return false;
  if (PARAGRAPH.test(gap)) return true;
  if (LIST_ITEM.test(gap)) return true;
  if (!token.upper && !CAPITAL.test(token.text)) return false;
  if (gap.includes('\n')) return true;
  const abbreviation = (prev.text.length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(prev.folded)) || INITIAL.test(prev.text);
  return SENTENCE_END.test(gap) && !abbreviation;
}

/** text.slice(from, to), without a new string for the commonest gaps: " " and ", " (most tokens' gaps). */
function gapOf(text: string, from: number, to: number): string {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return ' ';
  if (to - from === 2 && text.charCodeAt(from) === 0x2c && text.charCodeAt(from + 1) === 0x20) return ', ';
  return text.slice(from, to);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let sentence = 0;
  for (const w = scanner.words(text); w.next();) {
    const gap = gapOf(text, last, w.start);
    const joined = gap === ' ' || (gap.length > 0 && JOINING.test(gap));
    const token = new Token(text.slice(w.start, w.end), w.start, gap, joined);
    token.sentence = sentence;
    const prev = tokens[tokens.length - 1];
    if (prev && startsSentence(prev, token)) token.sentence = ++sentence;
    tokens.push(token);
    last = w.end;
  }
  return tokens;
}

const COMMA = /^\s*,\s*$/;
const SPACE = /^\s+$/;
const DOT = /^\s*\./;

/** The gap is only a comma (a list goes on). */
export const isComma = (gap: string) => gap === ', ' || COMMA.test(gap);
/** The gap is only white space. */
export const isSpace = (gap: string) => gap === ' ' || SPACE.test(gap);
/** The token is followed by a period: "г." "с." "им.". */
export const dotAfter = (tokens: readonly Token[], i: number) => DOT.test(tokens[i + 1]?.gap ?? '');
