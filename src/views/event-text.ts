// How a record's fields read in the interface: one place for the wording the table and the detail share.
import type { Format, Qualifier, Resolution } from '../lib/types';
import { t, type MessageKey } from '../i18n/messages';
import { formatDate, formatNumber } from '../i18n/format';

/** 600 + 'more' → "более 600"; null → "не указано" (never 0). */
export function countText(value: number | null, qualifier?: Qualifier): string {
  if (value === null) return t('unknown');
  const n = formatNumber(value);
  return qualifier ? t(`approx.${qualifier}`, { n }) : n;
}

/** "10 ноября 2021 г.", "30–31 марта 2009 г."; "не указано" without a date. */
export function dateText(r: Resolution): string {
  return r.date.start ? formatDate(r.date.start, r.date.end) : t('unknown');
}

export function formatText(format: Format | null): string {
  return format ? t(`format.${format}` as MessageKey) : t('unknown');
}

export function kindText(r: Resolution): string {
  return t(`kind.${r.kind}` as MessageKey);
}

/** "VIII конференция «Менеджмент качества в библиотеках»"; the file name when there is no title. */
export function eventName(r: Resolution): string {
  const kind = r.kind === 'other' ? '' : kindText(r);
  const head = [r.ordinal, kind].filter(Boolean).join(' ');
  const title = r.title ? `«${r.title}»` : r.source.file || t('unknown');
  return head ? `${head} ${title}` : title;
}
