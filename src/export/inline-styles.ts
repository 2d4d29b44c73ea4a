// The chart as drawn on the page, as self-contained SVG markup: a copy of its live <svg> with the styles
// that matter written inline (CSS custom properties resolved to the colours of the current theme), and
// the canvas of a dense chart carried over as an image. Nothing is drawn a second time for the file.
import { n2 } from '../charts/svg-text';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from the live element's computed style onto the copy. */
const PAINT = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
] as const;
const FONT = ['font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing'] as const;
const TEXT_TAGS = new Set(['text', 'tspan', 'textPath']);
/** Values that are the initial ones anyway: not written, to keep the file small. */
const DEFAULTS: Record<string, string[]> = {
  opacity: ['1'],
  'fill-opacity': ['1'],
  'stroke-opacity': ['1'],
  stroke: ['none'],
  'stroke-width': ['1px', '1'],
  'stroke-dasharray': ['none'],
  'stroke-linecap': ['butt'],
  'stroke-linejoin': ['miter'],
  'fill-rule': ['nonzero'],
  visibility: ['visible'],
  'font-style': ['normal'],
  'letter-spacing': ['normal'],
  'dominant-baseline': ['auto'],
  'text-anchor': ['start'],
};

export const computed = (el: Element): CSSStyleDeclaration | null => (typeof getComputedStyle === 'function' ? getComputedStyle(el) : null);

/**
 * Replaces every `var(--name, fallback)` in `value` by the custom property's value on `el` (the
 * current theme), else by the fallback — recursively, so nothing of `var(` is left.
 */
export function resolveVars(value: string, el: Element | null, depth = 0): string {
  if (!value.includes('var(')) return value;
  let out = '';
  let i = 0;
  while (i < value.length) {
    const at = value.indexOf('var(', i);
    if (at < 0) {
      out += value.slice(i);
      break;
    }
    out += value.slice(i, at);
    let level = 0;
    let end = at + 3;
    let comma = -1;
    for (; end < value.length; end++) {
      const c = value[end];
      if (c === '(') level++;
      else if (c === ')' && --level === 0) break;
      else if (c === ',' && level === 1 && comma < 0) comma = end;
    }
    const name = value.slice(at + 4, comma < 0 ? end : comma).trim();
    const fallback = comma < 0 ? '' : value.slice(comma + 1, end).trim();
    const own = el ? (computed(el)?.getPropertyValue(name).trim() ?? '') : '';
    const next = own || fallback;
    out += depth < 8 ? resolveVars(next, el, depth + 1) : next.replace(/var\([^)]*\)/g, '');
    i = end + 1;
  }
  return out;
}

/** "rgba(0, 0, 0, 0)" → none; "rgba(r, g, b, .5)" → rgb + opacity (SVG 1.1 viewers know no rgba). */
function paint(value: string): { color: string; alpha: number } {
  const m = /^rgba\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)\s*[,/]\s*([\d.]+%?)\s*\)$/.exec(value);
  if (!m) return { color: value === 'transparent' ? 'none' : value, alpha: 1 };
  const alpha = m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return alpha === 0 ? { color: 'none', alpha: 1 } : { color: `rgb(${m[1]}, ${m[2]}, ${m[3]})`, alpha };
}

/** The value of `prop` on `el`: computed when the browser computes it, else the inline style or attribute. */
function valueOf(el: Element, style: CSSStyleDeclaration | null, prop: string): string {
  const inline = (el as SVGElement).style?.getPropertyValue(prop) ?? '';
  const v = style?.getPropertyValue(prop) || inline || el.getAttribute(prop) || '';
  // jsdom's placeholder for values it does not compute.
  if (v === 'depends on user agent') return '';
  return resolveVars(v.trim(), el);
}

/** Writes the styles that matter of `orig` (live, styled) onto `copy` (its clone), recursively. */
function inlineStyles(orig: Element, copy: Element): void {
  const pairs: [Element, Element][] = [];
  const walk = (a: Element, b: Element) => {
    pairs.push([a, b]);
    for (let i = 0; i < a.children.length; i++) if (b.children[i]) walk(a.children[i], b.children[i]);
  };
  walk(orig, copy);
  for (const [a, b] of pairs) {
    const style = computed(a);
    if (style?.display === 'none') {
      b.remove();
      continue;
    }
    const decl: string[] = [];
    const props: readonly string[] = TEXT_TAGS.has(a.localName) ? [...PAINT, ...FONT] : PAINT;
    const extraOpacity: Record<string, number> = {};
    for (const prop of props) {
      let v = valueOf(a, style, prop);
      if (!v) continue;
      if (prop === 'fill' || prop === 'stroke') {
        const p = paint(v);
        v = p.color;
        if (p.alpha !== 1) extraOpacity[`${prop}-opacity`] = p.alpha;
      }
      if (DEFAULTS[prop]?.includes(v)) continue;
      decl.push(`${prop}: ${v}`);
    }
    for (const [prop, alpha] of Object.entries(extraOpacity)) {
      const i = decl.findIndex((d) => d.startsWith(`${prop}:`));
      const base = i >= 0 ? parseFloat(decl[i].slice(prop.length + 1)) || 1 : 1;
      if (i >= 0) decl.splice(i, 1);
      decl.push(`${prop}: ${n2(base * alpha)}`);
    }
    b.removeAttribute('style');
    b.removeAttribute('tabindex');
    for (const attr of [...b.attributes]) if (attr.value.includes('var(')) b.setAttribute(attr.name, resolveVars(attr.value, a));
    if (decl.length) b.setAttribute('style', decl.join('; '));
  }
}

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  let width = parseFloat(svg.getAttribute('width') ?? '');
  let height = parseFloat(svg.getAttribute('height') ?? '');
  if (!(width > 0 && height > 0)) {
    const box = svg.viewBox?.baseVal;
    const rect = svg.getBoundingClientRect?.();
    width = box?.width || rect?.width || 640;
    height = box?.height || rect?.height || 240;
  }
  return { width, height };
}

function sizeOfMarkup(markup: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(markup)?.[0] ?? '';
  const attr = (name: string) => parseFloat(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? '');
  const box = /\sviewBox="[\d.\s-]*?([\d.]+)\s+([\d.]+)"/.exec(root);
  return { width: attr('width') || Number(box?.[1]) || 640, height: attr('height') || Number(box?.[2]) || 240 };
}

/** The chart <svg> as markup with its styles inline: a live element is cloned, a string used as is. */
export function chartMarkup(source: SVGSVGElement | string, context: Element): { markup: string; width: number; height: number } {
  if (typeof source === 'string') {
    const markup = resolveVars(source.replace(/^\s*<\?xml[^>]*>\s*/, ''), context);
    return { markup, ...sizeOfMarkup(markup) };
  }
  const { width, height } = sizeOf(source);
  const copy = source.cloneNode(true) as SVGSVGElement;
  inlineStyles(source, copy);
  copy.setAttribute('width', n2(width));
  copy.setAttribute('height', n2(height));
  copy.setAttribute('overflow', 'visible');
  copy.removeAttribute('class');
  embedCanvas(source, copy);
  const markup = new XMLSerializer().serializeToString(copy).replace(/<!--[^]*?-->/g, '');
  return { markup: resolveVars(markup, source), width, height };
}

/** Dense charts draw their marks on a canvas under the <svg>: carry them over as an embedded image. */
function embedCanvas(source: SVGSVGElement, copy: SVGSVGElement): void {
  const canvas = source.parentElement?.querySelector('canvas');
  if (!canvas) return;
  const image = document.createElementNS(SVG_NS, 'image');
  image.setAttribute('href', canvas.toDataURL('image/png'));
  image.setAttribute('x', String(parseFloat(canvas.style.left) || 0));
  image.setAttribute('y', String(parseFloat(canvas.style.top) || 0));
  image.setAttribute('width', String(parseFloat(canvas.style.width) || canvas.width));
  image.setAttribute('height', String(parseFloat(canvas.style.height) || canvas.height));
  copy.insertBefore(image, copy.firstChild);
}

/** The first colour that is set and not transparent, walking up from `el`. */
export function themeColor(el: Element | null, prop: 'background-color' | 'color', fallback: string): string {
  for (let e = el; e; e = e.parentElement) {
    const v = resolveVars(computed(e)?.getPropertyValue(prop).trim() ?? '', e);
    if (!/^(#|rgb|hsl|[a-z]+$)/i.test(v) || /^(transparent|canvas|canvastext|initial|inherit)$/i.test(v)) continue;
    if (paint(v).color === 'none' || /^rgba?\([^)]*,\s*0\)$/.test(v)) continue;
    if (prop === 'color' || paint(v).alpha === 1) return v;
  }
  return fallback;
}
