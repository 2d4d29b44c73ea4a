// The timeline's bars drawn on a canvas (dense mode): the same stack and colours as the SVG marks.
// The bars are drawn once per change of data or size into an image; a change of years only redraws
// that image, faint outside the range (as the SVG marks' `.dim`) — two drawImage calls, whatever the
// number of events.

import type { ScaleLinear } from 'd3';
import { colors, type SeriesKey } from './palette';
import type { Parts } from './stack';
import type { TimelineDatum } from './types';

interface Bars {
  events: TimelineDatum[];
  parts: (Parts | null)[];
  stacks: { key: SeriesKey; y0: number; y1: number }[][];
  tops: number[];
  cxs: number[];
  y: ScaleLinear<number, number>;
  barW: number;
  innerW: number;
  innerH: number;
}

/** The opacity of marks outside the year range (the SVG marks' `.dim`). */
const DIM = 0.25;

/** "var(--chart-offline, #0072B2)" → the colour the element's theme gives that property. */
export function resolveColor(el: Element, value: string): string {
  const m = /^var\((--[\w-]+),\s*([^)]+)\)$/.exec(value);
  if (!m) return value;
  return getComputedStyle(el).getPropertyValue(m[1]).trim() || m[2].trim();
}

function sized(canvas: HTMLCanvasElement, w: number, h: number): CanvasRenderingContext2D | null {
  const dpr = window.devicePixelRatio || 1;
  const [width, height] = [Math.round(w * dpr), Math.round(h * dpr)];
  // Setting the size clears the canvas and its state, so only when it changes.
  if (canvas.width !== width || canvas.height !== height) [canvas.width, canvas.height] = [width, height];
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

/** Every bar at full strength, on an offscreen canvas; `theme` is the element whose colours apply. */
export function drawBars(theme: Element, m: Bars): HTMLCanvasElement {
  const image = document.createElement('canvas');
  const ctx = sized(image, m.innerW, m.innerH);
  if (!ctx) return image;
  const fill: Record<SeriesKey, string> = {
    offline: resolveColor(theme, colors.offline),
    online: resolveColor(theme, colors.online),
    notStated: resolveColor(theme, colors.notStated),
  };
  const warning = resolveColor(theme, colors.warning);
  for (let i = 0; i < m.events.length; i++) {
    const cx = m.cxs[i];
    if (m.parts[i]) {
      for (const s of m.stacks[i]) {
        if (s.y1 <= s.y0) continue;
        ctx.fillStyle = fill[s.key];
        ctx.fillRect(cx - m.barW / 2, m.y(s.y1), m.barW, m.y(s.y0) - m.y(s.y1));
      }
    } else {
      // Not stated: a hollow ring at the baseline, never a zero-height bar.
      ctx.strokeStyle = fill.notStated;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.arc(cx, m.innerH - 6, 4, 0, 2 * Math.PI);
      ctx.stroke();
    }
    if (m.events[i].mismatch) {
      ctx.fillStyle = warning;
      ctx.beginPath();
      ctx.arc(cx, (m.parts[i] ? m.y(m.tops[i]) : m.innerH - 12) - 8, 3, 0, 2 * Math.PI);
      ctx.fill();
    }
  }
  return image;
}

/**
 * Shows the bars on `canvas`: all of them when `bright` is null, else faint except between
 * bright[0] and bright[1] (pixels: from the left edge of the first bar in range to the right edge
 * of the last). Events are in date order, so the bars in a year range sit side by side.
 */
export function showBars(
  canvas: HTMLCanvasElement,
  bars: HTMLCanvasElement,
  w: number,
  h: number,
  bright: [number, number] | 'none' | null,
): void {
  const ctx = sized(canvas, w, h);
  if (!ctx) return;
  ctx.clearRect(0, 0, w, h);
  ctx.globalAlpha = bright ? DIM : 1;
  ctx.drawImage(bars, 0, 0, w, h);
  ctx.globalAlpha = 1;
  if (!bright || bright === 'none') return;
  const [x0, x1] = bright;
  ctx.clearRect(x0, 0, x1 - x0, h);
  ctx.save();
  ctx.beginPath();
  ctx.rect(x0, 0, x1 - x0, h);
  ctx.clip();
  ctx.drawImage(bars, 0, 0, w, h);
  ctx.restore();
}
