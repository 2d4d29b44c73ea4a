// Editions of one series: the same conference coming back every year or two under the same name.
//
// Two records are editions of one series when all of these hold:
//   - the same kind of event (a council is not a conference);
//   - the series' name: the head of one title (the whole title, or what stands before its first ":",
//     "." or " — ") begins the other title, and holds at least two content words. «Методическая служба:
//     между молотом и наковальней…» (II) and «Методическая служба современной публичной библиотеки» (IV)
//     share «Методическая служба»; titles that merely share words elsewhere do not join;
//   - ordinals that climb with the years (II in 2016, IV in 2020): no two editions with one number in
//     different years, at most two editions a year. Both without an ordinal: the same title, other years;
//   - the organiser: where both records name one, they share a proper name («…им. В. В. Маяковского»).
// A record's ordinal counts only when it numbers the titled event itself ("IV Всероссийская
// научно-практическая конференция «Методическая служба…»"): "XII-я сессия «Тренд на мобильность»"
// numbers a session of a larger event, whose theme the title is, so that record starts no series.
// Such a numbered record is a series of its own even when it is the only edition in the data, and the
// ordinals tell which editions are missing («нет данных о III»).
//
// Pure and framework-free: the same in the page, in a worker and in Node.

import type { EventKind, Resolution, Span } from '../types';
import { words, type Word } from '../recurring/words';
import { ordinalNumber, type OrdinalStyle } from './ordinal';

/** Where the text shows that a record is an edition of its series. Every span points into that record's text. */
export interface SeriesEvidence {
  /** The phrase that numbers the event and names it: "IV Всероссийская … конференция «Методическая служба …". */
  numbered: Span | null;
  /** The title (the parser's evidence for it). */
  title: Span | null;
  /** The ordinal (the parser's evidence for it). */
  ordinal: Span | null;
  /** The organiser as this record names it, or where its text names the series' organiser. */
  organizer: Span | null;
}

/** What a record knows of its series: `Resolution` + this is the issue's `series: { id, name, edition }`. */
export interface SeriesMembership {
  id: string;
  name: string;
  /** The edition's ordinal as the text writes it ("IV", "9"), or null when the text gives none. */
  edition: string | null;
  evidence: SeriesEvidence;
}

export interface Edition {
  /** 4 for "IV"; null when the text gives no ordinal. */
  number: number | null;
  ordinal: string | null;
  year: number | null;
  /** The documents of this edition in the data (usually one: its resolution), latest first. */
  records: Resolution[];
}

export interface Series {
  /** Stable for the same name, kind and organiser: "s-" + 8 hex digits; what `series=` in the URL holds. */
  id: string;
  /** The stable part of the titles, as the latest edition writes it: «Методическая служба». */
  name: string;
  kind: EventKind;
  /** The organiser as a record names it, with its quote; null when no edition names one. */
  organizer: { name: string; recordId: string; evidence: Span | null } | null;
  /** In order: by number, editions without one by year. */
  editions: Edition[];
  /** Numbers between the first and the last edition that are not in the data («нет данных о III»). */
  gaps: number[];
  /** Numbers before the first edition in the data: 1 … first − 1. */
  earlier: number[];
  style: OrdinalStyle;
}

export interface SeriesIndex {
  /** Most editions first, then the latest. */
  readonly list: Series[];
  readonly byId: ReadonlyMap<string, Series>;
  /** The record's series, or null when it stands alone. */
  of(recordId: string): SeriesMembership | null;
  /** The id of the record's series (null: none), without looking for its evidence. */
  has(recordId: string): string | null;
}

// ——— one record as the matching sees it

/** The words that name each kind of event, as the ordinal's phrase must reach them. */
const KIND_WORD: Record<EventKind, string> = {
  conference: 'конференц',
  forum: 'форум',
  seminar: 'семинар|вебинар|школ',
  roundtable: 'кругл\\p{L}*\\s+стол',
  readings: 'чтени',
  council: 'совет|заседани|совещани|собрани|коллеги',
  other: 'конгресс|съезд|симпозиум|фестивал|слушани|выставк|акци',
};
/** Adjectives between the ordinal and the event's word: "Всероссийская научно-практическая". */
const ADJECTIVE = '[\\p{L}-]+(?:ая|ой|ий|ый|ого|ому|ом|ые|ие|их|ых|ую|ее|ей|ое|ым|ими|ыми)';
/** How far before the title the ordinal may stand. */
const PHRASE_REACH = 200;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Regexes built from a record's title and ordinal: the same ones come back in record after record.
const regexes = new Map<string, RegExp | null>();
function cached(key: string, make: () => RegExp | null): RegExp | null {
  let re = regexes.get(key);
  if (re === undefined) {
    if (regexes.size > 5000) regexes.clear();
    re = make();
    regexes.set(key, re);
  }
  if (re) re.lastIndex = 0;
  return re;
}

/** Organisers' words that name no one in particular. */
const GENERIC_ORGANIZER = new Set(
  (
    'библиотек библиотечн центральн городск публичн государствен областн научн муниципальн партнерств некоммерческ ' +
    'ассоциац российск национальн республиканск краев районн межпоселенческ централизова систем имен комитет ' +
    'министерств культур общедоступн универсальн детск юношеск поддержк организац учрежден'
  ).split(' '),
);

interface Info {
  r: Resolution;
  number: number | null;
  /** Stems of the title's words, function words included (a name is a run of words). */
  stems: string[];
  /** Which of them are content words. */
  content: boolean[];
  titleWords: Word[];
  /** How many words the title's head has: those before its first ":", ".", "!", "?", " — " or "(". */
  headLen: number;
  numbered: Span | null;
  /** The organiser's proper names, stemmed ("маяковск", "кузбасск"). */
  orgStems: string[];
}

function headLength(title: string, ws: Word[]): number {
  const m = /[:.!?(]|\s[—–-]\s/u.exec(title);
  if (!m) return ws.length;
  const n = ws.filter((w) => w.end <= m.index).length;
  return n || ws.length;
}

/** The organiser's proper names: quoted names and capitalised words past the first, less the generic ones. */
export function organizerStems(organizer: string | null): string[] {
  if (!organizer) return [];
  const quoted: [number, number][] = [...organizer.matchAll(/«[^«»]*»|"[^"]*"/gu)].map((m) => [m.index, m.index + m[0].length]);
  const inQuotes = (w: Word) => quoted.some(([a, b]) => w.start > a && w.end < b);
  const ws = words(organizer);
  const out = ws.filter(
    (w, i) =>
      !w.stop &&
      w.stem.length >= 3 &&
      !GENERIC_ORGANIZER.has(w.stem) &&
      ((i > 0 && /^\p{Lu}/u.test(w.word) && (w.word.length >= 4 || /^\p{Lu}+$/u.test(w.word))) || inQuotes(w)),
  );
  return [...new Set(out.map((w) => w.stem))];
}

/** The phrase in which the record's ordinal numbers the titled event: "IV Всероссийская … конференция «Методическая…". */
export function numberedPhrase(r: Resolution): Span | null {
  if (!r.ordinal || !r.title) return null;
  const forms = new Set([r.ordinal]);
  const quote = r.evidence.ordinal?.quote.trim();
  if (quote) forms.add(/^[IVXLCDM\d]+/.exec(quote)?.[0] ?? quote);
  const before = cached(`${r.kind}|${[...forms].join('|')}`, () => {
    const ordinal = [...forms].map(escape).join('|');
    return new RegExp(
      `(?:^|[^\\p{L}\\d])(${ordinal})(?:-?(?:я|й|е|ая|ый|ой|ие|го|м))?(?:\\s+${ADJECTIVE}){0,4}\\s+(?:${KIND_WORD[r.kind]})\\p{L}*\\s*[«"„“]*\\s*$`,
      'du',
    );
  });
  const titleAt = cached(`title|${r.title}`, () => {
    const head = words(r.title!).slice(0, 4);
    return head.length ? new RegExp(head.map((w) => escape(w.word)).join('[^\\p{L}\\d]+'), 'giu') : null;
  });
  if (!titleAt) return null;
  let tries = 0;
  for (const m of r.text.matchAll(titleAt)) {
    if (++tries > 20) break;
    const from = Math.max(0, m.index - PHRASE_REACH);
    const found = before!.exec(r.text.slice(from, m.index));
    if (found?.indices?.[1]) {
      const start = from + found.indices[1][0];
      // The phrase runs to the end of the whole title where the text writes it out, else to its first words.
      const full = r.text.slice(m.index, m.index + r.title.length);
      const end = full.toLowerCase() === r.title.toLowerCase() ? m.index + r.title.length : m.index + m[0].length;
      return { quote: r.text.slice(start, end), start, end };
    }
  }
  return null;
}

// A title's words and an organiser's names, worked out once per distinct string.
const titles = new Map<string, Pick<Info, 'stems' | 'content' | 'titleWords' | 'headLen'>>();
const organizers = new Map<string, string[]>();
function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size > 20_000) cache.clear();
    v = make();
    cache.set(key, v);
  }
  return v;
}

function info(r: Resolution): Info | null {
  if (!r.title) return null;
  const number = ordinalNumber(r.ordinal);
  const numbered = number !== null ? numberedPhrase(r) : null;
  // An ordinal that numbers something else (a session) leaves the record out of every series.
  if (r.ordinal && !numbered) return null;
  const title = memo(titles, r.title, () => {
    const ws = words(r.title!);
    return { stems: ws.map((w) => w.stem), content: ws.map((w) => !w.stop), titleWords: ws, headLen: headLength(r.title!, ws) };
  });
  if (title.content.filter(Boolean).length < 2) return null;
  const orgStems = r.organizer ? memo(organizers, r.organizer, () => organizerStems(r.organizer)) : [];
  return { r, number, numbered, orgStems, ...title };
}

/** Words of the name all of `xs` share: their titles' common start, when it is the whole head of one of them. 0: none. */
function nameOf(xs: Info[]): number {
  let p = Math.min(...xs.map((x) => x.stems.length));
  for (const x of xs) {
    let q = 0;
    while (q < p && x.stems[q] === xs[0].stems[q]) q++;
    p = q;
  }
  if (xs[0].content.slice(0, p).filter(Boolean).length < 2) return 0;
  return xs.some((x) => p >= x.headLen) ? p : 0;
}

/** Whether `a` and `b` can be editions of one series (the name aside). */
function compatible(a: Info, b: Info): boolean {
  if (a.r.kind !== b.r.kind) return false;
  if (a.orgStems.length && b.orgStems.length && !a.orgStems.some((s) => b.orgStems.includes(s))) return false;
  const [ya, yb] = [a.r.year, b.r.year];
  if (a.number !== null && b.number !== null) {
    if (a.number === b.number) return ya === null || yb === null || ya === yb; // one edition, two documents
    if (ya === null || yb === null) return true;
    const [dn, dy] = [b.number - a.number, yb - ya];
    if (dy === 0) return Math.abs(dn) <= 2;
    return Math.sign(dn) === Math.sign(dy) && Math.abs(dn) <= 2 * Math.abs(dy) + 1;
  }
  if (a.number === null && b.number === null) {
    // Without ordinals only the very same title, in other years (or the same event's two documents).
    return a.stems.length === b.stems.length && a.stems.every((s, i) => s === b.stems[i]);
  }
  return true;
}

// ——— the index

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable id. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Where `text` names one of `stems`: the word with up to four words before it in its line ("на сайте ЦГПБ им. В. В. Маяковского"). */
function mention(text: string, stems: string[]): Span | null {
  if (!stems.length) return null;
  // A regex finds the word (a stem is the start of every form of it); only the stretch before it is split into words.
  const re = new RegExp(`(?<![\\p{L}\\d])(?:${stems.map((s) => escape(s).replace(/е/g, '[её]')).join('|')})\\p{L}*`, 'iu');
  const m = re.exec(text);
  if (!m) return null;
  const from = Math.max(0, m.index - 80);
  const ws = words(text.slice(from, m.index + m[0].length));
  const i = ws.length - 1;
  let j = i;
  while (j > 0 && i - j < 4 && !text.slice(from + ws[j - 1].end, from + ws[j].start).includes('\n')) j--;
  if (from > 0 && j === 0) j = Math.min(1, i); // the first word of the stretch may be cut
  const [start, end] = [from + ws[j].start, from + ws[i].end];
  return { quote: text.slice(start, end), start, end };
}

const byYear = (a: Resolution, b: Resolution) => (b.year ?? -Infinity) - (a.year ?? -Infinity);

/** The series of `records`: editions recognised, in order, with the missing ones. */
export function findSeries(records: readonly Resolution[]): SeriesIndex {
  // One node per edition: the same event's documents (a resolution and a report; copies) together.
  const nodes = new Map<string, Info[]>();
  for (const r of records) {
    const x = info(r);
    if (!x) continue;
    const key = [r.kind, x.stems.join(' '), x.number ?? '', r.year, x.orgStems.join(' ')].join('|');
    const list = nodes.get(key);
    if (list) list.push(x);
    else nodes.set(key, [x]);
  }
  const editionsOf = [...nodes.values()];
  const heads = editionsOf.map((list) => list[0]);

  // Candidate pairs share the first two words of their titles (a series' name has at least two).
  const blocks = new Map<string, number[]>();
  heads.forEach((x, i) => {
    const key = `${x.r.kind}|${x.stems[0]}|${x.stems[1]}`;
    const list = blocks.get(key);
    if (list) list.push(i);
    else blocks.set(key, [i]);
  });
  const pairs: { a: number; b: number; shared: number; years: number }[] = [];
  for (const block of blocks.values()) {
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const [a, b] = [heads[block[i]], heads[block[j]]];
        const shared = nameOf([a, b]);
        if (shared && compatible(a, b)) {
          pairs.push({ a: block[i], b: block[j], shared, years: Math.abs((a.r.year ?? 0) - (b.r.year ?? 0)) });
        }
      }
    }
  }
  // Closest first: the longest shared name, then the nearest years. Two groups join only when every
  // edition of one is compatible with every edition of the other, so II/2016 and IV/2020 join but
  // a third record with IV/2018 cannot.
  pairs.sort((x, y) => y.shared - x.shared || x.years - y.years);
  const group = heads.map((_, i) => [i]);
  const groupOf = heads.map((_, i) => i);
  for (const { a, b } of pairs) {
    const [ga, gb] = [groupOf[a], groupOf[b]];
    if (ga === gb) continue;
    const fits =
      group[ga].every((i) => group[gb].every((j) => compatible(heads[i], heads[j]))) &&
      nameOf([...group[ga], ...group[gb]].map((i) => heads[i])) > 0;
    if (!fits) continue;
    for (const j of group[gb]) groupOf[j] = ga;
    group[ga].push(...group[gb]);
    group[gb] = [];
  }

  const list: Series[] = [];
  const seriesOf = new Map<string, { series: Series; x: Info }>();
  const membership = new Map<string, SeriesMembership>();
  const ids = new Set<string>();
  for (const members of group) {
    if (!members.length) continue;
    const infos = members.flatMap((i) => editionsOf[i]);
    if (members.length === 1 && !heads[members[0]].numbered) continue;
    const series = build(
      members.map((i) => heads[i]),
      infos,
      ids,
    );
    list.push(series);
    for (const x of infos) seriesOf.set(x.r.id, { series, x });
  }
  list.sort((a, b) => b.editions.length - a.editions.length || latest(b) - latest(a) || a.name.localeCompare(b.name, 'ru'));
  const byId = new Map(list.map((s) => [s.id, s]));
  // The evidence is looked for when a record's series is asked for (the view, the report), not for every copy.
  const of = (id: string): SeriesMembership | null => {
    const found = seriesOf.get(id);
    if (!found) return null;
    let m = membership.get(id);
    if (!m) {
      const { series, x } = found;
      const organizer =
        x.r.evidence.organizer ??
        (series.organizer && x.r.id !== series.organizer.recordId ? mention(x.r.text, organizerStems(series.organizer.name)) : null);
      m = {
        id: series.id,
        name: series.name,
        edition: x.r.ordinal,
        evidence: { numbered: x.numbered, title: x.r.evidence.title ?? null, ordinal: x.r.evidence.ordinal ?? null, organizer },
      };
      membership.set(id, m);
    }
    return m;
  };
  return { list, byId, of, has: (id) => seriesOf.get(id)?.series.id ?? null };
}

const latest = (s: Series) => Math.max(...s.editions.map((e) => e.year ?? -Infinity));

function build(heads: Info[], infos: Info[], ids: Set<string>): Series {
  // The name: the words every title starts with (a single edition: its title's head), as the latest writes it.
  const newest = [...heads].sort((a, b) => byYear(a.r, b.r))[0];
  const p = heads.length === 1 ? newest.headLen : nameOf(heads);
  const ws = newest.titleWords;
  const name = newest.r.title!.slice(ws[0].start, ws[Math.max(0, p - 1)].end).replace(/[\s:.,;—–-]+$/u, '');
  const withOrg = [...infos].sort((a, b) => byYear(a.r, b.r)).find((x) => x.r.organizer);
  const organizer = withOrg ? { name: withOrg.r.organizer!, recordId: withOrg.r.id, evidence: withOrg.r.evidence.organizer ?? null } : null;

  const key = [newest.r.kind, newest.stems.slice(0, p).join(' '), ...(withOrg ? withOrg.orgStems : [])].join('|');
  let id = `s-${hash(key)}`;
  for (let n = 2; ids.has(id); n++) id = `s-${hash(`${key}#${n}`)}`;
  ids.add(id);

  const editionsByKey = new Map<string, Edition>();
  for (const x of infos) {
    const k = x.number !== null ? `n${x.number}` : `y${x.r.year}`;
    const e = editionsByKey.get(k) ?? { number: x.number, ordinal: x.r.ordinal, year: x.r.year, records: [] };
    e.records.push(x.r);
    editionsByKey.set(k, e);
  }
  const editions = [...editionsByKey.values()];
  for (const e of editions) e.records.sort(byYear);
  // Numbers climb with the years (see compatible), so the years order them; undated ones by number, last.
  editions.sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || (a.number ?? Infinity) - (b.number ?? Infinity));
  const numbers = editions.map((e) => e.number).filter((n): n is number => n !== null);
  const have = new Set(numbers);
  const gaps: number[] = [];
  const earlier: number[] = [];
  if (numbers.length) {
    const [lo, hi] = [Math.min(...numbers), Math.max(...numbers)];
    for (let n = lo + 1; n < hi; n++) if (!have.has(n)) gaps.push(n);
    for (let n = 1; n < lo; n++) earlier.push(n);
  }
  const style: OrdinalStyle = editions.some((e) => e.ordinal && /^\d/.test(e.ordinal)) ? 'arabic' : 'roman';
  return { id, name, kind: newest.r.kind, organizer, editions, gaps, earlier, style };
}
