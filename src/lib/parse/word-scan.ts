// Word scanning without a regex match per word. A Unicode-property regex (`[\p{L}\p{N}]+…` with /u)
// costs a few hundred nanoseconds per match, which made tokenizing the parser's hottest loop; this
// scanner reads code units and classifies each one once, by the same property regex, into a table.

/** Bits of a code unit's class in the table; 0 means not classified yet. */
const KNOWN = 1;
const START = 2;
const INNER = 4;
/** Not in the table: set by `classAt` for a surrogate pair (a code point two code units wide). */
const PAIR = 8;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Finds the same words, at the same offsets, as the global regex `S I*(?:H S I*)*` with the /u flag,
 * where S (`start`) and I (`inner`) each test one code point and H is one of `hyphens`.
 */
export class WordScanner {
  private table = new Uint8Array(0x10000);
  private hyphens: Set<number>;

  constructor(private start: RegExp, private inner: RegExp, hyphens: string) {
    this.hyphens = new Set([...hyphens].map((h) => h.charCodeAt(0)));
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

  /** Calls visit(start, end) for every word of `text`, left to right. */
  scan(text: string, visit: (start: number, end: number) => void): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      let k = this.classAt(text, i);
      if (!(k & START)) {
        i += k & PAIR ? 2 : 1;
        continue;
      }
      const from = i;
      for (;;) {
        i += k & PAIR ? 2 : 1;
        if (i < n && (k = this.classAt(text, i)) & INNER) continue;
        // A hyphen joins two parts only when a word character follows it ("Анжеро-Судженск", not "а -").
        if (i + 1 < n && this.hyphens.has(text.charCodeAt(i)) && (k = this.classAt(text, i + 1)) & START) {
          i += 1;
          continue;
        }
        break;
      }
      visit(from, i);
    }
  }
}
