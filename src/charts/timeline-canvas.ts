// The timeline's bars drawn on a canvas (dense mode): the same stack, colours and dimming as the SVG marks.

import type { ScaleLinear } from 'd3';
import { colors, type SeriesKey } from './palette';
import { inRange, yearOf, type Parts } from './stack';
import type { TimelineDatum } from './types';

interface Marks {
  events: TimelineDatum[];
  parts: (Parts | null)[];
  stacks: { key: SeriesKey; y0: number; y1: number }[][];
  tops: number[];
  cxs: number[];
  y: ScaleLinear<number, number>;
  barW: number;
  innerW: number;
  innerH: number;
  from: number | null;
  to: number | null;
}

/** "var(--chart-offline, #0072B2)" → the colour the element's theme gives that property. */
export function resolveColor(el: Element, value: string): string {
  const m = /^var\((--[\w-]+),\s*([^)]+)\)$/.exec(value);
  if (!m) return value;
  return getComputedStyle(el).getPropertyValue(m[1]).trim() || m[2].trim();
}

export function drawMarks(canvas: HTMLCanvasElement, m: Marks): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.round(m.innerW * dpr);
  canvas.height = Math.round(m.innerH * dpr);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, m.innerW, m.innerH);
  const fill: Record<SeriesKey, string> = {
    offline: resolveColor(canvas, colors.offline),
    online: resolveColor(canvas, colors.online),
    notStated: resolveColor(canvas, colors.notStated),
  };
  const warning = resolveColor(canvas, colors.warning);
  for (let i = 0; i < m.events.length; i++) {
    const d = m.events[i];
    const cx = m.cxs[i];
    ctx.globalAlpha = inRange(yearOf(d.date), m.from, m.to) ? 1 : 0.25;
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
    if (d.mismatch) {
      ctx.fillStyle = warning;
      ctx.beginPath();
      ctx.arc(cx, (m.parts[i] ? m.y(m.tops[i]) : m.innerH - 12) - 8, 3, 0, 2 * Math.PI);
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
}
