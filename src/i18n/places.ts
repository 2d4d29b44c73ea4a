// Place names in the page's language. Russian: the names as the records hold them. English: Russia's
// federal subjects by their usual English names, countries through Intl.DisplayNames, towns by their
// common English name where one exists (Moscow, Saint Petersburg) and otherwise spelled in Latin
// letters as English texts write them (BGN/PCGN without diacritics: Кемерово → Kemerovo).
import { LATIN_LETTERS } from '../lib/russian';
import type { PlaceKind } from '../lib/types';
import type { Lang } from './locale.svelte';
import { locale } from './locale.svelte';

/** ISO 3166-2 (after "RU-") → the federal subject's everyday name in Russian (as lib/geo/regions.ts has
 * it: a unit test keeps the two equal) and its usual English name. Kept here, not read from regions.ts,
 * so that the page's first bundle (the filter bar names a region's chip) does not carry the gazetteer's tables. */
const REGION_NAMES: Record<string, readonly [ru: string, en: string]> = {
  AD: ['Адыгея', 'Adygea'],
  AL: ['Республика Алтай', 'Altai Republic'],
  BA: ['Башкортостан', 'Bashkortostan'],
  BU: ['Бурятия', 'Buryatia'],
  DA: ['Дагестан', 'Dagestan'],
  IN: ['Ингушетия', 'Ingushetia'],
  KB: ['Кабардино-Балкария', 'Kabardino-Balkaria'],
  KL: ['Калмыкия', 'Kalmykia'],
  KC: ['Карачаево-Черкесия', 'Karachay-Cherkessia'],
  KR: ['Карелия', 'Karelia'],
  KO: ['Коми', 'Komi Republic'],
  CR: ['Крым', 'Crimea'],
  ME: ['Марий Эл', 'Mari El'],
  MO: ['Мордовия', 'Mordovia'],
  SA: ['Якутия', 'Sakha (Yakutia)'],
  SE: ['Северная Осетия', 'North Ossetia–Alania'],
  TA: ['Татарстан', 'Tatarstan'],
  TY: ['Тыва', 'Tuva'],
  UD: ['Удмуртия', 'Udmurtia'],
  KK: ['Хакасия', 'Khakassia'],
  CE: ['Чечня', 'Chechnya'],
  CU: ['Чувашия', 'Chuvashia'],
  ALT: ['Алтайский край', 'Altai Krai'],
  ZAB: ['Забайкальский край', 'Zabaykalsky Krai'],
  KAM: ['Камчатский край', 'Kamchatka Krai'],
  KDA: ['Краснодарский край', 'Krasnodar Krai'],
  KYA: ['Красноярский край', 'Krasnoyarsk Krai'],
  PER: ['Пермский край', 'Perm Krai'],
  PRI: ['Приморский край', 'Primorsky Krai'],
  STA: ['Ставропольский край', 'Stavropol Krai'],
  KHA: ['Хабаровский край', 'Khabarovsk Krai'],
  AMU: ['Амурская область', 'Amur Oblast'],
  ARK: ['Архангельская область', 'Arkhangelsk Oblast'],
  AST: ['Астраханская область', 'Astrakhan Oblast'],
  BEL: ['Белгородская область', 'Belgorod Oblast'],
  BRY: ['Брянская область', 'Bryansk Oblast'],
  VLA: ['Владимирская область', 'Vladimir Oblast'],
  VGG: ['Волгоградская область', 'Volgograd Oblast'],
  VLG: ['Вологодская область', 'Vologda Oblast'],
  VOR: ['Воронежская область', 'Voronezh Oblast'],
  IVA: ['Ивановская область', 'Ivanovo Oblast'],
  IRK: ['Иркутская область', 'Irkutsk Oblast'],
  KGD: ['Калининградская область', 'Kaliningrad Oblast'],
  KLU: ['Калужская область', 'Kaluga Oblast'],
  KEM: ['Кемеровская область', 'Kemerovo Oblast (Kuzbass)'],
  KIR: ['Кировская область', 'Kirov Oblast'],
  KOS: ['Костромская область', 'Kostroma Oblast'],
  KGN: ['Курганская область', 'Kurgan Oblast'],
  KRS: ['Курская область', 'Kursk Oblast'],
  LEN: ['Ленинградская область', 'Leningrad Oblast'],
  LIP: ['Липецкая область', 'Lipetsk Oblast'],
  MAG: ['Магаданская область', 'Magadan Oblast'],
  MOS: ['Московская область', 'Moscow Oblast'],
  MUR: ['Мурманская область', 'Murmansk Oblast'],
  NIZ: ['Нижегородская область', 'Nizhny Novgorod Oblast'],
  NGR: ['Новгородская область', 'Novgorod Oblast'],
  NVS: ['Новосибирская область', 'Novosibirsk Oblast'],
  OMS: ['Омская область', 'Omsk Oblast'],
  ORE: ['Оренбургская область', 'Orenburg Oblast'],
  ORL: ['Орловская область', 'Oryol Oblast'],
  PNZ: ['Пензенская область', 'Penza Oblast'],
  PSK: ['Псковская область', 'Pskov Oblast'],
  ROS: ['Ростовская область', 'Rostov Oblast'],
  RYA: ['Рязанская область', 'Ryazan Oblast'],
  SAM: ['Самарская область', 'Samara Oblast'],
  SAR: ['Саратовская область', 'Saratov Oblast'],
  SAK: ['Сахалинская область', 'Sakhalin Oblast'],
  SVE: ['Свердловская область', 'Sverdlovsk Oblast'],
  SMO: ['Смоленская область', 'Smolensk Oblast'],
  TAM: ['Тамбовская область', 'Tambov Oblast'],
  TVE: ['Тверская область', 'Tver Oblast'],
  TOM: ['Томская область', 'Tomsk Oblast'],
  TUL: ['Тульская область', 'Tula Oblast'],
  TYU: ['Тюменская область', 'Tyumen Oblast'],
  ULY: ['Ульяновская область', 'Ulyanovsk Oblast'],
  CHE: ['Челябинская область', 'Chelyabinsk Oblast'],
  YAR: ['Ярославская область', 'Yaroslavl Oblast'],
  MOW: ['Москва', 'Moscow'],
  SPE: ['Санкт-Петербург', 'Saint Petersburg'],
  SEV: ['Севастополь', 'Sevastopol'],
  YEV: ['Еврейская автономная область', 'Jewish Autonomous Oblast'],
  NEN: ['Ненецкий автономный округ', 'Nenets Autonomous Okrug'],
  KHM: ['Ханты-Мансийский автономный округ', 'Khanty-Mansi Autonomous Okrug (Yugra)'],
  CHU: ['Чукотский автономный округ', 'Chukotka'],
  YAN: ['Ямало-Ненецкий автономный округ', 'Yamalo-Nenets Autonomous Okrug'],
};

/** Towns whose English name is not their spelling in Latin letters. */
const TOWN_EN: Record<string, string> = {
  Москва: 'Moscow',
  'Санкт-Петербург': 'Saint Petersburg',
  'Ростов-на-Дону': 'Rostov-on-Don',
  Киев: 'Kyiv',
  Орёл: 'Oryol',
  Тольятти: 'Tolyatti',
  Архангельск: 'Arkhangelsk',
  'Алма-Ата': 'Almaty',
  Кишинёв: 'Chișinău',
  Минск: 'Minsk',
  Рига: 'Riga',
  Таллин: 'Tallinn',
  Вильнюс: 'Vilnius',
  Пекин: 'Beijing',
  Варшава: 'Warsaw',
};

const VOWELS = new Set('аеёиоуыэюяъь');

/** "Кемерово" → "Kemerovo", "Екатеринбург" → "Yekaterinburg", "Нижний Тагил" → "Nizhny Tagil". */
export function latin(name: string): string {
  const words = name.split(/(\s+|-)/);
  return words
    .map((w) => {
      if (!/[а-яё]/i.test(w)) return w;
      const lower = w.toLowerCase().replace(/(ый|ий)$/, 'y');
      let out = '';
      for (let i = 0; i < lower.length; i++) {
        const ch = lower[i];
        const prev = lower[i - 1];
        // е at the start of a word or after a vowel reads "ye" (Екатеринбург, Заречье).
        out += ch === 'е' && (i === 0 || VOWELS.has(prev)) ? 'ye' : (LATIN_LETTERS[ch] ?? ch);
      }
      const upper = w[0] !== w[0].toLowerCase();
      return upper ? out[0].toUpperCase() + out.slice(1) : out;
    })
    .join('');
}

const displayNames = new Map<Lang, Intl.DisplayNames | null>();
function intlCountry(iso: string, lang: Lang): string | null {
  if (!displayNames.has(lang)) {
    try {
      displayNames.set(lang, new Intl.DisplayNames([lang], { type: 'region' }));
    } catch {
      displayNames.set(lang, null);
    }
  }
  const name = displayNames.get(lang)?.of(iso);
  return name && name !== iso ? name : null;
}

/** The table's federal subjects, "RU-KEM" → ["Кемеровская область", "Kemerovo Oblast (Kuzbass)"]. */
export const REGION_DISPLAY_NAMES: ReadonlyMap<string, readonly [string, string]> = new Map(
  Object.entries(REGION_NAMES).map(([code, names]) => [`RU-${code}`, names]),
);

/** A federal subject by its code ("RU-KEM"), in `lang`: "Кемеровская область", "Kemerovo Oblast (Kuzbass)". */
export function regionName(code: string, lang: Lang = locale.lang): string | null {
  const names = REGION_DISPLAY_NAMES.get(code);
  return names ? names[lang === 'en' ? 1 : 0] : null;
}

/** A country by ISO 3166-1 alpha-2, in `lang` (Intl.DisplayNames): "Беларусь", "Belarus". */
export function countryName(iso: string, lang: Lang = locale.lang): string {
  return intlCountry(iso, lang) ?? iso;
}

/** A place's name in `lang`; in Russian, exactly as the record holds it. */
export function placeName(
  p: { name: string; kind: PlaceKind | string; regionCode: string | null; country: string | null },
  lang: Lang = locale.lang,
): string {
  if (lang === 'ru') return p.name;
  if (p.kind === 'region' && p.regionCode) return regionName(p.regionCode, lang) ?? latin(p.name);
  if (p.kind === 'country' && p.country) return countryName(p.country, lang);
  if (TOWN_EN[p.name]) return TOWN_EN[p.name];
  if (p.kind === 'district' && / район$/.test(p.name)) return `${latin(p.name.replace(/ район$/, ''))} District`;
  return latin(p.name);
}

/** The place's region for a table column: its federal subject, or its country when abroad; "" when none. */
export function regionOf(p: { regionCode: string | null; country: string | null; kind: string }, lang: Lang = locale.lang): string {
  const region = p.regionCode ? regionName(p.regionCode, lang) : null;
  if (region) return region;
  if (p.country && p.country !== 'RU' && p.kind !== 'country') return countryName(p.country, lang);
  return p.regionCode ?? '';
}
