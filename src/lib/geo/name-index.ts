// An index of (possibly multi-word) names that finds them, inflected, at a position in a token stream:
// "Великого Новгорода" → Великий Новгород. Built once per gazetteer; a lookup is two map reads.
import { ADJECTIVE_ENDING, fold, isIndeclinable, stem, wordForms } from './words';

/** What the index needs of a text token. */
export interface WordToken {
  /** fold(text) */
  folded: string;
  /** stem(folded) */
  stem: string;
  /** True when only white space separates it from the previous token (words of one name). */
  joined: boolean;
}

interface NameWord {
  forms: Set<string>;
  stem: string;
  indeclinable: boolean;
}

interface Entry<T> {
  words: NameWord[];
  payload: T;
}

export interface NameMatch<T> {
  payload: T;
  /** Number of tokens the name covers. */
  length: number;
}

function nameWord(folded: string): NameWord {
  return { forms: new Set(wordForms(folded)), stem: stem(folded), indeclinable: isIndeclinable(folded) };
}

/**
 * A token is a form of a name's word if it is one of the generated case forms, or — for forms the
 * rules miss — it has the same Snowball stem and is not an adjective made from a noun
 * (Прокопьевского is not Прокопьевск; Кемерова, a surname, is not the indeclinable Кемерово).
 */
function accepts(word: NameWord, token: WordToken): boolean {
  if (word.forms.has(token.folded)) return true;
  return !word.indeclinable && token.stem === word.stem && !ADJECTIVE_ENDING.test(token.folded);
}

/** Bound of an index's memo (see `starting`). */
const MEMO_MAX = 20_000;

export class NameIndex<T> {
  private byForm = new Map<string, Entry<T>[]>();
  private byStem = new Map<string, Entry<T>[]>();
  /**
   * The entries whose first word accepts a token, by the token's folded form (which decides its stem
   * too). Capitalised words recur from text to text, and one lookup in this small map costs less than
   * the lookups in the large ones it replaces.
   */
  private memo = new Map<string, Entry<T>[]>();

  add(name: string, payload: T): void {
    const words = fold(name).split(/\s+/).filter(Boolean).map(nameWord);
    if (!words.length) return;
    const entry = { words, payload };
    for (const form of words[0].forms) push(this.byForm, form, entry);
    if (!words[0].indeclinable) push(this.byStem, words[0].stem, entry);
    this.memo.clear();
  }

  private starting(first: WordToken): Entry<T>[] {
    let entries = this.memo.get(first.folded);
    if (entries === undefined) {
      if (this.memo.size >= MEMO_MAX) this.memo.clear();
      const all = [...(this.byForm.get(first.folded) ?? []), ...(this.byStem.get(first.stem) ?? [])];
      entries = all.filter((entry) => accepts(entry.words[0], first));
      this.memo.set(first.folded, entries);
    }
    return entries;
  }

  /** Every name that starts at tokens[i], longest first; one match per payload. */
  match(tokens: readonly WordToken[], i: number): NameMatch<T>[] {
    const entries = this.starting(tokens[i]);
    if (!entries.length) return []; // most capitalised words name nothing
    // One match per payload, in the order payloads are first matched (then sorted, stably, by length).
    const out: NameMatch<T>[] = [];
    for (const entry of entries) {
      const n = entry.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let j = 1; ok && j < n; j++) ok = tokens[i + j].joined && accepts(entry.words[j], tokens[i + j]);
      if (!ok) continue;
      const seen = out.find((m) => m.payload === entry.payload);
      if (!seen) out.push({ payload: entry.payload, length: n });
      else if (seen.length < n) seen.length = n;
    }
    return out.sort((a, b) => b.length - a.length);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
