// Plain SVG versions of the charts drawn as HTML (theme bars, theme × year grid), from the same data,
// for the PNG/SVG export: a canvas cannot draw HTML (foreignObject taints or blanks it).
// Colours are CSS custom properties with defaults; the export resolves them to the current theme.
import { colors } from '../charts/palette';
import { escapeXml, n2, textWidth, wrapText } from '../charts/svg-text';

const FG = 'var(--fg, #1d1d1f)';
const FONT = 11;
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SvgTextOptions {
  /** Formats a count for display: "1 530". */
  format: (n: number) => string;
  /** Said when there is nothing to draw. */
  noData: string;
  width?: number;
}

function empty(text: string, width: number): string {
  return `<svg xmlns="${SVG_NS}" width="${width}" height="30" viewBox="0 0 ${width} 30">`
    + `<text x="0" y="18" font-size="12" style="fill: ${FG}">${escapeXml(text)}</text></svg>`;
}

function labelColumn(labels: string[], max: number): number {
  return Math.min(max, Math.max(60, ...labels.map((l) => textWidth(l, FONT) + 12)));
}

/** Horizontal bars: label, bar, value; one row per theme in the order given. */
export function themeBarsSvg(rows: { label: string; count: number }[], opts: SvgTextOptions): string {
  const width = opts.width ?? 640;
  if (rows.length === 0) return empty(opts.noData, width);
  const labelW = labelColumn(rows.map((r) => r.label), width * 0.5);
  const valueW = 12 + Math.max(...rows.map((r) => textWidth(opts.format(r.count), FONT)));
  const barMax = Math.max(10, width - labelW - valueW);
  const top = Math.max(1, ...rows.map((r) => r.count));
  const parts: string[] = [];
  let y = 0;
  for (const r of rows) {
    const lines = wrapText(r.label, labelW - 12, FONT);
    const h = Math.max(20, lines.length * 13 + 7);
    const mid = y + h / 2;
    const w = r.count > 0 ? Math.max(1, (r.count / top) * barMax) : 0;
    parts.push(
      `<g class="row">`
        + `<text x="${n2(labelW - 8)}" y="${n2(mid - ((lines.length - 1) * 13) / 2)}" text-anchor="end" font-size="${FONT}" style="fill: ${FG}">`
        + lines.map((l, i) => `<tspan x="${n2(labelW - 8)}" dy="${i ? 13 : '0.32em'}">${escapeXml(l)}</tspan>`).join('')
        + `</text>`
        + `<rect x="${n2(labelW)}" y="${n2(mid - 6)}" width="${n2(w)}" height="12" style="fill: ${colors.offline}"/>`
        + `<text x="${n2(labelW + w + 6)}" y="${n2(mid)}" dy="0.32em" font-size="${FONT}" style="fill: ${FG}">${escapeXml(opts.format(r.count))}</text>`
        + `</g>`,
    );
    y += h;
  }
  const height = Math.ceil(y);
  return `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

export interface ThemeGridSvgOptions extends SvgTextOptions {
  /** The header of the label column ("Тема"). */
  corner: string;
}

/** The theme × year heat map as a grid of squares; the number in each non-empty cell; empty cells blank. */
export function themeGridSvg(
  themes: { id: string; label: string }[],
  years: number[],
  count: (theme: string, year: number) => number,
  opts: ThemeGridSvgOptions,
): string {
  const minWidth = opts.width ?? 640;
  if (themes.length === 0 || years.length === 0) return empty(opts.noData, minWidth);
  const labelW = labelColumn([opts.corner, ...themes.map((t) => t.label)], 300);
  const colW = Math.max(30, Math.min(44, (minWidth - labelW) / years.length));
  const rowH = 22;
  const headH = 20;
  const width = Math.ceil(labelW + colW * years.length);
  const values = themes.flatMap((t) => years.map((y) => count(t.id, y)));
  const top = Math.max(2, ...values);
  // The same ramp as the table: opacity 0.2 for one recommendation up to 1 for the most.
  const opacity = (n: number) => 0.2 + (0.8 * (n - 1)) / (top - 1);
  const short = colW < 36;
  const parts: string[] = [
    `<text x="0" y="${headH / 2}" dy="0.32em" font-size="${FONT}" style="fill: ${colors.axis}">${escapeXml(opts.corner)}</text>`,
    ...years.map(
      (year, i) =>
        `<text x="${n2(labelW + colW * (i + 0.5))}" y="${headH / 2}" dy="0.32em" text-anchor="middle" font-size="10" style="fill: ${colors.axis}">${short ? `’${String(year).slice(2)}` : year}</text>`,
    ),
  ];
  let y = headH;
  for (const theme of themes) {
    const lines = wrapText(theme.label, labelW - 8, FONT);
    const h = Math.max(rowH, lines.length * 13 + 8);
    const mid = y + h / 2;
    parts.push(
      `<text x="0" y="${n2(mid - ((lines.length - 1) * 13) / 2)}" font-size="${FONT}" style="fill: ${FG}">`
        + lines.map((l, i) => `<tspan x="0" dy="${i ? 13 : '0.32em'}">${escapeXml(l)}</tspan>`).join('')
        + `</text>`,
    );
    years.forEach((year, i) => {
      const n = count(theme.id, year);
      if (n <= 0) return;
      const x = labelW + colW * i;
      const o = opacity(n);
      parts.push(
        `<g class="cell" data-theme="${escapeXml(theme.id)}" data-year="${year}">`
          + `<rect x="${n2(x + 1)}" y="${n2(y + 1)}" width="${n2(colW - 2)}" height="${n2(h - 2)}" rx="2" style="fill: ${colors.heat}; fill-opacity: ${n2(o)}"/>`
          + `<text x="${n2(x + colW / 2)}" y="${n2(mid)}" dy="0.32em" text-anchor="middle" font-size="10" style="fill: ${o > 0.9 ? '#ffffff' : FG}">${escapeXml(opts.format(n))}</text>`
          + `</g>`,
      );
    });
    y += h;
  }
  const height = Math.ceil(y);
  return `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}
