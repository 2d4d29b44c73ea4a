// Table tests of counts.ts: a sentence → the attendance figure it states, in the field it belongs to.
import { describe, expect, it } from 'vitest';
import { extractCounts } from '../../../src/lib/parse/counts';
import type { CountField } from '../../../src/lib/types';

const stated = (s: string) => {
  const { participants, approx } = extractCounts(s, s);
  return Object.fromEntries(
    Object.entries(participants)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, approx[k as CountField] ? `${approx[k as CountField]} ${v}` : v]),
  );
};

describe('extractCounts', () => {
  it.each([
    ['В работе форума приняли участие 320 человек.', { total: 320 }],
    ['Общее количество участников — 995.', { total: 995 }],
    ['В трех секциях работали 48 человек.', { total: 48 }],
    ['Очно присутствовали 39 специалистов, онлайн подключились 120 слушателей.', { offline: 39, online: 120 }],
    ['Зарегистрировано около 200 реальных участников и свыше 1000 удаленных подключений.', { offline: 'about 200', online: 'more 1000' }],
    ['К трансляции подключились почти 3 тысячи человек.', { online: 'about 3000' }],
    ['Запись посмотрели более 6 тысяч раз, набрав более 6 тысяч просмотров.', { views: 'more 6000' }],
    ['Собралось 140 библиотекарей в очном формате.', { offline: 140 }],
    ['Пришли 60 слушателей очно.', { offline: 60 }],
    ['Участники представляли 48 областей, краев, республик России.', { regions: 48 }],
    ['Приехали гости из 12 областей России.', { regions: 12 }],
    ['Съехались представители 18-ти регионов.', { regions: 18 }],
    ['В мероприятиях приняли участие около 50-ти представителей библиотек.', { total: 'about 50' }],
    ['Прозвучало 42 пленарных доклада.', { reports: 42 }],
    ['Очно присутствовали 86 человек, дистанционно подключились 214.', { offline: 86, online: 214 }],
    ['Участвовали 150 специалистов, еще около 300 человек смотрели онлайн-трансляцию.', { total: 150, online: 'about 300' }],
    ['Ожидалось около 1000 участников, фактически зарегистрировались 870 человек.', { total: 870 }],
    ['К трансляции подключились около 500 зрителей.', { online: 'about 500' }],
    ['Количество участников: 120.', { total: 120 }],
    ['Более 400 участников, из них 150 — в очном формате.', { total: 'more 400', offline: 150 }],
    ['В мероприятии приняли участие 35 человек, из них 12 дистанционно.', { total: 35, online: 12 }],
  ] as const)('%s', (sentence, want) => {
    expect(stated(sentence)).toEqual(want);
  });

  it.each([
    'Ожидается участие около 400 человек.',
    'Планируется, что в форуме примут участие 300 библиотекарей.',
    'В конференции будут участвовать 250 специалистов.',
  ])('a count announced, not reported, is no total: %s', (sentence) => {
    expect(stated(sentence)).toEqual({});
  });

  it('takes a planned count in a mode for no count either', () => {
    expect(stated('Ожидается около 400 человек в очном формате, столько же примут участие онлайн.')).toEqual({});
  });
});
