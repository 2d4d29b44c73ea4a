// Table tests of format.ts: a sentence → the event's format it states (or null).
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/lib/parse/format';
import { COUNT_FIELDS, type Participants } from '../../../src/lib/types';

const none = Object.fromEntries(COUNT_FIELDS.map((f) => [f, null])) as Participants;
const format = (s: string) => detectFormat(s, s, none, {});

describe('detectFormat', () => {
  it.each([
    ['Конференция прошла в смешанном (гибридном) формате.', 'hybrid', 'в смешанном (гибридном) формате'],
    ['Форум прошел в смешанном очно-дистанционном формате с трансляцией на сайте.', 'hybrid', 'в смешанном очно-дистанционном формате'],
    ['Семинар состоялся в очно-онлайн формате.', 'hybrid', 'в очно-онлайн формате'],
    ['Совещание прошло в режиме онлайн.', 'online', 'в режиме онлайн'],
    ['Вебинар проводился в онлайн-формате на платформе.', 'online', 'в онлайн-формате'],
    ['Чтения прошли в онлайт формате 4 и 5 декабря.', 'online', 'в онлайт формате'],
    ['Круглый стол состоялся в очном формате.', 'offline', 'в очном формате'],
    ['Конференция прошла дистанционно.', 'online', 'дистанционно'],
    ['Форум прошел с онлайн-трансляцией всех заседаний.', 'hybrid', 'с онлайн-трансляцией'],
    ['Конференция работала в формате онлайн- и офлайн-сессий.', 'hybrid', 'в формате онлайн- и офлайн'],
  ] as const)('%s', (sentence, want, quote) => {
    const r = format(sentence);
    expect(r.format).toBe(want);
    expect(r.evidence?.quote.startsWith(quote)).toBe(true);
  });

  it.each([
    'Приглашаем на семинар в очном формате.',
    'В формате круглого стола обсудили новые книги.',
    'Запись доступна онлайн на сайте библиотеки.',
    'Конференция прошла в заочном формате.',
  ])('no format where the event is not said to take place so: %s', (sentence) => {
    expect(format(sentence).format).toBeNull();
  });

  it('reads people taking part in both modes in one sentence as hybrid', () => {
    const s = 'Ожидается участие около 400 человек в очном формате, примерно столько же примут участие онлайн.';
    expect(format(s)).toMatchObject({ format: 'hybrid', evidence: { quote: s.slice(0, -1) } });
  });

  it('reads offline and online counts together as hybrid, quoting both', () => {
    const s = 'Очно 40 человек, онлайн 300 человек.';
    const r = detectFormat(
      s,
      s,
      { ...none, offline: 40, online: 300 },
      {
        offline: { quote: 'Очно 40', start: 0, end: 7 },
        online: { quote: 'онлайн 300', start: 17, end: 27 },
      },
    );
    expect(r).toEqual({ format: 'hybrid', evidence: { quote: 'Очно 40 человек, онлайн 300', start: 0, end: 27 } });
  });
});
