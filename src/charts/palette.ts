// Okabe–Ito colours, read through CSS custom properties so a theme (dark mode) can override them
// by setting --chart-* on :root; the second argument of var() is the default.
export const colors = {
  offline: 'var(--chart-offline, #0072B2)',
  online: 'var(--chart-online, #E69F00)',
  notStated: 'var(--chart-not-stated, #999999)',
  heat: 'var(--chart-heat, #0072B2)',
  warning: 'var(--chart-warning, #D55E00)',
  axis: 'var(--chart-axis, #555555)',
  grid: 'var(--chart-grid, #e3e3e3)',
  selection: 'var(--chart-selection, #0072B2)',
} as const;

export type SeriesKey = 'offline' | 'online' | 'notStated';
export const SERIES: SeriesKey[] = ['offline', 'online', 'notStated'];
