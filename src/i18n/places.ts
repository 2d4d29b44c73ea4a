// Place names in the page's language. Russian: the names as the records hold them. English: Russia's
// federal subjects by their usual English names, countries through Intl.DisplayNames, towns by their
// common English name where one exists (Moscow, Saint Petersburg) and otherwise spelled in Latin
// letters as English texts write them (BGN/PCGN without diacritics: Кемерово → Kemerovo).
import { countryByIso, regionByCode } from '../lib/geo/regions';
import type { PlaceKind } from '../lib/types';
import type { Lang } from './locale.svelte';
import { locale } from './locale.svelte';

/** ISO 3166-2 (after "RU-") → English name of the federal subject. */
const REGION_EN: Record<string, string> = {
  AD: 'Adygea', AL: 'Altai Republic', BA: 'Bashkortostan', BU: 'Buryatia', DA: 'Dagestan', IN: 'Ingushetia',
  KB: 'Kabardino-Balkaria', KL: 'Kalmykia', KC: 'Karachay-Cherkessia', KR: 'Karelia', KO: 'Komi Republic',
  CR: 'Crimea', ME: 'Mari El', MO: 'Mordovia', SA: 'Sakha (Yakutia)', SE: 'North Ossetia–Alania', TA: 'Tatarstan',
  TY: 'Tuva', UD: 'Udmurtia', KK: 'Khakassia', CE: 'Chechnya', CU: 'Chuvashia', ALT: 'Altai Krai',
  ZAB: 'Zabaykalsky Krai', KAM: 'Kamchatka Krai', KDA: 'Krasnodar Krai', KYA: 'Krasnoyarsk Krai', PER: 'Perm Krai',
  PRI: 'Primorsky Krai', STA: 'Stavropol Krai', KHA: 'Khabarovsk Krai', AMU: 'Amur Oblast', ARK: 'Arkhangelsk Oblast',
  AST: 'Astrakhan Oblast', BEL: 'Belgorod Oblast', BRY: 'Bryansk Oblast', VLA: 'Vladimir Oblast',
  VGG: 'Volgograd Oblast', VLG: 'Vologda Oblast', VOR: 'Voronezh Oblast', IVA: 'Ivanovo Oblast', IRK: 'Irkutsk Oblast',
  KGD: 'Kaliningrad Oblast', KLU: 'Kaluga Oblast', KEM: 'Kemerovo Oblast (Kuzbass)', KIR: 'Kirov Oblast',
  KOS: 'Kostroma Oblast', KGN: 'Kurgan Oblast', KRS: 'Kursk Oblast', LEN: 'Leningrad Oblast', LIP: 'Lipetsk Oblast',
  MAG: 'Magadan Oblast', MOS: 'Moscow Oblast', MUR: 'Murmansk Oblast', NIZ: 'Nizhny Novgorod Oblast',
  NGR: 'Novgorod Oblast', NVS: 'Novosibirsk Oblast', OMS: 'Omsk Oblast', ORE: 'Orenburg Oblast', ORL: 'Oryol Oblast',
  PNZ: 'Penza Oblast', PSK: 'Pskov Oblast', ROS: 'Rostov Oblast', RYA: 'Ryazan Oblast', SAM: 'Samara Oblast',
  SAR: 'Saratov Oblast', SAK: 'Sakhalin Oblast', SVE: 'Sverdlovsk Oblast', SMO: 'Smolensk Oblast',
  TAM: 'Tambov Oblast', TVE: 'Tver Oblast', TOM: 'Tomsk Oblast', TUL: 'Tula Oblast', TYU: 'Tyumen Oblast',
  ULY: 'Ulyanovsk Oblast', CHE: 'Chelyabinsk Oblast', YAR: 'Yaroslavl Oblast', MOW: 'Moscow', SPE: 'Saint Petersburg',
  SEV: 'Sevastopol', YEV: 'Jewish Autonomous Oblast', NEN: 'Nenets Autonomous Okrug',
  KHM: 'Khanty-Mansi Autonomous Okrug (Yugra)', CHU: 'Chukotka', YAN: 'Yamalo-Nenets Autonomous Okrug',
};

/** Towns whose English name is not their spelling in Latin letters. */
const TOWN_EN: Record<string, string> = {
  'Москва': 'Moscow', 'Санкт-Петербург': 'Saint Petersburg', 'Ростов-на-Дону': 'Rostov-on-Don', 'Киев': 'Kyiv',
  'Орёл': 'Oryol', 'Тольятти': 'Tolyatti', 'Архангельск': 'Arkhangelsk', 'Алма-Ата': 'Almaty', 'Кишинёв': 'Chișinău',
  'Минск': 'Minsk', 'Рига': 'Riga', 'Таллин': 'Tallinn', 'Вильнюс': 'Vilnius', 'Пекин': 'Beijing', 'Варшава': 'Warsaw',
};

const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
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
        out += ch === 'е' && (i === 0 || VOWELS.has(prev)) ? 'ye' : (LATIN[ch] ?? ch);
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

/** A federal subject ("RU-KEM") or a country's region by code, in `lang`: "Кемеровская область", "Kemerovo Oblast (Kuzbass)". */
export function regionName(code: string, lang: Lang = locale.lang): string | null {
  const region = regionByCode(code);
  if (!region) return null;
  if (lang === 'en') return REGION_EN[code.replace(/^RU-/, '')] ?? latin(region.short);
  return region.short;
}

/** A country by ISO 3166-1 alpha-2, in `lang`: "Беларусь", "Belarus". */
export function countryName(iso: string, lang: Lang = locale.lang): string {
  if (lang === 'en') return intlCountry(iso, 'en') ?? countryByIso(iso)?.short ?? iso;
  return countryByIso(iso)?.short ?? intlCountry(iso, 'ru') ?? iso;
}

/** A place's name in `lang`; in Russian, exactly as the record holds it. */
export function placeName(p: { name: string; kind: PlaceKind | string; regionCode: string | null; country: string | null }, lang: Lang = locale.lang): string {
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
