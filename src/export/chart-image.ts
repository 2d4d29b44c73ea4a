// A chart as a stand-alone image: its drawing (see inline-styles.ts) on the page's background, with the
// chart's title above, its legend (the one drawn on the page, also an <svg>) and the active filters written
// under it. PNG: png.ts.
import { escapeXml, n2, wrapText } from '../charts/svg-text';
import { chartMarkup, computed, resolveVars, themeColor } from './inline-styles';

export interface ChartImageOptions {
  title: string;
  /** The line under the chart: "Фильтры: Годы: 2020–2021" or "Фильтры не заданы". */
  filters: string;
  /** The chart's legend as drawn on the page (Legend.svelte). */
  legend?: SVGSVGElement | null;
  /** Where the chart lives on the page: its computed styles give the background, text colour, font and custom properties. */
  context: Element;
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
const TITLE_SIZE = 16;
const TEXT_SIZE = 12;
const DEFAULT_FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/** The stand-alone SVG of a chart: background, title, legend, the chart, the filters line. */
export function chartImage(source: SVGSVGElement | string, opts: ChartImageOptions): ChartImage {
  const chart = chartMarkup(source, opts.context);
  const width = Math.ceil(Math.max(chart.width + 2 * PAD, 360));
  const inner = width - 2 * PAD;
  const background = themeColor(opts.context, 'background-color', '#ffffff');
  const fg = themeColor(opts.context, 'color', '#1d1d1f');
  const family = computed(opts.context)?.getPropertyValue('font-family').trim() ?? '';
  const fontFamily = !family || family === 'depends on user agent' ? DEFAULT_FONT : resolveVars(family, opts.context);

  const out: string[] = [];
  let y = PAD;
  const titleLines = wrapText(opts.title, inner, TITLE_SIZE, true);
  for (const line of titleLines) {
    y += TITLE_SIZE;
    out.push(
      `<text class="title" x="${PAD}" y="${n2(y)}" font-size="${TITLE_SIZE}" font-weight="600" fill="${escapeXml(fg)}">${escapeXml(line)}</text>`,
    );
    y += 4;
  }
  y += 6;
  if (opts.legend) {
    const legend = chartMarkup(opts.legend, opts.context);
    out.push(`<g class="legend" transform="translate(${PAD},${n2(y)})">${legend.markup}</g>`);
    y += legend.height + 8;
  }
  out.push(`<g class="chart" transform="translate(${PAD},${n2(y)})">${chart.markup}</g>`);
  y += chart.height + 14;
  for (const line of wrapText(opts.filters, inner, TEXT_SIZE)) {
    y += TEXT_SIZE;
    out.push(`<text class="filters" x="${PAD}" y="${n2(y)}" font-size="${TEXT_SIZE}" fill="${escapeXml(fg)}">${escapeXml(line)}</text>`);
    y += 5;
  }
  const height = Math.ceil(y + PAD - 5);

  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">` +
    `<title>${escapeXml(opts.title)}</title><desc>${escapeXml(opts.filters)}</desc>` +
    `<rect width="${width}" height="${height}" fill="${escapeXml(background)}"/>` +
    out.join('') +
    `</svg>`;
  return { svg, width, height };
}
