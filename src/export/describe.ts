// The active filters in words, for the line written under an exported chart:
// "Фильтры: Годы: 2020–2021; Тема: Управление качеством" or "Фильтры не заданы".
import { getContext, setContext } from 'svelte';
import { t } from '../i18n/messages';
import { DOC_TYPES, EVENT_KINDS, isOneOf } from '../lib/types';
import { isEmpty, NO_FILTERS, type Filters } from '../lib/state/filters';
import { filtersSlug } from './filename';

/** The label of a kind or document type ("forum" → "форум"), or the id itself when it is none (a hand-made URL). */
const kindName = (id: string) => (isOneOf(EVENT_KINDS, id) ? t(`kind.${id}`) : id);
const typeName = (id: string) => (isOneOf(DOC_TYPES, id) ? t(`type.${id}`) : id);

/** The year range in words: "2020–2021", "2015", "с 2015", "по 2021" (chips and exported charts alike). */
export function yearsText(from: number | null, to: number | null): string {
  if (from !== null && to !== null) return from === to ? String(from) : `${from}–${to}`;
  return from !== null ? t('filters.yearsFrom', { from }) : t('filters.yearsTo', { to: to ?? '' });
}

/** `seriesName`: the name of the series `f.series` picks (lib/series); its id when not given. */
export function filterParts(f: Filters, themeLabels: Record<string, string> = {}, seriesName: string | null = null): string[] {
  const parts: string[] = [];
  if (f.from !== null || f.to !== null) parts.push(`${t('filters.years')}: ${yearsText(f.from, f.to)}`);
  if (f.themes.length) parts.push(`${t('filters.theme')}: ${f.themes.map((id) => themeLabels[id] ?? id).join(', ')}`);
  if (f.kinds.length) parts.push(`${t('filters.kind')}: ${f.kinds.map(kindName).join(', ')}`);
  if (f.types.length) parts.push(`${t('filters.type')}: ${f.types.map(typeName).join(', ')}`);
  if (f.place) parts.push(`${t('filters.place')}: ${f.place}`);
  if (f.q) parts.push(`${t('export.query')}: «${f.q}»`);
  if (f.series) parts.push(`${t('filters.series')}: ${seriesName ? `«${seriesName}»` : f.series}`);
  return parts;
}

export function describeFilters(f: Filters, themeLabels: Record<string, string> = {}, seriesName: string | null = null): string {
  const parts = filterParts(f, themeLabels, seriesName);
  return isEmpty(f) || parts.length === 0 ? t('export.filtersNone') : t('export.filters', { list: parts.join('; ') });
}

/** What a chart's export needs to know about the page: set once by the App, read by every ChartFrame. */
export interface ExportContext {
  /** The filters line, e.g. "Фильтры: Годы: 2020–2021". */
  description: () => string;
  /** The filters part of a file name, e.g. "-2020-2021". */
  fileSuffix: () => string;
}

const KEY = 'filters-description';

/** Called by the App: every chart below it then writes these filters under its exported image. */
export function setExportContext(
  filters: () => Filters,
  themeLabels: () => Record<string, string>,
  seriesName: () => string | null = () => null,
): void {
  setContext<ExportContext>(KEY, {
    description: () => describeFilters(filters(), themeLabels(), seriesName()),
    fileSuffix: () => filtersSlug(filters()),
  });
}

/** The page's export context, or one saying "no filters" (a chart rendered on its own, in tests). */
export function getExportContext(): ExportContext {
  return (
    getContext<ExportContext | undefined>(KEY) ?? {
      description: () => describeFilters(NO_FILTERS),
      fileSuffix: () => filtersSlug(NO_FILTERS),
    }
  );
}
