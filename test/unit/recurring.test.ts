// Recurring recommendations on the five parsed seeds and on the pairs labelled by hand
// (fixtures/recurring-pairs.ts): the same demand in other words is grouped across events.
import { describe, expect, it } from 'vitest';
import data from '../../data/resolutions.json';
import { findRecurring, signature, similarity, THRESHOLD } from '../../src/lib/recurring';
import type { Dataset, Resolution } from '../../src/lib/types';
import { SEED_DIFFERENT, SEED_SAME, WRITTEN } from './fixtures/recurring-pairs';

const seeds = (data as unknown as Dataset).resolutions;
const seed = (prefix: string) => seeds.find((r) => r.source.file.startsWith(prefix))!;
const rec = (key: string) => {
  const [prefix, i] = key.split('#');
  return seed(prefix).recommendations[Number(i)];
};
const alike = (a: string, b: string) => similarity(signature(a), signature(b));

describe('recurring recommendations on the seeds', () => {
  const index = findRecurring(seeds);

  it('groups the five recommendations 000 (2021) and 001 (2020) share, three of them with 002 (2016)', () => {
    const label = (r: Resolution, i: number) => `${r.source.file.slice(0, 3)}#${i}`;
    const groups = index.groups.map((g) => ({
      years: g.years,
      members: g.members
        .map((m) =>
          label(
            seeds.find((r) => r.id === m.resolutionId)!,
            m.index,
          ),
        )
        .sort(),
    }));
    expect(groups).toEqual([
      { years: [2016, 2020, 2021], members: ['000#5', '001#2', '002#0'] },
      { years: [2016, 2020, 2021], members: ['000#6', '001#5', '002#5'] },
      { years: [2016, 2020, 2021], members: ['000#7', '001#6', '002#6'] },
      { years: [2020, 2021], members: ['000#3', '001#0'] },
      { years: [2020, 2021], members: ['000#4', '001#3'] },
    ]);
    // The five, by their words.
    const shared = [
      'не реже одного раза в два года',
      'инновационные формы и современные онлайн-технологии',
      'на официальном сайте Центральной городской публичной библиотеки им. В. В. Маяковского',
      'профессиональных и надпрофессиональных навыков',
      'обмен информацией о перспективных технологиях',
    ];
    for (const words of shared) {
      const [a, b] = [seed('000'), seed('001')].map((r) => r.recommendations.find((i) => i.text.includes(words))!);
      expect(index.of(a), words).not.toBeNull();
      expect(index.of(a), words).toBe(index.of(b));
    }
  });

  it('each member keeps its quote; a recommendation said once has no group', () => {
    for (const g of index.groups) {
      for (const m of g.members) {
        const r = seeds.find((x) => x.id === m.resolutionId)!;
        expect(r.recommendations[m.index]).toBe(m.item);
        expect(r.text.slice(m.item.evidence.start, m.item.evidence.end)).toBe(m.item.evidence.quote);
        expect(index.of(m.item)).toBe(g);
      }
    }
    expect(seed('004').recommendations.map((i) => index.of(i))).toEqual(Array(8).fill(null));
    expect(index.of(rec('001#1'))).toBeNull();
  });

  it('lists the groups an event selection touches', () => {
    expect(index.touching([seed('002')]).map((g) => g.years)).toEqual([
      [2016, 2020, 2021],
      [2016, 2020, 2021],
      [2016, 2020, 2021],
    ]);
    expect(index.touching([seed('003'), seed('004')])).toEqual([]);
  });

  it('copies of one wording in many events are one group, found without comparing every pair', () => {
    const copies = Array.from({ length: 300 }, (_, i) => ({ ...seed('001'), id: `r-copy${i}`, year: 2000 + (i % 20) }));
    const big = findRecurring([...seeds, ...copies]);
    // The five, and 001's two others now said in many events.
    expect(big.groups).toHaveLength(7);
    expect(big.groups.find((g) => g.members.some((m) => m.item === rec('000#4')))!.events).toBe(302);
  });
});

describe('the same demand, labelled by hand', () => {
  it('every seed pair labelled the same is at least THRESHOLD alike; the different ones are not', () => {
    for (const [a, b, why] of SEED_SAME) expect(alike(rec(a).text, rec(b).text), `${a} ${b}: ${why}`).toBeGreaterThanOrEqual(THRESHOLD);
    for (const [a, b, why] of SEED_DIFFERENT) expect(alike(rec(a).text, rec(b).text), `${a} ${b}: ${why}`).toBeLessThan(THRESHOLD);
  });

  it('on the written pairs: every same demand found (reordered, inflected, a typo), at most two false matches', () => {
    const missed = WRITTEN.filter((p) => p.same && alike(p.a, p.b) < THRESHOLD);
    const wrong = WRITTEN.filter((p) => !p.same && alike(p.a, p.b) >= THRESHOLD).map((p) => p.b);
    expect(missed).toEqual([]);
    // A bag of words cannot tell volunteers from sponsors when every other word is the same.
    expect(wrong).toEqual([
      'Привлекать спонсоров к проведению библиотечных мероприятий.',
      'Расширять доступ к электронным каталогам муниципальных библиотек.',
    ]);
  });

  it('is symmetric and blind to word order and case', () => {
    const a = 'Разместить материалы конференции на сайте областной библиотеки.';
    const b = 'На сайте областной библиотеки разместить материалы конференции';
    expect(alike(a, b)).toBe(1);
    expect(alike(a.toUpperCase(), b)).toBe(1);
    expect(alike(rec('000#5').text, rec('002#0').text)).toBe(alike(rec('002#0').text, rec('000#5').text));
  });
});
