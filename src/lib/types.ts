// The project's public data format: one `Resolution` per source document.
// Field names are a contract (issue 3); the app, the store and exported backups all use them.

// Each vocabulary is one constant that also defines its type: schemas, filters, editors and labels are
// derived from these arrays (display order), never restated.
export const DOC_TYPES = ['resolution', 'report', 'announcement', 'other'] as const;
export type DocType = (typeof DOC_TYPES)[number];
export const EVENT_KINDS = ['conference', 'forum', 'council', 'seminar', 'roundtable', 'readings', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const FORMATS = ['offline', 'online', 'hybrid'] as const;
export type Format = (typeof FORMATS)[number];
export const PLACE_KINDS = ['city', 'rural', 'district', 'region', 'country'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const PLACE_ROLES = ['host', 'origin', 'speaker', 'mentioned'] as const;
export type PlaceRole = (typeof PLACE_ROLES)[number];

/** Whether `value` is one of `vocabulary`'s words (a type guard for values from URLs, files and forms). */
export function isOneOf<T extends string>(vocabulary: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (vocabulary as readonly string[]).includes(value);
}

/** A quote from `Resolution.text` and its character offsets there: text.slice(start, end) === quote. */
export interface Span {
  quote: string;
  start: number;
  end: number;
}

export const COUNT_FIELDS = [
  'total',
  'offline',
  'online',
  'views',
  'reports',
  'cities',
  'rural',
  'regions',
  'countries',
  'organizations',
] as const;
export type CountField = (typeof COUNT_FIELDS)[number];
export type Participants = Record<CountField, number | null>;

/** How a count was qualified in the text: "более 600" → 'more', "около 140" → 'about', "до 50" → 'less'. */
export type Qualifier = 'more' | 'about' | 'less';

export interface Place {
  /** Nominative, official Russian form: "Кемеровская область — Кузбасс", "Республика Беларусь", "Марьевка". */
  name: string;
  kind: PlaceKind;
  role: PlaceRole;
  /** ISO 3166-2 code of the place's region ("RU-KEM"), or of the region itself; null where there is none. */
  regionCode: string | null;
  /** ISO 3166-1 alpha-2 ("RU", "BY"), or null when unknown. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** True when the coordinates are those of the enclosing district or region (place below the gazetteer's cut). */
  approximate: boolean;
  /** Where the text names it (the first mention for this role). */
  evidence: Span;
}

export interface HostCity extends Place {
  /** True when the city was inferred from a well-known host institution rather than named. */
  inferred: boolean;
}

export interface ThemeMatch {
  theme: string;
  /** The word as written in the item, and its offsets within the item's `text`. */
  word: string;
  start: number;
  end: number;
}

/** A recommendation, a considered topic or a conclusion. */
export interface Item {
  text: string;
  themes: string[];
  evidence: Span & { matches: ThemeMatch[] };
}

export type EvidenceField =
  'title' | 'kind' | 'ordinal' | 'organizer' | 'date' | 'year' | 'hostCity' | 'format' | `participants.${CountField}`;

export interface Warning {
  /** Stable code, e.g. 'count-mismatch', 'date-backwards', 'year-outlier', 'place-unresolved', 'no-resolution'. */
  code: string;
  /** The values the message names, e.g. { offline: 34, online: 502, sum: 536, total: 535 }: the page words
   * the warning in its own language from `code` and these (lib/parse/warnings.ts `renderWarning`). */
  params?: Record<string, string | number>;
  /** The Russian wording, kept for readers of exported files; views render `code` + `params` instead. */
  message: string;
  field?: string;
}

/** What a document was read from: the format of the original file (a .zip's entries by their own). */
export const SOURCE_FORMATS = ['text', 'markdown', 'html', 'docx', 'pdf', 'doc', 'rtf', 'odt'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface Resolution {
  /** Stable, from content: "r-" + the first 16 hex digits of sha256(text). */
  id: string;
  /** The original file: its name (a path inside a folder or archive), the text's hash and length, and the
   * file's format (absent in records made before it was kept, and for texts given as text). */
  source: { file: string; sha256: string; chars: number; format?: SourceFormat };
  /** The decoded text (BOM removed, line ends folded to \n): every Span's offsets point into it. */
  text: string;
  docType: DocType;
  title: string | null;
  kind: EventKind;
  ordinal: string | null;
  organizer: string | null;
  date: { start: string | null; end: string | null };
  year: number | null;
  hostCity: HostCity | null;
  format: Format | null;
  participants: Participants;
  approx: Partial<Record<CountField, Qualifier>>;
  places: Place[];
  recommendations: Item[];
  considered: Item[];
  conclusions: Item[];
  evidence: Partial<Record<EvidenceField, Span>>;
  warnings: Warning[];
}

/** The file `npm run ingest` writes and the app bundles. */
export interface Dataset {
  /** Changes whenever the bundled data changes: the store re-seeds on a new version. */
  version: string;
  resolutions: Resolution[];
}
