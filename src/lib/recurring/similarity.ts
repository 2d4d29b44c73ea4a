// How alike two recommendations are: the weighted Dice coefficient of their stemmed content words.
// Stems make it blind to inflection («профессиональных навыков» = «профессиональные навыки»), sets to word
// order; a typo costs one word of fifteen. Words every recommendation uses («библиотек», «деятельность»,
// «продолжить») weigh less than the ones that say what is asked for. A long recommendation that adds a
// second demand to a recurring one («Продолжить обмен информацией…: на уровне…. Активно использовать…»)
// is also compared clause by clause, and the best clause counts.
//
// THRESHOLD and GENERIC_WEIGHT were chosen by measuring precision and recall on pairs labelled by hand
// (test/unit/fixtures/recurring-pairs.ts; `npx tsx scripts/recurring-threshold.ts` prints the figures).

import { contentStems } from './words';

/** Two recommendations at least this alike ask for the same thing. */
export const THRESHOLD = 0.65;
/** The weight of a word from GENERIC_STEMS (other content words weigh 1). */
export const GENERIC_WEIGHT = 0.35;

/** Stems that nearly every recommendation of a library conference uses. */
export const GENERIC_STEMS: ReadonlySet<string> = new Set(
  (
    'библиотек библиотечн деятельн работ развит развива продолж провод провед использова рекомендова поддержива поддерж ' +
    'организова созда создан специалист област регион муниципальн вопрос актуальн современ активн активне формирован содейств'
  ).split(' '),
);

/** A recommendation as the comparison sees it. */
export interface Signature {
  /** Distinct content stems, in order of first use. */
  stems: string[];
  /** Its clauses' stems, when it has more than one clause of five words or more. */
  clauses: string[][];
}

const MIN_CLAUSE = 5;
/** A full stop after these ends no clause: "им. Маяковского", "В. В." … */
const NAME_ABBREVIATION = /(?:^|[^\p{L}])(?:им|\p{Lu})$/u;
/** … nor after these, unless a capital letter follows: "в т. ч. конференциях", "и т. д. Активно …" ends one. */
const ABBREVIATION = /(?:^|[^\p{L}])(?:т|ч|д|п|г|гг|др|пр|см)$/u;

/** The clauses of `text`: it is cut at ".", ";" and ":" before a space, but not after an abbreviation. */
export function clauses(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.;:](?=\s|$)/gu)) {
    if (m[0] === '.') {
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      if (NAME_ABBREVIATION.test(before)) continue;
      if (ABBREVIATION.test(before) && !/^\s+\p{Lu}/u.test(text.slice(m.index + 1, m.index + 4))) continue;
    }
    out.push(text.slice(start, m.index));
    start = m.index + 1;
  }
  out.push(text.slice(start));
  return out.filter((c) => c.trim());
}

export function signature(text: string): Signature {
  const stems = contentStems(text);
  const parts = clauses(text)
    .map(contentStems)
    .filter((c) => c.length >= MIN_CLAUSE);
  return { stems, clauses: parts.length > 1 ? parts : [] };
}

function weight(stems: readonly string[], generic: number): number {
  let w = 0;
  for (const s of stems) w += GENERIC_STEMS.has(s) ? generic : 1;
  return w;
}

/** Weighted Dice of two stem sets: 2 · weight(A ∩ B) / (weight(A) + weight(B)), 0 … 1. */
export function weightedDice(a: readonly string[], b: readonly string[], generic = GENERIC_WEIGHT): number {
  const total = weight(a, generic) + weight(b, generic);
  if (!total) return 0;
  const inB = new Set(b);
  return (
    (2 *
      weight(
        a.filter((s) => inB.has(s)),
        generic,
      )) /
    total
  );
}

/** How alike `a` and `b` are: the whole of each, or a clause of one against the whole other. */
export function similarity(a: Signature, b: Signature, generic = GENERIC_WEIGHT): number {
  let best = weightedDice(a.stems, b.stems, generic);
  for (const c of a.clauses) best = Math.max(best, weightedDice(c, b.stems, generic));
  for (const c of b.clauses) best = Math.max(best, weightedDice(a.stems, c, generic));
  return best;
}
