// Decision sections: the items after "рекомендуют:", "постановили:" …, the topics "рассмотрели:" and the
// conclusions "пришли к выводам:". Items are dash or "·" bullets, numbered "1." / "1)", or paragraphs.

import type { Span } from '../types';
import { clean, letterBefore, matchesNotAfter, span } from './text';

export type SectionKind = 'recommendations' | 'considered' | 'conclusions';

// A marker is a phrase ending in a colon; the section runs to the next marker or the end. A marker must
// not follow a letter (checked by `letterBefore`: a lookbehind in these regexes made them slow).
const MARKERS: [SectionKind, RegExp][] = [
  [
    'recommendations',
    /(?:рекоменду(?:ют|ет|ем)|рекомендовано|рекомендации|счита(?:ют|ет|ем)\s+(?:необходимым|целесообразным)|постановил[аи]?|постановляет|постановляют|решил[аи]?|предлага(?:ют|ем|ется)|призыва(?:ют|ем)|обращаются|поручить|констатировали\s+следующее|(?:следующие\s+)?решения)\s*:/giu,
  ],
  ['considered', /(?:рассмотрел[аи]?|обсудил[аи]?|рассмотренные[^:\n]{0,120}|обсуждались|обсуждены)\s*:/giu],
  ['conclusions', /(?:пришли\s+к\s+выводу|пришли\s+к\s+выводам|отметил[аи]?|было\s+отмечено|отмечено|констатиру(?:ют|ет)|выводы)\s*:/giu],
];
/**
 * At most this many characters of a marker, white space aside, precede its colon ("рассмотренные" and
 * 120 more). Keep it in step with MARKERS: the regexes run only over this stretch before each colon.
 */
const MARKER_SPAN = 13 + 120 + 1;

const BULLET = /^[ \t]*(?:[-–—•·*▪●]|\d{1,2}[.)])[ \t]+/u;

export interface RawItem {
  section: SectionKind;
  text: string;
  evidence: Span;
}

export interface Marker {
  kind: SectionKind;
  start: number;
  end: number;
  /** The participants decide in their own voice ("рекомендуют:", "постановили:"), not a noun ("рекомендации:"). */
  decides: boolean;
}

/** Markers in which the event's participants decide: only a final document speaks so. */
const DECIDES = /^(?:рекоменду|счита|постанов|решил|предлага(?:ют|ем)|призыва|обращаются|поручить|констатировали)/iu;

/**
 * The section markers of `masked`, in text order. A marker has no colon but its last character, so a
 * regex's next marker is its first match that ends at the next colon and starts after the one before.
 */
export function findMarkers(masked: string): Marker[] {
  const byKind: Marker[][] = MARKERS.map(() => []);
  for (let colon = masked.indexOf(':'), prev = -1; colon >= 0; prev = colon, colon = masked.indexOf(':', colon + 1)) {
    const from = windowStart(masked, prev + 1, colon);
    const window = masked.slice(from, colon + 1);
    const letterAt = (_: string, index: number) => letterBefore(masked, from + index);
    MARKERS.forEach(([kind, re], k) => {
      for (const m of matchesNotAfter(window, re, letterAt)) {
        byKind[k].push({ kind, start: from + m.index, end: colon + 1, decides: kind === 'recommendations' && DECIDES.test(m[0]) });
        break; // the first one: any other ends at the same colon
      }
    });
  }
  const found = byKind.flat().sort((a, b) => a.start - b.start);
  // Overlapping matches ("рекомендации … считают необходимым:"): keep the first.
  return found.filter((m, i) => i === 0 || m.start >= found[i - 1].end);
}

/** The earliest a marker ending at `colon` can start: MARKER_SPAN characters back, not counting any that may be white space. */
function windowStart(s: string, floor: number, colon: number): number {
  let i = colon;
  for (let n = 0; i > floor && n < MARKER_SPAN;) {
    const c = s.charCodeAt(--i);
    if ((c > 0x20 && c < 0x7f) || (c >= 0x400 && c <= 0x4ff)) n++; // printable ASCII or Cyrillic: never \s
  }
  return i;
}

/** Where the decisions begin (the first marker), or the text's length when it has none. */
export function decisionsStart(masked: string, markers = findMarkers(masked)): number {
  return markers[0]?.start ?? masked.length;
}

/** Every item of every section, in text order. */
export function extractSections(text: string, masked: string, markers = findMarkers(masked)): RawItem[] {
  const items: RawItem[] = [];
  markers.forEach((marker, i) => {
    const blockEnd = i + 1 < markers.length ? lineStart(masked, markers[i + 1].start, marker.end) : masked.length;
    for (const s of splitItems(masked, marker.end, blockEnd)) {
      const cleaned = clean(text.slice(s.start, s.end));
      // A final ";" or "," is dropped (clean() has already trimmed the white space after it).
      const value = cleaned.endsWith(';') || cleaned.endsWith(',') ? cleaned.slice(0, -1) : cleaned;
      if (/\p{L}{2}/u.test(value)) items.push({ section: marker.kind, text: value, evidence: span(text, s.start, s.end) });
    }
  });
  return items;
}

/** Start of the line holding `index`, not before `floor` (a text without line breaks is not searched back to its start). */
function lineStart(s: string, index: number, floor: number): number {
  let i = index;
  while (i > floor && s[i - 1] !== '\n') i--;
  return i;
}

interface Range {
  start: number;
  end: number;
}

/** Splits a block into items: by bullets if it has them, then "1) … 2) …" inline, else by paragraphs. */
function splitItems(masked: string, from: number, to: number): Range[] {
  const lines = linesOf(masked, from, to);
  const bulleted = lines.filter((l) => BULLET.test(masked.slice(l.start, l.end)));
  const inline = inlineNumbered(masked, from, to);
  if (inline.length > 1 && inline.length > bulleted.length) return inline;
  if (bulleted.length > 0) return bulletItems(masked, lines);
  return lines.filter((l) => masked.slice(l.start, l.end).trim() !== '');
}

function linesOf(s: string, from: number, to: number): Range[] {
  const out: Range[] = [];
  let start = from;
  while (start < to) {
    let end = s.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    out.push({ start, end });
    start = end + 1;
  }
  return out;
}

/**
 * A bullet starts an item; following lines without a bullet continue it, until a blank line after
 * which a line without a bullet ends the list (a new paragraph of narrative). The list's own bullets are
 * those of its first item's kind (numbers or marks) and indentation: "1. Правительству: - …; - …" is one
 * item with its sub-points, as are "а) … б) …" lines under it.
 */
function bulletItems(masked: string, lines: Range[]): Range[] {
  const out: Range[] = [];
  let current: Range | null = null;
  let blank = false;
  let style: { numbered: boolean; indent: number } | null = null;
  for (const l of lines) {
    const line = masked.slice(l.start, l.end);
    const bullet = BULLET.exec(line);
    const own = bullet && isOwnBullet(bullet[0], (style ??= bulletStyle(bullet[0])));
    if (own) {
      if (current) out.push(current);
      current = { start: l.start + bullet[0].length, end: l.end };
      blank = false;
    } else if (line.trim() === '') {
      blank = true;
    } else if (current && (!blank || bullet)) {
      current.end = l.end;
      blank = false;
    } else if (current) {
      out.push(current);
      current = null;
      break;
    }
  }
  if (current) out.push(current);
  return out;
}

function bulletStyle(bullet: string): { numbered: boolean; indent: number } {
  return { numbered: /\d/.test(bullet), indent: bullet.length - bullet.trimStart().length };
}

/** Whether a bullet is of the list's own kind and no deeper than its first one. */
function isOwnBullet(bullet: string, style: { numbered: boolean; indent: number }): boolean {
  const b = bulletStyle(bullet);
  return b.numbered === style.numbered && b.indent <= style.indent;
}

/** "1) " or "2. " before a letter: an inline mark once it is at the block's start or after white space, ";" or ":". */
const MARK = /(\d{1,2})[.)]\s+(?=\p{L})/gu;

/**
 * The marks of `block`: the matches of /(?:^|[\s;:])(\d{1,2})[.)]\s+(?=\p{L})/gu, with `index` and `end`.
 * Searched from their digits (a far cheaper scan): a mark's own match begins one character earlier,
 * except at the block's start, and marks do not overlap.
 */
function inlineMarks(block: string): { index: number; end: number; n: number }[] {
  const marks: { index: number; end: number; n: number }[] = [];
  let after = 0; // where the previous mark ended
  MARK.lastIndex = 0;
  for (let m = MARK.exec(block); m; m = MARK.exec(block)) {
    const q = m.index;
    if (q === 0 || (q - 1 >= after && /[\s;:]/.test(block[q - 1]))) {
      marks.push({ index: q === 0 ? 0 : q - 1, end: q + m[0].length, n: +m[1] });
      after = q + m[0].length;
    } else MARK.lastIndex = q + 1;
  }
  return marks;
}

/** "рекомендуют: 1) провести …; 2) издать …" on one line. */
function inlineNumbered(masked: string, from: number, to: number): Range[] {
  const marks = inlineMarks(masked.slice(from, to));
  const sequential = marks.every((m, i) => m.n === i + 1);
  if (marks.length < 2 || !sequential) return [];
  return marks.map((m, i) => ({
    start: from + m.end,
    end: i + 1 < marks.length ? from + marks[i + 1].index + 1 : to,
  }));
}
