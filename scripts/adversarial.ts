// Adversarial text shapes for the parser's linearity check (`npm run bench:parse`): each is `size`
// characters of one pattern that once made a step of the parser quadratic (repeated words, one-sentence
// lists, runs of spaces or letters, markers without line breaks).

/** `unit` repeated to `size` characters. */
function repeat(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

export const ADVERSARIAL: Record<string, (size: number) => string> = {
  'repeated "кругл"': (n) => repeat('кругл ', n),
  'one word of letters': (n) => repeat('а', n),
  'runs of spaces': (n) => 'Всего участников ' + repeat(' ', n - 40) + ' 100 человек.',
  'digits and dots': (n) => repeat('12.10.2020 ', n),
  'places in one sentence': (n) => 'Участники из ' + repeat('Москвы, Твери, Омска, Кемерова, Томска, ', n) + 'Новосибирска.',
  'counts in one sentence': (n) => 'В конференции приняли участие ' + repeat('100 человек, 20 городов, 5 регионов, ', n) + '3 страны.',
  'markers without newlines': (n) => repeat('Участники рекомендуют: 1) провести семинар; 2) издать сборник; ', n),
  'list markers': (n) => repeat('\n- провести ', n),
  dates: (n) => repeat('состоялась 12 марта 2020 года, ', n),
  quotes: (n) => repeat('«конференция «форум» ', n),
  'theme words in one recommendation': (n) =>
    'Участники рекомендуют:\n- ' + repeat('качество менеджмент качества в качестве обмен опытом партнерства «Имя» ', n),
  republics: (n) => 'Участники из республик ' + repeat('Башкортостан, Карелия, Коми, ', n) + 'Хакасия.',
  'adjectives before a region': (n) => 'Участники ' + repeat('Вологодской, Калужской, ', n) + 'областей.',
  'capitalised words': (n) => repeat('Иван Петров Сидоров ', n),
  'uppercase lines': (n) => repeat('РЕЗОЛЮЦИЯ\n', n),
  'bold markup': (n) => repeat('**', n),
};
