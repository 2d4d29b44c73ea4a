// Folding: the one form every comparison of Russian words uses.

/** Lower case, ё → е, stress marks removed. */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  return /ё|\u0301/.test(lower) ? lower.replace(/ё/g, 'е').replace(/\u0301/g, '') : lower;
}
