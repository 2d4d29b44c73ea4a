// Where the event took place: the header's "г. Кемерово" / "30 ноября 2016 года, Санкт-Петербург", or,
// when no town is named, the town of a well-known host library the text names (inferred).
import type { Gazetteer, GazPlace } from '../geo/gazetteer';
import { fold, MONTH_WORD, stem } from '../russian';
import { HEAD_CHARS } from './limits';
import { letterBefore, matchesNotAfter } from './text';

const DATE = new RegExp(`\\d{1,2}(?:\\s*[-–—]\\s*\\d{1,2})?\\s+${MONTH_WORD}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}`, 'u');

/**
 * End of the header: before the first numbered or bulleted line, the first line of 300+ characters
 * (body prose), and at most HEAD_CHARS.
 */
export function headerEnd(text: string): number {
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl);
    const trimmed = line.trim();
    if (trimmed.length >= 300 || /^(?:\d+[.)]\s|[-–—•·*]\s)/.test(trimmed)) break;
    pos += line.length + 1;
    if (pos >= HEAD_CHARS) break;
  }
  return Math.min(pos, HEAD_CHARS, text.length);
}

/**
 * Whether a town named at `start` in the header is where the event took place: its line carries a
 * date ("(30-31 марта 2009 г., г. Анжеро-Судженск, …)") or is a short line that starts with it
 * ("г. Кемерово,").
 */
export function isHostLine(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (DATE.test(line)) return true;
  const before = text.slice(lineStart, start).trim();
  return line.trim().length <= 80 && /^(?:г\.|город)?$/.test(before);
}

/** Verbs that say an event took place: "состоялась в Кемерове", "прошла в г. Омске", "работала в … (г. Барнаул)". */
export const HOST_VERB = /^(?:состоял|состоит|прошл|прош[её]л$|проходил|проводил|проведен|провед|прошедш|проходивш|открыл|работал)/;

/** Well-known host libraries → their town (display name in the gazetteer). */
const INSTITUTIONS: [RegExp, string][] = [
  [/ЦГПБ\s+им(?:\.|ени)\s*В\.\s*В\.\s*Маяковского/gu, 'Санкт-Петербург'],
  [/Центральн\p{L}*\s+городск\p{L}*\s+публичн\p{L}*\s+библиотек\p{L}*\s+им(?:\.|ени)\s*В\.\s*В\.\s*Маяковского/gu, 'Санкт-Петербург'],
  [/(?<!\p{L})(?:РНБ|БАН)(?!\p{L})|Российск\p{L}*\s+национальн\p{L}*\s+библиотек/gu, 'Санкт-Петербург'],
  [/Президентск\p{L}*\s+библиотек|Библиотек\p{L}*\s+Российской\s+академии\s+наук/gu, 'Санкт-Петербург'],
  [/(?<!\p{L})(?:РГБ|ВГБИЛ|РГДБ|РГБМ|РГБИ)(?!\p{L})|ГПНТБ\s+России/gu, 'Москва'],
  [/Российск\p{L}*\s+государственн\p{L}*\s+(?:детск\p{L}*\s+)?библиотек\p{L}*(?!\p{L})/gu, 'Москва'],
  [/Библиотек\p{L}*\s+иностранн\p{L}*\s+литератур/gu, 'Москва'],
  [/ГПНТБ\s+СО\s+РАН/gu, 'Новосибирск'],
  [/(?<!\p{L})КемОНБ(?!\p{L})/gu, 'Кемерово'],
];
/** "<Кемеровская> областная (универсальная) научная библиотека" → the region's capital. Not after a letter (checked by `letterBefore`). */
const REGIONAL_LIBRARY = /(областн|краев|республиканск)\p{L}*\s+(?:универсальн\p{L}*\s+)?(?:научн\p{L}*\s+)?библиотек\p{L}*/gu;
/** The region's adjective right before it. */
const REGION_ADJECTIVE = /(?<!\p{L})(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:государственн\p{L}*\s+)?$/u;
const LEVEL = { областн: 'oblast', краев: 'krai', республиканск: 'republic' } as const;

export interface InferredHost {
  place: GazPlace;
  start: number;
  end: number;
}

/**
 * The host town inferred from the libraries a text names: the town named most often through them
 * (ties: the earliest), with the first such naming as evidence.
 */
export function inferHost(text: string, gazetteer: Gazetteer): InferredHost | null {
  const found: { city: string; rank: number; start: number; end: number }[] = [];
  INSTITUTIONS.forEach(([re, city], rank) => {
    for (const m of text.matchAll(re)) found.push({ city, rank, start: m.index, end: m.index + m[0].length });
  });
  for (const m of matchesNotAfter(text, REGIONAL_LIBRARY, letterBefore)) {
    const adjective = REGION_ADJECTIVE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (!adjective) continue;
    const area = gazetteer.areaByAdjective(stem(fold(adjective[1])), LEVEL[m[1] as keyof typeof LEVEL]);
    const start = m.index - adjective[0].length;
    if (area?.type === 'region') found.push({ city: area.region.capital, rank: INSTITUTIONS.length, start, end: m.index + m[0].length });
  }
  if (!found.length) return null;
  const count = new Map<string, number>();
  const first = new Map<string, number>();
  for (const f of found) {
    count.set(f.city, (count.get(f.city) ?? 0) + 1);
    first.set(f.city, Math.min(first.get(f.city) ?? f.start, f.start));
  }
  // The town named most often, then first; its evidence is its most specific naming (table order).
  found.sort(
    (a, b) =>
      (count.get(b.city) ?? 0) - (count.get(a.city) ?? 0) ||
      (first.get(a.city) ?? 0) - (first.get(b.city) ?? 0) ||
      a.rank - b.rank ||
      a.start - b.start,
  );
  const best = found[0];
  const place = gazetteer.placeByName(best.city, 'RU') ?? gazetteer.placeByName(best.city);
  return place ? { place, start: best.start, end: best.end } : null;
}
