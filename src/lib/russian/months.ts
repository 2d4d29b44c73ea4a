// Month names as dates write them ("10 ноября", "в марте"): their stems, in calendar order.

/** Stems of the month names, January first. */
export const MONTH_STEMS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
] as const;

/** A month in the genitive, nominative or prepositional ("ноября", "май", "марте"), as a regex source with one group. */
export const MONTH_WORD =
  '(январ[яье]|феврал[яье]|марта?|апрел[яье]|ма[яйе]|июн[яье]|июл[яье]|августа?|сентябр[яье]|октябр[яье]|ноябр[яье]|декабр[яье])';

// "ма" must not swallow "март": the longer stems are tried first.
const BY_LENGTH = MONTH_STEMS.map((s, i) => [i, s] as const).sort((a, b) => b[1].length - a[1].length);

/** 1–12 for a month word ("ноября" → 11), 0 if it is none. */
export function monthIndex(word: string): number {
  const w = word.toLowerCase();
  for (const [i, stem] of BY_LENGTH) if (w.startsWith(stem)) return i + 1;
  return 0;
}
