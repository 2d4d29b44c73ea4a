// Corrections by hand: a form of the editable fields, and the patch it makes. A corrected field is
// listed in `edited` (the store's field paths) and keeps its evidence: the quote still shows where the
// parser found the value that was corrected. Warnings about a corrected field are re-checked.
import { fold } from '../lib/russian';
import type { ResolutionPatch } from '../lib/store';
import {
  COUNT_FIELDS,
  type CountField,
  type DocType,
  type EventKind,
  type Format,
  type HostCity,
  type Place,
  type Resolution,
  type Span,
  type Warning,
} from '../lib/types';
import { countWarnings, noDateWarning, placeUnresolvedWarning, type WarningCode } from '../lib/parse/warnings';
import type { CityInfo } from '../import/protocol';

export type EditField = 'title' | 'kind' | 'docType' | 'date' | 'hostCity' | 'format' | `participants.${CountField}`;

export const EDIT_FIELDS: readonly EditField[] = [
  'title',
  'kind',
  'docType',
  'date',
  'hostCity',
  'format',
  ...COUNT_FIELDS.map((f) => `participants.${f}` as const),
];

/** The fields as typed: strings where the user types, so a half-typed value is kept and reported. */
export interface EditForm {
  title: string;
  kind: EventKind;
  docType: DocType;
  format: Format | '';
  /** "10.11.2021", "11.2021", "2021" (or ISO "2021-11-10"); empty = unknown. */
  dateStart: string;
  /** Empty = the same day as the start. */
  dateEnd: string;
  hostCity: string;
  /** The gazetteer town for `hostCity`: looked up (null = not found), or undefined when not looked up. */
  hostCityPlace?: CityInfo | null;
  counts: Record<CountField, string>;
}

/** Why a field's value is refused: message keys (edit.error.*). */
export type EditError = 'date' | 'dateOrder' | 'count';

export interface PatchResult {
  patch: ResolutionPatch;
  /** Fields whose value differs from the record's. */
  edited: EditField[];
  errors: Partial<Record<EditField, EditError>>;
}

const EMPTY_SPAN: Span = { quote: '', start: 0, end: 0 };

/** ISO (partial) date → what the form shows: "10.11.2021", "11.2021", "2021". */
export function showDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return [d, m, y].filter(Boolean).join('.');
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** What the user typed → an ISO (partial) date; null for empty; 'invalid' otherwise. */
export function parseDateInput(input: string): string | null | 'invalid' {
  const s = input.trim().replace(/\s*г(ода?|\.)?$/u, '');
  if (s === '') return null;
  let y: number;
  let m: number | undefined;
  let d: number | undefined;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s))) [d, m, y] = [+match[1], +match[2], +match[3]];
  else if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) [y, m, d] = [+match[1], +match[2], +match[3]];
  else if ((match = /^(\d{1,2})[./](\d{4})$/.exec(s))) [m, y] = [+match[1], +match[2]];
  else if ((match = /^(\d{4})-(\d{1,2})$/.exec(s))) [y, m] = [+match[1], +match[2]];
  else if ((match = /^(\d{4})$/.exec(s))) y = +match[1];
  else return 'invalid';
  if (y < 1800 || y > 2100) return 'invalid';
  if (m !== undefined && (m < 1 || m > 12)) return 'invalid';
  if (d !== undefined && (d < 1 || d > daysIn(y, m!))) return 'invalid';
  const p = (n: number) => String(n).padStart(2, '0');
  return [String(y), m === undefined ? null : p(m), d === undefined ? null : p(d)].filter(Boolean).join('-');
}

/** "2 198", "2198" → 2198; empty → null; anything else → 'invalid'. */
export function parseCount(input: string): number | null | 'invalid' {
  const s = input.replace(/[\s\u00a0\u202f\u2009]/g, '');
  if (s === '') return null;
  if (!/^\d{1,9}$/.test(s)) return 'invalid';
  return Number(s);
}

export function formFromRecord(r: Resolution): EditForm {
  return {
    title: r.title ?? '',
    kind: r.kind,
    docType: r.docType,
    format: r.format ?? '',
    dateStart: showDate(r.date.start),
    dateEnd: r.date.end && r.date.end !== r.date.start ? showDate(r.date.end) : '',
    hostCity: r.hostCity?.name ?? '',
    counts: Object.fromEntries(COUNT_FIELDS.map((f) => [f, r.participants[f] === null ? '' : String(r.participants[f])])) as Record<
      CountField,
      string
    >,
  };
}

/** The patch a form makes to `base`; invalid fields are reported and left out of the patch. */
export function buildPatch(base: Resolution, form: EditForm): PatchResult {
  const patch: ResolutionPatch = {};
  const edited: EditField[] = [];
  const errors: PatchResult['errors'] = {};

  const title = form.title.trim() || null;
  if (title !== base.title) {
    patch.title = title;
    edited.push('title');
  }
  if (form.kind !== base.kind) {
    patch.kind = form.kind;
    edited.push('kind');
  }
  if (form.docType !== base.docType) {
    patch.docType = form.docType;
    edited.push('docType');
  }
  const format = form.format || null;
  if (format !== base.format) {
    patch.format = format;
    edited.push('format');
  }

  const start = parseDateInput(form.dateStart);
  const endTyped = parseDateInput(form.dateEnd);
  if (start === 'invalid') errors.date = 'date';
  else if (endTyped === 'invalid') errors.date = 'date';
  else {
    const end = start === null ? null : (endTyped ?? start);
    if (start !== null && end !== null && end < start) errors.date = 'dateOrder';
    else if (start !== base.date.start || end !== base.date.end) {
      patch.date = { start, end };
      patch.year = start === null ? null : Number(start.slice(0, 4));
      edited.push('date');
    }
  }

  const participants = { ...base.participants };
  const approx = { ...base.approx };
  let countsChanged = false;
  for (const f of COUNT_FIELDS) {
    const value = parseCount(form.counts[f]);
    if (value === 'invalid') {
      errors[`participants.${f}`] = 'count';
      continue;
    }
    if (value === base.participants[f]) continue;
    participants[f] = value;
    delete approx[f]; // a number typed by hand is exact
    countsChanged = true;
    edited.push(`participants.${f}`);
  }
  if (countsChanged) {
    patch.participants = participants;
    patch.approx = approx;
  }

  const cityName = form.hostCity.trim();
  if (cityName !== (base.hostCity?.name ?? '')) {
    edited.push('hostCity');
    const { hostCity, places } = withHostCity(base, cityName, form.hostCityPlace ?? null);
    patch.hostCity = hostCity;
    patch.places = places;
  }

  const warnings = recheckWarnings(base, { ...base, ...patch }, edited);
  if (JSON.stringify(warnings) !== JSON.stringify(base.warnings)) patch.warnings = warnings;
  return { patch, edited, errors };
}

/** The host city named by hand (its coordinates from the gazetteer when found), in hostCity and places. */
function withHostCity(base: Resolution, name: string, found: CityInfo | null): { hostCity: HostCity | null; places: Place[] } {
  const others = base.places.filter((p) => p.role !== 'host');
  if (!name) return { hostCity: null, places: others };
  const place = found && fold(found.name) === fold(name) ? found : null;
  const evidence = base.hostCity?.evidence ?? base.evidence.hostCity ?? EMPTY_SPAN;
  const host: Place = {
    name: place?.name ?? name,
    kind: 'city',
    role: 'host',
    regionCode: place?.regionCode ?? null,
    country: place?.country ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    approximate: false,
    evidence,
  };
  const at = base.places.findIndex((p) => p.role === 'host');
  const places = [...others];
  places.splice(at === -1 ? places.length : Math.min(at, places.length), 0, host);
  return { hostCity: { ...host, inferred: false }, places };
}

/**
 * Warnings about corrected fields re-checked against the corrected values (the rules of
 * lib/parse/warnings.ts); the others kept. A typed date is never backwards (the form refuses it) and
 * is not weighed against the years of the text, so only "no date" can come back.
 */
function recheckWarnings(base: Resolution, next: Resolution, edited: EditField[]): Warning[] {
  const has = (f: EditField) => edited.includes(f);
  const countsEdited = has('participants.total') || has('participants.offline') || has('participants.online');
  const is = (w: Warning, ...codes: WarningCode[]) => (codes as string[]).includes(w.code);
  const hostUnresolved = base.hostCity && placeUnresolvedWarning(base.hostCity).message;
  let out = base.warnings.filter((w) => {
    if (countsEdited && is(w, 'count-mismatch')) return false;
    if (has('date') && is(w, 'no-date', 'date-backwards', 'year-outlier')) return false;
    if (has('docType') && next.docType !== 'other' && is(w, 'no-resolution')) return false;
    if (has('hostCity') && is(w, 'place-unresolved') && w.message === hostUnresolved) return false;
    return true;
  });
  if (countsEdited) out = [...countWarnings(next), ...out];
  if (has('date') && next.date.start === null) out.push(noDateWarning());
  return out;
}

/** The record with the patch applied (what is saved, and what the preview shows). */
export function applyPatch<T extends Resolution>(base: T, patch: ResolutionPatch): T {
  return { ...base, ...patch };
}

/** Does the form hold values that cannot be saved? */
export const hasErrors = (r: PatchResult) => Object.keys(r.errors).length > 0;
