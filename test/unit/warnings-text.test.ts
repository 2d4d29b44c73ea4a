// Warnings keep a code and their values, and are worded in the page's language when shown: the seed's
// 535/536 mismatch in Russian and in English, and records saved before values were kept.
import { describe, expect, it } from 'vitest';
import { countWarnings, placeUnresolvedWarning, renderWarning } from '../../src/lib/parse/warnings';

const seed001 = { participants: { total: 535, offline: 34, online: 502 }, approx: {} } as unknown as Parameters<typeof countWarnings>[0];

describe('warning text', () => {
  it('keeps the code and the values in the record, the Russian sentence beside them', () => {
    const [w] = countWarnings(seed001);
    expect(w).toEqual({
      code: 'count-mismatch',
      field: 'participants.total',
      params: { offline: 34, online: 502, sum: 536, total: 535 },
      message: 'Очно 34 + онлайн 502 = 536, а всего указано 535',
    });
  });

  it('is worded in the language of the page', () => {
    const [w] = countWarnings(seed001);
    expect(renderWarning(w, 'ru')).toBe('Очно 34 + онлайн 502 = 536, а всего указано 535');
    expect(renderWarning(w, 'en')).toBe('In person 34 + online 502 = 536, but the stated total is 535');
    const big = countWarnings({ participants: { total: 1200, offline: 1300, online: null }, approx: {} } as never);
    expect(renderWarning(big[0], 'en')).toBe('More in-person participants (1,300) than in total (1,200)');
    expect(renderWarning(placeUnresolvedWarning({ name: 'Марьевка' }), 'en')).toBe('Place not found in the gazetteer: “Марьевка”');
  });

  it('reads the values back from a record saved with the Russian sentence only', () => {
    const legacy = { code: 'count-mismatch', field: 'participants.total', message: 'Очно 34 + онлайн 502 = 536, а всего указано 535' };
    expect(renderWarning(legacy, 'en')).toBe('In person 34 + online 502 = 536, but the stated total is 535');
    expect(
      renderWarning({ code: 'year-outlier', field: 'date', message: 'Год события 2031 далёк от других лет в тексте (2019, 2020)' }, 'en'),
    ).toBe('The event year 2031 is far from the other years in the text (2019, 2020)');
    expect(renderWarning({ code: 'no-date', field: 'date', message: 'Дата события не найдена' }, 'en')).toBe('No event date found');
    // An unknown code or a sentence of another shape is shown as written.
    expect(renderWarning({ code: 'parser-error', message: 'Сбой при разборе (dates): x' }, 'en')).toBe('Сбой при разборе (dates): x');
  });
});
