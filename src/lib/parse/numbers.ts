// Numbers as Russian texts write them: "2 198", "**995**" (bold is masked beforehand), "более ста",
// "шесть тысяч", "около 140", "свыше 300".

import type { Qualifier } from '../types';
import { detach, fold } from '../russian';
import { WordScanner } from './word-scan';

// Closed class, so a table of forms (nominative, genitive, dative…) is the honest tool here.
const UNITS: Record<string, number> = {
  один: 1,
  одна: 1,
  одного: 1,
  одной: 1,
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
  десять: 10,
  десяти: 10,
  одиннадцать: 11,
  одиннадцати: 11,
  двенадцать: 12,
  двенадцати: 12,
  тринадцать: 13,
  тринадцати: 13,
  четырнадцать: 14,
  четырнадцати: 14,
  пятнадцать: 15,
  пятнадцати: 15,
  шестнадцать: 16,
  шестнадцати: 16,
  семнадцать: 17,
  семнадцати: 17,
  восемнадцать: 18,
  восемнадцати: 18,
  девятнадцать: 19,
  девятнадцати: 19,
};
const TENS: Record<string, number> = {
  двадцать: 20,
  двадцати: 20,
  тридцать: 30,
  тридцати: 30,
  сорок: 40,
  сорока: 40,
  пятьдесят: 50,
  пятидесяти: 50,
  шестьдесят: 60,
  шестидесяти: 60,
  семьдесят: 70,
  семидесяти: 70,
  восемьдесят: 80,
  восьмидесяти: 80,
  девяносто: 90,
  девяноста: 90,
};
const HUNDREDS: Record<string, number> = {
  сто: 100,
  ста: 100,
  сотни: 100,
  двести: 200,
  двухсот: 200,
  триста: 300,
  трехсот: 300,
  четыреста: 400,
  четырехсот: 400,
  пятьсот: 500,
  пятисот: 500,
  шестьсот: 600,
  шестисот: 600,
  семьсот: 700,
  семисот: 700,
  восемьсот: 800,
  восьмисот: 800,
  девятьсот: 900,
  девятисот: 900,
};
const THOUSAND = /^тысяч[аиуеь]?$|^тыс\.?$/;

const QUALIFIERS: Record<string, Qualifier> = {
  более: 'more',
  свыше: 'more',
  больше: 'more',
  'не менее': 'more',
  'более чем': 'more',
  около: 'about',
  порядка: 'about',
  примерно: 'about',
  почти: 'about',
  приблизительно: 'about',
  менее: 'less',
  'не более': 'less',
  меньше: 'less',
};

const NUMBER_WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(HUNDREDS)].join('|')}|тысяч[аиуеь]?)`;
const QUALIFIER = '(?:не менее|не более|более чем|более|свыше|больше|около|порядка|примерно|почти|приблизительно|менее|меньше)';
// Digits with thousands written apart by (no-break) spaces: "2 198", "10 000"; a decimal only before a
// multiplier ("1,5 тыс."), a cardinal's case ending after a hyphen ("50-ти", "3-х", "двух" → "2-ух").
const DIGITS = '\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?!\\d)|\\d+(?:[,.]\\d+(?=\\s*тыс))?';
const CASE_ENDING = '(?:-(?:ти|ми|х|ух|ех|ёх|и)(?![\\p{L}\\d]))?';
// "3 тысячи", "6 тыс.", "2 млн": a multiplier after digits.
const MULTIPLIER = '(?:\\s*(тысяч\\p{L}{0,2}|тыс\\.?|млн\\.?|миллион\\p{L}{0,2}))?';
// "полутора тысяч", "полторы сотни": one and a half of a multiplier.
const HALF = '(полутора|полторы)\\s+(тысяч\\p{L}{0,2}|сот\\p{L}{1,2})';

/** A number found in the text: its value, qualifier and where it is. */
export interface NumberToken {
  value: number;
  approx: Qualifier | null;
  start: number;
  end: number;
}

// A number is the regex `(?<![\p{L}\d])` + TOKEN_AT, matched left to right. Trying its long alternation
// at every position of a text was slow, so it is tried only where a run of letters and digits starts that
// can begin a number (`mayStart`); sticky, at that run. The lookbehind holds there by construction.
const TOKEN_AT = new RegExp(
  `(?:(${QUALIFIER})\\s+)?(?:(${DIGITS})${CASE_ENDING}${MULTIPLIER}|${HALF}|(${NUMBER_WORD}(?:\\s+${NUMBER_WORD})*))(?![\\p{L}\\d])`,
  'iuy',
);
const RUN_CHAR = /^[\p{L}\d]$/u;
const runs = new WordScanner(RUN_CHAR, RUN_CHAR, '');
/** First words of TOKEN_AT's words: a match must begin with one of them, or with digits. */
const FIRST_WORDS = new Set([
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(HUNDREDS),
  'тысяч',
  'тысяча',
  'тысячи',
  'тысячу',
  'тысяче',
  'тысячь',
  'полутора',
  'полторы',
  ...QUALIFIER.slice(3, -1)
    .split('|')
    .map((q) => q.split(' ')[0]),
]);

const NON_BASIC = /[^0-9A-Za-z\u0400-\u045f]/;
/** Lengths and first letters (either case) of FIRST_WORDS: most runs are ruled out by these alone. */
const LENGTHS = [...FIRST_WORDS].map((w) => w.length);
const [SHORTEST, LONGEST] = [Math.min(...LENGTHS), Math.max(...LENGTHS)];
const FIRST_LETTERS = new Set([...FIRST_WORDS].flatMap((w) => [w.charCodeAt(0), w[0].toUpperCase().charCodeAt(0)]));
// Words recur from document to document: the answer for the others is kept per spelling, in a bounded cache.
const VERDICTS_MAX = 50_000;
const verdicts = new Map<string, boolean>();

/**
 * Whether TOKEN_AT can match at a run of letters and digits: only if the run is digits or one of
 * FIRST_WORDS (any case). Runs with letters outside basic Cyrillic and Latin are left to the regex,
 * whose case-insensitive matching folds some of them (ᲃ → с) where toLowerCase does not.
 */
function mayStart(run: string): boolean {
  const c = run.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return /^\d+$/.test(run);
  if (run.length < SHORTEST || run.length > LONGEST || !FIRST_LETTERS.has(c)) return NON_BASIC.test(run);
  let verdict = verdicts.get(run);
  if (verdict === undefined) {
    if (verdicts.size >= VERDICTS_MAX) verdicts.clear();
    verdict = FIRST_WORDS.has(run.toLowerCase()) || NON_BASIC.test(run);
    verdicts.set(detach(run), verdict);
  }
  return verdict;
}

/** Every number in `masked` text (digits or words), left to right. */
export function findNumbers(masked: string): NumberToken[] {
  const out: NumberToken[] = [];
  let from = 0; // matches do not overlap: the search goes on after the last one
  for (const run = runs.words(masked); run.next();) {
    const start = run.start;
    if (start < from || !mayStart(masked.slice(start, run.end))) continue;
    TOKEN_AT.lastIndex = start;
    const m = TOKEN_AT.exec(masked);
    if (!m) continue;
    from = start + m[0].length;
    const value = m[2] !== undefined ? digitsValue(m[2], m[3]) : m[4] !== undefined ? halfValue(m[5]) : wordsToNumber(m[6]);
    if (value === null || !Number.isSafeInteger(value)) continue;
    const approx = m[1] ? (QUALIFIERS[fold(m[1])] ?? null) : null;
    out.push({ value, approx, start, end: from });
  }
  return out;
}

/** "2 198" → 2198; "3" with "тысячи" → 3000; "1,5" with "тыс." → 1500. */
function digitsValue(digits: string, multiplier: string | undefined): number {
  if (!multiplier && /^\d+$/.test(digits)) return Number(digits); // the common case, without the patterns below
  const scale = !multiplier ? 1 : /^м/i.test(multiplier) ? 1_000_000 : 1000;
  if (/[,.]/.test(digits)) return Math.round(Number(digits.replace(',', '.')) * scale);
  return Number(digits.replace(/\D/g, '')) * scale;
}

/** "полутора тысяч" → 1500, "полторы сотни" → 150. */
function halfValue(multiplier: string): number {
  return /^тысяч/i.test(multiplier) ? 1500 : 150;
}

/** "сто двадцать пять" → 125, "шесть тысяч" → 6000, "тысяча" → 1000; null if not a number. */
export function wordsToNumber(phrase: string): number | null {
  let total = 0;
  let group = 0;
  let seen = false;
  for (const raw of fold(phrase).split(/\s+/)) {
    if (!raw) continue;
    if (raw in UNITS) group += UNITS[raw];
    else if (raw in TENS) group += TENS[raw];
    else if (raw in HUNDREDS) group += HUNDREDS[raw];
    else if (THOUSAND.test(raw)) {
      total += (group || 1) * 1000;
      group = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + group : null;
}
