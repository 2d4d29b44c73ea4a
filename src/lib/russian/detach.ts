/**
 * A copy of `s` for a long-lived cache key: V8 keeps a slice of 13+ characters as a view into the
 * string it was cut from, so caching the slice itself would keep a whole document alive.
 */
export function detach(s: string): string {
  return (' ' + s).slice(1);
}
