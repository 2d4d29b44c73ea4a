// Edition numbers as the parser gives them ("IV", "XII", "9") and back, and runs of them in words
// ("III", "V–VII") for «нет данных о III».

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  let out = '';
  for (const [value, digits] of ROMAN) for (; n >= value; n -= value) out += digits;
  return out;
}

/** The number of an ordinal: "IV" → 4, "9" → 9; null for anything else ("IIII", "", null). */
export function ordinalNumber(ordinal: string | null): number | null {
  if (!ordinal) return null;
  const s = ordinal.trim();
  if (/^\d{1,3}$/.test(s)) return Number(s) || null;
  if (!/^[IVXLCDM]+$/.test(s)) return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]],
      next = values[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === s ? total : null;
}

/** How a series writes its numbers: Roman unless one of its editions is written in Arabic figures. */
export type OrdinalStyle = 'roman' | 'arabic';

export function formatOrdinal(n: number, style: OrdinalStyle): string {
  return style === 'roman' ? toRoman(n) : String(n);
}

/** Numbers as runs: [3] → "III", [1, 2, 3, 5] → "I–III, V" (a run of two is written "I, II"). */
export function formatRuns(numbers: readonly number[], style: OrdinalStyle): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const [a, b] = [formatOrdinal(sorted[i], style), formatOrdinal(sorted[j], style)];
    parts.push(j === i ? a : j === i + 1 ? `${a}, ${b}` : `${a}–${b}`);
    i = j + 1;
  }
  return parts.join(', ');
}
