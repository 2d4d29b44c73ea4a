// A long source text in parts: the parts together are the text, each ends at a line end, no mark is cut.
import { segment, nodeText } from '../../src/views/segments';
import { textParts, PARTS_FROM_CHARS } from '../../src/views/evidence-parts';

const line = (i: number) => `${i}. Участники обсудили работу библиотек с читателями и фонды.`;

describe('a long text in parts', () => {
  const text = Array.from({ length: 3000 }, (_, i) => line(i)).join('\n') + '\n';
  // A mark on every 50th line, and one long mark over three lines.
  const spans = Array.from({ length: 60 }, (_, k) => {
    const start = text.indexOf(line(k * 50));
    return { start, end: start + line(k * 50).length, data: k };
  });
  const longStart = text.indexOf(line(1000));
  spans.push({ start: longStart, end: text.indexOf(line(1003)), data: 999 });
  const { nodes } = segment(text, spans);
  const parts = textParts(nodes, 8000);

  it('makes parts of about 8 000 characters that add up to the text, each ending with a line', () => {
    expect(parts.length).toBeGreaterThan(20);
    expect(parts.map((p) => p.nodes.map(nodeText).join('')).join('')).toBe(text);
    for (const [i, p] of parts.entries()) {
      expect(p.key).toBe(i);
      expect(text[p.end - 1]).toBe('\n');
      expect(p.end - p.start).toBeLessThanOrEqual(8000 + line(2999).length + 1);
      if (i > 0) expect(p.start).toBe(parts[i - 1].end);
      // Lines: one per "\n" of the part (each line here is under 90 characters).
      expect(p.lines).toBe(text.slice(p.start, p.end).split('\n').length - 1);
    }
  });

  it('keeps every mark whole, in one part', () => {
    const marks = parts.flatMap((p) => p.nodes.filter((n) => n.kind === 'mark'));
    expect(marks).toHaveLength(nodes.filter((n) => n.kind === 'mark').length);
    const long = marks.find((m) => m.kind === 'mark' && m.data.includes(999))!;
    expect(nodeText(long)).toBe(text.slice(longStart, text.indexOf(line(1003))));
  });

  it('draws a text up to 20 000 characters whole', () => {
    const short = text.slice(0, PARTS_FROM_CHARS);
    const one = textParts(segment(short, []).nodes);
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ start: 0, end: PARTS_FROM_CHARS });
  });

  it('lets a line longer than a part stay whole', () => {
    const long = 'а'.repeat(30_000) + '\nб\n';
    const p = textParts(segment(long, []).nodes, 8000);
    expect(p.map((x) => [x.start, x.end, x.lines])).toEqual([
      [0, 30_001, 334],
      [30_001, 30_003, 1],
    ]);
  });
});
