// A PDF's text runs (each with its position) → text in reading order. Pure and synchronous, so the
// unit tests feed it runs directly. In order:
//  1. runs → rows (same baseline) → fragments (pieces of a row separated by a wide gap);
//  2. running headers and footers (the same line at the top or bottom of most pages, digits aside)
//     and page numbers are dropped;
//  3. columns: a vertical gutter that many rows have a gap across, and few fragments cross, splits
//     the page; the left column is read before the right one, lines that cross it in place;
//  4. lines → paragraphs: a line that is full (the next line's first word would not have fitted
//     after it) continues into the next; a hyphen at a line end is undone ("библио-/теки" →
//     "библиотеки") unless the word is a compound ("научно-/практической" keeps its hyphen).

export interface Run {
  str: string;
  /** Left edge and baseline, PDF units, origin at the bottom left. */
  x: number;
  y: number;
  /** Advance width of the run. */
  w: number;
  /** Font size (height of the text). */
  size: number;
}

export interface PageRuns {
  width: number;
  height: number;
  runs: Run[];
}

interface Fragment {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  chars: number;
}

interface Row {
  y: number;
  size: number;
  fragments: Fragment[];
}

/** A line as read: its text, where it sits, and where the text block it belongs to starts and ends. */
interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  /** Average advance of a character. */
  charW: number;
  blockLeft: number;
  blockRight: number;
  /** This line starts a new column or page: joined to the previous one only when that clearly continues. */
  flowStart: boolean;
}

const median = (xs: number[]) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Runs → rows of fragments, top to bottom. */
function rowsOf(runs: readonly Run[]): Row[] {
  const clean = runs
    .map((r) => ({ ...r, str: r.str.replace(/[\u0000-\u0008\u000b-\u001f]/g, '') }))
    .filter((r) => r.str.trim() !== '' && Number.isFinite(r.x) && Number.isFinite(r.y) && r.size > 0);
  clean.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; size: number; runs: Run[] }[] = [];
  for (const r of clean) {
    const row = rows.length > 0 ? rows[rows.length - 1] : null;
    if (row && Math.abs(row.y - r.y) <= 0.45 * Math.min(row.size, r.size)) {
      row.runs.push(r);
      row.size = Math.max(row.size, r.size);
    } else rows.push({ y: r.y, size: r.size, runs: [r] });
  }
  return rows
    .map((row) => {
      const sorted = row.runs.sort((a, b) => a.x - b.x);
      const fragments: Fragment[] = [];
      let cur: Fragment | null = null;
      let last: Run | null = null;
      for (const r of sorted) {
        // The same run printed twice a hair apart ("bold" by overprinting): once is enough.
        if (last && r.str === last.str && Math.abs(r.x - last.x) < 0.5 * r.size) continue;
        const gap = cur ? r.x - cur.right : 0;
        if (!cur || gap > 1.2 * Math.max(row.size, r.size)) {
          cur = { text: r.str, left: r.x, right: r.x + r.w, y: row.y, size: r.size, chars: r.str.length };
          fragments.push(cur);
        } else {
          const space = gap > 0.12 * r.size && !/\s$/.test(cur.text) && !/^\s/.test(r.str);
          cur.text += (space ? ' ' : '') + r.str;
          cur.right = Math.max(cur.right, r.x + r.w);
          cur.chars += r.str.length;
          cur.size = Math.max(cur.size, r.size);
        }
        last = r;
      }
      for (const f of fragments) f.text = f.text.replace(/\s+/g, ' ').trim();
      return { y: row.y, size: row.size, fragments: fragments.filter((f) => f.text !== '') };
    })
    .filter((row) => row.fragments.length > 0);
}

const rowText = (row: Row) => row.fragments.map((f) => f.text).join(' ');

/** "- 3 -", "3", "Стр. 3", "Страница 3 из 12", "Page 3 of 12". */
const PAGE_NUMBER = /^(?:(?:стр\.?|страница|с\.|page|p\.)\s*)?[-–—]?\s*(\d{1,4})\s*[-–—]?(?:\s*(?:из|of|\/)\s*\d{1,4})?$/i;

/** A header or footer's shape: digits (page numbers, dates) aside, case and spacing folded. */
const shape = (s: string) => s.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * Rows to drop on each page: page numbers at the top or bottom, and lines at the top or bottom that
 * repeat (by shape) on at least two pages and on at least 40 % of them.
 */
function marginalRows(pages: { page: PageRuns; rows: Row[] }[]): Set<Row> {
  const drop = new Set<Row>();
  const edgeRows = (p: { page: PageRuns; rows: Row[] }) => {
    const { rows, page } = p;
    const zone = 0.14 * page.height;
    const top = rows.slice(0, 2).filter((r) => r.y > page.height - zone);
    const bottom = rows.slice(-2).filter((r) => r.y < zone && !top.includes(r));
    return { top, bottom };
  };
  const counts = new Map<string, number>();
  const edges = pages.map((p) => {
    const e = edgeRows(p);
    const keys = new Set([...e.top.map((r) => 't' + shape(rowText(r))), ...e.bottom.map((r) => 'b' + shape(rowText(r)))]);
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return e;
  });
  const repeated = (k: string) => {
    const n = counts.get(k) ?? 0;
    return n >= 2 && n >= 0.4 * pages.length;
  };
  edges.forEach((e) => {
    for (const r of e.top) if (repeated('t' + shape(rowText(r))) || isPageNumber(rowText(r), pages.length)) drop.add(r);
    for (const r of e.bottom) if (repeated('b' + shape(rowText(r))) || isPageNumber(rowText(r), pages.length)) drop.add(r);
  });
  return drop;
}

function isPageNumber(text: string, pageCount: number): boolean {
  const m = PAGE_NUMBER.exec(text.trim());
  return !!m && Number(m[1]) <= pageCount + 10;
}

/** The x of a gutter between two columns of running text, or null. */
function findGutter(rows: Row[], from: number, to: number): number | null {
  const frags = rows.flatMap((r) => r.fragments.map((f) => ({ f, row: r })));
  if (frags.length < 6) return null;
  const size = median(frags.map((x) => x.f.size)) || 10;
  const width = to - from;
  let best: { x: number; pairs: number } | null = null;
  for (let x = from + 0.2 * width; x <= from + 0.8 * width; x += Math.max(1, size / 4)) {
    let crossing = 0;
    let pairs = 0;
    for (const row of rows) {
      let leftSide = false;
      let rightSide = false;
      for (const f of row.fragments) {
        if (f.left < x - 1 && f.right > x + 1) crossing++;
        else if (f.right <= x) leftSide = true;
        else if (f.left >= x) rightSide = true;
      }
      if (leftSide && rightSide) pairs++;
    }
    if (pairs >= 3 && crossing <= pairs / 5 && (!best || pairs > best.pairs)) best = { x, pairs };
  }
  if (!best) return null;
  // Columns of running text, not a table: on each side, most fragments fill most of their column.
  const gx = best.x;
  const left = frags.filter(({ f }) => f.right <= gx).map(({ f }) => f);
  const right = frags.filter(({ f }) => f.left >= gx).map(({ f }) => f);
  const filled = (side: Fragment[]) => {
    if (side.length < 3) return false;
    const lo = Math.min(...side.map((f) => f.left));
    const hi = Math.max(...side.map((f) => f.right));
    return median(side.map((f) => (f.right - f.left) / Math.max(1, hi - lo))) >= 0.6;
  };
  if (!filled(left) || !filled(right)) return null;
  // The gutter's middle: halfway between the left column's right edge and the right column's left edge.
  const lEdge = median(left.map((f) => f.right));
  const rEdge = median(right.map((f) => f.left));
  return rEdge > lEdge ? (lEdge + rEdge) / 2 : gx;
}

/** One page's rows → lines in reading order (columns split), each knowing its block's edges. */
function pageLines(rows: Row[], from: number, to: number, depth = 0): Line[] {
  const gutter = depth < 2 ? findGutter(rows, from, to) : null;
  if (gutter === null) return blockLines(rows);
  const out: Line[] = [];
  let left: Row[] = [];
  let right: Row[] = [];
  const flush = () => {
    if (left.length || right.length) {
      const l = pageLines(left, from, gutter, depth + 1);
      const r = pageLines(right, gutter, to, depth + 1);
      if (r.length) r[0].flowStart = true;
      out.push(...l, ...r);
    }
    left = [];
    right = [];
  };
  for (const row of rows) {
    const crosses = row.fragments.some((f) => f.left < gutter - 1 && f.right > gutter + 1);
    if (crosses) {
      flush();
      const lines = blockLines([row]);
      // A full-width line after the columns starts a flow of its own.
      if (out.length && lines.length) lines[0].flowStart = true;
      out.push(...lines);
      continue;
    }
    const l = row.fragments.filter((f) => f.right <= gutter);
    const r = row.fragments.filter((f) => f.left >= gutter);
    if (l.length) left.push({ ...row, fragments: l });
    if (r.length) right.push({ ...row, fragments: r });
  }
  flush();
  return out;
}

/** Rows of one column (or a page without columns) → lines, with the column's edges. */
function blockLines(rows: Row[]): Line[] {
  if (rows.length === 0) return [];
  const lines = rows.map((row) => {
    const left = Math.min(...row.fragments.map((f) => f.left));
    const right = Math.max(...row.fragments.map((f) => f.right));
    const chars = row.fragments.reduce((n, f) => n + f.chars, 0);
    return {
      text: rowText(row),
      left,
      right,
      y: row.y,
      size: row.size,
      charW: (right - left) / Math.max(1, chars),
      blockLeft: 0,
      blockRight: 0,
      flowStart: false,
    };
  });
  const blockLeft = Math.min(...lines.map((l) => l.left));
  // The right margin: the furthest right most lines reach (a few long lines, such as a table row, aside).
  const rights = lines.map((l) => l.right).sort((a, b) => b - a);
  const blockRight = rights[Math.min(rights.length - 1, Math.floor(rights.length / 10))];
  for (const l of lines) {
    l.blockLeft = blockLeft;
    l.blockRight = blockRight;
  }
  return lines;
}

const LIST_MARKER = /^(?:\d{1,3}[.)]|\d{1,3}\.\d{1,3}\.?|[а-яa-z]\)|[-–—•·▪●◦*])\s/i;
const ADJECTIVE_END = /^[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ую|юю|ым|им|ыми|ими|ом|ем)(?=$|[^а-яё])/i;

/** The line break after `prev` is a soft wrap: `next`'s first word would not have fitted after it. */
function softWrap(prev: Line, next: Line): boolean {
  const firstWord = next.text.split(' ')[0];
  const room = prev.blockRight - prev.right;
  return room < (firstWord.length + 1.5) * Math.max(prev.charW, 0.3 * prev.size);
}

/**
 * Joins `next` to text ending with `prev` across a line-end hyphen: "библио-" + "теки" → "библиотеки",
 * but "научно-" + "практической" → "научно-практической" (a compound: a word ending in a consonant and
 * "о" before an adjective), and "Анжеро-" + "Судженск" keeps its hyphen (a capital follows).
 */
function hyphenJoin(prevText: string, nextText: string): string {
  const before = /([а-яёa-z]+)[-\u00ad]$/i.exec(prevText)?.[1] ?? '';
  const stem = prevText.slice(0, -1);
  const after = nextText;
  if (prevText.endsWith('\u00ad')) return stem + after;
  if (/^[A-ZА-ЯЁ]/.test(after)) return prevText + after;
  if (/[^аеёиоуыэюя]о$/i.test(before) && before.length >= 4 && ADJECTIVE_END.test(after)) return prevText + after;
  return stem + after;
}

/** Lines in reading order → text: soft wraps joined, hyphens undone, paragraphs on lines of their own. */
function joinLines(lines: Line[]): string {
  let out = '';
  let prev: Line | null = null;
  for (const line of lines) {
    if (!prev) {
      out = line.text;
      prev = line;
      continue;
    }
    const gap = prev.y - line.y;
    const size = Math.max(prev.size, line.size);
    const sameFlow = !line.flowStart && gap > 0 && gap <= 1.9 * size;
    const indented = line.left - line.blockLeft > 1.5 * size;
    const hyphen = /[а-яёa-z][-\u00ad]$/i.test(prev.text) && /^[а-яёa-z]/i.test(line.text);
    const startsLower = /^[а-яёa-z]/.test(line.text);
    const marker = LIST_MARKER.test(line.text);
    const heading = prev.text.length > 3 && prev.text === prev.text.toUpperCase() && /[А-ЯЁA-Z]{3}/.test(prev.text);
    const wraps = softWrap(prev, line);
    let join: boolean;
    if (sameFlow) join = !marker && !heading && (hyphen || (wraps && (!indented || startsLower)));
    // Across a column or page break: only a clear continuation (a hyphen, or a sentence going on).
    else join = !marker && (hyphen || (wraps && startsLower && !/[.!?:;]$/.test(prev.text)));
    if (join && hyphen) out = hyphenJoin(out, line.text);
    else if (join) out += ' ' + line.text;
    // A wide vertical gap (an empty line in the source) stays an empty line.
    else out += (!line.flowStart && gap > 2.2 * size ? '\n\n' : '\n') + line.text;
    prev = line;
  }
  return out;
}

export interface LayoutResult {
  text: string;
  /** Pages on which no text was found (scanned pages). */
  emptyPages: number;
}

/** Every page's runs → the document's text in reading order. */
export function layoutPages(pages: readonly PageRuns[]): LayoutResult {
  const withRows = pages.map((page) => ({ page, rows: rowsOf(page.runs) }));
  const drop = marginalRows(withRows);
  const lines: Line[] = [];
  let emptyPages = 0;
  for (const { page, rows } of withRows) {
    const kept = rows.filter((r) => !drop.has(r));
    if (rows.length === 0) emptyPages++;
    const pl = pageLines(kept, 0, page.width);
    if (pl.length && lines.length) pl[0].flowStart = true;
    lines.push(...pl);
  }
  return {
    text: joinLines(lines)
      .replace(/[ \t]+\n/g, '\n')
      .trim(),
    emptyPages,
  };
}
