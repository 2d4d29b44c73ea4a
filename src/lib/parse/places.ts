// Places a resolution names, with their roles and coordinates, and the host city.
// Pure TypeScript (runs in Node and in a Web Worker); never throws. Scanning rules: places-scan.ts;
// roles: places-roles.ts; host: places-host.ts.
//
// Which town a name means (Березовский: Кемеровская or Свердловская область?) is decided by the
// document's regions: the host's, the regions it names, its unambiguous towns. A candidate in those
// regions wins unless another is a city ≥ 100 000 and 20 times bigger. A village ("с. Марьевка") that is
// not in the gazetteer, or only elsewhere, takes the coordinates of the district or region named next to
// it ("с. Марьевка, Яйский р-н"), or of the document's main region, with `approximate: true`.
// A district takes the coordinates of its main town (Беловский район → Белово), approximate.
// A name after "г."/"с." that matches nothing is kept with null coordinates.
// Kind: the marker's ("г." city, "с."/"пос."/"д." rural), else a gazetteer town of ≥ 10 000 people is a
// city and a smaller one rural (GeoNames does not record town status).
// Russia itself ("Российской Федерации", "России") is never a place: it is every text's default.
import type { HostCity, Place, PlaceKind, PlaceRole } from '../types';
import type { Gazetteer, GazPlace } from '../geo/gazetteer';
import type { Region } from '../geo/regions';
import { headerEnd, HOST_VERB, inferHost, isHostLine } from './places-host';
import { roleAt } from './places-roles';
import { PlaceScanner, type Mention } from './places-scan';
import { isComma, tokenize, type Token } from './places-tokens';
import { extend } from './text';

type Located = Omit<Place, 'role' | 'evidence'>;

const adminKey = (p: GazPlace) => `${p.geonamesCountry}.${p.admin1}`;

function fromTown(p: GazPlace, kind: PlaceKind | null): Located {
  return {
    name: p.name,
    kind: kind ?? (p.population >= 10000 ? 'city' : 'rural'),
    regionCode: p.regionCode,
    country: p.country,
    lat: p.lat,
    lon: p.lon,
    approximate: false,
  };
}

function fromRegion(r: Region): Located {
  return { name: r.name, kind: 'region', regionCode: r.code, country: r.country, lat: r.lat, lon: r.lon, approximate: false };
}

/** A place below the gazetteer's cut, drawn at `at` (its district or region). */
function approximate(name: string, kind: PlaceKind, at: Located): Located {
  return { name, kind, regionCode: at.regionCode, country: at.country, lat: at.lat, lon: at.lon, approximate: true };
}

/** District adjective stem → stems of its main town's name: беловск → белов (Белово), юргинск → юрг (Юрга). */
function townStems(s: string): string[] {
  const out = [s];
  for (const suffix of ['ск', 'ьск', 'инск', 'йск'])
    if (s.endsWith(suffix) && s.length > suffix.length) out.push(s.slice(0, -suffix.length));
  return out;
}

/** Regions by admin1 key, built once per gazetteer. */
const regionIndexes = new WeakMap<Gazetteer, Map<string, Region>>();

function regionsByAdmin(gz: Gazetteer): Map<string, Region> {
  let index = regionIndexes.get(gz);
  if (!index) {
    index = new Map();
    for (const r of gz.regions) index.set(r.admin1, r);
    regionIndexes.set(gz, index);
  }
  return index;
}

class Resolver {
  private regionsByAdmin: Map<string, Region>;
  /** Admin1 keys ("RU.29") of the document's regions, by weight. */
  private context = new Map<string, number>();
  private dominant: Region | undefined;
  /** Where each mention is, by its position in `mentions`; undefined until located. */
  readonly located: (Located | null | undefined)[];
  /** A town's location, once per town and kind: a long list names the same towns again and again. */
  private towns = new Map<GazPlace, Map<PlaceKind | null, Located>>();

  constructor(
    private gz: Gazetteer,
    private tokens: readonly Token[],
    private mentions: Mention[],
    host: Mention | undefined,
  ) {
    this.regionsByAdmin = regionsByAdmin(gz);
    this.located = new Array<Located | null | undefined>(mentions.length);
    const weigh = (key: string, w: number) => this.context.set(key, (this.context.get(key) ?? 0) + w);
    for (const m of mentions) {
      if (m.t === 'area' && m.area.type === 'region') weigh(m.area.region.admin1, 2);
      if ((m.t === 'town' || m.t === 'townAdjective') && m.cands.length === 1) weigh(adminKey(m.cands[0]), 1);
    }
    const hostTown = host && (host.t === 'town' || host.t === 'townAdjective') ? host.cands[0] : undefined;
    if (hostTown) weigh(adminKey(hostTown), 3);
    const ranked = [...this.context].sort((a, b) => b[1] - a[1]).map(([k]) => this.regionsByAdmin.get(k));
    this.dominant = hostTown ? this.regionsByAdmin.get(adminKey(hostTown)) : ranked.find(Boolean);
    mentions.forEach((m, k) => {
      if (m.t === 'area' || m.t === 'district') this.located[k] = this.locate(m, k);
    });
    mentions.forEach((m, k) => {
      if (this.located[k] === undefined) this.located[k] = this.locate(m, k);
    });
  }

  /** The district or region named right next to mentions[k], in the same list ("с. Марьевка, Яйский р-н"). */
  private qualifier(m: Mention, k: number): Located | null {
    for (const j of [k + 1, k - 1]) {
      const n = this.mentions[j];
      if (!n || !(n.t === 'district' || (n.t === 'area' && n.area.type === 'region'))) continue;
      const [a, b] = n.s >= m.e ? [m, n] : [n, m];
      if (b.s === a.e && isComma(this.tokens[b.s].gap) && this.tokens[a.s].sentence === this.tokens[b.s].sentence) {
        const at = this.located[j];
        if (at && at.lat !== null) return at;
      }
    }
    return null;
  }

  /** fromTown, kept per town and kind (a Located is never changed once made). */
  private town(p: GazPlace, kind: PlaceKind | null): Located {
    let kinds = this.towns.get(p);
    if (!kinds) this.towns.set(p, (kinds = new Map()));
    let at = kinds.get(kind);
    if (!at) kinds.set(kind, (at = fromTown(p, kind)));
    return at;
  }

  private pickTown(cands: readonly GazPlace[]): GazPlace {
    const top = cands[0];
    const local = cands.find((p) => this.context.has(adminKey(p)));
    if (local && local !== top && !(top.population >= 100000 && top.population >= 20 * local.population)) return local;
    return top;
  }

  private locate(m: Mention, k: number): Located | null {
    switch (m.t) {
      case 'area':
        if (m.area.type === 'region') return fromRegion(m.area.region);
        return {
          name: m.area.country.name,
          kind: 'country',
          regionCode: null,
          country: m.area.country.code,
          lat: m.area.country.lat,
          lon: m.area.country.lon,
          approximate: false,
        };
      case 'district':
        return this.district(m, k);
      case 'townAdjective':
        return this.town(this.pickTown(m.cands), 'city');
      case 'town': {
        // Only a town with its own marker takes a qualifier: "с. Марьевка, Яйский р-н", not "Курска, Ленинградской области".
        const near = m.strength === 'strong' ? this.qualifier(m, k) : null;
        const regionCode = near?.regionCode;
        if (near) {
          const inside = m.cands.find((p) => p.regionCode === regionCode);
          return inside ? this.town(inside, m.kind) : approximate(m.cands[0].name, m.kind ?? 'rural', near);
        }
        const pick = this.pickTown(m.cands);
        if (m.kind === 'rural' && this.dominant && this.context.size && !this.context.has(adminKey(pick)) && pick.population < 20000) {
          return approximate(pick.name, 'rural', fromRegion(this.dominant));
        }
        return this.town(pick, m.kind);
      }
      case 'unknown': {
        const near = this.qualifier(m, k);
        if (near) return approximate(m.name, m.kind ?? 'city', near);
        return { name: m.name, kind: m.kind ?? 'city', regionCode: null, country: null, lat: null, lon: null, approximate: false };
      }
    }
  }

  /** A district lies in the region next to it, else the document's main region, else any of its regions. */
  private district(m: Mention & { t: 'district' }, k: number): Located | null {
    const next = this.mentions.slice(k + 1, k + 2).find((n) => n.t === 'area' && n.area.type === 'region' && n.s === m.e);
    const regions = [
      next?.t === 'area' && next.area.type === 'region' ? next.area.region : undefined,
      this.dominant,
      ...[...this.context.keys()].map((key) => this.regionsByAdmin.get(key)),
    ].filter((r): r is Region => !!r);
    const named = townStems(m.stem).flatMap((s) => this.gz.townsByStem(s));
    for (const r of new Set(regions)) {
      const towns = named.filter((p) => adminKey(p) === r.admin1);
      const town = towns.sort((a, b) => b.population - a.population)[0];
      if (town) return extend(approximate(m.name, 'district', fromTown(town, null)), { regionCode: r.code, country: r.country });
    }
    if (m.elliptic || !regions.length)
      return m.elliptic
        ? null
        : { name: m.name, kind: 'district', regionCode: null, country: null, lat: null, lon: null, approximate: false };
    return approximate(m.name, 'district', fromRegion(regions[0]));
  }
}

/** Words that make a "took place" sentence about another occasion: a field trip, earlier or later editions. */
const OTHER_OCCASION = /^(?:выездн|ранее|прежде|предыдущ|следующ|будет|будут|экскурси)/;
/** The first two letters of HOST_VERB's and OTHER_OCCASION's words, either case. */
const MAY_BE_VERB_OR_OCCASION = /^(?:[Сс]о|[Пп]р|[Оо]т|[Рр]а|[Вв]ы|[Сс]л|[Бб]у|[Ээ]к)/;
/** How far into a text a "took place" sentence is looked for. */
const HOST_SENTENCE_LIMIT = 4000;

/**
 * The mention that names the host, by the surest evidence first: a town in the header on a dated or short
 * line; the title ending "… в Биробиджане"; a town in the first sentence that says the event took place
 * ("в Твери прошёл", "(Москва) состоялся", "работала в … (г. Барнаул)").
 */
function findHost(text: string, tokens: readonly Token[], mentions: Mention[]): Mention | undefined {
  const isTown = (m: Mention) => m.t === 'town' || (m.t === 'unknown' && m.kind === 'city');
  const end = headerEnd(text);
  const inHeader = mentions.find((m) => isTown(m) && tokens[m.s].start < end && isHostLine(text, tokens[m.s].start));
  if (inHeader) return inHeader;
  const inTitle = mentions.find((m) => isTown(m) && m.strength === 'weak' && endsTitle(text, tokens, m));
  if (inTitle) return inTitle;
  const took = new Set<number>();
  const other = new Set<number>();
  for (let k = 0; k < tokens.length && tokens[k].start < HOST_SENTENCE_LIMIT; k++) {
    // Only words that may be one of these are folded (most words of a text never are).
    if (!MAY_BE_VERB_OR_OCCASION.test(tokens[k].text)) continue;
    if (HOST_VERB.test(tokens[k].folded)) took.add(tokens[k].sentence);
    if (OTHER_OCCASION.test(tokens[k].folded)) other.add(tokens[k].sentence);
  }
  return mentions.find((m) => {
    const sentence = tokens[m.s].sentence;
    return isTown(m) && took.has(sentence) && !other.has(sentence) && (m.strength !== 'none' || inParentheses(text, tokens, m));
  });
}

/** "(Москва)": a town named in parentheses after its venue. */
function inParentheses(text: string, tokens: readonly Token[], m: Mention): boolean {
  return tokens[m.s].gap.endsWith('(') && text[tokens[m.e - 1].end] === ')';
}

/** A town after "в" that closes the text's first line, a title ("Итоги … конференции … в Биробиджане"). */
function endsTitle(text: string, tokens: readonly Token[], m: Mention): boolean {
  const firstLine = text.trimStart();
  const lineStart = text.length - firstLine.length;
  const lineEnd = text.indexOf('\n', lineStart);
  const after = text.slice(tokens[m.e - 1].end, lineEnd < 0 ? text.length : lineEnd);
  return (
    tokens[m.s].start < (lineEnd < 0 ? text.length : lineEnd) &&
    /^[\s.»"]*$/.test(after) &&
    /(?:конференц|форум|семинар|совещани|чтени|съезд|конгресс|симпозиум|круглы\p{L}*\s+стол|школ|фестивал)/iu.test(
      text.slice(lineStart, tokens[m.s].start),
    )
  );
}

export function extractPlaces(text: string, gazetteer: Gazetteer): { places: Place[]; hostCity: HostCity | null } {
  try {
    return extract(String(text ?? ''), gazetteer);
  } catch {
    return { places: [], hostCity: null };
  }
}

function extract(text: string, gazetteer: Gazetteer): { places: Place[]; hostCity: HostCity | null } {
  const tokens = tokenize(text);
  const mentions = new PlaceScanner(gazetteer, tokens).scan();
  const hostMention = findHost(text, tokens, mentions);
  const { located } = new Resolver(gazetteer, tokens, mentions, hostMention);

  const places: Place[] = [];
  // A place is listed once per role: the same kind, name, region and point. Compared field by field
  // among the places of its name (building a string key with the coordinates in it was slower).
  const byName = new Map<string, Place[]>();
  const add = (p: Located, role: PlaceRole, start: number, end: number) => {
    const same = byName.get(p.name);
    if (same?.some((q) => q.role === role && q.kind === p.kind && q.regionCode === p.regionCode && q.lat === p.lat && q.lon === p.lon))
      return null;
    // Field by field (a spread or Object.assign is several times slower), in the order of the JSON.
    const place: Place = {
      name: p.name,
      kind: p.kind,
      regionCode: p.regionCode,
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      approximate: p.approximate,
      role,
      evidence: { quote: text.slice(start, end), start, end },
    };
    places.push(place);
    if (same) same.push(place);
    else byName.set(p.name, [place]);
    return place;
  };
  const end = (m: Mention) => tokens[m.e - 1].end + m.tail;

  let hostCity: HostCity | null = null;
  const hostPlace = hostMention && located[mentions.indexOf(hostMention)];
  if (hostMention && hostPlace) {
    const place = add(hostPlace, 'host', tokens[hostMention.s].start, end(hostMention));
    if (place) hostCity = extend(place, { inferred: false });
  } else {
    const inferred = inferHost(text, gazetteer);
    const place = inferred && add(fromTown(inferred.place, 'city'), 'host', inferred.start, inferred.end);
    if (place) hostCity = extend(place, { inferred: true });
  }
  const roles = new Map<number, PlaceRole | null>();
  mentions.forEach((m, k) => {
    const p = located[k];
    if (p && m !== hostMention) add(p, roleAt(tokens, m.s, m.head, roles), tokens[m.s].start, end(m));
  });
  return { places, hostCity };
}
