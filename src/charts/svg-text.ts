// Small helpers for drawing text in SVG: escaping, a rough text width and line wrapping (no layout needed,
// so the same sizes come out on the page, in jsdom and in an exported file).

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** An over-estimate of a line's width in a sans-serif font (DejaVu Sans is wide): no layout needed. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.64 : 0.6);
}

/** Splits `text` at spaces into lines no wider than `maxWidth` (a single long word stays whole). */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** A number with two decimals at most: keeps the SVG text short. */
export const n2 = (v: number): string => String(Math.round(v * 100) / 100);
