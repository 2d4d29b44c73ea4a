// Table tests of the host city (places.ts, places-host.ts): a text → the town it says the event took place in.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../../src/lib/geo/gazetteer';
import { extractPlaces } from '../../../src/lib/parse/places';

const host = (s: string) => {
  const h = extractPlaces(s, defaultGazetteer).hostCity;
  return h && [h.name, h.inferred, h.evidence.quote];
};

describe('host city', () => {
  beforeAll(() => {
    host('г. Омск'); // the gazetteer's index is built once, here
  }, 60_000);

  it.each([
    ['РЕЗОЛЮЦИЯ\nсеминара «Чтение»\n5 апреля 2018 г., г. Омск\n\nУчастники отметили рост.', ['Омск', false, 'Омск']],
    ['Новости\n\n12 мая 2022 года в Твери прошел областной форум библиотекарей.', ['Тверь', false, 'Твери']],
    ['3 декабря 2021 года в Российской академии образования (Москва) состоялся Шестой форум.', ['Москва', false, 'Москва']],
    [
      'Итоги межрегиональной конференции «Книга и край» в Биробиджане\n\nКонференция собрала гостей из Хабаровска.',
      ['Биробиджан', false, 'Биробиджане'],
    ],
    [
      'Гостей встречала районная библиотека. Конференция с 10 по 14 октября работала в краевой библиотеке (г. Барнаул). В Сростках прошло выездное заседание конференции.',
      ['Барнаул', false, 'Барнаул'],
    ],
    [
      '8 - 10\nдекабря 2009 года в Санкт-Петербурге состоялся форум публичных\nбиблиотек. В его работе приняли\nучастие гости из Белоруссии.',
      ['Санкт-Петербург', false, 'Санкт-Петербурге'],
    ],
  ] as const)('%s', (text, want) => {
    expect(host(text)).toEqual(want);
  });

  it('does not take earlier editions or a field trip for the host', () => {
    expect(host('Конгресс открылся в театре. Ранее конгресс проходил в Москве и Новосибирске.')).toBeNull();
    expect(host('Участники конференции посетили музей. В Сростках прошло выездное заседание.')).toBeNull();
  });

  it('infers a host from a well-known library only when no town is stated, and says so', () => {
    expect(host('Семинар прошел в Российской национальной библиотеке. Выступили коллеги.')).toEqual([
      'Санкт-Петербург',
      true,
      'Российской национальной библиотек',
    ]);
    expect(host('В Ярославле прошел семинар. Выступили сотрудники Российской национальной библиотеки.')?.slice(0, 2)).toEqual([
      'Ярославль',
      false,
    ]);
  });
});
