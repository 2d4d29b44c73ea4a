// How a record's fields read in the interface: one place for the wording the table and the detail share.
import type { Format, Qualifier, Resolution } from '../lib/types';
import { sumQualifier, type Figure } from '../lib/state/aggregate';
import { t } from '../i18n/messages';
import { formatDate, formatNumber, plural } from '../i18n/format';

/** 600 + 'more' → "более 600"; null → "не указано" (never 0). */
export function countText(value: number | null, qualifier?: Qualifier): string {
  if (value === null) return t('unknown');
  const n = formatNumber(value);
  return qualifier ? t(`approx.${qualifier}`, { n }) : n;
}

/** A sum in words: "2 420", or "не менее 2 420" when "более 200" is part of it (see sumQualifier). */
export function sumText(f: Figure): string {
  const n = formatNumber(f.value);
  const q = sumQualifier(f);
  return q ? t(`sum.${q}`, { n }) : n;
}

/** "не указано у 2 событий" */
export function silentText(n: number): string {
  return t('figure.silent', {
    n: plural(n, {
      one: t('figure.silentEvents.one'),
      few: t('figure.silentEvents.few'),
      many: t('figure.silentEvents.many'),
      other: t('figure.silentEvents.other'),
    }),
  });
}

/** A sum over `events` events: "не указано" when none states it, else the sum, with the silent ones named. */
export function figureText(f: Figure, events: number): string {
  if (events > 0 && f.silent >= events) return t('unknown');
  return f.silent > 0 ? `${sumText(f)} (${silentText(f.silent)})` : sumText(f);
}

/** "10 ноября 2021 г.", "30–31 марта 2009 г."; "не указано" without a date. */
export function dateText(r: Resolution): string {
  // A text may state only the year ("Конференция 2009 г."): the year then stands for the date.
  return r.date.start ? formatDate(r.date.start, r.date.end) : r.year !== null ? String(r.year) : t('unknown');
}

export function formatText(format: Format | null): string {
  return format ? t(`format.${format}`) : t('unknown');
}

export function kindText(r: Resolution): string {
  return t(`kind.${r.kind}`);
}

/** "VIII конференция «Менеджмент качества в библиотеках»"; the file name when there is no title. */
export function eventName(r: Resolution): string {
  const kind = r.kind === 'other' ? '' : kindText(r);
  const head = [r.ordinal, kind].filter(Boolean).join(' ');
  const title = r.title ? `«${r.title}»` : r.source.file || t('unknown');
  return head ? `${head} ${title}` : title;
}
