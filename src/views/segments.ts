// Spans → a tree of text and marks, for highlighting quotes in a text without {@html}.
//
// Marks may nest (a number inside a recommendation) but may not cross. The rule is deterministic:
// spans are taken by priority (higher first), then by start, then longer first; a span is kept when
// it nests with, or coincides with, every span kept so far. Coinciding spans share one mark (its `data`
// lists them all); a crossing span is dropped and reported with the kept mark it would have crossed,
// so a caller can still point at the nearest highlight.

export interface SpanInput<T> {
  start: number;
  end: number;
  data: T;
  /** Higher wins a crossing. Default 0. */
  priority?: number;
}

export interface TextNode {
  kind: 'text';
  text: string;
  start: number;
  end: number;
}

export interface MarkNode<T> {
  kind: 'mark';
  /** Stable index of this mark within the result (document order). */
  key: number;
  start: number;
  end: number;
  /** Every input span with exactly these offsets, in input order. */
  data: T[];
  children: SegmentNode<T>[];
}

export type SegmentNode<T> = TextNode | MarkNode<T>;

export interface Segmented<T> {
  nodes: SegmentNode<T>[];
  /** For each input index: the key of its mark, or of the mark it crossed, or null (empty/outside span). */
  markOf: (number | null)[];
}

interface Kept<T> {
  start: number;
  end: number;
  inputs: number[];
  data: T[];
}

const nests = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start || b.end <= a.start || (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);

export function segment<T>(text: string, spans: readonly SpanInput<T>[]): Segmented<T> {
  const markOf: (number | null)[] = spans.map(() => null);
  const order = spans
    .map((s, i) => ({ ...s, i, priority: s.priority ?? 0 }))
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => b.priority - a.priority || a.start - b.start || b.end - a.end || a.i - b.i);

  const kept: Kept<T>[] = [];
  const crossed: { input: number; with: Kept<T> }[] = [];
  for (const s of order) {
    const same = kept.find((k) => k.start === s.start && k.end === s.end);
    if (same) {
      same.inputs.push(s.i);
      continue;
    }
    const clash = kept.find((k) => !nests(k, s));
    if (clash) crossed.push({ input: s.i, with: clash });
    else kept.push({ start: s.start, end: s.end, inputs: [s.i], data: [] });
  }

  // Document order: outer before inner.
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const keys = new Map<Kept<T>, number>();
  kept.forEach((k, key) => {
    keys.set(k, key);
    k.inputs.sort((a, b) => a - b);
    k.data = k.inputs.map((i) => spans[i].data);
    for (const i of k.inputs) markOf[i] = key;
  });
  for (const c of crossed) markOf[c.input] = keys.get(c.with)!;

  return { nodes: build(text, kept, 0, text.length, { next: 0 }, keys), markOf };
}

/** The nodes covering [from, to), given the kept spans in document order starting at cursor.next. */
function build<T>(
  text: string,
  kept: Kept<T>[],
  from: number,
  to: number,
  cursor: { next: number },
  keys: Map<Kept<T>, number>,
): SegmentNode<T>[] {
  const out: SegmentNode<T>[] = [];
  let pos = from;
  while (cursor.next < kept.length && kept[cursor.next].start < to) {
    const k = kept[cursor.next++];
    if (k.start > pos) out.push({ kind: 'text', text: text.slice(pos, k.start), start: pos, end: k.start });
    const children = build(text, kept, k.start, k.end, cursor, keys);
    out.push({ kind: 'mark', key: keys.get(k)!, start: k.start, end: k.end, data: k.data, children });
    pos = k.end;
  }
  if (pos < to) out.push({ kind: 'text', text: text.slice(pos, to), start: pos, end: to });
  return out;
}

/** The plain text of a node (for tests and tooltips). */
export function nodeText<T>(node: SegmentNode<T>): string {
  return node.kind === 'text' ? node.text : node.children.map(nodeText).join('');
}

/** Overlapping spans joined into one (their data listed together): for highlights that may touch, like theme words. */
export function unionSpans<T>(spans: readonly SpanInput<T>[]): SpanInput<T[]>[] {
  const sorted = [...spans].filter((s) => s.start < s.end).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: SpanInput<T[]>[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.data.push(s.data);
    } else out.push({ start: s.start, end: s.end, data: [s.data] });
  }
  return out;
}
