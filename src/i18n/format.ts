// Numbers, dates, plurals and file sizes through Intl, in the current interface language.
import { locale, type Lang } from './locale.svelte';

const tags = { ru: 'ru-RU', en: 'en-GB' } as const;
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

const tag = () => tags[locale.lang];

/** 1530 → "1 530" (ru) or "1,530" (en). */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  const key = tag() + JSON.stringify(options ?? {});
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(tag(), options)));
  return f.format(n);
}

export function formatPercent(share: number): string {
  return formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });
}

/** "2021-11-10" → "10 ноября 2021 г."; a range in one month → "30–31 марта 2009 г.". */
export function formatDate(start: string | null, end: string | null = null): string {
  if (!start) return '';
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  // Building an Intl formatter costs far more than using one: one per language, made once.
  let f = dateFormats.get(tag());
  if (!f) dateFormats.set(tag(), (f = new Intl.DateTimeFormat(tag(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  if (!end || end === start) return f.format(d(start));
  return f.formatRange(d(start), d(end));
}

/** Picks the form for `n` by Intl.PluralRules: forms = { one, few, many, other }. */
export function plural(n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>>): string {
  let rules = pluralRules.get(tag());
  if (!rules) pluralRules.set(tag(), (rules = new Intl.PluralRules(tag())));
  const form = forms[rules.select(n)] ?? forms.other ?? forms.many ?? '';
  return `${formatNumber(n)} ${form}`;
}

const KB = 1024;
const MB = 1024 * KB;
const SIZE_UNITS: Record<Lang, [string, string, string]> = { ru: ['байт', 'КБ', 'МБ'], en: ['bytes', 'KB', 'MB'] };

/** "20,0 МБ" / "350 КБ" / "12 байт" (ru), "5.0 MB" (en): file sizes in messages. */
export function formatSize(bytes: number, lang: Lang = locale.lang): string {
  const nf = (n: number, digits: number) => {
    const key = `${tags[lang]}|size|${digits}`;
    let f = numberFormats.get(key);
    if (!f)
      numberFormats.set(key, (f = new Intl.NumberFormat(tags[lang], { maximumFractionDigits: digits, minimumFractionDigits: digits })));
    return f.format(n);
  };
  const [bytesUnit, kbUnit, mbUnit] = SIZE_UNITS[lang];
  if (bytes < KB) return `${bytes} ${bytesUnit}`;
  if (bytes < MB) return `${nf(bytes / KB, 0)} ${kbUnit}`;
  return `${nf(bytes / MB, 1)} ${mbUnit}`;
}
