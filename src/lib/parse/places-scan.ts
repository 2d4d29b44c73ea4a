// Finds place-like phrases in a token stream — before deciding which town a name means.
//
// Precision rules (a capitalised word becomes a place only in a place-like context):
// - regions and countries by their own words: an adjective closed by its generic word ("Приморского
//   края", "Чувашской Республики", "Ханты-Мансийского автономного округа"), a list of adjectives closed by
//   one ("Вологодской, Калужской … Ростовской области"), "Республика" + name ("республик Башкортостан,
//   Карелия…", "Республики Саха (Якутия)"), or a name that stands alone ("Кузбасса", "Беларуси");
// - districts: adjectives closed by "район"/"р-н", or elliptic ("ЦБС … Крапивинского, Юргинского и
//   Беловского по …": a list of such adjectives before a preposition, kept only if each resolves to a town);
// - towns from the gazetteer: after "г." "гг." "с." "пос." "д." "город(а/ов)" (any size; an unknown name
//   is kept too), after "из"/"в"/"во" (≥ 1 000 people), continuing a list of places (any size), bare
//   (≥ 20 000 people and not a word that is also a common noun or surname: Пушкин, Находка);
//   a one-word adjectival name (Березовский, Мирный) needs "г."/"гг.";
// - a town's adjective before an institution ("Челябинской академии культуры" → Челябинск);
// - never a person: after initials or "им." ("им. В. В. Маяковского"), before initials or a patronymic.
import type { PlaceKind } from '../types';
import { genericOf, type Area, type Gazetteer, type Generic, type GazPlace } from '../geo/gazetteer';
import { ADJECTIVE_ENDING } from '../geo/words';
import { fold } from '../russian';
import { dotAfter, isComma, isSpace, type Token } from './places-tokens';
import { extend } from './text';

/** How strongly the context says "a place": own marker, plural marker (a list), a list, "из", nothing. */
export type Strength = 'strong' | 'plural' | 'list' | 'weak' | 'none';

interface Base {
  /** Token range [s, e). */
  s: number;
  e: number;
  /** Characters after the last token that belong to the quote (a closing parenthesis). */
  tail: number;
  strength: Strength;
  /** Kind the marker says (г. → city, с. → rural). */
  kind: PlaceKind | null;
  /** First token of the list this mention belongs to ("из Москвы, Твери": Москвы). */
  head: number;
}

export type Mention = Base &
  (
    | { t: 'area'; area: Area }
    // (Candidates are read, never changed: a list may be shared by mentions.)
    | { t: 'town'; cands: readonly GazPlace[] }
    | { t: 'townAdjective'; cands: readonly GazPlace[] }
    | { t: 'district'; stem: string; name: string; elliptic: boolean }
    | { t: 'unknown'; name: string }
  );

const MARKER_ABBR: Record<string, PlaceKind> = {
  г: 'city',
  гг: 'city',
  с: 'rural',
  п: 'rural',
  пос: 'rural',
  пгт: 'rural',
  рп: 'rural',
  д: 'rural',
  дер: 'rural',
  ст: 'rural',
  х: 'rural',
};
const MARKER_WORDS: Record<string, PlaceKind> = {
  город: 'city',
  города: 'city',
  городе: 'city',
  городом: 'city',
  городов: 'city',
  городах: 'city',
  городам: 'city',
  село: 'rural',
  села: 'rural',
  селе: 'rural',
  сел: 'rural',
  поселок: 'rural',
  поселка: 'rural',
  поселке: 'rural',
  поселков: 'rural',
  деревня: 'rural',
  деревни: 'rural',
  деревне: 'rural',
  станица: 'rural',
  станицы: 'rural',
};
const PLURAL = new Set(['гг', 'городов', 'городах', 'городам', 'сел', 'поселков']);
const WEAK = new Set(['из', 'в', 'во']);
/** Towns of ≥ 20 000 whose names are also common words or surnames: only in a place-like context. */
const NEEDS_CONTEXT = new Set([
  'бор',
  'находка',
  'шахты',
  'орел',
  'родники',
  'королев',
  'пушкин',
  'чехов',
  'ломоносов',
  'гагарин',
  'киров',
  'кропоткин',
  'лермонтов',
  'владимир',
  'александров',
  'дубна',
  'мир',
  'культура',
  'победа',
  'искра',
  'заря',
  'фрязино',
  'железногорск',
  'озерск',
  'снежинск',
  'карабаш',
  'тихвин',
  'муравленко',
]);
const STOP = new Set([
  'из',
  'в',
  'во',
  'на',
  'по',
  'с',
  'со',
  'и',
  'а',
  'о',
  'об',
  'от',
  'до',
  'за',
  'для',
  'к',
  'ко',
  'у',
  'при',
  'над',
  'под',
  'про',
  'без',
  'через',
  'не',
  'но',
  'как',
  'так',
  'что',
  'это',
  'все',
  'мы',
  'они',
  'россия',
  'россии',
  'рф',
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
]);
const GENITIVE_PREPOSITIONS = new Set(['из', 'от', 'до', 'для', 'у', 'около']);
const FUNCTION_WORDS = new Set(['по', 'в', 'во', 'на', 'с', 'со', 'и', 'за', 'для', 'к', 'от', 'из', 'о', 'об', 'при', 'а', 'но']);
/** Words before a district adjective that say it is one ("ЦБС Беловского"). */
const DISTRICT_OWNERS = new Set(['цбс', 'мцбс', 'мбук', 'мук', 'мбу', 'мку', 'мкук']);
const INSTITUTION = /^(?:академи|университет|институт|колледж|училищ|библиотек|консерватори|музе|театр|техникум|филармони|лице|гимнази)/;
const OPTIONAL_BEFORE_GENERIC = /^(?:автономн|народн|муниципальн)/;
const PATRONYMIC = /(?:ович|евич|овна|евна|ична|инична)$/;
// (Regexes used per token are constants: a regex literal in a function is a new object at every call.)
const CAPITAL_LETTER = /^\p{Lu}$/u;
const PREPOSITIONAL_ADJECTIVE = /(?:[сц]к|н)ом$/;
const DOT_GAP = /^\s*\.\s*$/;
const DOT_FIRST_GAP = /^\.\s*$/;
const NUMBER = /^\d+$/;

// (The length test first: an initial is one code point, and the regex is the slower check.)
const isInitial = (t: Token | undefined) => !!t && t.text.length <= 2 && CAPITAL_LETTER.test(t.text);
/** Capitalised adjective, "Приморском"/"Кемеровском" (prepositional) included. */
const isAdjective = (t: Token | undefined) => !!t && t.upper && (ADJECTIVE_ENDING.test(t.folded) || PREPOSITIONAL_ADJECTIVE.test(t.folded));
/** More than one letter, all capitals ("ЦБС"). (A lower-case second letter answers no without the slow toUpperCase.) */
const isAllCaps = (t: Token) => t.text.length > 1 && !isLowerLetter(t.text.charCodeAt(1)) && t.text === t.text.toUpperCase();
/** а-я, ё, a-z. */
const isLowerLetter = (c: number) => (c >= 0x430 && c <= 0x44f) || c === 0x451 || (c >= 0x61 && c <= 0x7a);

function isPerson(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && DOT_GAP.test(tokens[i].gap) && (isInitial(prev) || prev.folded === 'им')) return true;
  if (prev?.folded === 'имени') return true;
  if (next && isSpace(next.gap) && isInitial(next) && dotAfter(tokens, i + 1)) return true;
  return !!next && isSpace(next.gap) && next.upper && PATRONYMIC.test(next.folded);
}

interface Marker {
  strength: Strength;
  kind: PlaceKind;
}

function markerBefore(tokens: readonly Token[], i: number): Marker | null {
  const prev = tokens[i - 1];
  if (!prev) return null;
  const abbr = MARKER_ABBR[prev.folded];
  if (abbr && DOT_FIRST_GAP.test(tokens[i].gap)) {
    const year = NUMBER.test(tokens[i - 2]?.text ?? '') && isSpace(prev.gap); // "2009 г."
    const etc = tokens[i - 2]?.folded === 'т' && DOT_FIRST_GAP.test(prev.gap); // "и т.д. Активно…"
    if (!year && !etc) return { strength: PLURAL.has(prev.folded) ? 'plural' : 'strong', kind: abbr };
  }
  const word = MARKER_WORDS[prev.folded];
  if (word && isSpace(tokens[i].gap)) return { strength: PLURAL.has(prev.folded) ? 'plural' : 'strong', kind: word };
  if (WEAK.has(prev.folded) && isSpace(tokens[i].gap)) return { strength: 'weak', kind: 'city' };
  return null;
}

/** Whether tokens[i] continues a list that the mention `last` is part of ("Москвы, Белгорода и Твери"). */
function continues(tokens: readonly Token[], last: Mention | undefined, i: number): boolean {
  if (!last || tokens[i].sentence !== tokens[last.e - 1].sentence) return false;
  if (last.e === i) return isComma(tokens[i].gap);
  const and = tokens[i - 1];
  return last.e === i - 1 && and.is('и') && isSpace(and.gap) && isSpace(tokens[i].gap);
}

/** "Вологодской, Калужской и Псковской": indices of a list of capitalised adjectives starting at i. */
function adjectiveList(tokens: readonly Token[], i: number): number[] {
  const list = [i];
  for (let k = i; ;) {
    const next = tokens[k + 1];
    if (next && isComma(next.gap) && isAdjective(next)) list.push((k += 1));
    else if (next?.is('и') && isSpace(next.gap) && isAdjective(tokens[k + 2]) && isSpace(tokens[k + 2].gap)) list.push((k += 2));
    else return list;
  }
}

/** The generic word at tokens[k] (after optional "автономного"/"народной"), and where it ends. */
function genericAt(tokens: readonly Token[], k: number): { kind: Generic | 'district'; end: number } | null {
  while (tokens[k] && isSpace(tokens[k].gap) && OPTIONAL_BEFORE_GENERIC.test(tokens[k].folded)) k++;
  const t = tokens[k];
  if (!t || !isSpace(t.gap)) return null;
  if (t.folded === 'р-н' || t.stem === 'район') return { kind: 'district', end: k + 1 };
  if (t.folded === 'обл') return { kind: 'oblast', end: k + 1 };
  const kind = genericOf(t.stem);
  return kind ? { kind, end: k + 1 } : null;
}

/** After a list of district adjectives with no noun: end of text, punctuation, or a preposition. */
function endsElliptic(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !t || /[.;)!?]/.test(t.gap) || (isSpace(t.gap) && !t.upper && FUNCTION_WORDS.has(t.folded));
}

function institutionFollows(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 3 && tokens[j] && isSpace(tokens[j].gap) && !tokens[j].upper; j++) {
    if (INSTITUTION.test(tokens[j].folded)) return true;
    if (!ADJECTIVE_ENDING.test(tokens[j].folded)) return false;
  }
  return false;
}

/** Nominative of a district adjective: Яйского → Яйский район. */
function districtName(t: Token): string {
  const base = /(?:ий|ый|ой)$/.test(t.folded) ? t.folded : t.stem + (/[кгхжшчщ]$/.test(t.stem) ? 'ий' : 'ый');
  return base.replace(/(^|-)(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()) + ' район';
}

function acceptTown(p: GazPlace, token: Token, single: boolean, strength: Strength): boolean {
  // Березовский, Мирный: adjectives as names; Петропавловск-Камчатский declines a noun head, so it is not one.
  const adjectival = single && !token.folded.includes('-') && ADJECTIVE_ENDING.test(token.folded);
  if (strength === 'strong' || strength === 'plural') return true;
  if (adjectival) return false;
  if (strength === 'list') return true;
  if (strength === 'weak') return p.population >= 1000;
  return p.population >= 20000 && !NEEDS_CONTEXT.has(token.folded) && !NEEDS_CONTEXT.has(fold(p.name));
}

function sameArea(a: Area, b: Area): boolean {
  return a.type === 'region' ? b.type === 'region' && a.region === b.region : b.type === 'country' && a.country === b.country;
}

/** Only a capitalised word or "республик…" starts a place (testing "р" and the length first spares folding most words). */
const mayStart = (tok: Token) =>
  tok.upper || (tok.text.charCodeAt(0) === 0x440 && tok.text.length >= 9 && tok.folded.startsWith('республик'));
const NONE: readonly Mention[] = [];

/** One town as a list of candidates, the same list each time (a long list names the same towns again and again). */
const singletons = new WeakMap<GazPlace, readonly GazPlace[]>();
function only(p: GazPlace): readonly GazPlace[] {
  let list = singletons.get(p);
  if (!list) singletons.set(p, (list = [p]));
  return list;
}

export class PlaceScanner {
  constructor(
    private gz: Gazetteer,
    private tokens: readonly Token[],
  ) {}

  scan(): Mention[] {
    const out: Mention[] = [];
    for (let i = 0; i < this.tokens.length;) {
      // Checked here rather than in at(): entering at() allocates its closures' context, for every token.
      const found = mayStart(this.tokens[i]) ? this.at(i, out[out.length - 1]) : NONE;
      if (found.length) {
        out.push(...found);
        i = found[found.length - 1].e;
      } else i++;
    }
    return out;
  }

  /** A region's name may go on with its other name: "… округа — Югры", "Республики Саха (Якутия)". */
  private withAlias(m: Mention & { t: 'area' }): Mention {
    const t = this.tokens[m.e];
    if (!t || !/^\s*(?:[—–-]|\()\s*$/.test(t.gap)) return m;
    const alias = this.gz.matchArea(this.tokens, m.e, true)[0];
    if (!alias || !sameArea(alias.payload, m.area)) return m;
    const e = m.e + alias.length;
    const tail = t.gap.includes('(') && /^\)/.test(this.tokens[e]?.gap ?? ')') ? 1 : 0;
    return extend(m, { e, tail });
  }

  private at(i: number, last: Mention | undefined): Mention[] {
    const { tokens, gz } = this;
    const tok = tokens[i];
    const marker = markerBefore(tokens, i);
    const inList = continues(tokens, last, i);
    const strength: Strength = marker?.strength ?? (inList ? (last?.strength === 'plural' ? 'plural' : 'list') : 'none');
    const kind = marker?.kind ?? (inList && last?.strength === 'plural' ? last.kind : null);
    const head = inList && last ? last.head : i;
    // Mentions are written out field by field: a spread or Object.assign cost more than the rest of this.

    if (tok.stem === 'республик' && tokens[i + 1]?.upper && isSpace(tokens[i + 1].gap)) {
      const m = gz.matchArea(tokens, i + 1, true)[0];
      if (m) return [this.withAlias({ t: 'area', area: m.payload, s: i, e: i + 1 + m.length, tail: 0, strength, kind, head })];
    }
    if (!tok.upper || STOP.has(tok.folded) || isPerson(tokens, i)) return [];

    // "г. Мирный", "г. Березовский": an adjective after a town marker is the town's name.
    const ownMarker = marker?.strength === 'strong' || marker?.strength === 'plural';
    if (isAdjective(tok) && !ownMarker) {
      const adjs = adjectiveList(tokens, i);
      const after = adjs[adjs.length - 1] + 1;
      const generic = genericAt(tokens, after);
      const endOf = (a: number, k: number) => (k === adjs.length - 1 && generic ? generic.end : a + 1);
      if (generic?.kind === 'district') {
        return adjs.map((a, k): Mention => ({
          t: 'district',
          stem: tokens[a].stem,
          name: districtName(tokens[a]),
          elliptic: false,
          s: a,
          e: endOf(a, k),
          tail: 0,
          strength,
          kind,
          head,
        }));
      }
      if (generic) {
        const areas = adjs.map((a, k) => {
          const area = gz.areaByAdjective(tokens[a].stem, generic.kind as Generic);
          return area ? this.withAlias({ t: 'area', area, s: a, e: endOf(a, k), tail: 0, strength, kind, head }) : null;
        });
        if (areas.some(Boolean)) return areas.filter((m): m is Mention => !!m);
      }
      const owner = DISTRICT_OWNERS.has(tokens[i - 1]?.folded ?? '');
      if (!generic && (adjs.length >= 2 || owner) && endsElliptic(tokens, after)) {
        return adjs.map((a): Mention => ({
          t: 'district',
          stem: tokens[a].stem,
          name: districtName(tokens[a]),
          elliptic: true,
          s: a,
          e: a + 1,
          tail: 0,
          strength,
          kind,
          head,
        }));
      }
    }

    const area = gz.matchArea(tokens, i, false)[0];
    if (area) return [this.withAlias({ t: 'area', area: area.payload, s: i, e: i + area.length, tail: 0, strength, kind, head })];

    if (isAdjective(tok) && strength !== 'strong' && strength !== 'plural') {
      const cands = gz.citiesByAdjective(tok.stem);
      if (cands.length && institutionFollows(tokens, i + 1))
        return [{ t: 'townAdjective', cands, s: i, e: i + 1, tail: 0, strength, kind, head }];
    }

    if (!isAllCaps(tok) || tok.folded === 'спб') {
      const matches = gz.matchPlaces(tokens, i);
      // (One match, the common case, is taken without the filtering and sorting a list needs.)
      const ok =
        matches.length === 1
          ? acceptTown(matches[0].payload, tok, matches[0].length === 1, strength)
            ? matches
            : []
          : matches.filter((m) => acceptTown(m.payload, tok, m.length === 1, strength));
      if (ok.length) {
        const cands =
          ok.length === 1
            ? only(ok[0].payload)
            : ok
                .filter((m) => m.length === ok[0].length)
                .map((m) => m.payload)
                .sort((a, b) => b.population - a.population);
        return [{ t: 'town', cands, s: i, e: i + ok[0].length, tail: 0, strength, kind, head }];
      }
    }

    if (strength === 'strong' || strength === 'plural') {
      let e = i + 1;
      while (e - i < 3 && tokens[e]?.upper && tokens[e].joined && !STOP.has(tokens[e].folded)) e++;
      const words = tokens.slice(i, e).map((t) => t.text);
      // "из г. Несуществующинска": a genitive after "из" loses its -а (…ск, …цк); otherwise kept as written.
      const last = words.length - 1;
      if (marker && GENITIVE_PREPOSITIONS.has(tokens[i - 2]?.folded ?? '') && /[сц]ка$/.test(words[last]))
        words[last] = words[last].slice(0, -1);
      return [{ t: 'unknown', name: words.join(' '), s: i, e, tail: 0, strength, kind: kind ?? 'city', head }];
    }
    return [];
  }
}
