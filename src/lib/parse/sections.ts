// Decision sections: the items after "рекомендуют:", "постановили:" …, the topics "рассмотрели:" and the
// conclusions "пришли к выводам:". Items are dash or "·" bullets, numbered "1." / "1)", or paragraphs.

import type { Span } from '../types';
import { clean, matchesAfterNonLetter, span } from './text';

export type SectionKind = 'recommendations' | 'considered' | 'conclusions';

// A marker is a phrase ending in a colon; the section runs to the next marker or the end. Each pattern
// must not follow a letter: `matchesAfterNonLetter` checks that, a lookbehind here made the scans slow.
const MARKERS: [SectionKind, RegExp][] = [
  ['recommendations', /(?:рекоменду(?:ют|ет|ем)|рекомендовано|рекомендации|считают\s+необходимым|считает\s+необходимым|считаем\s+необходимым|постановил[аи]?|постановляет|постановляют|решил[аи]?|предлагают|предлагается|призывают|обращаются|поручить)\s*:/giu],
  ['considered', /(?:рассмотрел[аи]?|обсудил[аи]?|рассмотренные[^:\n]{0,120}|обсуждались|обсуждены)\s*:/giu],
  ['conclusions', /(?:пришли\s+к\s+выводу|пришли\s+к\s+выводам|отметил[аи]?|было\s+отмечено|отмечено|констатиру(?:ют|ет)|выводы)\s*:/giu],
];

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
}

/** The section markers of `masked`, in text order. */
export function findMarkers(masked: string): Marker[] {
  const found: Marker[] = [];
  for (const [kind, re] of MARKERS) {
    for (const m of matchesAfterNonLetter(masked, re)) found.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  // Overlapping matches ("рекомендации … считают необходимым:"): keep the first.
  return found.filter((m, i) => i === 0 || m.start >= found[i - 1].end);
}

/** Where the decisions begin (the first marker), or the text's length when it has none. */
export function decisionsStart(masked: string, markers = findMarkers(masked)): number {
  return markers[0]?.start ?? masked.length;
}

/** Every item of every section, in text order. */
export function extractSections(text: string, masked: string, markers = findMarkers(masked)): RawItem[] {
  const items: RawItem[] = [];
  markers.forEach((marker, i) => {
    const blockEnd = i + 1 < markers.length ? lineStart(masked, markers[i + 1].start) : masked.length;
    for (const s of splitItems(masked, marker.end, blockEnd)) {
      const value = clean(text.slice(s.start, s.end)).replace(/[;,]\s*$/, '');
      if (/\p{L}{2}/u.test(value)) items.push({ section: marker.kind, text: value, evidence: span(text, s.start, s.end) });
    }
  });
  return items;
}

function lineStart(s: string, index: number): number {
  const nl = s.lastIndexOf('\n', index - 1);
  return nl < 0 ? 0 : nl + 1;
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

/** A bullet starts an item; following lines without a bullet continue it, until a blank line after
 * which a line without a bullet ends the list (a new paragraph of narrative). */
function bulletItems(masked: string, lines: Range[]): Range[] {
  const out: Range[] = [];
  let current: Range | null = null;
  let blank = false;
  for (const l of lines) {
    const line = masked.slice(l.start, l.end);
    const bullet = BULLET.exec(line);
    if (bullet) {
      if (current) out.push(current);
      current = { start: l.start + bullet[0].length, end: l.end };
      blank = false;
    } else if (line.trim() === '') {
      blank = true;
    } else if (current && !blank) {
      current.end = l.end;
    } else if (current) {
      out.push(current);
      current = null;
      break;
    }
  }
  if (current) out.push(current);
  return out;
}

/** "рекомендуют: 1) провести …; 2) издать …" on one line. */
function inlineNumbered(masked: string, from: number, to: number): Range[] {
  const block = masked.slice(from, to);
  const marks = [...block.matchAll(/(?:^|[\s;:])(\d{1,2})[.)]\s+(?=\p{L})/gu)];
  const sequential = marks.every((m, i) => +m[1] === i + 1);
  if (marks.length < 2 || !sequential) return [];
  return marks.map((m, i) => ({
    start: from + m.index! + m[0].length,
    end: i + 1 < marks.length ? from + marks[i + 1].index! + 1 : to,
  }));
}
