// What a careful reader would flag in a record: every warning rule and its wording, in one place.
// The parser checks a whole record (`checkRecord`); the editor re-checks the rules of the fields
// corrected by hand (`countWarnings`, `noDateWarning`, …) so a fixed count loses its warning.
// A warning keeps its code and the values it names (`params`); the page words it in its own language
// at display time (`renderWarning`). `message` is the Russian wording, for exported files.
// No parser module is imported here: the editor is in the page's first bundle, the parser is not.

import type { Place, Resolution, Warning } from '../types';

/** Every warning code the rules below give (`Warning.code`). */
export const WARNING_CODES = [
  'count-mismatch',
  'date-backwards',
  'year-outlier',
  'no-date',
  'place-unresolved',
  'no-decisions',
  'no-resolution',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

type Params = Record<string, string | number>;
type Lang = 'ru' | 'en';

/** The wording of each warning, by code (and `count-mismatch` by its field), with {placeholders}. */
const TEXT: Record<string, Record<Lang, string>> = {
  'count-mismatch': {
    ru: 'Очно {offline} + онлайн {online} = {sum}, а всего указано {total}',
    en: 'In person {offline} + online {online} = {sum}, but the stated total is {total}',
  },
  'count-mismatch:offline': {
    ru: 'Очных участников ({offline}) больше, чем всего ({total})',
    en: 'More in-person participants ({offline}) than in total ({total})',
  },
  'date-backwards': {
    ru: 'Дата окончания {end} раньше даты начала {start}',
    en: 'The end date {end} is before the start date {start}',
  },
  'year-outlier': {
    ru: 'Год события {year} далёк от других лет в тексте ({far})',
    en: 'The event year {year} is far from the other years in the text ({far})',
  },
  'no-date': { ru: 'Дата события не найдена', en: 'No event date found' },
  'place-unresolved': { ru: 'Не удалось определить место: «{name}»', en: 'Place not found in the gazetteer: “{name}”' },
  'no-decisions': {
    ru: 'Не найдено ни одного раздела с решениями или рекомендациями',
    en: 'No section with decisions or recommendations found',
  },
  'no-resolution': {
    ru: 'В тексте не распознано ни резолюции, ни сообщения о мероприятии',
    en: 'Neither a resolution nor a report of an event was recognised in the text',
  },
};

const textKey = (code: string, field?: string) =>
  code === 'count-mismatch' && field === 'participants.offline' ? `${code}:offline` : code;
const numberFormats: Record<Lang, Intl.NumberFormat> = { ru: new Intl.NumberFormat('ru-RU'), en: new Intl.NumberFormat('en-GB') };

function fill(template: string, params: Params, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    return typeof v === 'number' ? numberFormats[lang].format(v) : String(v ?? '');
  });
}

function make(code: WarningCode, field: string | undefined, params: Params = {}): Warning {
  const w: Warning = { code, message: fill(TEXT[textKey(code, field)].ru, params, 'ru'), params };
  if (field) w.field = field;
  return w;
}

// Records saved before warnings kept their values carry only the Russian sentence: read the values back.
const digits = (s: string) => Number(s.replace(/\D/g, ''));
const LEGACY: [string, RegExp, (m: RegExpExecArray) => Params][] = [
  [
    'count-mismatch',
    /^Очно ([\d\s]+) \+ онлайн ([\d\s]+) = ([\d\s]+), а всего указано ([\d\s]+)$/,
    (m) => ({ offline: digits(m[1]), online: digits(m[2]), sum: digits(m[3]), total: digits(m[4]) }),
  ],
  [
    'count-mismatch:offline',
    /^Очных участников \(([\d\s]+)\) больше, чем всего \(([\d\s]+)\)$/,
    (m) => ({ offline: digits(m[1]), total: digits(m[2]) }),
  ],
  ['date-backwards', /^Дата окончания (\S+) раньше даты начала (\S+)$/, (m) => ({ end: m[1], start: m[2] })],
  ['year-outlier', /^Год события (\d+) далёк от других лет в тексте \((.*)\)$/, (m) => ({ year: m[1], far: m[2] })],
  ['place-unresolved', /^Не удалось определить место: «(.*)»$/s, (m) => ({ name: m[1] })],
];

/** The warning in `lang`, from its code and values; a warning of unknown code or shape keeps its message. */
export function renderWarning(w: Pick<Warning, 'code' | 'message' | 'field' | 'params'>, lang: Lang): string {
  const key = textKey(w.code, w.field);
  const text = TEXT[key];
  if (!text) return w.message;
  let params = w.params;
  if (!params) {
    const legacy = LEGACY.find(([k]) => k === key);
    const m = legacy ? legacy[1].exec(w.message) : null;
    // A sentence of another shape (a hand-made record): shown as written.
    if (legacy && !m) return w.message;
    params = m && legacy ? legacy[2](m) : {};
  }
  return fill(text[lang], params, lang);
}

/** Offline + online ≠ total (unless the total is approximate), and more offline than in all. */
export function countWarnings(r: Pick<Resolution, 'participants' | 'approx'>): Warning[] {
  const out: Warning[] = [];
  const { total, offline, online } = r.participants;
  if (total !== null && offline !== null && online !== null && offline + online !== total && !r.approx.total) {
    out.push(make('count-mismatch', 'participants.total', { offline, online, sum: offline + online, total }));
  }
  if (total !== null && (offline ?? 0) > total) {
    out.push(make('count-mismatch', 'participants.offline', { offline: offline!, total }));
  }
  return out;
}

/** The event ends before it starts. */
export function dateBackwardsWarning(r: Pick<Resolution, 'date'>): Warning | null {
  const { start, end } = r.date;
  return start && end && end < start ? make('date-backwards', 'date', { end, start }) : null;
}

/** The event's year is more than five years from every other year the text mentions. */
export function yearOutlierWarning(year: number | null, yearsInText: readonly number[]): Warning | null {
  if (year === null) return null;
  const others = yearsInText.filter((y) => y !== year);
  const far = others.filter((y) => Math.abs(y - year) > 5);
  if (others.length === 0 || far.length !== others.length) return null;
  // Years are written bare ("2001"), never grouped as numbers.
  return make('year-outlier', 'date', { year: String(year), far: [...new Set(far)].join(', ') });
}

export const noDateWarning = (): Warning => make('no-date', 'date');

/** A place named in the text that the gazetteer could not place. */
export const placeUnresolvedWarning = (p: Pick<Place, 'name'>): Warning => make('place-unresolved', 'places', { name: p.name });

export const noDecisionsWarning = (): Warning => make('no-decisions', 'recommendations');

export const noResolutionWarning = (): Warning => make('no-resolution', undefined);

/** Every four-digit year 1900–2099 a text names. */
const yearsMentioned = (text: string): number[] => [...text.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)].map((m) => +m[1]);

/** Every rule over a parsed record; `masked` is its text with conversion debris blanked (text.ts `mask`). */
export function checkRecord(r: Resolution, masked: string, hasDecisionMarkers: boolean): Warning[] {
  const out: Warning[] = [...countWarnings(r)];
  const backwards = dateBackwardsWarning(r);
  if (backwards) out.push(backwards);
  const outlier = r.year === null ? null : yearOutlierWarning(r.year, yearsMentioned(masked));
  if (outlier) out.push(outlier);
  if (r.date.start === null) out.push(noDateWarning());
  for (const p of r.places) if (p.lat === null) out.push(placeUnresolvedWarning(p));
  if (r.docType === 'resolution' && !hasDecisionMarkers) out.push(noDecisionsWarning());
  if (r.docType === 'other') out.push(noResolutionWarning());
  return out;
}
