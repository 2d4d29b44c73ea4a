// Word scanning without a regex match per word. A Unicode-property regex (`[\p{L}\p{N}]+…` with /u)
// costs a few hundred nanoseconds per match, which made tokenizing the parser's hottest loop; this
// scanner reads code units and classifies each one once, by the same property regex, into a table.

/** Bits of a code unit's class in the table; 0 means not classified yet. */
const KNOWN = 1;
const START = 2;
const INNER = 4;
/** Not in the table: set by `classAt` for a surrogate pair (a code point two code units wide). */
const PAIR = 8;
/** One of the scanner's hyphens (set in the table by the constructor). */
const HYPHEN = 16;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** А-Я, а-я. */
const isCyrillic = (c: number) => c >= 0x410 && c <= 0x44f;

/**
 * Finds the same words, at the same offsets, as the global regex `S I*(?:H S I*)*` with the /u flag,
 * where S (`start`) and I (`inner`) each test one code point and H is one of `hyphens`.
 */
export class WordScanner {
  private table = new Uint8Array(0x10000);
  /** Whether А-Я and а-я all continue a word: then runs of them are skipped without the table. */
  private cyrillic: boolean;

  constructor(
    private start: RegExp,
    private inner: RegExp,
    hyphens: string,
  ) {
    for (const h of hyphens) this.table[h.charCodeAt(0)] = this.classify(h) | HYPHEN;
    this.cyrillic = Array.from({ length: 0x40 }, (_, k) => String.fromCharCode(0x410 + k)).every((ch) => inner.test(ch));
  }

  private classify(ch: string): number {
    return KNOWN | (this.start.test(ch) ? START : 0) | (this.inner.test(ch) ? INNER : 0);
  }

  /** Class bits of the code point at text[i]; a surrogate pair is classified by the regexes each time. */
  private classAt(text: string, i: number): number {
    const c = text.charCodeAt(i);
    if (isHigh(c) && isLow(text.charCodeAt(i + 1))) return PAIR | this.classify(text.slice(i, i + 2));
    const k = this.table[c];
    return k !== 0 ? k : (this.table[c] = this.classify(String.fromCharCode(c)));
  }

  /** The words of `text`, left to right: `for (const w = scanner.words(text); w.next(); ) use(w.start, w.end)`. */
  words(text: string): Words {
    return new Words(this, text);
  }

  /** Where the first word at or after `from` starts, or -1. */
  wordStart(text: string, from: number): number {
    for (let i = from; i < text.length;) {
      const k = this.classAt(text, i);
      if (k & START) return i;
      i += k & PAIR ? 2 : 1;
    }
    return -1;
  }

  /** Where the word that starts at `start` ends. */
  wordEnd(text: string, start: number): number {
    const n = text.length;
    let i = start;
    let k = this.classAt(text, i);
    for (;;) {
      i += k & PAIR ? 2 : 1;
      if (this.cyrillic) while (i < n && isCyrillic(text.charCodeAt(i))) i++; // the bulk of a Russian word
      if (i >= n) return i;
      k = this.classAt(text, i);
      if (k & INNER) continue;
      // A hyphen joins two parts only when a word character follows it ("Анжеро-Судженск", not "а -").
      if (k & HYPHEN && i + 1 < n && (k = this.classAt(text, i + 1)) & START) {
        i += 1;
        continue;
      }
      return i;
    }
  }
}

/** A cursor over the words of a text (a loop calling it is faster than a callback per word). */
export class Words {
  start = 0;
  end = 0;

  constructor(
    private scanner: WordScanner,
    private text: string,
  ) {}

  /** Moves to the next word; false when there is none. */
  next(): boolean {
    const start = this.scanner.wordStart(this.text, this.end);
    if (start < 0) return false;
    this.start = start;
    this.end = this.scanner.wordEnd(this.text, start);
    return true;
  }
}
