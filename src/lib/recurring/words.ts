// Words of a recommendation or a title as the comparisons see them: folded, Snowball-stemmed, with
// their place in the string; function words marked, so that "в", "и", "не" neither make two texts
// alike nor count towards a series' name.
import { fold, stem } from '../russian';

/** Prepositions, conjunctions, particles, pronouns and abbreviations ("им.", "т. д.") that say nothing of a demand. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'и в во на с со к ко о об обо от до по за из у не ни а но же ли для при или что как это то также так ' +
    'его ее их все всех всем всеми свой свои своих своей своего такие такой такая ' +
    'им г гг т д др пр см п'
  ).split(' '),
);

export interface Word {
  /** As written. */
  word: string;
  /** Folded and stemmed: "Библиотеки" → "библиотек". */
  stem: string;
  /** Offsets in the string the word was read from. */
  start: number;
  end: number;
  /** A function word (STOP_WORDS). */
  stop: boolean;
}

// A word: letters and digits, hyphenated parts kept together ("научно-практических", "онлайн-технологии").
const WORD = /[\p{L}\d]+(?:-[\p{L}\d]+)*/gu;

/** The words of `s`, in order. */
export function words(s: string): Word[] {
  const out: Word[] = [];
  for (const m of s.matchAll(WORD)) {
    const folded = fold(m[0]);
    const stop = STOP_WORDS.has(folded);
    out.push({ word: m[0], stem: stop || /^\d+$/.test(folded) ? folded : stem(folded), start: m.index, end: m.index + m[0].length, stop });
  }
  return out;
}

/** The distinct stems of the content words of `s` (function words left out), in order of first use. */
export function contentStems(s: string): string[] {
  return [
    ...new Set(
      words(s)
        .filter((w) => !w.stop && w.stem.length > 1)
        .map((w) => w.stem),
    ),
  ];
}
