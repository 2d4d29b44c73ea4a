// A bounded cache of what is computed per word spelling (folded form, stems…), looked up by the word's
// place in a text: cutting each word out with slice() and hashing it in a Map cost more than all the
// other work of tokenizing. A hash table over the characters in place avoids both; the word is cut out
// only the first time it is seen.
import { detach } from './text';

export class SpanCache<V> {
  private keys: (string | undefined)[];
  private values: (V | undefined)[];
  private size = 0;
  private mask: number;

  /** Holds up to `capacity` spellings; when full it starts over empty. */
  constructor(private capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.mask = slots - 1;
    this.keys = new Array(slots).fill(undefined);
    this.values = new Array(slots).fill(undefined);
  }

  /** The value for text.slice(start, end), made by `make` from that string on the first lookup. */
  get(text: string, start: number, end: number, make: (word: string) => V): V {
    let h = 0x811c9dc5; // FNV-1a
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot];
      if (key === undefined) break;
      if (sameChars(key, text, start, end)) return this.values[slot]!;
    }
    if (this.size >= this.capacity) this.clear();
    const word = detach(text.slice(start, end));
    const value = make(word);
    let slot = h & this.mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.keys[slot] = word;
    this.values[slot] = value;
    this.size++;
    return value;
  }

  private clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.size = 0;
  }
}

function sameChars(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
