// A record's extracted fields as one list of references, each with its quote in the text: what the
// evidence view lists on one side and highlights on the other.
import { COUNT_FIELDS, type Resolution, type Span } from '../lib/types';
import { t } from '../i18n/messages';
import { countText, dateText, formatText, kindText } from './event-text';
import { segment, type MarkNode, type SegmentNode, type SpanInput } from './segments';
import { searchHits } from './search-hits';

/** Decides the colour of a mark: --mark-number, --mark-date, --mark-place, --mark-text, --mark-rec;
 * 'search' marks a word of the search query (outlined, over the others). */
export type MarkGroup = 'number' | 'date' | 'place' | 'text' | 'rec' | 'search';

export interface FieldRef {
  /** Unique within the record: "date", "participants.views", "place.origin.3", "rec.0". */
  id: string;
  /** What the mark's data-field says: "date", "participants.views", "places.origin", "recommendations". */
  field: string;
  group: MarkGroup;
  label: string;
  value: string;
  /** False when the record has no value (shown as "не указано"). */
  known: boolean;
  span: Span | null;
}

// Who wins when two quotes cross: counts and dates first, recommendations (long, light) last.
const PRIORITY: Record<MarkGroup, number> = { search: 5, number: 4, date: 4, place: 3, text: 2, rec: 1 };

export function fieldRefs(r: Resolution): FieldRef[] {
  const ev = r.evidence;
  const unknown = t('unknown');
  const refs: FieldRef[] = [
    {
      id: 'date',
      field: 'date',
      group: 'date',
      label: t('events.date'),
      value: dateText(r),
      known: r.date.start !== null || r.year !== null,
      span: ev.date ?? ev.year ?? null,
    },
    {
      id: 'hostCity',
      field: 'hostCity',
      group: 'place',
      label: t('detail.hostCity'),
      value: r.hostCity ? r.hostCity.name + (r.hostCity.inferred ? ` ${t('events.cityInferred')}` : '') : unknown,
      known: r.hostCity !== null,
      span: ev.hostCity ?? r.hostCity?.evidence ?? null,
    },
    {
      id: 'format',
      field: 'format',
      group: 'text',
      label: t('events.format'),
      value: formatText(r.format),
      known: r.format !== null,
      span: ev.format ?? null,
    },
    ...COUNT_FIELDS.map((f): FieldRef => ({
      id: `participants.${f}`,
      field: `participants.${f}`,
      group: 'number',
      label: t(`count.${f}`),
      value: countText(r.participants[f], r.approx[f]),
      known: r.participants[f] !== null,
      span: r.participants[f] !== null ? (ev[`participants.${f}`] ?? null) : null,
    })),
    {
      id: 'title',
      field: 'title',
      group: 'text',
      label: t('events.name'),
      value: r.title ?? unknown,
      known: r.title !== null,
      span: ev.title ?? null,
    },
    {
      id: 'kind',
      field: 'kind',
      group: 'text',
      label: t('detail.kind'),
      value: kindText(r),
      known: r.kind !== 'other',
      span: ev.kind ?? null,
    },
    {
      id: 'ordinal',
      field: 'ordinal',
      group: 'text',
      label: t('detail.ordinal'),
      value: r.ordinal ?? unknown,
      known: r.ordinal !== null,
      span: ev.ordinal ?? null,
    },
    {
      id: 'organizer',
      field: 'organizer',
      group: 'text',
      label: t('detail.organizer'),
      value: r.organizer ?? unknown,
      known: r.organizer !== null,
      span: ev.organizer ?? null,
    },
  ];
  r.places.forEach((p, i) => {
    refs.push({
      id: `place.${p.role}.${i}`,
      field: `places.${p.role}`,
      group: 'place',
      label: t(`place.${p.role}`),
      value: p.name,
      known: true,
      span: p.evidence,
    });
  });
  r.recommendations.forEach((item, i) => {
    refs.push({
      id: `rec.${i}`,
      field: 'recommendations',
      group: 'rec',
      label: t('detail.recommendations'),
      value: item.text,
      known: true,
      span: item.evidence,
    });
  });
  return refs;
}

/** The quotes to highlight; a quote whose offsets do not match the text is left out (never mis-highlighted). */
export function refSpans(text: string, refs: readonly FieldRef[]): SpanInput<FieldRef>[] {
  return refs.flatMap((ref) => {
    const s = ref.span;
    if (!s || text.slice(s.start, s.end) !== s.quote) return [];
    return [{ start: s.start, end: s.end, data: ref, priority: PRIORITY[ref.group] }];
  });
}

/** A text with its fields' quotes marked: what `EvidenceText` draws and what links to it look up. */
export interface Highlighted {
  /** The marks and the text between them, in document order; marks may nest. */
  nodes: SegmentNode<FieldRef>[];
  /** Field ref id → the key of the mark that shows it (or of the mark its quote crosses). */
  markKey: ReadonlyMap<string, number>;
}

/** The quotes of `refs` marked in `text` (a ref without a quote in the text gets no mark). */
export function highlight(text: string, refs: readonly FieldRef[]): Highlighted {
  const spans = refSpans(text, refs);
  const { nodes, markOf } = segment(text, spans);
  const markKey = new Map<string, number>();
  markOf.forEach((key, i) => key !== null && markKey.set(spans[i].data.id, key));
  return { nodes, markKey };
}

// A mark that shows several fields takes the colour of the first group in this order.
const GROUP_ORDER: readonly MarkGroup[] = ['search', 'number', 'date', 'place', 'text', 'rec'];

/** The words of the search query `q` found in `text`, as refs to highlight ("search.0", "search.1", …). */
export function searchRefs(text: string, q: string): FieldRef[] {
  return searchHits(text, q).map((h, i) => ({
    id: `search.${i}`,
    field: 'search',
    group: 'search',
    label: t('detail.searchMark'),
    value: text.slice(h.start, h.end),
    known: true,
    span: { quote: text.slice(h.start, h.end), start: h.start, end: h.end },
  }));
}

/** The colour group of a mark (its class is `m-<group>`). */
export const markGroup = (n: MarkNode<FieldRef>): MarkGroup => GROUP_ORDER.find((g) => n.data.some((d) => d.group === g)) ?? 'text';

/** A mark's tooltip: "Label: value" per field it shows ("Рекомендации" alone for a recommendation). */
export const markTitle = (n: MarkNode<FieldRef>): string =>
  n.data.map((d) => (d.group === 'rec' ? d.label : `${d.label}: ${d.value}`)).join('; ');

/** A mark's data-field: the distinct fields it shows, space-separated ("date", "participants.total kind"). */
export const markFields = (n: MarkNode<FieldRef>): string => [...new Set(n.data.map((d) => d.field))].join(' ');
