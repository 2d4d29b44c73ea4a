// Attendance figures: total, offline, online, views, reports, cities, rural places, regions, countries,
// organizations. A number is classified by the word after it ("108 городов") or, for people, by what
// the sentence says before it ("Очно … 39 специалистов", "Общее количество участников — 995").

import type { CountField, Participants, Qualifier, Span } from '../types';
import { COUNT_FIELDS } from '../types';
import { findNumbers, type NumberToken } from './numbers';
import { anyWithin, countBefore, sentenceAround, span } from './text';

const SEP = '\\s*(?:[-–—:]\\s*)?';
// Classes by the word that follows the number.
const AFTER: [CountField | 'people', RegExp, boolean][] = [
  // [field, pattern on the text after the number, whether the following word belongs to the quote]
  [
    'online',
    new RegExp(`^${SEP}(?:онлайн|дистанционно|удал[её]нно|в\\s+(?:онлайн|дистанционном)[\\s-]*(?:формате|режиме))(?![\\p{L}-])`, 'iu'),
    false,
  ],
  ['offline', new RegExp(`^${SEP}(?:офлайн|оффлайн|очно|в\\s+очном\\s+(?:формате|режиме))(?![\\p{L}-])`, 'iu'), false],
  ['views', /^\s+просмотр\p{L}*/iu, true],
  ['reports', /^\s+(?:доклад|выступлени|сообщени)\p{L}*/iu, true],
  ['cities', /^\s+город\p{L}*/iu, true],
  [
    'rural',
    /^\s+(?:с[её]л(?:а|о)?|сельск\p{L}*\s+поселени\p{L}*|пос[её]лк\p{L}*|деревен\p{L}*|деревн\p{L}*|станиц\p{L}*|аул\p{L}*)(?!\p{L})(?:\s+и\s+(?:пос[её]лк|деревен|деревн|станиц)\p{L}*)?/iu,
    true,
  ],
  ['regions', /^\s+(?:регион|субъект)\p{L}*/iu, true],
  // "48 областей, краев, республик России": kinds of region listed together, or named as Russia's.
  [
    'regions',
    /^\s+(?:област\p{L}*|кра[её]в|республик)(?:(?:,\s*|\s+и\s+)(?:област\p{L}*|кра[её]в|республик|округ\p{L}*))+|^\s+(?:област\p{L}*|кра[её]в|республик)(?=\s+(?:России|РФ|Российской)(?!\p{L}))/iu,
    true,
  ],
  ['countries', /^\s+стран(?!\p{L}*\s+(?:СНГ))\p{L}*/iu, true],
  ['organizations', /^\s+(?:организаци|учреждени)\p{L}*/iu, true],
  ['people', /^\s+(?:участник|человек|специалист|слушател|делегат|библиотекар|представител|гост|зрител)\p{L}*/iu, true],
  // "1000 подключений": connections are remote attendance.
  ['online', /^\s+подключени\p{L}*/iu, true],
];
// One adjective between the number and its noun: "200 реальных участников", "42 пленарных доклада".
const ADJECTIVE = /^\s+(\p{L}+(?:ых|их))(?=\s)/iu;
const OFFLINE_ADJECTIVE = /^(?:очн|реальн|жив|личн)/iu;
const ONLINE_ADJECTIVE = /^(?:удал[её]нн|дистанционн|виртуальн|онлайн)/iu;
// The mode after the noun: "140 слушателей онлайн", "400 человек в очном формате", "300 человек смотрели трансляцию" (group 5: online).
const MODE_AFTER =
  /^\s*(?:[-–—]\s*)?(?:(онлайн|дистанционно|удал[её]нно|заочно)|(очно|офлайн|оффлайн)|в\s+(?:(онлайн|дистанционном|заочном|виртуальном)|(очном|офлайн))[\s-]*(?:формате|режиме)|(?:\p{L}+\s+)?(?:смотрел|посмотрел|следил)\p{L}*\s+(?:за\s+)?(?:онлайн-|прям\p{L}*\s+)?(трансляци)\p{L}*)(?![\p{L}-])/iu;
const BEFORE_REACH = 200;
/** A mode and a verb of attending right before a bare number. */
const ATTENDED_BEFORE =
  /(?<![\p{L}-])(очно|офлайн|оффлайн|онлайн|дистанционно|удал[её]нно)\s+(?:присутствовал\p{L}*|подключил\p{L}*|участвовал\p{L}*)\s*[-–—:]?\s*$/iu;
const OFFLINE_WORD = /^(?:очно|офлайн|оффлайн)$/iu;
// A count the text announces rather than reports is no count of the event (total, offline or online).
const PLANNED = /(?<!\p{L})(?:ожида\p{L}*|планиру\p{L}*|запланирован\p{L}*|предполага\p{L}*|будут|будет|примут|соберутся)(?!\p{L})/iu;
const TOTAL_BEFORE =
  /(?:(?:(?:общее|общая)\s+)?(?:количество|число|численность)\s+(?:участник\p{L}*|человек)|(?:всего|итого)(?:\s+участник\p{L}*)?|участник\p{L}*\s+стали)\s*[-–—:]?\s*$/iu;
const OFFLINE_BEFORE = /(?<![\p{L}-])(?:очно|офлайн|оффлайн|в\s+зале|непосредственно|лично)(?![\p{L}-])/giu;
const ONLINE_BEFORE = /(?<![\p{L}-])(?:онлайн|дистанционн\p{L}*|удал[её]нн\p{L}*|трансляци\p{L}*|подключил\p{L}*)(?![\p{L}])/giu;

/**
 * The word `s` ends in, before spaces and one dash or colon ("участников" in "Количество участников: "),
 * or "". TOTAL_BEFORE and ATTENDED_BEFORE end in one of a few words, and are tried only when `s` does:
 * anchored at the end, those patterns are tried at every position of `s`, for every number of a text.
 */
function lastWord(s: string, floor = 0, to = s.length): string {
  let i = to - 1;
  while (i >= floor && isSpace(s.charCodeAt(i))) i--;
  if (i >= floor && isDash(s.charCodeAt(i))) i--;
  while (i >= floor && isSpace(s.charCodeAt(i))) i--;
  const end = i + 1;
  while (i >= floor && isLetter(s, i)) i--;
  return s.slice(i + 1, end);
}
/** The last words of TOTAL_BEFORE's phrases (its "всего", "итого" may end a longer word)… */
const TOTAL_LAST = /^(?:участник|человек|стали)|(?:всего|итого)$/iu;
/** …and of ATTENDED_BEFORE's. */
const ATTENDED_LAST = /^(?:присутствовал|подключил|участвовал)/iu;

/** What `\s` matches, by code (a character test: this runs for every number of a text). */
const isSpace = (c: number) =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
/** - – — : */
const isDash = (c: number) => c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x3a;
const LETTER = /\p{L}/u;
/** Whether s[i] is a letter: basic Cyrillic and Latin by code, the rest by the regex (either half of a surrogate pair counts). */
function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c & 0xf800) === 0xd800) return true;
  if ((c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451 || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return true;
  return c > 0x7f && LETTER.test(s[i]);
}

/** Where the last match of a global `re` in `s` starts, or -1. */
function lastIndex(s: string, re: RegExp): number {
  let at = -1;
  for (const m of s.matchAll(re)) at = m.index;
  return at;
}

export interface Counts {
  participants: Participants;
  approx: Partial<Record<CountField, Qualifier>>;
  evidence: Partial<Record<CountField, Span>>;
}

interface Hit {
  field: CountField;
  token: NumberToken;
  end: number;
  strong: boolean;
}

/** Whether a word follows the start of `s` after spaces and dashes: every pattern of AFTER and ADJECTIVE needs one. */
function wordFollows(s: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && (isSpace(s.charCodeAt(i)) || isDash(s.charCodeAt(i)))) i++;
  return i < to && isLetter(s, i);
}

/**
 * What is found once per text so that a number's sentence need not be walked or searched:
 * - `ends`: where sentences end (. ! ? ; line breaks), for the start of a number's sentence;
 * - `offline`, `online`: where the mode words of OFFLINE_BEFORE and ONLINE_BEFORE may stand (in lower
 *   case, as plain text): a number whose sentence holds none (most numbers) is spared those patterns,
 *   which are tried at every position of the sentence. Null where lower-casing changes the text's length
 *   (a rare letter such as İ): then the patterns are always tried.
 */
interface Marks {
  ends: number[];
  offline: number[] | null;
  online: number[] | null;
}
const SENTENCE_END = /[.!?;\n]/g;
const OFFLINE_HINT = /очно|офлайн|оффлайн|зале|непосредственно|лично/g;
const ONLINE_HINT = /онлайн|дистанционн|удал|трансляци|подключил/g;

function marks(masked: string): Marks {
  const at = (s: string, re: RegExp) => Array.from(s.matchAll(re), (m) => m.index);
  const lower = masked.toLowerCase();
  const same = lower.length === masked.length;
  return { ends: at(masked, SENTENCE_END), offline: same ? at(lower, OFFLINE_HINT) : null, online: same ? at(lower, ONLINE_HINT) : null };
}

/** Where the sentence around `index` starts (as sentenceAround has it), from the sentence ends found once. */
function sentenceFrom(ends: number[], index: number, reach: number): number {
  const before = countBefore(ends, index);
  return Math.max(index - reach, before > 0 ? ends[before - 1] + 1 : 0, 0);
}

/** How far after and before a number its words are looked at (beyond the sentence before a count of people). */
const NEAR = 80;

// (Strings are cut from the text only once a number may need them: most numbers are dates, pages, years.)
function classify(masked: string, token: NumberToken, marks: Marks): Hit | null {
  const afterEnd = Math.min(masked.length, token.end + NEAR);
  if (wordFollows(masked, token.end, afterEnd)) {
    const hit = classifyByNoun(masked, token, masked.slice(token.end, afterEnd), marks);
    if (hit !== undefined) return hit;
  }
  // "Общее количество участников — 995": the number stands alone after its label.
  const floor = Math.max(0, token.start - NEAR);
  const word = lastWord(masked, floor, token.start);
  const [total, attending] = [TOTAL_LAST.test(word), ATTENDED_LAST.test(word)];
  if (!total && !attending) return null;
  const before = masked.slice(floor, token.start);
  if (total && TOTAL_BEFORE.test(before)) return { field: 'total', token, end: token.end, strong: true };
  // "очно присутствовали 86 человек, дистанционно подключились 214.": the noun left out after a verb of attending.
  const attended = attending ? ATTENDED_BEFORE.exec(before) : null;
  if (attended && /^\s*(?:[.,;)]|$)/.test(masked.slice(token.end, afterEnd)))
    return { field: OFFLINE_WORD.test(attended[1]) ? 'offline' : 'online', token, end: token.end, strong: false };
  return null;
}

/** The class the word after a number gives it; undefined when no word of AFTER follows. */
function classifyByNoun(masked: string, token: NumberToken, after: string, marks: Marks): Hit | null | undefined {
  const adjective = ADJECTIVE.exec(after);
  const byAdjective = !adjective
    ? null
    : OFFLINE_ADJECTIVE.test(adjective[1])
      ? 'offline'
      : ONLINE_ADJECTIVE.test(adjective[1])
        ? 'online'
        : null;
  for (const [field, re, quoteWord] of AFTER) {
    let skip = 0;
    let m = re.exec(after);
    if (!m && adjective && quoteWord) {
      skip = adjective[0].length;
      m = re.exec(after.slice(skip));
    }
    if (!m) continue;
    const end = quoteWord ? token.end + skip + m[0].length : token.end;
    if (field !== 'people') return { field, token, end, strong: false };
    // What the sentence says before the number, at most BEFORE_REACH characters back (bounded: a number costs the same anywhere).
    const from = sentenceFrom(marks.ends, token.start, BEFORE_REACH);
    const before = masked.slice(from, token.start);
    // People expected ("Ожидается участие 400 человек в очном формате") are not people who came, in any mode.
    // Its own clause only: 'ожидалось 1000, пришли 870'.
    if (PLANNED.test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1))) return null;
    if (byAdjective) return { field: byAdjective, token, end, strong: false };
    const mode = MODE_AFTER.exec(after.slice(skip + m[0].length));
    if (mode) return { field: mode[2] || mode[4] ? 'offline' : 'online', token, end, strong: false };
    if (TOTAL_LAST.test(lastWord(before)) && TOTAL_BEFORE.test(before)) return { field: 'total', token, end, strong: true };
    // The mode named nearest before the number: "Очно были 39 специалистов, онлайн подключились 120".
    const may = (at: number[] | null) => !at || anyWithin(at, from, token.start);
    const offlineAt = may(marks.offline) ? lastIndex(before, OFFLINE_BEFORE) : -1;
    const onlineAt = !may(marks.online) || /приняли\s+участие|общее/iu.test(before) ? -1 : lastIndex(before, ONLINE_BEFORE);
    if (offlineAt >= 0 || onlineAt >= 0) return { field: offlineAt > onlineAt ? 'offline' : 'online', token, end, strong: false };
    return { field: 'total', token, end, strong: false };
  }
  return undefined;
}

/** Attendance figures stated in `masked` (the narrative part of a document), with quotes into `text`. */
export function extractCounts(text: string, masked: string): Counts {
  const participants = Object.fromEntries(COUNT_FIELDS.map((f) => [f, null])) as Participants;
  const approx: Counts['approx'] = {};
  const evidence: Counts['evidence'] = {};
  const found = marks(masked);
  const hits = findNumbers(masked)
    .map((t) => classify(masked, t, found))
    .filter((h): h is Hit => h !== null);

  for (const field of COUNT_FIELDS) {
    const mine = hits.filter((h) => h.field === field);
    if (mine.length === 0) continue;
    const first = mine.find((h) => h.strong) ?? mine[0];
    let group = [first];
    if (field === 'rural') {
      // "20 сел, 17 поселков" → 37: the rural figures of one sentence add up.
      const s = sentenceAround(masked, first.token.start);
      group = mine.filter((h) => h.token.start >= s.start && h.token.end <= s.end);
    }
    participants[field] = group.reduce((sum, h) => sum + h.token.value, 0);
    const qualified = group.find((h) => h.token.approx);
    if (qualified?.token.approx) approx[field] = qualified.token.approx;
    evidence[field] = span(text, group[0].token.start, group[group.length - 1].end);
  }
  return { participants, approx, evidence };
}
