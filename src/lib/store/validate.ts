// valibot schemas of a stored document and of a backup file. Strict enough that a foreign JSON or a
// hand-tampered file is refused: closed vocabularies, id/hash formats, integer counts, coordinate
// ranges, and every Span inside the document's text.
import * as v from 'valibot';
import {
  COUNT_FIELDS, DOC_TYPES, EVENT_KINDS, FORMATS, PLACE_KINDS, PLACE_ROLES, type CountField, type EvidenceField, type Resolution,
} from '../types';
import { CURRENT_SCHEMA_VERSION, ORIGINS, type StoredResolution } from './schema';

export const BACKUP_FORMAT = 'resolutions-dashboard-backup';

const Text = v.string();
const NonEmpty = v.pipe(v.string(), v.minLength(1));
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const Count = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));
const DateStr = v.nullable(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)));

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
  regionCode: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/))),
  country: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  lat: v.nullable(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  lon: v.nullable(v.pipe(v.number(), v.minValue(-360), v.maxValue(360))),
  approximate: v.boolean(),
  evidence: SpanSchema,
};
const PlaceSchema = v.object(PlaceEntries);
const HostCitySchema = v.object({ ...PlaceEntries, inferred: v.boolean() });

const countEntries = <T extends v.GenericSchema>(schema: T) =>
  Object.fromEntries(COUNT_FIELDS.map((f) => [f, schema])) as Record<CountField, T>;

const EVIDENCE_FIELDS: EvidenceField[] = [
  'title', 'kind', 'ordinal', 'organizer', 'date', 'hostCity', 'format', ...COUNT_FIELDS.map((f) => `participants.${f}` as const),
];
const evidenceEntries = Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f, v.optional(SpanSchema)])) as Record<
  EvidenceField, v.OptionalSchema<typeof SpanSchema, undefined>
>;

/** Every span of a record, with the text it must lie in. */
function spansOf(r: Resolution): { start: number; end: number; limit: number }[] {
  const n = r.text.length;
  const spans: { start: number; end: number; limit: number }[] = [
    ...Object.values(r.evidence).flatMap((s) => (s ? [{ start: s.start, end: s.end, limit: n }] : [])),
    ...r.places.map((p) => ({ start: p.evidence.start, end: p.evidence.end, limit: n })),
    ...(r.hostCity ? [{ start: r.hostCity.evidence.start, end: r.hostCity.evidence.end, limit: n }] : []),
  ];
  for (const item of [...r.recommendations, ...r.considered, ...r.conclusions]) {
    spans.push({ start: item.evidence.start, end: item.evidence.end, limit: n });
    for (const m of item.evidence.matches) spans.push({ start: m.start, end: m.end, limit: item.text.length });
  }
  return spans;
}

export const ResolutionSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^r-[0-9a-f]{16}$/)),
    source: v.object({
      file: Text,
      sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
      chars: Offset,
    }),
    text: Text,
    docType: v.picklist(DOC_TYPES),
    title: v.nullable(Text),
    kind: v.picklist(EVENT_KINDS),
    ordinal: v.nullable(Text),
    organizer: v.nullable(Text),
    date: v.object({ start: DateStr, end: DateStr }),
    year: v.nullable(v.pipe(v.number(), v.integer())),
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
  v.check((r) => spansOf(r).every((s) => s.end <= s.limit), 'фрагмент выходит за пределы текста'),
);

export const StoredResolutionSchema = v.pipe(
  v.intersect([
    ResolutionSchema,
    v.object({
      origin: v.picklist(ORIGINS),
      edited: v.array(NonEmpty),
      addedAt: v.pipe(v.string(), v.isoTimestamp()),
      updatedAt: v.pipe(v.string(), v.isoTimestamp()),
    }),
  ]),
);

export const ThemeRowSchema = v.object({ id: NonEmpty, ru: Text, en: Text });

export const BackupSchema = v.pipe(
  v.object({
    format: v.literal(BACKUP_FORMAT),
    schemaVersion: v.literal(CURRENT_SCHEMA_VERSION),
    exportedAt: v.pipe(v.string(), v.isoTimestamp()),
    bundledVersion: v.nullable(v.string()),
    deletedBundled: v.array(NonEmpty),
    resolutions: v.array(StoredResolutionSchema),
    themes: v.array(ThemeRowSchema),
  }),
  v.check((b) => new Set(b.resolutions.map((r) => r.id)).size === b.resolutions.length, 'документ с одним и тем же id повторяется'),
  v.check((b) => new Set(b.resolutions.map((r) => r.source.sha256)).size === b.resolutions.length, 'один и тот же текст повторяется'),
);

export type Backup = v.InferOutput<typeof BackupSchema>;

// Compile-time guard: the schema and the record contract in types.ts must agree both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<v.InferOutput<typeof StoredResolutionSchema>, StoredResolution> = true;
void schemaMatchesTypes;
