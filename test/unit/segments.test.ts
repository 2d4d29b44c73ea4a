// Spans → non-overlapping segments: nesting kept, crossings resolved deterministically, text preserved.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nodeText, segment, unionSpans, type SegmentNode } from '../../src/views/segments';

type N = SegmentNode<string>;
const flat = (nodes: N[]): string => nodes.map(nodeText).join('');
/** A compact picture: marks as [data|children]. */
const show = (nodes: N[]): string => nodes.map((n) => (n.kind === 'text' ? n.text : `[${n.data.join('+')}|${show(n.children)}]`)).join('');
const marks = (nodes: N[]): Extract<N, { kind: 'mark' }>[] => nodes.flatMap((n) => (n.kind === 'mark' ? [n, ...marks(n.children)] : []));

describe('segment', () => {
  const text = 'Всего 995 участников, из них 956 онлайн';

  it('returns the text alone when there are no spans', () => {
    expect(show(segment<string>(text, []).nodes)).toBe(text);
    expect(segment<string>('', []).nodes).toEqual([]);
  });

  it('marks disjoint spans in document order, whatever the input order', () => {
    const r = segment(text, [
      { start: 29, end: 32, data: 'online' },
      { start: 6, end: 9, data: 'total' },
    ]);
    expect(show(r.nodes)).toBe('Всего [total|995] участников, из них [online|956] онлайн');
    expect(r.markOf).toEqual([1, 0]);
  });

  it('nests a span inside a longer one', () => {
    const r = segment(text, [
      { start: 0, end: 20, data: 'sentence', priority: 1 },
      { start: 6, end: 9, data: 'total', priority: 4 },
    ]);
    expect(show(r.nodes)).toBe('[sentence|Всего [total|995] участников], из них 956 онлайн');
  });

  it('merges identical spans into one mark', () => {
    const r = segment(text, [
      { start: 6, end: 9, data: 'a' },
      { start: 6, end: 9, data: 'b' },
    ]);
    expect(show(r.nodes)).toBe('Всего [a+b|995] участников, из них 956 онлайн');
    expect(r.markOf).toEqual([0, 0]);
  });

  it('drops the lower-priority span of a crossing and points it at the winner', () => {
    const r = segment(text, [
      { start: 0, end: 9, data: 'low', priority: 1 },
      { start: 6, end: 20, data: 'high', priority: 2 },
    ]);
    expect(show(r.nodes)).toBe('Всего [high|995 участников], из них 956 онлайн');
    expect(r.markOf).toEqual([0, 0]);
  });

  it('at equal priority, keeps the span that starts first', () => {
    const r = segment(text, [
      { start: 6, end: 20, data: 'second' },
      { start: 0, end: 9, data: 'first' },
    ]);
    expect(show(r.nodes)).toBe('[first|Всего 995] участников, из них 956 онлайн');
  });

  it('ignores empty, reversed and out-of-range spans', () => {
    const r = segment('abc', [
      { start: 1, end: 1, data: 'empty' },
      { start: 2, end: 1, data: 'reversed' },
      { start: 2, end: 9, data: 'outside' },
      { start: -1, end: 1, data: 'negative' },
    ]);
    expect(show(r.nodes)).toBe('abc');
    expect(r.markOf).toEqual([null, null, null, null]);
  });

  it('keeps markup as plain text', () => {
    const s = 'x <script>alert(1)</script> y';
    const r = segment(s, [{ start: 2, end: 10, data: 'tag' }]);
    expect(show(r.nodes)).toBe('x [tag|<script>]alert(1)</script> y');
  });

  it('always reproduces the text, with marks that never cross (property)', () => {
    const spanArb = fc.record({
      start: fc.integer({ min: -2, max: 42 }),
      end: fc.integer({ min: -2, max: 42 }),
      priority: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(spanArb, { maxLength: 12 }), (s, raw) => {
        const spans = raw.map((x, i) => ({ ...x, data: String(i) }));
        const r = segment(s, spans);
        expect(flat(r.nodes)).toBe(s);
        const ms = marks(r.nodes);
        for (const m of ms) expect(flat(m.children)).toBe(s.slice(m.start, m.end));
        for (const a of ms)
          for (const b of ms) {
            const crosses = a.start < b.start && b.start < a.end && a.end < b.end;
            expect(crosses).toBe(false);
          }
        expect(new Set(ms.map((m) => m.key)).size).toBe(ms.length);
        // every valid span is shown by some mark
        spans.forEach((sp, i) => {
          const valid = sp.start >= 0 && sp.end <= s.length && sp.start < sp.end;
          expect(r.markOf[i] !== null).toBe(valid);
        });
      }),
    );
  });
});

describe('unionSpans', () => {
  it('joins overlapping spans, keeps touching and disjoint ones apart', () => {
    const u = unionSpans([
      { start: 10, end: 30, data: 'b' },
      { start: 0, end: 20, data: 'a' },
      { start: 30, end: 35, data: 'c' },
      { start: 5, end: 5, data: 'empty' },
    ]);
    expect(u).toEqual([
      { start: 0, end: 30, data: ['a', 'b'] },
      { start: 30, end: 35, data: ['c'] },
    ]);
  });
});
