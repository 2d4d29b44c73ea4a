import { readFileSync, readdirSync } from 'node:fs';
import { THEMES, stem, tagThemes, tokenize } from '../../src/lib/parse/themes';

// The words data/themes.json's stems were generated from (via `stem`); keep in step with the file.
const SOURCE_WORDS = [
  'качество',
  'менеджмент',
  'качества',
  'стандарт',
  'стандартизация',
  'самооценка',
  'оценка',
  'эффективности',
  'аудит',
  'аудита',
  'сертификация',
  'в',
  'качестве',
  'жизни',
  'образования',
  'квалификация',
  'повышение',
  'квалификации',
  'компетенция',
  'навык',
  'умение',
  'профессиональный',
  'надпрофессиональный',
  'обучение',
  'переподготовка',
  'стажировка',
  'кадры',
  'кадровый',
  'тренинг',
  'наставничество',
  'образовательная',
  'программа',
  'онлайн',
  'online',
  'on-line',
  'цифровой',
  'цифровизация',
  'электронный',
  'виртуальный',
  'вебинар',
  'интернет',
  'веб',
  'дистанционный',
  'соцсети',
  'социальные',
  'сети',
  'мобильный',
  'облачный',
  'автоматизация',
  'компьютерный',
  'информационные',
  'технологии',
  'чат',
  'видеоконференция',
  'видео-конференция',
  'мультимедийный',
  'обмен',
  'обменом',
  'опыт',
  'опыта',
  'лучшие',
  'практики',
  'успешные',
  'семинар',
  'круглый',
  'стол',
  'форум',
  'мероприятие',
  'встреча',
  'выставка',
  'фестиваль',
  'конкурс',
  'мастер-класс',
  'лекция',
  'конгресс',
  'съезд',
  'симпозиум',
  'совещание',
  'онлайн-конференция',
  'проведение',
  'конференций',
  'провести',
  'конференцию',
  'организация',
  'конференции',
  'научно-практическая',
  'конференция',
  'изданы',
  'издание',
  'опубликовать',
  'публикация',
  'сборник',
  'издательский',
  'материалы',
  'материал',
  'разместить',
  'размещение',
  'материалов',
  'партнерство',
  'партнер',
  'власть',
  'властный',
  'сотрудничество',
  'министерство',
  'Минкультуры',
  'администрация',
  'комитет',
  'учредитель',
  'спонсор',
  'меценат',
  'волонтер',
  'добровольческий',
  'общественный',
  'самоуправление',
  'соглашение',
  'руководство',
  'под',
  'руководством',
  'методическое',
  'стратегия',
  'стратегический',
  'концепция',
  'нормативный',
  'нормативно-правовой',
  'законодательство',
  'закон',
  'политика',
  'развития',
  'план',
  'планирование',
  'устав',
  'устава',
  'регламент',
  'положение',
  'о',
  'плане',
  'статистика',
  'статистический',
  'отчетность',
  'отчет',
  'мониторинг',
  'мониторинговый',
  'аналитика',
  'аналитический',
  'ГИВЦ',
  'показатель',
  'анкетирование',
  'опрос',
  'фонд',
  'книжный',
  'ресурс',
  'комплектование',
  'база',
  'данных',
  'полнотекстовый',
  'коллекция',
  'электронная',
  'библиотека',
  'поступление',
  'оцифровка',
  'подписка',
  'книгообеспеченность',
  'библиография',
  'библиографический',
  'библиограф',
  'справочный',
  'справочно-библиографический',
  'каталог',
  'указатель',
  'имидж',
  'продвижение',
  'чтение',
  'популяризация',
  'реклама',
  'привлечение',
  'бренд',
  'маркетинг',
  'позиционирование',
  'престиж',
  'СМИ',
  'специалистов',
  'средств',
  'библиотечная',
  'сеть',
  'система',
  'библиотечных',
  'систем',
  'модельный',
  'ЦБС',
  'филиал',
  'филиалы',
  'объединение',
  'библиотек',
  'реорганизация',
  'сельская',
  'методическая',
  'методист',
  'сайт',
  'веб-сайт',
  'слабовидящих',
  'ограниченными',
  'возможностями',
  'доступная',
  'среда',
  'безбарьерной',
  'многолетний',
  'общение',
  'форума',
  'семинара',
  'совещания',
];

const REQUIRED = [
  'quality',
  'skills',
  'digital',
  'exchange',
  'events',
  'publishing',
  'partnership',
  'strategy',
  'statistics',
  'collections',
  'bibliography',
  'promotion',
  'network',
];

describe('taxonomy (data/themes.json)', () => {
  it('has the required themes with stable kebab-case ids and both labels', () => {
    const ids = THEMES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED) expect(ids).toContain(id);
    for (const t of THEMES) {
      expect(t.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(t.ru.length).toBeGreaterThan(3);
      expect(t.en.length).toBeGreaterThan(3);
      expect(t.stems.length).toBeGreaterThan(0);
    }
  });

  it('lists only stems the stemmer produces from real words', () => {
    const produced = new Set(SOURCE_WORDS.map(stem));
    const keys = THEMES.flatMap((t) => [...t.stems, ...(t.except ?? [])]);
    for (const key of keys) {
      for (const part of key.split(' ')) expect(produced, `${key} / ${part}`).toContain(part);
    }
    // and no key is listed twice within a theme
    for (const t of THEMES) expect(new Set(t.stems).size).toBe(t.stems.length);
  });
});

describe('tokenize', () => {
  it('keeps hyphenated words whole, folds ё and case in norm, and keeps offsets', () => {
    const text = 'Онлайн-технологии, ЁЛКА и COVID-19 — всё.';
    const toks = tokenize(text);
    expect(toks.map((t) => t.word)).toEqual(['Онлайн-технологии', 'ЁЛКА', 'и', 'COVID', 'всё']);
    expect(toks.map((t) => t.norm)).toEqual(['онлайн-технологии', 'елка', 'и', 'covid', 'все']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.word);
  });

  it('folds Latin look-alike letters inside Cyrillic words', () => {
    expect(tokenize('сиcтем')[0].norm).toBe('систем'); // Latin "c" in the seed text
    expect(tokenize('online')[0].norm).toBe('online');
  });
});

const CASES: [string, string[]][] = [
  [
    'продолжить изучение вопросов стандартизации деятельности и услуг, внедрение в деятельность библиотек системы менеджмента качества',
    ['quality'],
  ],
  [
    'организовать профессиональные семинары по вопросам изучения системы стандартов, применения их в деятельности библиотек',
    ['quality', 'skills', 'events'],
  ],
  [
    'использовать инновационные формы и современные онлайн-технологии в реализации информационной и культурно-просветительской функции библиотек',
    ['digital'],
  ],
  ['поддерживать взаимный обмен информацией о перспективных технологиях, оригинальных идеях, актуальном практическом опыте', ['exchange']],
  [
    'оргкомитету разместить материалы конференции, ответы на вопросы на официальном сайте Центральной городской публичной библиотеки им. В. В. Маяковского, на портале Корпоративной сети общедоступных библиотек Санкт-Петербурга',
    ['publishing', 'websites'],
  ],
  [
    'продолжить проведение научно-практических конференций, посвященных актуальным вопросам методической деятельности библиотек',
    ['events', 'methodology'],
  ],
  [
    'по итогам конференции сформировать пакет вопросов по учету и отчетности деятельности библиотек, передать в ГИВЦ Минкультуры РФ',
    ['partnership', 'statistics'],
  ],
  [
    'Формировать концепции, стратегические планы развития деятельности общедоступных библиотек регионов, а также ее нормативно-правовую базу',
    ['strategy'],
  ],
  [
    'Активно использовать все формы социального партнерства в целях получения материальной и информационной поддержки, а также формирования положительного имиджа библиотек.',
    ['partnership', 'promotion'],
  ],
  [
    'активнее взаимодействовать с местными властями, принимать участие в формировании развития библиотечной сети',
    ['partnership', 'network'],
  ],
  [
    'Создавать виртуальные методические кабинеты на сайтах крупных региональных библиотек, развивать такие формы методической работы как on-line консультации, создание и поддержка полнотекстовых баз данных актуальных документов',
    ['digital', 'collections', 'methodology', 'websites'],
  ],
  ['Считать годовую программу создания модельных библиотек на селе выполненной.', ['network']],
  [
    'Уровень качества справочно-библиографического обслуживания снижается в связи с недостаточностью внимания к подготовке профессиональных библиографов',
    ['quality', 'skills', 'bibliography'],
  ],
  ['вклад библиографической службы в продвижение чтения', ['bibliography', 'promotion']],
  [
    'обратить внимание руководителей секций на организацию ежегодных профессиональных встреч для повышения профессиональной квалификации',
    ['skills', 'events'],
  ],
  ['Отметить успешную деятельность в корпоративных проектах по созданию региональных электронных ресурсов', ['digital', 'collections']],
  ['Активизировать работу по вступлению в проекты других муниципальных библиотечных сиcтем.', ['network']],
];

describe('tagThemes', () => {
  it.each(CASES)('%s', (text, themes) => {
    const r = tagThemes(text);
    expect(r.themes).toEqual(themes);
    for (const m of r.matches) expect(text.slice(m.start, m.end)).toBe(m.word);
    expect(new Set(r.matches.map((m) => m.theme))).toEqual(new Set(themes));
  });

  it('reports each matched word with its offsets, phrases and hyphenated words whole', () => {
    const text = 'внедрение системы менеджмента качества и онлайн-технологий';
    expect(tagThemes(text).matches).toEqual([
      { theme: 'quality', word: 'менеджмента качества', start: 18, end: 38 },
      { theme: 'digital', word: 'онлайн-технологий', start: 41, end: 58 },
    ]);
  });

  it('returns themes in taxonomy order, deduplicated', () => {
    const r = tagThemes('чтение, имидж, стандарт, качество, стандартизация');
    expect(r.themes).toEqual(['quality', 'promotion']);
    expect(r.matches.map((m) => m.word)).toEqual(['чтение', 'имидж', 'стандарт', 'качество', 'стандартизация']);
  });

  it('folds ё and keeps the word as written', () => {
    const r = tagThemes('Партнёрство и отчётность');
    expect(r.themes).toEqual(['partnership', 'statistics']);
    expect(r.matches[0]).toEqual({ theme: 'partnership', word: 'Партнёрство', start: 0, end: 11 });
  });

  it('honours except phrases', () => {
    expect(tagThemes('в качестве примера').themes).toEqual([]);
    expect(tagThemes('качество жизни населения').themes).toEqual([]);
    expect(tagThemes('повысить качество услуг').themes).toEqual(['quality']);
    expect(tagThemes('под руководством директора').themes).toEqual([]);
    expect(tagThemes('взаимного привлечения специалистов').themes).toEqual([]);
    expect(tagThemes('привлечение новых читателей').themes).toEqual(['promotion']);
  });

  it.each([
    ['Усилить методическую помощь библиотекам района.', ['methodology']],
    ['Обновить сайты библиотек, создать версии для слабовидящих.', ['websites']],
    ['Развивать деятельность партнерства «Кузбасские библиотеки».', []],
    ['Провести Рубцовские чтения в 2027 году.', []],
    ['Выступить с докладами на чтениях.', []],
    ['Развивать продвижение чтения среди подростков.', ['promotion']],
    ['Опубликовать материалы форума.', ['publishing']],
    ['Опираться на многолетний опыт коллег.', []],
    ['Поддерживать профессиональное общение библиотекарей.', []],
  ] as const)('a name, an event or a set phrase is no theme: %s', (text, themes) => {
    expect(tagThemes(text).themes).toEqual(themes);
  });

  it('gives nothing for empty or symbol-only text', () => {
    for (const t of ['', '   ', '—', '1. 2009 г. — 35 %; (…) «»', '\n\t']) {
      expect(tagThemes(t)).toEqual({ themes: [], matches: [] });
    }
  });

  it('tags every recommendation of the seed resolutions', () => {
    const dir = 'data/resolutions/';
    let items = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const lines = readFileSync(dir + f, 'utf8').split('\n');
      const head = lines.findIndex((l) => /рекомендуют:|считают необходимым:|постановили:/.test(l));
      expect(head, f).toBeGreaterThan(0);
      // An item starts at a "- ", "· " or "N." line or after a blank line; other lines continue it.
      const list: string[] = [];
      let blank = true;
      for (const l of lines.slice(head + 1)) {
        if (!l.trim()) {
          blank = true;
          continue;
        }
        if (blank || /^\s*(?:[-·•]|\d+\.)\s/.test(l)) list.push(l);
        else list[list.length - 1] += '\n' + l;
        blank = false;
      }
      for (const item of list) expect(tagThemes(item).themes.length, item).toBeGreaterThan(0);
      items += list.length;
    }
    expect(items).toBe(35);
  });
});
