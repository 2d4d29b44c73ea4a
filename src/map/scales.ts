// The map's two scales, pure so the legend, the layers and the tests share them.

export interface Bucket {
  lo: number;
  hi: number;
}

/**
 * Choropleth classes for counts 1…max: one class per value up to 5 events, else five classes of equal
 * width (rounded to whole events). Zero has no class: such regions keep the plain land colour.
 */
export function bucketsFor(max: number): Bucket[] {
  if (max < 1) return [];
  if (max <= 5) return Array.from({ length: max }, (_, i) => ({ lo: i + 1, hi: i + 1 }));
  const out: Bucket[] = [];
  let lo = 1;
  for (let i = 1; i <= 5; i++) {
    const hi = i === 5 ? max : Math.max(lo, Math.round((max * i) / 5));
    if (hi >= lo) out.push({ lo, hi });
    lo = hi + 1;
  }
  return out;
}

/** The class index of `count` (−1 for zero or none). */
export function bucketOf(count: number, buckets: readonly Bucket[]): number {
  return buckets.findIndex((b) => count >= b.lo && count <= b.hi);
}

/**
 * Circle radius in pixels: 4 px for one event, then area growing with the count — 3 px × √(n − 1) while
 * counts are small, and never above 22 px for the largest count of the selection.
 */
export function radiusFor(count: number, max: number): number {
  if (count <= 0) return 0;
  const extra = count > 1 ? Math.min(3 * Math.sqrt(count - 1), 18 * Math.sqrt((count - 1) / Math.max(max - 1, 1))) : 0;
  return 4 + extra;
}
