// Table tests of sections.ts: a decisions block → its top-level items.
import { describe, expect, it } from 'vitest';
import { extractSections, findMarkers } from '../../../src/lib/parse/sections';

const items = (s: string) => extractSections(s, s).map((i) => [i.section, i.text]);

describe('findMarkers', () => {
  it.each([
    ['Участники конференции рекомендуют:', 'recommendations', true],
    ['Участники совещания считают целесообразным:', 'recommendations', true],
    ['Предлагаем:', 'recommendations', true],
    ['Участники семинара решили:', 'recommendations', true],
    ['Конференция приняла следующие решения:', 'recommendations', false],
    ['Участники констатировали следующее:', 'recommendations', true],
    ['Рекомендации:', 'recommendations', false],
    ['Участники рассмотрели:', 'considered', false],
    ['Участники пришли к выводам:', 'conclusions', false],
  ] as const)('%s', (s, kind, decides) => {
    expect(findMarkers(s).map((m) => [m.kind, m.decides])).toEqual([[kind, decides]]);
  });

  it('finds no marker in a list of sections or an agenda', () => {
    expect(findMarkers('Работа шла по трем секциям: 1. Чтение. 2. Фонды. 3. Кадры.')).toEqual([]);
    expect(findMarkers('Повестка дня: 1. Отчет директора. 2. Разное.')).toEqual([]);
  });
});

describe('extractSections', () => {
  it('reads one item per number, sub-points "а) б)" and dashes under it included', () => {
    const s = [
      'Участники рекомендуют:',
      '1. Органам власти региона:',
      'а) увеличить финансирование комплектования;',
      'б) сохранить сельские библиотеки.',
      '2. Библиотекам области:',
      '- проводить конкурсы чтецов;',
      '- развивать сайты.',
      '3. Провести следующую конференцию в 2027 году.',
    ].join('\n');
    expect(items(s)).toEqual([
      ['recommendations', 'Органам власти региона: а) увеличить финансирование комплектования; б) сохранить сельские библиотеки.'],
      ['recommendations', 'Библиотекам области: - проводить конкурсы чтецов; - развивать сайты.'],
      ['recommendations', 'Провести следующую конференцию в 2027 году.'],
    ]);
  });

  it('reads indented numbering as the list and deeper numbers as sub-points', () => {
    const s = 'Рекомендовано:\n   1. Издать сборник.\n      1.1. Собрать статьи.\n   2. Провести семинар.';
    expect(items(s).map(([, t]) => t)).toEqual(['Издать сборник. 1.1. Собрать статьи.', 'Провести семинар.']);
  });

  it('reads "1) … 2) …" on one line', () => {
    expect(items('Участники предлагают: 1) издать сборник; 2) провести конкурс.').map(([, t]) => t)).toEqual([
      'издать сборник',
      'провести конкурс.',
    ]);
  });
});
