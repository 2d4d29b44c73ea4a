// What a careful reader would flag in a record: every warning rule and its Russian message, in one
// place. The parser checks a whole record (`checkRecord`); the editor re-checks the rules of the
// fields corrected by hand (`countWarnings`, `noDateWarning`, …) so a fixed count loses its warning.
// No parser module is imported here: the editor is in the page's first bundle, the parser is not.

import type { Place, Resolution, Warning } from '../types';

/** Every warning code the rules below give (`Warning.code`). */
export const WARNING_CODES = [
  'count-mismatch', 'date-backwards', 'year-outlier', 'no-date', 'place-unresolved', 'no-decisions', 'no-resolution',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

const ru = new Intl.NumberFormat('ru-RU');

/** Offline + online ≠ total (unless the total is approximate), and more offline than in all. */
export function countWarnings(r: Pick<Resolution, 'participants' | 'approx'>): Warning[] {
  const out: Warning[] = [];
  const { total, offline, online } = r.participants;
  if (total !== null && offline !== null && online !== null && offline + online !== total && !r.approx.total) {
    out.push({
      code: 'count-mismatch',
      field: 'participants.total',
      message: `Очно ${ru.format(offline)} + онлайн ${ru.format(online)} = ${ru.format(offline + online)}, а всего указано ${ru.format(total)}`,
    });
  }
  if (total !== null && (offline ?? 0) > total) {
    out.push({ code: 'count-mismatch', field: 'participants.offline', message: `Очных участников (${ru.format(offline!)}) больше, чем всего (${ru.format(total)})` });
  }
  return out;
}

/** The event ends before it starts. */
export function dateBackwardsWarning(r: Pick<Resolution, 'date'>): Warning | null {
  const { start, end } = r.date;
  return start && end && end < start
    ? { code: 'date-backwards', field: 'date', message: `Дата окончания ${end} раньше даты начала ${start}` }
    : null;
}

/** The event's year is more than five years from every other year the text mentions. */
export function yearOutlierWarning(year: number | null, yearsInText: readonly number[]): Warning | null {
  if (year === null) return null;
  const others = yearsInText.filter((y) => y !== year);
  const far = others.filter((y) => Math.abs(y - year) > 5);
  if (others.length === 0 || far.length !== others.length) return null;
  return { code: 'year-outlier', field: 'date', message: `Год события ${year} далёк от других лет в тексте (${[...new Set(far)].join(', ')})` };
}

export const noDateWarning = (): Warning => ({ code: 'no-date', field: 'date', message: 'Дата события не найдена' });

/** A place named in the text that the gazetteer could not place. */
export const placeUnresolvedWarning = (p: Pick<Place, 'name'>): Warning => ({
  code: 'place-unresolved', field: 'places', message: `Не удалось определить место: «${p.name}»`,
});

export const noDecisionsWarning = (): Warning => ({
  code: 'no-decisions', field: 'recommendations', message: 'Не найдено ни одного раздела с решениями или рекомендациями',
});

export const noResolutionWarning = (): Warning => ({
  code: 'no-resolution', message: 'В тексте не распознано ни резолюции, ни сообщения о мероприятии',
});

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
