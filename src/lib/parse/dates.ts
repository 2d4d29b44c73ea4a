// Event dates: "10 ноября 2021 года", "30-31 марта 2009 г.", "30 марта – 1 апреля 2009 г.", "4 и 5 декабря",
// "с 10 по 14 октября", "10.11.2021", "17.05.2015-22.05.2015".
//
// A text carries many dates; the event's is the one the text attaches to the event. In order:
// 1. a date line in the header ("10 ноября 2015 г.", "30 ноября 2016 года, Санкт-Петербург") — first for a
//    final document, whose header states the day it was adopted;
// 2. a date in a sentence that says the event took place ("состоялась", "прошла", "работала", "состоится"),
//    preferring the sentence about the event the document's first line names (a forum held within a
//    meeting); a date without a year takes the year of the nearest dated phrase before it;
// 3. otherwise none. Never the date of a page, a letter or a law: a first line holding only a date, a
//    date next to a weekday or a clock time, after "от", before "№", or after "опубликовано".

import type { Span } from '../types';
import { fold, MONTH_WORD as MONTH, monthIndex } from '../russian';
import { HEAD_CHARS } from './limits';
import { anyWithin, letterBefore, PROSE_REACH, proseSentence, span } from './text';

/** Between the days of a range: a dash, "по" ("с 1 по 3"), or "и" ("4 и 5 декабря"). */
const SEP = '\\s*(?:-|–|—|по|и)\\s*';
const YEAR = '((?:19|20)\\d\\d)(?!\\d)[ \\t\\u00a0]*(?:г\\.|гг\\.|года|год|г(?![\\p{L}]))?';

// "30 марта – 1 апреля 2009", "30-31 марта 2009", "10 ноября 2021", "19 и 20 мая" (year optional).
const WORDS_DATE_SOURCE = `(\\d{1,2})(?:\\s+${MONTH})?(?:${SEP}(\\d{1,2}))?\\s+${MONTH}(?![\\p{L}])(?:\\s*,?\\s*${YEAR})?`;
/** On the text in lower case (a case-insensitive Unicode regex scans several times slower)… */
const WORDS_DATE = new RegExp(WORDS_DATE_SOURCE, 'gu');
/** …or, where lower-casing changes the text's length (a rare letter such as İ), on the text itself. */
const WORDS_DATE_ANY_CASE = new RegExp(WORDS_DATE_SOURCE, 'giu');
// "10.11.2021", "30-31.03.2009", "17.05.2015-22.05.2015".
const NUMERIC_DATE =
  /(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)(?:\s*[-–]\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d))?[ \t\u00a0]*(?:г\.|года|г(?!\p{L}))?/gu;

/** Verbs that say the event took (or will take) place, on folded words. */
const HAPPENED_WORDS =
  'состо(?:ял|явш|ит|ится)\\p{L}*|прош(?:ла|ли|ло|[её]л|едш\\p{L}*)|проход(?:ил|ивш|ит|ят)\\p{L}*|провод(?:ил|ивш|ит|ят)\\p{L}*|проведен\\p{L}*|провел[аио]?|работа(?:л|вш)\\p{L}*|открыл(?:ся|ась|ось|ись)|пройд[её]т|будет\\s+проходить|заседал\\p{L}*';
/** One of them anywhere in a folded sentence. */
const HAPPENED = new RegExp(`(?<!\\p{L})(?:${HAPPENED_WORDS})(?!\\p{L})`, 'u');
/** Up to this many dates, each one's sentence is searched for a verb; beyond, the text is searched once. */
const FEW_DATES = 8;
/** One of them at the start of a folded stretch. */
const HAPPENED_HERE = new RegExp(`^(?:${HAPPENED_WORDS})(?!\\p{L})`, 'u');
/** Where such a verb may start, in any case (a short pattern: case-insensitive costs little here); checked with HAPPENED_HERE. */
const VERB_START = /состо|прош|проход|провод|провед|провел|работа|открыл|пройд|будет|заседал/giu;
/** What a document is about, from its first line. */
const SUBJECT =
  /конференц|форум|семинар|совещани|заседани|секци|кругл\p{L}*\s+стол|чтени|конгресс|симпозиум|слушани|съезд|фестивал|школ[аеуы]/u;
const WEEKDAY = /(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\s*,?\s*$/iu;
const CLOCK = /(?<!\d)\d{1,2}:\d{2}(?!\d)/;
const DOCUMENT_BEFORE = /(?:(?<!\p{L})от|опубликован\p{L}*[^\n]{0,40}|дата\s+публикации[^\n]{0,10}|обновлен\p{L}*[^\n]{0,10})\s*$/iu;
const NUMBER_AFTER = /^\s*(?:№|N\s*\d)/u;

export interface DateRange {
  start: string;
  end: string;
  evidence: Span;
}

interface Candidate {
  index: number;
  end: number;
  year: number | null;
  m1: number;
  d1: number;
  m2: number;
  d2: number;
  /** Year, month and day of the end when a numeric range states them apart ("17.05.2015-22.05.2015"). */
  year2?: number;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Every date-like phrase of `masked`, in text order. A match must not continue a number ("2021" in "12021"). */
function candidates(masked: string): Candidate[] {
  const out: Candidate[] = [];
  const lower = masked.toLowerCase();
  const [scanned, re] = lower.length === masked.length ? [lower, WORDS_DATE] : [masked, WORDS_DATE_ANY_CASE];
  for (const m of scanned.matchAll(re)) {
    if (isDigit(masked.charCodeAt(m.index - 1)) || masked[m.index - 1] === '.') continue;
    const m2 = monthIndex(m[4]);
    const m1 = m[2] ? monthIndex(m[2]) : m2;
    const d1 = +m[1];
    const d2 = m[3] ? +m[3] : d1;
    // "1 по 3" needs its "с"; a lone "5 и 6 мая" is fine. Move the start back over a "с ".
    const from = /(?:^|[^\p{L}])с\s+$/iu.exec(masked.slice(Math.max(0, m.index - 4), m.index));
    out.push({
      index: from ? m.index - from[0].trimStart().length : m.index,
      end: m.index + m[0].length,
      year: m[5] ? +m[5] : null,
      m1,
      d1,
      m2,
      d2,
    });
  }
  if (masked.includes('.19') || masked.includes('.20')) {
    for (const m of masked.matchAll(NUMERIC_DATE)) {
      if (isDigit(masked.charCodeAt(m.index - 1)) || masked[m.index - 1] === '.') continue;
      const [d1, month, year] = [+m[1], +m[3], +m[4]];
      const c: Candidate = { index: m.index, end: m.index + m[0].length, year, m1: month, d1, m2: month, d2: m[2] ? +m[2] : d1 };
      if (m[5]) Object.assign(c, { d2: +m[5], m2: +m[6], year2: +m[7] });
      out.push(c);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The line around `index`, at most LINE_REACH characters each way (a text without line breaks is one long line). */
const LINE_REACH = 200;
function lineAt(s: string, index: number): { start: number; end: number } {
  let start = index;
  for (const floor = Math.max(0, index - LINE_REACH); start > floor && s[start - 1] !== '\n'; start--);
  let end = index;
  for (const ceiling = Math.min(s.length, index + LINE_REACH); end < ceiling && s[end] !== '\n'; end++);
  return { start, end };
}

/** The line before or after a line (skipping blank ones), trimmed. */
function neighbourLine(s: string, line: { start: number; end: number }, dir: -1 | 1): string {
  let pos = dir < 0 ? line.start - 1 : line.end + 1;
  for (let guard = 0; guard < 3 && pos >= 0 && pos <= s.length; guard++) {
    const l = lineAt(s, Math.max(0, Math.min(pos, s.length)));
    const t = s.slice(l.start, l.end).trim();
    if (t) return t;
    pos = dir < 0 ? l.start - 1 : l.end + 1;
  }
  return '';
}

/** Whether a date is a page's, a letter's or a law's rather than an event's. */
function isDocumentDate(masked: string, c: Candidate): boolean {
  const line = lineAt(masked, c.index);
  const before = masked.slice(Math.max(line.start, c.index - 80), c.index); // the patterns look at most this far back
  if (WEEKDAY.test(before) || DOCUMENT_BEFORE.test(before) || NUMBER_AFTER.test(masked.slice(c.end, c.end + 12))) return true;
  // A clock time marks a page's dateline: a short line, never a paragraph (whose "line" is cut at LINE_REACH).
  if (line.end - line.start >= LINE_REACH) return false;
  const own = masked.slice(line.start, line.end);
  if (CLOCK.test(own) || (CLOCK.test(neighbourLine(masked, line, -1)) && neighbourLine(masked, line, -1).length <= 8)) return true;
  const next = neighbourLine(masked, line, 1);
  return next.length <= 8 && CLOCK.test(next);
}

/** Words that may stand beside a date on a header's date line: places and their markers. */
const PLACE_WORD =
  /^(?:\p{Lu}[\p{L}-]*|г|гор|с|пос|п|д|ст|р-н|район\p{L}*|област\p{L}*|кра[йяюе]|республик\p{L}*|округ\p{L}*|им|имени|[IVX]+)$/u;

/**
 * Whether the date stands on a line of its own, beside at most a place ("30 ноября 2016 года,
 * Санкт-Петербург", "(30-31 марта 2009 г., г. Анжеро-Судженск, Яйский р-н)"), and that line is not the
 * text's first (a page's dateline above its title).
 */
function onDateLine(masked: string, c: Candidate): boolean {
  const line = lineAt(masked, c.index);
  if (line.end - line.start > 200) return false; // a paragraph, not a date line
  const rest = (masked.slice(line.start, c.index) + ' ' + masked.slice(c.end, Math.max(c.end, line.end))).trim();
  const words = rest.match(/[\p{L}\d-]+/gu) ?? [];
  if (!words.every((w) => PLACE_WORD.test(w))) return false;
  return words.length > 0 || masked.slice(0, line.start).trim() !== '';
}

/** A year for a date that states none: that of the nearest dated phrase up to 600 characters before it. */
function inferYears(list: Candidate[]): void {
  let last: Candidate | null = null;
  for (const c of list) {
    if (c.year !== null) last = c;
    else if (last && c.index - last.end <= 600) c.year = last.year2 ?? last.year;
  }
}

function build(text: string, c: Candidate): DateRange | null {
  if (c.year === null) return null;
  const start = iso(c.year, c.m1, c.d1);
  const end = iso(c.year2 ?? c.year, c.m2, c.d2);
  if (!start || !end) return null;
  return { start, end, evidence: span(text, c.index, c.end) };
}

export interface DateOptions {
  /** A final document: its header's date line comes before dates in the narrative. */
  headerFirst?: boolean;
}

/** The event's date in `masked`, as an ISO range with its quote; null when the text does not attach one to the event. */
export function findEventDate(text: string, masked: string, options: DateOptions = {}): DateRange | null {
  const all = candidates(masked);
  inferYears(all);
  // Each test below is asked only as far as the answer needs (a text dense with dates has thousands).
  const usable = (c: Candidate) => c.year !== null && build(text, c) !== null && !isDocumentDate(masked, c);

  let dateLine: Candidate | undefined;
  for (const c of all) {
    if (c.index >= HEAD_CHARS) break;
    if (usable(c) && onDateLine(masked, c)) {
      dateLine = c;
      break;
    }
  }
  const firstLine = masked.trimStart().split('\n', 1)[0].toLowerCase();
  const subject = SUBJECT.exec(firstLine)?.[0];
  // A few dates: each one's sentence is searched. Many (a text dense with dates): the verbs are found
  // once over the whole text, and a date with none within a sentence's reach is passed over at once
  // (a binary search), so that the step stays linear.
  const verbs = all.length > FEW_DATES ? verbPositions(masked) : null;
  // The event's date comes early: only the first few dates in sentences that say it happened are looked at.
  const happened: Candidate[] = [];
  for (const c of all) {
    if (happened.length >= FEW_DATES) break;
    if (verbs && !anyWithin(verbs, c.index - PROSE_REACH, c.end + PROSE_REACH)) continue;
    if (!usable(c)) continue;
    const b = proseSentence(masked, c.index, c.end);
    if (verbs ? anyWithin(verbs, b.start, b.end) : HAPPENED.test(fold(masked.slice(b.start, b.end)))) happened.push(c);
  }
  const aboutSubject =
    subject && happened.length > 1 ? happened.find((c) => aboutThe(subject, masked, proseSentence(masked, c.index, c.end))) : undefined;
  const narrative = aboutSubject ?? happened[0];

  const pick = options.headerFirst ? (dateLine ?? narrative) : (narrative ?? dateLine);
  return pick ? build(text, pick) : null;
}

/** Where the verbs of HAPPENED start in `masked`, in text order. */
function verbPositions(masked: string): number[] {
  const at: number[] = [];
  for (const m of masked.matchAll(VERB_START)) {
    if (!letterBefore(masked, m.index) && HAPPENED_HERE.test(fold(masked.slice(m.index, m.index + 24)))) at.push(m.index);
  }
  return at;
}

/** Whether a sentence names the document's subject (its first line's kind word). */
function aboutThe(subject: string, masked: string, b: { start: number; end: number }): boolean {
  return fold(masked.slice(b.start, b.end)).includes(subject);
}

/** A heading that dates the event by its year alone: "Конференция 2009 г.", "Форум — 2015". */
const HEADING_YEAR =
  /^[ \t]*(?:[\p{L}-]+[ \t]+){0,6}?(?:конференц|форум|семинар|совещани|чтени|конгресс|съезд|симпозиум|кругл\p{L}*[ \t]+стол|фестивал|школ)\p{L}*[ \t]*[-–—]?[ \t]*((?:19|20)\d\d)(?:[ \t]*(?:г\.|года?))?[ \t.]*$/imu;
/** How far down such a heading is looked for. */
const HEADING_YEAR_CHARS = 1000;

/** The event's year from a heading, when the text gives no date; with its quote. */
export function findEventYear(text: string, masked: string): { year: number; evidence: Span } | null {
  const m = HEADING_YEAR.exec(masked.slice(0, HEADING_YEAR_CHARS));
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  return { year: Number(m[1]), evidence: span(text, start, end) };
}
