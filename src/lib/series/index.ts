// Series of conferences: editions of the same event across the years, and the editions missing from
// the data. What this folder makes public.
export { findSeries, numberedPhrase, organizerStems } from './series';
export type { Edition, Series, SeriesEvidence, SeriesIndex, SeriesMembership } from './series';
export { formatOrdinal, formatRuns, ordinalNumber, toRoman, type OrdinalStyle } from './ordinal';
