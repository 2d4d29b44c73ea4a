// Table tests of numbers.ts: a phrase → the number it states, with its qualifier.
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/lib/parse/numbers';

const first = (s: string) => {
  const [n] = findNumbers(s);
  return n ? [n.value, n.approx, s.slice(n.start, n.end)] : null;
};

describe('findNumbers', () => {
  it.each([
    ['собралось 2 198 слушателей', [2198, null, '2 198']],
    ['более ста специалистов', [100, 'more', 'более ста']],
    ['шесть тысяч просмотров', [6000, null, 'шесть тысяч']],
    ['более 6 тысяч просмотров', [6000, 'more', 'более 6 тысяч']],
    ['почти 3 тысячи человек', [3000, 'about', 'почти 3 тысячи']],
    ['около 12 тыс. просмотров', [12000, 'about', 'около 12 тыс.']],
    ['свыше 1,5 тыс. зрителей', [1500, 'more', 'свыше 1,5 тыс.']],
    ['около полутора тысяч читателей', [1500, 'about', 'около полутора тысяч']],
    ['полторы сотни гостей', [150, null, 'полторы сотни']],
    ['около 50-ти представителей', [50, 'about', 'около 50-ти']],
    ['из 18-ти регионов', [18, null, '18-ти']],
    ['не менее 3-х докладов', [3, 'more', 'не менее 3-х']],
    ['сто двадцать пять участников', [125, null, 'сто двадцать пять']],
  ] as const)('%s', (phrase, want) => {
    expect(first(phrase)).toEqual(want);
  });

  it('reads an ordinal suffix as the bare number and no more ("5-й" is 5 followed by "-й")', () => {
    expect(first('5-й раз')).toEqual([5, null, '5']);
  });

  it('keeps two counts apart: "в трёх секциях работали 48 человек"', () => {
    expect(findNumbers('в трех секциях работали 48 человек').map((n) => n.value)).toEqual([3, 48]);
  });
});
