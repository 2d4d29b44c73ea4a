// The genre, not five files: variants written for these tests.
import { describe, expect, it } from 'vitest';
import { parseSeed, parseText, seedText } from '../helpers/seeds';

describe('variants of the genre', () => {
  it('reads CRLF line ends, en/em dashes and "•" bullets like the original', () => {
    const crlf = seedText('000').replace(/\n/g, '\r\n').replace(/^- /gm, '— ');
    const r = parseText(crlf);
    const original = parseSeed('000');
    expect(r.participants).toEqual(original.participants);
    expect(r.recommendations.map((i) => i.text)).toEqual(original.recommendations.map((i) => i.text));
    const bullets = parseText(seedText('001').replace(/^- /gm, '• '));
    expect(bullets.recommendations).toHaveLength(7);
  });

  it('reads a text without bold markup', () => {
    const r = parseText(seedText('000').replace(/\*\*/g, ''));
    expect([r.participants.total, r.participants.online, r.participants.cities]).toEqual([995, 956, 108]);
  });

  it('reads numbered lists with ")" and counts written in words, keeping the qualifier', () => {
    const r = parseText(`Резолюция областного семинара «Библиотека и краеведение»
5 апреля 2018 г., г. Омск

В работе семинара приняли участие более ста специалистов из двадцати пяти городов и около 140 слушателей онлайн. Прозвучало шесть докладов.

Участники семинара рекомендуют:
1) продолжить издание краеведческого сборника;
2) провести обучающий вебинар для сельских библиотекарей;
3) развивать сотрудничество с органами местного самоуправления.
`);
    expect(r.kind).toBe('seminar');
    expect(r.date).toEqual({ start: '2018-04-05', end: '2018-04-05' });
    expect(r.hostCity?.name).toBe('Омск');
    expect(r.participants).toMatchObject({ total: 100, online: 140, cities: 25, reports: 6 });
    expect(r.approx).toEqual({ total: 'more', online: 'about' });
    expect(r.recommendations.map((i) => i.text)).toEqual([
      'продолжить издание краеведческого сборника',
      'провести обучающий вебинар для сельских библиотекарей',
      'развивать сотрудничество с органами местного самоуправления.',
    ]);
  });

  it('reads "постановляет:" followed by plain paragraphs and inline numbering', () => {
    const paragraphs = parseText(`Решение коллегии
Коллегия постановляет:

Утвердить план мероприятий на 2024 год.

Поручить отделу статистики подготовить сводный отчёт.
`);
    expect(paragraphs.kind).toBe('council');
    expect(paragraphs.recommendations.map((i) => i.text)).toEqual([
      'Утвердить план мероприятий на 2024 год.',
      'Поручить отделу статистики подготовить сводный отчёт.',
    ]);
    const inline = parseText('Участники круглого стола рекомендуют: 1) создать рабочую группу; 2) издать сборник материалов.');
    expect(inline.kind).toBe('roundtable');
    expect(inline.recommendations.map((i) => i.text)).toEqual(['создать рабочую группу', 'издать сборник материалов.']);
  });

  it('reads "шесть тысяч" and a three-month-spanning range', () => {
    const r = parseText('Форум прошёл 30 марта – 1 апреля 2022 г. Трансляцию посмотрели шесть тысяч человек, всего участников — 6 500.');
    expect(r.date).toEqual({ start: '2022-03-30', end: '2022-04-01' });
    expect(r.participants.total).toBe(6500);
  });

  it('tells a news report about a conference', () => {
    const r = parseText(
      `15 марта 2023 года в Омской государственной областной научной библиотеке прошла межрегиональная конференция «Чтение в цифровую эпоху». В ней приняли участие 120 библиотекарей из 14 регионов. Участники обсудили новые форматы работы с читателями.`,
    );
    expect(r.docType).toBe('report');
    expect(r.kind).toBe('conference');
    expect(r.title).toBe('Чтение в цифровую эпоху');
    expect(r.participants).toMatchObject({ total: 120, regions: 14 });
    expect(r.recommendations).toEqual([]);
  });

  it('tells an announcement of an event still to come', () => {
    const r = parseText(
      `Приглашаем принять участие в IX Всероссийской научно-практической конференции «Менеджмент качества в библиотеках», которая состоится 20–21 апреля 2027 г. в Санкт-Петербурге. Заявки принимаются до 1 марта.`,
    );
    expect(r.docType).toBe('announcement');
    expect(r.ordinal).toBe('IX');
    expect(r.date).toEqual({ start: '2027-04-20', end: '2027-04-21' });
  });

  it('returns nulls for a text that is no resolution at all', () => {
    const r = parseText('Рецепт пирога: мука, сахар, три яйца. Выпекать сорок минут.');
    expect(r.docType).toBe('other');
    expect(r.date).toEqual({ start: null, end: null });
    expect(Object.values(r.participants).every((v) => v === null)).toBe(true);
    expect(r.recommendations).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('no-resolution');
  });

  it('flags a date range that runs backwards and a year far from the others', () => {
    const back = parseText('Резолюция конференции\n31-30 марта 2009 г.\nУчастники рекомендуют:\n- продолжить работу.');
    expect(back.warnings.map((w) => w.code)).toContain('date-backwards');
    const far = parseText(
      'Резолюция конференции\n10 ноября 2091 года\nПо итогам 2020 и 2021 годов участники рекомендуют:\n- продолжить работу.',
    );
    expect(far.warnings.find((w) => w.code === 'year-outlier')?.message).toBe('Год события 2091 далёк от других лет в тексте (2020, 2021)');
  });

  it('keeps an unknown place with null coordinates and reports it', () => {
    const r = parseText('Резолюция семинара\n5 мая 2019 г., г. Несуществующинск\nУчастники рекомендуют:\n- продолжить работу.');
    const lost = r.places.find((p) => p.name.startsWith('Несуществующинск'));
    expect(lost).toMatchObject({ lat: null, lon: null });
    expect(r.warnings.map((w) => w.code)).toContain('place-unresolved');
  });
});
