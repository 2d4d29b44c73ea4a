// valibot schemas of a stored document and of a backup file. As strict as an import: a foreign JSON
// or a hand-tampered file is refused. Closed vocabularies, id/hash formats, real calendar dates, years
// and counts within the app's bounds (lib/limits.ts), the text limit; and, for each record, what only
// its text can tell: id, sha256 and length recomputed from it, and every quote equal to the text at
// its offsets (text.slice(start, end) === quote). Every message is Russian and names its field.
import * as v from 'valibot';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import {
  COUNT_FIELDS,
  DOC_TYPES,
  SOURCE_FORMATS,
  EVENT_KINDS,
  FORMATS,
  PLACE_KINDS,
  PLACE_ROLES,
  type CountField,
  type EvidenceField,
  type Resolution,
} from '../types';
import { MAX_COUNT, MAX_TEXT_CHARS, YEAR_MAX, YEAR_MIN } from '../limits';
import { CURRENT_SCHEMA_VERSION, ORIGINS, type StoredResolution } from './schema';

export const BACKUP_FORMAT = 'resolutions-dashboard-backup';

/** 3000000 → "3 000 000" (plain spaces: the same in every message and test). */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

const Text = v.string();
const NonEmpty = v.pipe(v.string(), v.minLength(1, 'пустая строка'));
const Offset = v.pipe(v.number(), v.integer('ожидается целое число'), v.minValue(0, 'меньше нуля'));
const Count = v.nullable(
  v.pipe(
    v.number(),
    v.integer('ожидается целое число'),
    v.minValue(0, 'меньше нуля'),
    v.maxValue(MAX_COUNT, `больше ${grouped(MAX_COUNT)}`),
  ),
);
const YEAR_RANGE = `год вне ${YEAR_MIN}–${YEAR_MAX}`;
const Year = v.nullable(
  v.pipe(v.number(), v.integer('ожидается целое число'), v.minValue(YEAR_MIN, YEAR_RANGE), v.maxValue(YEAR_MAX, YEAR_RANGE)),
);

/** "2021", "2021-11", "2021-11-10": a month 01–12, a day that month has. */
function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
const DateStr = v.nullable(
  v.pipe(
    v.string(),
    v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ожидается дата вида ГГГГ-ММ-ДД'),
    v.check(isCalendarDate, 'такой даты нет'),
    v.check((s) => Number(s.slice(0, 4)) >= YEAR_MIN && Number(s.slice(0, 4)) <= YEAR_MAX, YEAR_RANGE),
  ),
);

const SpanSchema = v.pipe(
  v.object({ quote: Text, start: Offset, end: Offset }),
  v.check((s) => s.start <= s.end, 'начало фрагмента позже его конца'),
);

const ThemeMatchSchema = v.object({ theme: NonEmpty, word: Text, start: Offset, end: Offset });

const ItemSchema = v.object({
  text: Text,
  themes: v.array(NonEmpty),
  evidence: v.pipe(
    v.object({ quote: Text, start: Offset, end: Offset, matches: v.array(ThemeMatchSchema) }),
    v.check((s) => s.start <= s.end, 'начало фрагмента позже его конца'),
  ),
});

const PlaceEntries = {
  name: NonEmpty,
  kind: v.picklist(PLACE_KINDS),
  role: v.picklist(PLACE_ROLES),
  regionCode: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'ожидается код вида RU-KEM'))),
  country: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'ожидается код страны из двух букв'))),
  lat: v.nullable(v.pipe(v.number(), v.minValue(-90, 'широта вне −90…90'), v.maxValue(90, 'широта вне −90…90'))),
  lon: v.nullable(v.pipe(v.number(), v.minValue(-360, 'долгота вне −360…360'), v.maxValue(360, 'долгота вне −360…360'))),
  approximate: v.boolean(),
  evidence: SpanSchema,
};
const PlaceSchema = v.object(PlaceEntries);
const HostCitySchema = v.object({ ...PlaceEntries, inferred: v.boolean() });

const countEntries = <T extends v.GenericSchema>(schema: T) =>
  Object.fromEntries(COUNT_FIELDS.map((f) => [f, schema])) as Record<CountField, T>;

const EVIDENCE_FIELDS: EvidenceField[] = [
  'title',
  'kind',
  'ordinal',
  'organizer',
  'date',
  'year',
  'hostCity',
  'format',
  ...COUNT_FIELDS.map((f) => `participants.${f}` as const),
];
const evidenceEntries = Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f, v.optional(SpanSchema)])) as Record<
  EvidenceField,
  v.OptionalSchema<typeof SpanSchema, undefined>
>;

/** What is wrong with a record that has the right shape, and where ("source.sha256"); null when nothing. */
export interface RecordProblem {
  path: (string | number)[];
  message: string;
}

const textSha256 = (text: string) => bytesToHex(sha256(new TextEncoder().encode(text)));

/** Every span of a record, with where it is and the text its offsets point into. */
function spansOf(r: Resolution): { path: (string | number)[]; start: number; end: number; quote: string | null; text: string }[] {
  const out: { path: (string | number)[]; start: number; end: number; quote: string | null; text: string }[] = [];
  for (const f of EVIDENCE_FIELDS) {
    const s = r.evidence[f];
    if (s) out.push({ path: ['evidence', f], ...s, text: r.text });
  }
  r.places.forEach((p, i) => out.push({ path: ['places', i, 'evidence'], ...p.evidence, text: r.text }));
  if (r.hostCity) out.push({ path: ['hostCity', 'evidence'], ...r.hostCity.evidence, text: r.text });
  for (const list of ['recommendations', 'considered', 'conclusions'] as const) {
    r[list].forEach((item, i) => {
      out.push({ path: [list, i, 'evidence'], ...item.evidence, text: r.text });
      // Theme matches point into the item's own text, which a correction may have rewritten: only
      // their bounds are checked.
      item.evidence.matches.forEach((m, j) =>
        out.push({ path: [list, i, 'evidence', 'matches', j], start: m.start, end: m.end, quote: null, text: item.text }),
      );
    });
  }
  return out;
}

/** The checks only the text can answer: its length, its hash and id, the quotes at their offsets. */
export function recordProblem(r: Resolution): RecordProblem | null {
  if (r.text.length > MAX_TEXT_CHARS) return { path: ['text'], message: `текст длиннее ${grouped(MAX_TEXT_CHARS)} символов` };
  if (r.source.chars !== r.text.length) return { path: ['source', 'chars'], message: `не равно длине текста (${r.text.length})` };
  const hash = textSha256(r.text);
  if (r.source.sha256 !== hash) return { path: ['source', 'sha256'], message: 'не совпадает с текстом документа (SHA-256 текста другой)' };
  if (r.id !== `r-${hash.slice(0, 16)}`)
    return { path: ['id'], message: `не совпадает с текстом документа (должно быть r-${hash.slice(0, 16)})` };
  for (const s of spansOf(r)) {
    if (s.end > s.text.length) return { path: s.path, message: 'фрагмент выходит за пределы текста' };
    if (s.quote !== null && s.text.slice(s.start, s.end) !== s.quote)
      return { path: s.path, message: 'цитата не совпадает с текстом в этих границах' };
  }
  return null;
}

export const ResolutionSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^r-[0-9a-f]{16}$/, 'ожидается r- и 16 шестнадцатеричных цифр')),
    source: v.object({
      file: Text,
      sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'ожидается 64 шестнадцатеричные цифры')),
      chars: Offset,
      format: v.optional(v.picklist(SOURCE_FORMATS)),
    }),
    text: v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS, `текст длиннее ${grouped(MAX_TEXT_CHARS)} символов`)),
    docType: v.picklist(DOC_TYPES),
    title: v.nullable(Text),
    kind: v.picklist(EVENT_KINDS),
    ordinal: v.nullable(Text),
    organizer: v.nullable(Text),
    date: v.object({ start: DateStr, end: DateStr }),
    year: Year,
    hostCity: v.nullable(HostCitySchema),
    format: v.nullable(v.picklist(FORMATS)),
    participants: v.object(countEntries(Count)),
    approx: v.object(countEntries(v.optional(v.picklist(['more', 'about', 'less'])))),
    places: v.array(PlaceSchema),
    recommendations: v.array(ItemSchema),
    considered: v.array(ItemSchema),
    conclusions: v.array(ItemSchema),
    evidence: v.object(evidenceEntries),
    warnings: v.array(v.object({ code: NonEmpty, message: Text, field: v.optional(Text) })),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = recordProblem(dataset.value);
    if (!problem) return;
    // The issue's path, so that the message names the field ("source.sha256").
    let input: unknown = dataset.value;
    const path = problem.path.map((key) => {
      const value = (input as Record<string | number, unknown>)[key];
      const item =
        typeof key === 'number'
          ? ({ type: 'array', origin: 'value', input: input as unknown[], key, value } as const)
          : ({ type: 'object', origin: 'value', input: input as Record<string, unknown>, key, value } as const);
      input = value;
      return item;
    }) as [v.IssuePathItem, ...v.IssuePathItem[]];
    addIssue({ message: problem.message, path });
  }),
);

export const StoredResolutionSchema = v.pipe(
  v.intersect([
    ResolutionSchema,
    v.object({
      origin: v.picklist(ORIGINS),
      edited: v.array(NonEmpty),
      addedAt: v.pipe(v.string(), v.isoTimestamp('ожидается время ISO 8601')),
      updatedAt: v.pipe(v.string(), v.isoTimestamp('ожидается время ISO 8601')),
    }),
  ]),
);

export const ThemeRowSchema = v.object({ id: NonEmpty, ru: Text, en: Text });

/** The backup around its documents; each document is checked on its own (StoredResolutionSchema). */
export const BackupHeadSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  schemaVersion: v.literal(CURRENT_SCHEMA_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp('ожидается время ISO 8601')),
  bundledVersion: v.nullable(v.string()),
  deletedBundled: v.array(NonEmpty),
  resolutions: v.array(v.unknown()),
  themes: v.array(ThemeRowSchema),
});

export type Backup = Omit<v.InferOutput<typeof BackupHeadSchema>, 'resolutions'> & { resolutions: StoredResolution[] };

// Compile-time guard: the schema and the record contract in types.ts must agree both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<v.InferOutput<typeof StoredResolutionSchema>, StoredResolution> = true;
void schemaMatchesTypes;
