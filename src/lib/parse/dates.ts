// Event dates: "10 ноября 2021 года", "30-31 марта 2009 г.", "30 марта – 1 апреля 2009 г.", "10.11.2021".

import type { Span } from '../types';
import { span } from './text';

const MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const MONTH = '(январ[яье]|феврал[яье]|марта?|апрел[яье]|ма[яйе]|июн[яье]|июл[яье]|августа?|сентябр[яье]|октябр[яье]|ноябр[яье]|декабр[яье])';
const DASH = '\\s*(?:-|–|—|по)\\s*';
const YEAR = '((?:19|20)\\d\\d)\\s*(?:г\\.|года|год|гг\\.)?';

// "30-31 марта 2009", "с 30 по 31 марта 2009", "10 ноября 2021"; an optional "с " before both, see `withFrom`.
const SAME_MONTH = new RegExp(`(\\d{1,2})(?:${DASH}(\\d{1,2}))?\\s+${MONTH}\\s+${YEAR}`, 'iu');
// "30 марта – 1 апреля 2009"; the sticky twin is tried at single positions (see `twoMonthsUpTo`).
const TWO_MONTHS = new RegExp(`(\\d{1,2})\\s+${MONTH}${DASH}(\\d{1,2})\\s+${MONTH}\\s+${YEAR}`, 'iu');
const TWO_MONTHS_AT = new RegExp(TWO_MONTHS.source, 'iuy');
const FROM = /^с$/iu;
// "10.11.2021" or "30-31.03.2009"
const NUMERIC = /(?<![\d.])(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\.(\d{1,2})\.((?:19|20)\d\d)(?![\d])/u;

export interface DateRange {
  start: string;
  end: string;
  evidence: Span;
}

// "ма" must not swallow "март": the longer stems are tried first.
const BY_LENGTH = MONTHS.map((s, i) => [i, s] as const).sort((a, b) => b[1].length - a[1].length);

function monthIndex(word: string): number {
  const w = word.toLowerCase();
  for (const [i, stem] of BY_LENGTH) {
    if (w.startsWith(stem)) return i + 1;
  }
  return 0;
}

/**
 * A match of `re` moved back over a "с " before it: the match of `(?:с\s+)?` + `re` (flags iu) there.
 * The "с" is looked for backwards from the digits: a regex that may start with "с" or a digit scans a
 * text several times slower than one that must start with a digit.
 */
function withFrom(masked: string, m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m) return null;
  let k = m.index;
  while (k > 0 && /\s/.test(masked[k - 1])) k--;
  if (k < m.index && k > 0 && FROM.test(masked[k - 1])) {
    m[0] = masked.slice(k - 1, m.index + m[0].length);
    m.index = k - 1;
  }
  return m;
}

/** The first match of TWO_MONTHS that starts at or before `last`: tried at each digit up to there. */
function twoMonthsUpTo(masked: string, last: number): RegExpExecArray | null {
  for (let q = 0; q <= last; q++) {
    const c = masked.charCodeAt(q);
    if (c < 0x30 || c > 0x39) continue;
    TWO_MONTHS_AT.lastIndex = q;
    const m = TWO_MONTHS_AT.exec(masked);
    if (m) return m;
  }
  return null;
}

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first complete date (day, month, year) in `masked`, as an ISO range with its quote. */
export function findEventDate(text: string, masked: string): DateRange | null {
  const candidates: { index: number; make: () => DateRange | null }[] = [];
  const same = SAME_MONTH.exec(masked);
  const sameDigits = same?.index ?? -1;
  withFrom(masked, same);
  const month = same ? monthIndex(same[3]) : 0;
  const sameDate = same && build(text, same, +same[4], month, +same[1], month, +(same[2] ?? same[1]));
  // Candidates are tried from the earliest. When the same-month date is valid, a two-month date matters
  // only if it starts no later, and then its digits come no later than the same-month date's digits: so
  // it is looked for only up to there (scanning the whole text for one was the cost of this function).
  const two = withFrom(masked, sameDate ? twoMonthsUpTo(masked, sameDigits) : TWO_MONTHS.exec(masked));
  if (two) {
    candidates.push({
      index: two.index,
      make: () => build(text, two, +two[5], monthIndex(two[2]), +two[1], monthIndex(two[4]), +two[3]),
    });
  }
  if (same) candidates.push({ index: same.index, make: () => sameDate });
  // A numeric date has ".19xx" or ".20xx" in it: a quick search spares the regex most texts.
  const num = masked.includes('.19') || masked.includes('.20') ? NUMERIC.exec(masked) : null;
  if (num) {
    candidates.push({ index: num.index, make: () => build(text, num, +num[4], +num[3], +num[1], +num[3], +(num[2] ?? num[1])) });
  }
  candidates.sort((a, b) => a.index - b.index);
  for (const c of candidates) {
    const r = c.make();
    if (r) return r;
  }
  return null;
}

function build(text: string, m: RegExpExecArray, year: number, m1: number, d1: number, m2: number, d2: number): DateRange | null {
  const start = iso(year, m1, d1);
  const end = iso(year, m2, d2);
  if (!start || !end) return null;
  return { start, end, evidence: span(text, m.index, m.index + m[0].length) };
}

/** Every four-digit year 1900–2099 the text names (for the "year far from the others" check). */
export function yearsMentioned(masked: string): number[] {
  return [...masked.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)].map((m) => +m[1]);
}
