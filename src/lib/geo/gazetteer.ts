// The offline gazetteer: GeoNames towns of the former USSR with Russian names (built by
// tools/geodata/build-gazetteer.ts), joined to the hand-written region and country tables, with the indexes
// the place parser needs. Indexes are built once, on first use (about 0.1 s), never per document.
import raw from './gazetteer.json';
import { NameIndex, type NameMatch, type WordToken } from './name-index';
import { COUNTRIES, REGIONS, regionByAdmin1, type Country, type Region } from './regions';
import { fold, stem } from './words';

export interface GazPlace {
  /** Russian display name, nominative. */
  name: string;
  /** Other Cyrillic names (Belarusian, Ukrainian, historical…): lookup keys only. */
  alt: readonly string[];
  lat: number;
  lon: number;
  population: number;
  /** GeoNames' own country and admin1 (Симферополь: UA, 11). */
  geonamesCountry: string;
  admin1: string;
  /** ISO 3166-2 of its region as a Russian reader counts it (Симферополь: RU-CR), or null. */
  regionCode: string | null;
  /** ISO 3166-1 alpha-2 as a Russian reader counts it, or null where disputed (see regions.ts). */
  country: string | null;
}

/** A region or a country named in a text. */
export type Area = { type: 'region'; region: Region } | { type: 'country'; country: Country };

/** The word that closes a region name: область, край, (автономный) округ, Республика. */
export type Generic = 'oblast' | 'krai' | 'okrug' | 'republic';

export interface Gazetteer {
  readonly source: string;
  readonly places: readonly GazPlace[];
  readonly regions: readonly Region[];
  readonly countries: readonly Country[];
  /** Gazetteer towns whose name starts at tokens[i] (any case form), longest first. */
  matchPlaces(tokens: readonly WordToken[], i: number): NameMatch<GazPlace>[];
  /**
   * Regions and countries named at tokens[i] by a proper name: "Башкортостана", "Беларуси", "Кузбасса".
   * With `afterGeneric` (the word before was "Республика"), also names that need it: "Саха", "Алтай".
   */
  matchArea(tokens: readonly WordToken[], i: number, afterGeneric: boolean): NameMatch<Area>[];
  /** The region or country an adjective names before its generic word: ("кемеровск", 'oblast'). */
  areaByAdjective(adjectiveStem: string, generic: Generic): Area | undefined;
  /** Towns whose one-word name has this stem: finds a district's main town (Беловский → Белово). */
  townsByStem(wordStem: string): readonly GazPlace[];
  /** Towns of ≥ 20 000 people an adjective is made from: "челябинск" (Челябинской академии) → Челябинск. */
  citiesByAdjective(adjectiveStem: string): readonly GazPlace[];
  /** The most populous town with this display name, optionally in one country. */
  placeByName(name: string, country?: string): GazPlace | undefined;
  /** The Russian federal subject a town lies in, if any. */
  regionOf(place: GazPlace): Region | undefined;
}

type RawRow = [name: string, alt: string, lat: number, lon: number, country: string, admin1: string, population: number];
interface RawGazetteer {
  source: string;
  admin1: Record<string, [iso: string, name: string]>;
  places: RawRow[];
}

const RUSSIAN_NAME = /^[А-Яа-яЁё]+(?:[\s-][А-Яа-яЁё]+)*$/;
const GENERIC_STEMS: Record<string, Generic> = { област: 'oblast', кра: 'krai', округ: 'okrug', республик: 'republic' };

/** Adjectives of towns that do not follow the regular patterns (stems). */
const IRREGULAR_ADJECTIVES: Record<string, string[]> = {
  Москва: ['московск'],
  'Санкт-Петербург': ['петербургск', 'санкт-петербургск', 'ленинградск'],
  'Нижний Новгород': ['нижегородск'],
  'Великий Новгород': ['новгородск'],
  Уфа: ['уфимск'],
  Тула: ['тульск'],
  Калуга: ['калужск'],
  Вологда: ['вологодск'],
  Пенза: ['пензенск'],
  Ярославль: ['ярославск'],
  Орёл: ['орловск'],
  'Ростов-на-Дону': ['ростовск'],
  Чебоксары: ['чебоксарск'],
  Барнаул: ['барнаульск'],
  Сочи: ['сочинск'],
};
/** Adjectives that are ordinary words before an institution (Российской государственной библиотеки) or
 * name a person (Пушкинской библиотеки), whatever town shares the stem. */
const NOT_TOWN_ADJECTIVES = new Set([
  'советск',
  'российск',
  'национальн',
  'центральн',
  'городск',
  'областн',
  'районн',
  'республиканск',
  'краев',
  'федеральн',
  'государственн',
  'международн',
  'всероссийск',
  'пушкинск',
  'чеховск',
  'лермонтовск',
  'ломоносовск',
  'гагаринск',
  'кировск',
  'королевск',
  'жуковск',
  'толстовск',
  'горьковск',
  'калининск',
]);

function townAdjectives(name: string): string[] {
  const irregular = IRREGULAR_ADJECTIVES[name];
  if (irregular) return irregular;
  const f = fold(name);
  if (/\s/.test(f) || /(?:ий|ый|ой|ая|ое|ые|ие)$/.test(f)) return [];
  if (/ск$/.test(f)) return [stem(f)];
  if (/(?:ово|ево|ино|ыно)$/.test(f)) return [stem(f) + 'ск'];
  if (/[ьа]$/.test(f)) return [f.slice(0, -1) + 'ск'];
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(f)) return [f + 'ск'];
  return [];
}

class GeoNamesGazetteer implements Gazetteer {
  readonly source: string;
  readonly places: readonly GazPlace[];
  readonly regions = REGIONS;
  readonly countries = COUNTRIES;
  private indexes?: ReturnType<GeoNamesGazetteer['build']>;

  constructor(data: RawGazetteer) {
    this.source = data.source;
    this.places = data.places.map(([name, alt, lat, lon, cc, admin1, population]) => {
      const region = regionByAdmin1(cc, admin1);
      const foreign = data.admin1[`${cc}.${admin1}`];
      return {
        name,
        alt: alt ? alt.split('|') : [],
        lat,
        lon,
        population,
        geonamesCountry: cc,
        admin1,
        regionCode: region ? region.code : (foreign?.[0] ?? null),
        country: region ? region.country : cc,
      };
    });
  }

  private get idx() {
    return (this.indexes ??= this.build());
  }

  private build() {
    const places = new NameIndex<{ place: GazPlace; primary: boolean }>();
    const towns = new Map<string, GazPlace[]>();
    const byAdjective = new Map<string, GazPlace[]>();
    const byName = new Map<string, GazPlace[]>();
    for (const p of this.places) {
      places.add(p.name, { place: p, primary: true });
      for (const n of [p.name, ...p.alt]) {
        // Names spelt with letters Russian lacks (Київ, Мінск) cannot occur in a Russian text's words.
        if (n !== p.name && RUSSIAN_NAME.test(n)) places.add(n, { place: p, primary: false });
        if (!/[\s]/.test(n)) push(towns, stem(fold(n)), p);
      }
      push(byName, fold(p.name), p);
      if (p.population >= 20000) {
        for (const a of townAdjectives(p.name)) if (!NOT_TOWN_ADJECTIVES.has(a)) push(byAdjective, a, p);
      }
    }
    for (const list of [...towns.values(), ...byAdjective.values(), ...byName.values()]) {
      list.sort((a, b) => b.population - a.population);
    }

    const standalone = new NameIndex<Area>();
    const afterGeneric = new NameIndex<Area>();
    const adjectives = new Map<string, Area>();
    const addAdjective = (name: string, area: Area) => {
      const main = name
        .split(/\s+[—(]/)[0]
        .trim()
        .split(/\s+/);
      const generic = GENERIC_STEMS[stem(fold(main[main.length - 1]))];
      const adj = fold(main[0]);
      const between = main.slice(1, -1).every((w) => /^(?:автономн|народн)/.test(fold(w)));
      if (generic && main.length >= 2 && between && /(?:ая|ий|ый|ой)$/.test(adj)) adjectives.set(`${stem(adj)}|${generic}`, area);
    };
    for (const region of REGIONS) {
      if (region.type === 'federal-city') continue; // Москва, Санкт-Петербург, Севастополь are towns
      const area: Area = { type: 'region', region };
      for (const n of region.aliases) {
        standalone.add(n, area);
        afterGeneric.add(n, area);
      }
      for (const n of [region.short, ...region.afterGeneric]) afterGeneric.add(n, area);
      addAdjective(region.name, area);
      for (const a of region.adjectives) adjectives.set(`${stem(fold(a))}|republic`, area);
    }
    for (const country of COUNTRIES) {
      const area: Area = { type: 'country', country };
      for (const n of [country.short, ...country.aliases]) {
        standalone.add(n, area);
        afterGeneric.add(n, area);
      }
      addAdjective(country.name, area);
    }
    return { places, towns, byAdjective, byName, standalone, afterGeneric, adjectives };
  }

  /** Of the names of one length, current display names beat other names: "Калининград" is the city,
   * not Королёв's former name. */
  matchPlaces(tokens: readonly WordToken[], i: number) {
    const found = this.idx.places.match(tokens, i);
    if (found.length === 1) return [{ payload: found[0].payload.place, length: found[0].length }]; // most names: one town
    const out: NameMatch<GazPlace>[] = [];
    if (!found.length) return out;
    for (const length of new Set(found.map((m) => m.length))) {
      const group = found.filter((m) => m.length === length);
      const primary = group.filter((m) => m.payload.primary);
      const places = new Set((primary.length ? primary : group).map((m) => m.payload.place));
      for (const place of places) out.push({ payload: place, length });
    }
    return out;
  }

  matchArea(tokens: readonly WordToken[], i: number, afterGeneric: boolean) {
    return (afterGeneric ? this.idx.afterGeneric : this.idx.standalone).match(tokens, i);
  }

  areaByAdjective(adjectiveStem: string, generic: Generic) {
    return this.idx.adjectives.get(`${adjectiveStem}|${generic}`);
  }

  townsByStem(wordStem: string) {
    return this.idx.towns.get(wordStem) ?? [];
  }

  citiesByAdjective(adjectiveStem: string) {
    return this.idx.byAdjective.get(adjectiveStem) ?? [];
  }

  placeByName(name: string, country?: string) {
    return this.idx.byName.get(fold(name))?.find((p) => !country || p.country === country);
  }

  regionOf(place: GazPlace) {
    return regionByAdmin1(place.geonamesCountry, place.admin1);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Maps a generic word's stem ("област", "кра") to its kind, if it is one. */
export function genericOf(wordStem: string): Generic | undefined {
  return GENERIC_STEMS[wordStem];
}

let cached: Gazetteer | undefined;

/** The bundled gazetteer (one instance; its indexes are built on first lookup). */
export function loadGazetteer(): Gazetteer {
  return (cached ??= new GeoNamesGazetteer(raw as unknown as RawGazetteer));
}

export const defaultGazetteer: Gazetteer = loadGazetteer();
