// Table tests of dates.ts: a text → the event's first and last day (or null), never a page's or a letter's date.
import { describe, expect, it } from 'vitest';
import { findEventDate, findEventYear } from '../../../src/lib/parse/dates';

const date = (s: string, headerFirst = false) => {
  const d = findEventDate(s, s, { headerFirst });
  return d && [d.start, d.end];
};

describe('findEventDate', () => {
  it.each([
    ['Конференция состоялась 23–24 октября 2024 г. в областной библиотеке.', ['2024-10-23', '2024-10-24']],
    ['Семинар прошел 4 и 5 декабря 2021 года.', ['2021-12-04', '2021-12-05']],
    ['Форум проходил с 30 сентября по 2 октября 2019 г.', ['2019-09-30', '2019-10-02']],
    ['Чтения прошли 30 ноября — 1 декабря 2016 года в Кемерове.', ['2016-11-30', '2016-12-01']],
    ['Совещание состоялось 15.12.2021 в малом зале.', ['2021-12-15', '2021-12-15']],
    ['С 19 по 23 октября 2009 г. в Саратове проходил форум.', ['2009-10-19', '2009-10-23']],
  ] as const)('%s', (s, want) => {
    expect(date(s)).toEqual(want);
  });

  it('takes the header date line of a final document', () => {
    const s = 'РЕЗОЛЮЦИЯ\nобластного семинара «Краеведение»\n5 апреля 2018 г., г. Омск\n\nСеминар собрал специалистов.';
    expect(date(s, true)).toEqual(['2018-04-05', '2018-04-05']);
  });

  it('carries the year of a dated phrase before to a date that states none', () => {
    expect(date('Заявки принимались до 1 марта 2019 г. Конференция прошла 12 марта в Твери.')).toEqual(['2019-03-12', '2019-03-12']);
  });

  it.each([
    ['опубликовано 14.12.2021\nИтоги конференции: участники обсудили планы.'],
    ['Пятница, 18 декабря 2009 года\nНовости библиотеки'],
    ['Письмо от 20 мая 2020 г. № 15-01 о проведении конференции.'],
    ['Приказ № 12 от 3 марта 2015 г. утвердил порядок.'],
  ])('a page, letter or order date is not the event date: %s', (s) => {
    expect(date(s)).toBeNull();
  });

  it('finds the event date in a text dense with dates, its verb in capitals', () => {
    const schedule = Array.from({ length: 30 }, (_, i) => `${i + 1}.03.2021 — занятие.`).join(' ');
    const s = `${schedule}\nСЕМИНАР СОСТОЯЛСЯ 14 АПРЕЛЯ 2021 ГОДА. Отчёт сдан 20.05.2021.`;
    expect(date(s)).toEqual(['2021-04-14', '2021-04-14']);
  });

  it('takes no date from a text dense with dates none of which the text says happened', () => {
    expect(date(Array.from({ length: 40 }, (_, i) => `${(i % 28) + 1}.02.2022`).join(' '))).toBeNull();
  });

  it('prefers the date the text attaches to the event over a dateline above it', () => {
    const s = '11.10.2025 | Пресс-релиз 07:33\nКонференция прошла 16–17 октября 2025 года в Минске.';
    expect(date(s)).toEqual(['2025-10-16', '2025-10-17']);
  });
});

describe('findEventYear', () => {
  const year = (s: string) => findEventYear(s, s);
  it.each([
    ['Конференция 2009 г.\n\nИз резолюции конференции «Наследие»', 2009],
    ['Областной семинар — 2015\nИтоги работы', 2015],
    ['Круглый стол 2012 года', 2012],
  ] as const)('%s', (s, want) => {
    expect(year(s)).toMatchObject({ year: want, evidence: { quote: String(want) } });
  });

  it.each(['План работы на 2009 год', 'Конференция прошла в 2009 году, а в 2010 году её повторили.'])(
    'no year from a line that does not head an event: %s',
    (s) => {
      expect(year(s)).toBeNull();
    },
  );
});
