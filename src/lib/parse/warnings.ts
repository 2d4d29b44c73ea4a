// What a careful reader would flag in a parsed record.

import type { Resolution, Warning } from '../types';
import { yearsMentioned } from './dates';

const ru = new Intl.NumberFormat('ru-RU');

export function checkRecord(r: Resolution, masked: string, hasDecisionMarkers: boolean): Warning[] {
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
  if (r.date.start && r.date.end && r.date.end < r.date.start) {
    out.push({ code: 'date-backwards', field: 'date', message: `Дата окончания ${r.date.end} раньше даты начала ${r.date.start}` });
  }
  if (r.year !== null) {
    const others = yearsMentioned(masked).filter((y) => y !== r.year);
    const far = others.filter((y) => Math.abs(y - r.year!) > 5);
    if (others.length > 0 && far.length === others.length) {
      out.push({ code: 'year-outlier', field: 'date', message: `Год события ${r.year} далёк от других лет в тексте (${[...new Set(far)].join(', ')})` });
    }
  }
  if (r.date.start === null) out.push({ code: 'no-date', field: 'date', message: 'Дата события не найдена' });
  for (const p of r.places) {
    if (p.lat === null) out.push({ code: 'place-unresolved', field: 'places', message: `Не удалось определить место: «${p.name}»` });
  }
  if (r.docType === 'resolution' && !hasDecisionMarkers) {
    out.push({ code: 'no-decisions', field: 'recommendations', message: 'Не найдено ни одного раздела с решениями или рекомендациями' });
  }
  if (r.docType === 'other') {
    out.push({ code: 'no-resolution', message: 'В тексте не распознано ни резолюции, ни сообщения о мероприятии' });
  }
  return out;
}
