// A long source text in parts, so that the evidence view lays out only what is on screen: a 3-million-
// character text with thousands of highlights would otherwise freeze the page for seconds when opened.
// Parts break only where the text breaks a line (after a "\n" in plain text, never inside a mark), so
// that drawing them one under another changes nothing on screen; each part knows roughly how many
// lines it has (~90 characters each), for the space it takes before the browser lays it out.
import { nodeText, type SegmentNode, type TextNode } from './segments';

/** Texts up to this many characters are drawn whole, as one part. */
export const PARTS_FROM_CHARS = 20_000;
/** A part's target size: a few screens of text. */
export const PART_CHARS = 8_000;
/** Characters per line assumed for a part not yet laid out. */
const LINE_CHARS = 90;

export interface TextPart<T> {
  key: number;
  start: number;
  end: number;
  nodes: SegmentNode<T>[];
  /** Estimated lines (0 for a text drawn whole). */
  lines: number;
}

/** Lines of a piece of text, a line of n characters counting as ceil(n / LINE_CHARS); a final "\n" ends the last line. */
function linesOf(s: string): number {
  let lines = 0;
  for (let at = 0; at < s.length;) {
    let nl = s.indexOf('\n', at);
    if (nl < 0) nl = s.length;
    lines += Math.max(1, Math.ceil((nl - at) / LINE_CHARS));
    at = nl + 1;
  }
  return lines;
}

/** A segmented text (`nodes`, top level) in parts of about `size` characters; one part when short. */
export function textParts<T>(nodes: SegmentNode<T>[], size = PART_CHARS, from = PARTS_FROM_CHARS): TextPart<T>[] {
  const total = nodes.length ? nodes[nodes.length - 1].end : 0;
  if (total <= from) return [{ key: 0, start: 0, end: total, nodes, lines: 0 }];
  const parts: TextPart<T>[] = [];
  let current: SegmentNode<T>[] = [];
  let start = 0;
  let length = 0;
  const add = (node: SegmentNode<T>) => {
    current.push(node);
    length += node.end - node.start;
  };
  const flush = (end: number) => {
    parts.push({ key: parts.length, start, end, nodes: current, lines: linesOf(current.map(nodeText).join('')) });
    current = [];
    start = end;
    length = 0;
  };
  const piece = (n: TextNode, from: number, to: number): TextNode => ({
    kind: 'text',
    text: n.text.slice(from - n.start, to - n.start),
    start: from,
    end: to,
  });
  for (const node of nodes) {
    if (node.kind === 'mark') {
      add(node);
      continue;
    }
    let at = node.start;
    while (at < node.end) {
      const room = size - length;
      if (node.end - at <= room) {
        add(at === node.start ? node : piece(node, at, node.end));
        break;
      }
      // The last line end that fits, else the first one after it: a part ends with its "\n".
      const rel = at - node.start;
      let cut = room > 0 ? node.text.lastIndexOf('\n', rel + room - 1) : -1;
      if (cut < rel) cut = node.text.indexOf('\n', rel + Math.max(room, 0));
      if (cut < 0) {
        add(at === node.start ? node : piece(node, at, node.end));
        break;
      }
      const end = node.start + cut + 1;
      add(piece(node, at, end));
      flush(end);
      at = end;
    }
  }
  if (current.length) flush(total);
  return parts;
}
