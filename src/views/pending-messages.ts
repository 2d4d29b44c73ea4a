// Labels of the views that src/i18n/messages.ts does not have yet (Russian only).
// Once these keys are added there, replace `pt('…')` with `t('…')` and delete this file.

const pending = {
  'events.cityInferred': '(определён по учреждению)',
  'events.more': 'Показать ещё',
  'events.shown': 'Показано {n} из {total}',
  'events.sortBy': 'Сортировать по столбцу «{column}»',
  'approx.more': 'более {n}',
  'approx.about': 'около {n}',
  'approx.less': 'до {n}',
  'count.total': 'Всего участников',
  'count.offline': 'Очно',
  'count.online': 'Онлайн',
  'count.views': 'Просмотров трансляции',
  'count.reports': 'Докладов',
  'count.cities': 'Городов',
  'count.rural': 'Сёл и посёлков',
  'count.regions': 'Регионов',
  'count.countries': 'Стран',
  'count.organizations': 'Организаций',
  'detail.kind': 'Вид события',
  'detail.ordinal': 'Номер',
  'detail.organizer': 'Организатор',
  'detail.hostCity': 'Город проведения',
  'detail.participants': 'Участники',
  'detail.showInText': 'Показать в тексте',
  'detail.notInText': 'цитата не найдена в тексте',
  'place.host': 'Место проведения',
  'place.origin': 'Откуда участники',
  'place.speaker': 'Откуда докладчики',
  'place.mentioned': 'Упомянуты',
  'recs.one': 'рекомендация',
  'recs.few': 'рекомендации',
  'recs.many': 'рекомендаций',
  'recs.countOf': 'Показано {n} из {total}',
  'recs.empty': 'Нет рекомендаций для выбранных фильтров',
  'recs.themes': 'Темы',
} as const;

export type PendingKey = keyof typeof pending;

/** Like `t()`, for the keys above. */
export function pt(key: PendingKey, params: Record<string, string | number> = {}): string {
  return pending[key].replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}
