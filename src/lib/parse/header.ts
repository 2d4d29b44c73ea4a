// What the document is: its type, the event's kind, ordinal, title and organizer.

import type { DocType, EventKind, Span } from '../types';
import { fold } from '../russian';
import { HEAD_CHARS, HEADING_CHARS } from './limits';
import { clean, proseSentence, span } from './text';

const KIND_WORDS: [EventKind, RegExp][] = [
  ['roundtable', /кругл(?:ый|ого|ом)\s+стол/iu],
  ['readings', /чтени[йяе]/iu],
  ['forum', /форум/iu],
  ['seminar', /семинар|вебинар|школ[аеыу](?!\p{L})/iu],
  ['council', /совет[аеу]?\s+директоров|заседани[еяи]|совещани[еяи]|коллеги[ияй]|собрани[еяи]|совет[аеу]?(?!\p{L})/iu],
  ['conference', /конференц/iu],
];
const KIND_ANY =
  /(конференц\p{L}*|форум\p{L}*|семинар\p{L}*|вебинар\p{L}*|кругл\p{L}*\s+стол\p{L}*|чтени\p{L}*|заседани\p{L}*|совещани\p{L}*|сесси\p{L}*|совет\p{L}*)/iu;

/**
 * A final document's heading: a line that starts with its name ("РЕЗОЛЮЦИЯ", "Р Е З О Л Ю Ц И Я",
 * "Рекомендации Всероссийской конференции", "Решение", "Итоговый документ", "Из резолюции", "Проект
 * резолюции", "Тезисы резолюции"), also below a cover letter.
 */
const FINAL_HEADING =
  /^[ \t]*(?:итогов\p{L}+\s+|проект\s+|из\s+|тезисы\s+)?(?:резолюци[яи]|р\s+е\s+з\s+о\s+л\s+ю\s+ц\s+и\s+я|рекомендаци[ия]|решени[ея]|итоговый\s+документ|постановлени[ея]|декларация|меморандум)(?!\p{L})[^\n]{0,250}$/gimu;
/** A text about a final document rather than the document: "опубликована итоговая резолюция", "подготовлена Резолюция, … по ссылке". */
const ABOUT_A_DOCUMENT =
  /(?:опубликован\p{L}*|подготовлен\p{L}*|размещен\p{L}*|принят\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:резолюци|рекомендаци|итогов\p{L}*\s+документ)|(?:резолюци|итогов\p{L}*\s+документ)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:опубликован|размещен|доступн)\p{L}*|по\s+ссылке|пресс-релиз|press\s+release/iu;

/** A line that names a final document only to say where it is ("Итоговая резолюция размещена на сайте"): no heading. */
const SAYS_WHERE_IT_IS = /(?:опубликован|размещен|подготовлен|доступн|ознаком|можно|ссылк)/iu;
const FUTURE = /состоится|пройд[её]т|будет проходить|приглаша(?:ем|ет)|при[её]м заявок|заявки принимаются|планируется провести/giu;
const NEXT_EDITION = /следующ|очередн\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:пройд|состоится)/iu;

/**
 * A resolution (a final document: its heading, or the participants' own decisions), a news report (past
 * tense, or a text about a resolution), an announcement (future) or something else.
 */
export function detectDocType(masked: string, participantsDecide: boolean): DocType {
  if ([...masked.slice(0, HEADING_CHARS).matchAll(FINAL_HEADING)].some((m) => !SAYS_WHERE_IT_IS.test(m[0]))) return 'resolution';
  const aboutDocument = ABOUT_A_DOCUMENT.test(masked);
  if (participantsDecide && !aboutDocument) return 'resolution';
  // A report may end with the next edition ("Следующая конференция пройдёт в Туле"): that is no announcement.
  for (const m of masked.matchAll(FUTURE)) {
    const s = proseSentence(masked, m.index, m.index + m[0].length);
    if (!NEXT_EDITION.test(masked.slice(s.start, s.end))) return 'announcement';
  }
  const eventWord = KIND_ANY.test(masked);
  if (
    eventWord &&
    /состоял(?:ся|ась|ось|ись)|прош(?:ла|ли|ло|[её]л|едш)|проходил\p{L}*|работал[аио]?|собрал[аи]?|принял[аи]? участие|обсудил[аи]|опубликован/iu.test(
      masked,
    )
  ) {
    return 'report';
  }
  return 'other';
}

// All of KIND_WORDS in one pass, group k for kind k: the leftmost kind word wins, and of two at one
// place the one listed first — as when each regex searched the head on its own.
const KIND_ONE = new RegExp(KIND_WORDS.map(([, re]) => `(${re.source})`).join('|'), 'iu');

/** The event's kind from the first kind word in the head of the text. */
export function detectKind(text: string, masked: string): { kind: EventKind; evidence: Span | null } {
  const m = KIND_ONE.exec(masked.slice(0, HEAD_CHARS));
  if (!m) return { kind: 'other', evidence: null };
  const k = m.findIndex((group, i) => i > 0 && group !== undefined) - 1;
  return { kind: KIND_WORDS[k][0], evidence: span(text, m.index, m.index + m[0].length) };
}

/**
 * After an ordinal, the event it numbers, through adjectives only ("IV Международный библиографический
 * конгресс", "второй международной конференции"): "первый день конференции" numbers a day, not the event.
 */
const EVENT_AHEAD =
  /^(?:\s+[\p{L}-]+(?:ая|ой|ий|ый|ого|ому|ом|ые|ие|их|ых|ую|ее|ей|ое|ым|ими|ыми))*\s+(?:конференц|форум|семинар|сесси|чтени|заседани|совещани|кругл\p{L}*\s+стол|конгресс|съезд|симпозиум|фестивал|школ)/iu;
/** "VIII", "XII-я"; a Roman numeral is a word of its own. */
const ROMAN = /([IVXLC]{1,7})(?:-?(?:я|й|е|ая|ый|ой|ие|го|м))?(?![\p{L}\d])/gu;
/** "5-я", "9 Всероссийской": never a day, a time or a part of a date ("23–24 октября", "07:33", "11.10"). */
const ARABIC = /(\d{1,2})(-?(?:я|й|е|ая|ый|ой|ие|го|м))?(?![\p{L}\d:./–—-])/gu;
/** Ordinal words by stem: "шестого" → 6, "третьей" → 3; with tens before them, "двадцать первая" → 21. */
const ORDINAL_STEMS: Record<string, number> = {
  перв: 1,
  втор: 2,
  трет: 3,
  четверт: 4,
  пят: 5,
  шест: 6,
  седьм: 7,
  восьм: 8,
  девят: 9,
  десят: 10,
  одиннадцат: 11,
  двенадцат: 12,
  тринадцат: 13,
  четырнадцат: 14,
  пятнадцат: 15,
  шестнадцат: 16,
  семнадцат: 17,
  восемнадцат: 18,
  девятнадцат: 19,
  двадцат: 20,
  тридцат: 30,
  сороков: 40,
};
const ORDINAL_WORD = new RegExp(
  `(?:(двадцать|тридцать|сорок)\\s+)?(${Object.keys(ORDINAL_STEMS).join('|').replace('четверт', 'четв[её]рт')})(?:ый|ой|ий|ая|ое|ого|ому|ом|ую|ые|ых|ей|ья|ье|ьего|ьей|ьему|ьем|ью|ьи|ьих)(?!\\p{L})`,
  'giu',
);
const TENS_WORDS: Record<string, number> = { двадцать: 20, тридцать: 30, сорок: 40 };
const ROMAN_DIGITS: [number, string][] = [
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function toRoman(n: number): string {
  let out = '';
  for (const [value, digits] of ROMAN_DIGITS) for (; n >= value; n -= value) out += digits;
  return out;
}

function romanValue(s: string): number | null {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]],
      next = values[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === s ? total : null; // "IIII", "VX" are not numerals
}

/** Where an event is named: an ordinal is looked for only in the stretch before such a word. */
const EVENT_WORD = /конференц|форум|семинар|сесси|чтени|заседани|совещани|кругл|конгресс|съезд|симпозиум|фестивал|школ/giu;
/** How far before the event's word its ordinal may stand (adjectives between: "IV Международный библиографический"). */
const ORDINAL_REACH = 160;

/** "VIII Всероссийская … конференция", "XII-я сессия", "5-я конференция", "Шестой Всероссийский форум". */
export function detectOrdinal(text: string, masked: string): { ordinal: string; evidence: Span } | null {
  const head = masked.slice(0, HEAD_CHARS);
  const numbersEvent = (end: number) => EVENT_AHEAD.test(head.slice(end, end + ORDINAL_REACH));
  let searched = 0; // stretches already searched: they may overlap
  for (const word of head.matchAll(EVENT_WORD)) {
    const from = Math.max(searched, word.index - ORDINAL_REACH);
    const stretch = head.slice(from, word.index);
    searched = word.index;
    const found = ordinalIn(stretch, from, numbersEvent);
    if (found) return { ordinal: found.ordinal, evidence: span(text, found.start, found.end) };
  }
  return null;
}

/** The first ordinal in `stretch` (which starts at `offset` of the head) that numbers an event. */
function ordinalIn(
  stretch: string,
  offset: number,
  numbersEvent: (end: number) => boolean,
): { ordinal: string; start: number; end: number } | null {
  const found: { ordinal: string; start: number; end: number }[] = [];
  // What may stand before each kind of ordinal is checked here: a lookbehind would run at every position.
  for (const m of stretch.matchAll(ROMAN)) {
    if (/[\p{L}\d]/u.test(stretch[m.index - 1] ?? '')) continue;
    const end = offset + m.index + m[0].length;
    if (romanValue(m[1]) !== null && numbersEvent(end)) found.push({ ordinal: m[1], start: offset + m.index, end });
  }
  for (const m of stretch.matchAll(ARABIC)) {
    if (/[\p{L}\d:.,/–—-]/u.test(stretch[m.index - 1] ?? '')) continue;
    const end = offset + m.index + m[0].length;
    // A bare number numbers an event only before a capitalised title word ("9 Всероссийской"), not "2 пленарных заседания".
    if (+m[1] === 0 || +m[1] > 50 || (!m[2] && !/^\s+\p{Lu}/u.test(stretch.slice(m.index + m[0].length, m.index + m[0].length + 3))))
      continue;
    if (numbersEvent(end)) found.push({ ordinal: m[1], start: offset + m.index, end });
  }
  for (const m of stretch.matchAll(ORDINAL_WORD)) {
    if (/\p{L}/u.test(stretch[m.index - 1] ?? '')) continue;
    const unit = ORDINAL_STEMS[fold(m[2])];
    if (m[1] && unit >= 10) continue;
    const tens = m[1] ? TENS_WORDS[m[1].toLowerCase()] : 0;
    const end = offset + m.index + m[0].length;
    if (numbersEvent(end)) found.push({ ordinal: toRoman(tens + unit), start: offset + m.index, end });
  }
  return found.sort((a, b) => a.start - b.start)[0] ?? null;
}

const ORGANIZER_BEFORE =
  /(партнерств\p{L}*|ассоциаци\p{L}*|объединени\p{L}*|обществ\p{L}*|союз\p{L}*|фонд\p{L}*|проект\p{L}*|конкурс\p{L}*|РНБ|РГБ)\s*$/iu;
/** Quoted names that are not the event's: a venue, a museum, an exhibition, a company, a periodical, a part of the programme. */
const OTHER_NAME_BEFORE =
  /(?:музе\p{L}*|холл\p{L}*|зал\p{L}*|центр\p{L}*|театр\p{L}*|гостиниц\p{L}*|выставк\p{L}*|презентаци\p{L}*|акци\p{L}*|газет\p{L}*|журнал\p{L}*|издательств\p{L}*|книг\p{L}*|АО|ООО|ЗАО|пленарн\p{L}*\s+(?:сесси|заседани)\p{L}*|мастер-класс\p{L}*|секци\p{L}*)\s*$/iu;
/** A quoted name right after the event's word is the event's own: "конференции «Шла война»", "форума "Школьные библиотеки"". */
const EVENT_BEFORE =
  /(?:конференц|форум|семинар|совещани|чтени|конгресс|съезд|симпозиум|слушани|фестивал|школ|кругл\p{L}*\s+стол)\p{L}*\s*$/iu;
const QUOTED = /«+([^«»]{3,400})»+|"([^"\n]{3,400})"/gu;

/** The event's name: the «quoted» (or "quoted") name after the event's word, else the first that is not another's name. */
export function detectTitle(text: string, masked: string): { title: string; evidence: Span } | null {
  const head = masked.slice(0, HEAD_CHARS);
  const quotes = [...head.matchAll(QUOTED)].map((m) => {
    const name = m[1] ?? m[2];
    const inner = m.index + m[0].indexOf(name);
    return { name, inner, straight: m[2] !== undefined, before: head.slice(Math.max(0, m.index - 60), m.index) };
  });
  const pick =
    quotes.find((q) => EVENT_BEFORE.test(q.before) && !OTHER_NAME_BEFORE.test(q.before.replace(EVENT_BEFORE, ''))) ??
    // Straight quotes also enclose speech: they name the event only right after its word.
    quotes.find((q) => !q.straight && !ORGANIZER_BEFORE.test(q.before) && !OTHER_NAME_BEFORE.test(q.before));
  if (pick) return { title: clean(pick.name), evidence: span(text, pick.inner, pick.inner + pick.name.length) };
  // No quotes: the first short line of the head that names an event ("VIII Всероссийская конференция"),
  // else the event's name in a sentence ("прошли XXI Псковские краеведческие чтения").
  let offset = 0;
  for (const line of head.split('\n')) {
    if (
      line.length <= TITLE_LINE_CHARS &&
      KIND_ANY.test(line) &&
      !PROSE_VERB.test(line) &&
      !/^\s*(резолюция|итоговый документ)\s*$/iu.test(line)
    ) {
      const title = clean(line).replace(/[.:]$/, '');
      if (title) return { title, evidence: span(text, offset, offset + line.length) };
    }
    offset += line.length + 1;
  }
  const named = NAMED_EVENT.exec(head);
  return named ? { title: clean(named[0]), evidence: span(text, named.index, named.index + named[0].length) } : null;
}

/** A line that says something happened is a sentence, not a title. */
const PROSE_VERB =
  /(?<!\p{L})(?:состоял\p{L}*|прош(?:ла|ли|ло|[её]л)|проходил\p{L}*|проводил\p{L}*|работал\p{L}*|собрал\p{L}*|открыл\p{L}*)(?!\p{L})/iu;
/** A line longer than this is prose, not a title. */
const TITLE_LINE_CHARS = 160;
/** An event named in the nominative, with its ordinal and adjectives: "IV Международный библиографический конгресс". */
const NAMED_EVENT =
  /(?:(?<![\p{L}\d])[IVXLC]{1,7}\s+)?(?:\p{Lu}[\p{L}-]*(?:ая|ий|ый|ой|ые|ие|ое)\s+)(?:[\p{L}-]+(?:ая|ий|ый|ой|ые|ие|ое)\s+){0,3}(?:конференция|форум|семинар|чтения|конгресс|совещание|круглый\s+стол|съезд|симпозиум|фестиваль)(?!\p{L})/u;

const PARTNER = /((?:некоммерческ\p{L}*\s+)?(?:библиотечн\p{L}*\s+)?(?:партнерств|ассоциаци|объединени|союз)\p{L}*\s*«[^«»]{2,80}»)/iu;
const PARTNER_NAME = /(?:партнерств|ассоциаци|объединени|союз)\p{L}*\s*«[^«»]{2,80}»/iu;

/** "Конференции некоммерческого библиотечного партнерства «Кузбасские библиотеки»", "организована Центральной …". */
export function detectOrganizer(text: string, masked: string): { organizer: string; evidence: Span } | null {
  const head = masked.slice(0, HEAD_CHARS);
  // The optional words before the name make the regex slow to scan with: it runs only where the rest matches.
  const partner = PARTNER_NAME.test(head) ? PARTNER.exec(head) : null;
  // A sentence ends at a full stop that does not close an initial ("В.В.") or "им.".
  const organised = /организован[аоы]?\s+([^\n]{5,160}?)(?=\s+при\s+поддержке|(?<![\sА-ЯЁ.][А-ЯЁ]|им)\.(?:\s|$)|\n|$)/u.exec(head);
  const m = [partner, organised].filter((x): x is RegExpExecArray => !!x).sort((a, b) => a.index - b.index)[0];
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return { organizer: clean(m[1]), evidence: span(text, start, start + m[1].length) };
}
