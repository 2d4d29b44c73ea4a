// The map's colours. Canvas cannot read CSS variables, so they are read once from the map's element
// (defined in MapView.svelte, with dark-mode values) and again when the colour scheme changes.
import { interpolateRgb } from 'd3';

export interface MapColors {
  sea: string;
  land: string;
  foreign: string;
  border: string;
  low: string;
  high: string;
  host: string;
  origin: string;
  speaker: string;
  mentioned: string;
  halo: string;
  selected: string;
}

/** Light-theme values, used when a variable is missing (e.g. in tests without the stylesheet). */
const FALLBACK: MapColors = {
  sea: '#dce8f1',
  land: '#f6f5f1',
  foreign: '#e4e2dc',
  border: '#9b9aa3',
  low: '#e2f2da',
  high: '#2e8b57',
  host: '#d55e00',
  origin: '#0072b2',
  speaker: '#cc79a7',
  mentioned: '#7a7a7a',
  halo: '#ffffff',
  selected: '#e69f00',
};

export function readColors(el: Element): MapColors {
  const style = getComputedStyle(el);
  const out = { ...FALLBACK };
  for (const key of Object.keys(FALLBACK) as (keyof MapColors)[]) {
    const v = style.getPropertyValue(`--map-${key}`).trim();
    if (v) out[key] = v;
  }
  return out;
}

/** `n` colours from `low` to `high` for the choropleth classes. */
export function classColors(c: MapColors, n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [c.high];
  const mix = interpolateRgb(c.low, c.high);
  return Array.from({ length: n }, (_, i) => mix(0.15 + (0.85 * i) / (n - 1)));
}
