// Word tokens with offsets, the text between them, and sentence numbers: the place parser's view of a text.
import type { WordToken } from '../geo/name-index';
import { fold, stem } from '../geo/words';

export class Token implements WordToken {
  /** Sentence (or list item, or header line) number. */
  sentence = 0;
  private stemmed?: string;

  constructor(
    readonly text: string,
    readonly start: number,
    /** The text between the previous token and this one ("", " ", ", ", ". ", "\n\n- "). */
    readonly gap: string,
    readonly folded: string,
    /** True when only white space separates it from the previous token (words of one name). */
    readonly joined: boolean,
    /** Starts with a capital Cyrillic letter. */
    readonly upper: boolean,
  ) {}

  get end(): number {
    return this.start + this.text.length;
  }

  /** Snowball stem, computed on first use (most tokens never need it). */
  get stem(): string {
    return (this.stemmed ??= stem(this.folded));
  }
}

const WORD = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;
/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'г', 'гг', 'им', 'ул', 'обл', 'р-н', 'пос', 'пгт', 'дер', 'ст', 'т', 'тт', 'ч', 'др', 'пр', 'проф', 'акад',
  'см', 'стр', 'изд', 'с', 'п', 'д', 'н', 'х', 'рп', 'ред', 'сост', 'вып', 'окр', 'респ', 'мкр',
]);

function startsSentence(prev: Token, token: Token): boolean {
  const gap = token.gap;
  if (gap === ' ' || gap === ', ') return false;
  if (/\n\s*\n/.test(gap) || /;/.test(gap) || /:\s*\n/.test(gap)) return true;
  if (/\n\s*(?:[-–—•·*]|\d+[.)])/.test(gap)) return true;
  if (!token.upper && !/^\p{Lu}/u.test(token.text)) return false;
  if (/\n/.test(gap)) return true;
  const abbreviation = ABBREVIATIONS.has(prev.folded) || /^\p{Lu}$/u.test(prev.text);
  return /[.!?]/.test(gap) && !abbreviation;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let sentence = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const word = m[0];
    const folded = fold(word).replace(/[‐‑]/g, '-');
    const gap = text.slice(last, start);
    const joined = gap === ' ' || (gap.length > 0 && /^[ \t\u00a0]*\n?[ \t\u00a0]*$/.test(gap));
    const token = new Token(word, start, gap, folded, joined, /^[А-ЯЁ]/.test(word));
    token.sentence = sentence;
    const prev = tokens[tokens.length - 1];
    if (prev && startsSentence(prev, token)) token.sentence = ++sentence;
    tokens.push(token);
    last = token.end;
  }
  return tokens;
}

/** The gap is only a comma (a list goes on). */
export const isComma = (gap: string) => /^\s*,\s*$/.test(gap);
/** The gap is only white space. */
export const isSpace = (gap: string) => /^\s+$/.test(gap);
/** The token is followed by a period: "г." "с." "им.". */
export const dotAfter = (tokens: readonly Token[], i: number) => /^\s*\./.test(tokens[i + 1]?.gap ?? '');
