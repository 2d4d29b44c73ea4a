// The page's charts for the report: each chart frame's drawing, title and legend composed as its PNG
// export is (chart-image.ts, png.ts), so the report shows the charts as the reader saw them.
import { chartImage } from './chart-image';
import { svgToPng } from './png';
import type { ReportChart } from './report-docx';

/** Each chart of `root` (a `figure.chart-frame` with an <svg>) as PNG bytes, in page order. A chart that cannot be drawn is left out. */
export async function pageCharts(root: ParentNode, filtersLine: string): Promise<ReportChart[]> {
  const out: ReportChart[] = [];
  for (const frame of root.querySelectorAll<HTMLElement>('figure.chart-frame')) {
    const title = frame.querySelector('figcaption .title')?.textContent?.trim() ?? '';
    // The chart's own drawing: the first <svg> of its body (as ChartFrame exports it); the legend is in its controls.
    const body = frame.querySelector<HTMLElement>('.body');
    const svg = body?.querySelector<SVGSVGElement>('svg');
    if (!body || !svg) continue;
    const legend = frame.querySelector<SVGSVGElement>('.actions svg');
    try {
      const image = chartImage(svg, { title, filters: filtersLine, legend, context: body });
      const png = new Uint8Array(await (await svgToPng(image, 2)).arrayBuffer());
      out.push({ title, png, width: image.width, height: image.height });
    } catch {
      // A chart the browser cannot rasterise is not worth failing the report for.
    }
  }
  return out;
}
