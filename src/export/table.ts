// The selection as a table of events, the one source of the CSV and of the .xlsx: column headers in
// Russian or English, values worded in that language (kinds, formats, theme names, place names,
// warnings). Counts stay numbers (an unknown count is null, never 0); one column says which counts the
// text states approximately ("участников всего: более 200"), one gives the warnings (the 535/536 flag).
import themes from '../../data/themes.json';
import { ru } from '../i18n/ru';
import { en } from '../i18n/en';
import type { MessageKey } from '../i18n/messages';
import { placeName } from '../i18n/places';
import { renderWarning } from '../lib/parse/warnings';
import { COUNT_FIELDS, type CountField, type Qualifier, type Resolution } from '../lib/types';

export type Lang = 'ru' | 'en';
export type Cell = string | number | null;

const DICTS: Record<Lang, Record<MessageKey, string>> = { ru, en };
const THEME_NAMES: Record<Lang, Map<string, string>> = {
  ru: new Map(themes.map((t) => [t.id, t.ru])),
  en: new Map(themes.map((t) => [t.id, t.en])),
};

export const label = (key: MessageKey, lang: Lang): string => DICTS[lang][key];
/** A theme's name in `lang` (its id when the vocabulary has no such theme). */
export const themeName = (id: string, lang: Lang): string => THEME_NAMES[lang].get(id) ?? id;

const fill = (template: string, n: number | string) => template.replace('{n}', String(n));
/** "более 200" / "more than 200": how the text qualifies a count. */
export const approxText = (q: Qualifier, n: number, lang: Lang): string => fill(label(`approx.${q}`, lang), n);

export interface Column {
  ru: string;
  en: string;
  /** 'number' cells are numbers in a spreadsheet, 'date' cells ISO dates ("2021-11-10"). */
  type: 'text' | 'number' | 'date';
  /** The count this column holds, for its approximate marker. */
  count?: CountField;
  value: (r: Resolution, lang: Lang) => Cell;
}

const COUNT_HEADERS: Record<CountField, [string, string]> = {
  total: ['участников всего', 'participants total'],
  offline: ['очно', 'on site'],
  online: ['онлайн', 'online'],
  views: ['просмотров', 'views'],
  reports: ['докладов', 'reports'],
  cities: ['городов', 'cities'],
  rural: ['сёл и посёлков', 'villages'],
  regions: ['регионов', 'regions'],
  countries: ['стран', 'countries'],
  organizations: ['организаций', 'organizations'],
};

const countColumn = (field: CountField): Column => ({
  ru: COUNT_HEADERS[field][0],
  en: COUNT_HEADERS[field][1],
  type: 'number',
  count: field,
  value: (r) => r.participants[field],
});

/** The events' columns in order. The Russian headers are a contract for people's spreadsheets. */
export const EVENT_COLUMNS: readonly Column[] = [
  { ru: 'id', en: 'id', type: 'text', value: (r) => r.id },
  { ru: 'файл', en: 'file', type: 'text', value: (r) => r.source.file },
  { ru: 'дата начала', en: 'start date', type: 'date', value: (r) => r.date.start },
  { ru: 'дата окончания', en: 'end date', type: 'date', value: (r) => r.date.end },
  { ru: 'год', en: 'year', type: 'number', value: (r) => r.year },
  { ru: 'название', en: 'title', type: 'text', value: (r) => r.title },
  { ru: 'вид', en: 'kind', type: 'text', value: (r, lang) => label(`kind.${r.kind}`, lang) },
  { ru: 'тип документа', en: 'document type', type: 'text', value: (r, lang) => label(`type.${r.docType}`, lang) },
  { ru: 'город проведения', en: 'host city', type: 'text', value: (r, lang) => (r.hostCity ? placeName(r.hostCity, lang) : null) },
  { ru: 'формат', en: 'format', type: 'text', value: (r, lang) => (r.format ? label(`format.${r.format}`, lang) : null) },
  ...COUNT_FIELDS.map(countColumn),
  { ru: 'рекомендаций', en: 'recommendations', type: 'number', value: (r) => r.recommendations.length },
  {
    ru: 'темы',
    en: 'themes',
    type: 'text',
    value: (r, lang) => [...new Set(r.recommendations.flatMap((i) => i.themes))].map((id) => themeName(id, lang)).join(', '),
  },
  { ru: 'цитата: всего', en: 'quote: total', type: 'text', value: (r) => r.evidence['participants.total']?.quote ?? null },
  {
    ru: 'приблизительные числа',
    en: 'approximate counts',
    type: 'text',
    value: (r, lang) =>
      COUNT_FIELDS.filter((f) => r.approx[f] && r.participants[f] !== null)
        .map((f) => `${COUNT_HEADERS[f][lang === 'ru' ? 0 : 1]}: ${approxText(r.approx[f]!, r.participants[f]!, lang)}`)
        .join('; '),
  },
  { ru: 'предупреждения', en: 'warnings', type: 'text', value: (r, lang) => r.warnings.map((w) => renderWarning(w, lang)).join('; ') },
];

export const header = (c: Pick<Column, 'ru' | 'en'>, lang: Lang): string => (lang === 'ru' ? c.ru : c.en);
