// Plain data the chart components take. The charts know nothing about where it comes from.
import type { CountField, Qualifier, Warning } from '../lib/types';

export interface TimelineDatum {
  id: string;
  /** ISO start date, "2021-11-10". */
  date: string;
  label: string;
  total: number | null;
  offline: number | null;
  online: number | null;
  /** A warning message when offline + online ≠ total, shown on the mark. */
  mismatch: string | null;
  /** The same warning with its code and values: shown in the page's language (preferred to `mismatch`). */
  warning?: Warning | null;
  /** Counts the text states approximately ("более 200"). */
  approx?: Partial<Record<CountField, Qualifier>>;
}

export interface YearSplitDatum {
  year: number;
  offline: number;
  online: number;
  /** Participants of events whose offline/online split is not stated. */
  notStated: number;
  /** Events of the year that state no participant count at all (shown as "не указано", never 0). */
  silent?: number;
}

/** Defined with the sums that list these events (lib/ depends on no UI folder). */
export type { UnknownFormatEvent } from '../lib/state/aggregate';

export interface ThemeCount {
  id: string;
  label: string;
  count: number;
}

export interface ThemeRow {
  id: string;
  label: string;
}

export interface ThemeCell {
  theme: string;
  year: number;
  count: number;
}

export interface LegendItem {
  label: string;
  /** A CSS colour, usually one of `colors` from palette.ts. */
  color: string;
  kind?: 'swatch' | 'hatch' | 'hollow' | 'badge';
}
