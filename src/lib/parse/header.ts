// What the document is: its type, the event's kind, ordinal, title and organizer.

import type { DocType, EventKind, Span } from '../types';
import { clean, span } from './text';

/** The head of a document: titles, dates and attendance are stated before this many characters. */
export const HEAD_CHARS = 1500;

const KIND_WORDS: [EventKind, RegExp][] = [
  ['roundtable', /кругл(?:ый|ого|ом)\s+стол/iu],
  ['readings', /чтени[йяе]/iu],
  ['forum', /форум/iu],
  ['seminar', /семинар|вебинар|школ[аеыу](?!\p{L})/iu],
  ['council', /совет[аеу]?\s+директоров|заседани[еяи]|совещани[еяи]|коллеги[ияй]|собрани[еяи]|совет[аеу]?(?!\p{L})/iu],
  ['conference', /конференц/iu],
];
const KIND_ANY = /(конференц\p{L}*|форум\p{L}*|семинар\p{L}*|вебинар\p{L}*|кругл\p{L}*\s+стол\p{L}*|чтени\p{L}*|заседани\p{L}*|совещани\p{L}*|сесси\p{L}*|совет\p{L}*)/iu;

/**
 * A final document's heading: a line that starts with its name ("РЕЗОЛЮЦИЯ", "Р Е З О Л Ю Ц И Я",
 * "Рекомендации Всероссийской конференции", "Решение", "Итоговый документ", "Из резолюции", "Проект
 * резолюции", "Тезисы резолюции"), also below a cover letter.
 */
const FINAL_HEADING = /^[ \t]*(?:итогов\p{L}+\s+|проект\s+|из\s+|тезисы\s+)?(?:резолюци[яи]|р\s+е\s+з\s+о\s+л\s+ю\s+ц\s+и\s+я|рекомендаци[ия]|решени[ея]|итоговый\s+документ|постановлени[ея]|декларация|меморандум)(?!\p{L})[^\n]{0,250}$/imu;
/** How far down a heading is looked for: a cover letter may come first. */
const HEADING_CHARS = 3000;
/** A text about a final document rather than the document: "опубликована итоговая резолюция", "подготовлена Резолюция, … по ссылке". */
const ABOUT_A_DOCUMENT = /(?:опубликован\p{L}*|подготовлен\p{L}*|размещен\p{L}*|принят\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:резолюци|рекомендаци|итогов\p{L}*\s+документ)|по\s+ссылке|пресс-релиз|press\s+release/iu;

/**
 * A resolution (a final document: its heading, or the participants' own decisions), a news report (past
 * tense, or a text about a resolution), an announcement (future) or something else.
 */
export function detectDocType(masked: string, participantsDecide: boolean): DocType {
  if (FINAL_HEADING.test(masked.slice(0, HEADING_CHARS))) return 'resolution';
  const aboutDocument = ABOUT_A_DOCUMENT.test(masked);
  if (participantsDecide && !aboutDocument) return 'resolution';
  if (/состоится|пройд[её]т|будет проходить|приглаша(?:ем|ет)|при[её]м заявок|заявки принимаются|планируется провести/iu.test(masked)) {
    return 'announcement';
  }
  const eventWord = KIND_ANY.test(masked);
  if (eventWord && /состоял[аи]сь|прош(?:ла|ли|[её]л|едш)|собрал[аи]?|принял[аи]? участие|обсудил[аи]|опубликован/iu.test(masked)) {
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

/** "VIII Всероссийская … конференция", "XII-я сессия", "5-я конференция". */
export function detectOrdinal(text: string, masked: string): { ordinal: string; evidence: Span } | null {
  const head = masked.slice(0, HEAD_CHARS);
  const re = /(?<![\p{L}\d])([IVXLC]{1,7}|\d{1,2})(?:-?(?:я|й|е|ая|ый|ой|ие))?(?=\s+[\p{L}\s-]{0,80}?(?:конференц|форум|семинар|сесси|чтени|заседани|совещани|кругл))/gu;
  for (const m of head.matchAll(re)) {
    const ordinal = m[1];
    if (/^\d+$/.test(ordinal) && +ordinal > 50) continue;
    return { ordinal, evidence: span(text, m.index!, m.index! + m[0].length) };
  }
  return null;
}

const ORGANIZER_BEFORE = /(партнерств\p{L}*|ассоциаци\p{L}*|объединени\p{L}*|обществ\p{L}*|союз\p{L}*|фонд\p{L}*|проект\p{L}*|конкурс\p{L}*|РНБ|РГБ)\s*$/iu;
const QUOTED = /«+([^«»]{3,400})»+/gu;

/** The event's name: the first «quoted» name in the head that is not an organizer's or a project's name. */
export function detectTitle(text: string, masked: string): { title: string; evidence: Span } | null {
  const head = masked.slice(0, HEAD_CHARS);
  for (const m of head.matchAll(QUOTED)) {
    const before = head.slice(Math.max(0, m.index! - 60), m.index!);
    if (ORGANIZER_BEFORE.test(before)) continue;
    const inner = m.index! + m[0].indexOf(m[1]);
    return { title: clean(m[1]), evidence: span(text, inner, inner + m[1].length) };
  }
  // No quotes: the first line of the head that names an event, e.g. "VIII Всероссийская конференция".
  let offset = 0;
  for (const line of head.split('\n')) {
    if (KIND_ANY.test(line) && !/^\s*(резолюция|итоговый документ)\s*$/iu.test(line)) {
      const title = clean(line).replace(/[.:]$/, '');
      if (title) return { title, evidence: span(text, offset, offset + line.length) };
    }
    offset += line.length + 1;
  }
  return null;
}

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
