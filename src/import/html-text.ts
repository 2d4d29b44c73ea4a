// HTML and Markdown → plain text, without a DOM (the worker has no DOMParser) and without running
// anything: the result is only ever shown as text. A small scanner, not a regex over the whole page:
// it knows quoted attribute values ("a>b" inside a tag), comments, and elements whose content is not
// text (script, style, template, svg…), and leaves a lone "<" that starts no tag as text ("a < b").

const SKIP_CONTENT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'object',
  'head',
  'title',
  'select',
  'canvas',
]);
const LINE = new Set([
  'br',
  'div',
  'tr',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'address',
  'center',
]);
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dl',
  'hr',
  'form',
  'fieldset',
]);
const CELL = new Set(['td', 'th']);

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '',
  laquo: '«',
  raquo: '»',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  middot: '·',
  bull: '•',
  sect: '§',
  numero: '№',
  euro: '€',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  zwnj: '',
  zwj: '',
  minus: '−',
};

/** &amp; &#1072; &#x430; and the common named entities; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    const named = ENTITIES[body] ?? ENTITIES[body.toLowerCase()];
    return named ?? whole;
  });
}

interface Tag {
  name: string;
  closing: boolean;
  /** Index just past the tag's ">". */
  end: number;
}

/** The tag starting at `i` (s[i] === '<'), or null when "<" starts no tag. */
function readTag(s: string, i: number): Tag | null {
  let j = i + 1;
  const closing = s[j] === '/';
  if (closing) j++;
  const m = /^[a-zA-Z][a-zA-Z0-9:-]*/.exec(s.slice(j, j + 64));
  if (!m) return null;
  j += m[0].length;
  // Attributes: skip to the ">" that is not inside quotes.
  let quote: string | null = null;
  for (; j < s.length; j++) {
    const c = s[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      // A quote opens a value only after "=" (ignoring spaces): <a title=x'y> has none.
      let k = j - 1;
      while (k > i && /\s/.test(s[k])) k--;
      if (s[k] === '=') quote = c;
    } else if (c === '>') {
      return { name: m[0].toLowerCase(), closing, end: j + 1 };
    } else if (c === '<' && quote === null && /[a-zA-Z/!]/.test(s[j + 1] ?? '')) {
      // "<b <i>": an unterminated tag; end it here.
      return { name: m[0].toLowerCase(), closing, end: j };
    }
  }
  return { name: m[0].toLowerCase(), closing, end: s.length };
}

/** Index just past the closing tag of a raw-content element (`</script>`), or the end of the input. */
function skipElement(s: string, from: number, name: string): number {
  const re = new RegExp(`</${name}\\s*>`, 'gi');
  re.lastIndex = from;
  const m = re.exec(s);
  return m ? m.index + m[0].length : s.length;
}

/** Runs of spaces folded, spaces around line breaks dropped, at most one empty line in a row. */
function tidy(s: string): string {
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, (m) => (m.includes('\u00a0') && m.length === 1 ? m : ' ')).trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The readable text of an HTML document or fragment. */
export function htmlToText(html: string): string {
  const s = html.replace(/\r\n?/g, '\n');
  let out = '';
  let i = 0;
  let pre = 0; // inside <pre>: keep line breaks and spaces
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    const chunk = lt === -1 ? s.slice(i) : s.slice(i, lt);
    if (chunk) out += decodeEntities(pre > 0 ? chunk : chunk.replace(/[ \t\n\f]+/g, ' '));
    if (lt === -1) break;
    i = lt;
    if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 4);
      i = end === -1 ? s.length : end + 3;
      continue;
    }
    if (s[i + 1] === '!' || s[i + 1] === '?') {
      // <!DOCTYPE …>, <![CDATA[…]]>, <?xml …?>
      if (s.startsWith('<![CDATA[', i)) {
        const end = s.indexOf(']]>', i);
        out += s.slice(i + 9, end === -1 ? s.length : end);
        i = end === -1 ? s.length : end + 3;
        continue;
      }
      const end = s.indexOf('>', i);
      i = end === -1 ? s.length : end + 1;
      continue;
    }
    const tag = readTag(s, i);
    if (!tag) {
      out += '<';
      i++;
      continue;
    }
    i = tag.end;
    const selfClosing = s[tag.end - 2] === '/';
    if (!tag.closing && SKIP_CONTENT.has(tag.name) && !selfClosing) {
      i = skipElement(s, i, tag.name);
      continue;
    }
    if (tag.name === 'pre') pre = Math.max(0, pre + (tag.closing ? -1 : 1));
    if (tag.name === 'li') out += tag.closing ? '' : '\n- ';
    else if (tag.name === 'br' || LINE.has(tag.name)) out += '\n';
    else if (PARAGRAPH.has(tag.name)) out += '\n\n';
    else if (CELL.has(tag.name) && !tag.closing) out += ' ';
  }
  return tidy(out);
}

/**
 * The text of a Markdown document: inline HTML taken as above, link and image syntax reduced to their
 * words, heading marks, emphasis markers, block quotes, fences and escapes dropped. List markers stay:
 * the parser reads "- " and "1. " items.
 */
export function markdownToText(md: string): string {
  let s = md.replace(/\r\n?/g, '\n');
  s = s.replace(/^[ \t]{0,3}(```|~~~).*$/gm, ''); // code fences (their content stays)
  s = s.replace(/^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm, ''); // reference definitions
  s = s.replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1'); // autolinks, before tags are stripped
  if (/<[a-zA-Z!/?]/.test(s)) s = htmlWithLines(s);
  // Every span below is bounded (200 to 500 characters, 2 000 for a link's address): an unclosed "[" or "**" then costs the same anywhere,
  // and a line of thousands of them stays linear.
  if (s.includes('](')) {
    s = s.replace(/!\[([^\]\n]{0,200})\]\([^)\n]{0,2000}\)/g, '$1'); // images → alt text
    s = s.replace(/\[([^\]\n]{1,200})\]\([^)\n]{0,2000}\)/g, '$1'); // links → their words
  }
  if (s.includes('][')) s = s.replace(/\[([^\]\n]{1,200})\]\[[^\]\n]{0,200}\]/g, '$1'); // reference links
  s = s.replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1'); // ATX headings
  s = s.replace(/^[ \t]{0,3}(=+|-{3,}|\*{3,}|_{3,})[ \t]*$/gm, ''); // setext underlines, rules
  s = s.replace(/^[ \t]{0,3}>[ \t]?/gm, ''); // block quotes
  s = s.replace(/(\*\*|__)(?=\S)([^\n]{0,500}?\S)\1/g, '$2'); // **strong**, __strong__
  s = s.replace(/(^|[^\p{L}\p{N}*\\])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2'); // *em*
  s = s.replace(/~~(?=\S)([^\n]{0,500}?\S)~~/g, '$1'); // ~~strike~~
  s = s.replace(/`([^`\n]+)`/g, '$1'); // `code`
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1'); // backslash escapes
  return s
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Comments and non-text elements (script, style…) removed, across lines; other tags left. */
function stripRawElements(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt === -1) break;
    if (s.startsWith('<!--', lt)) {
      out += s.slice(i, lt);
      const end = s.indexOf('-->', lt + 4);
      i = end === -1 ? s.length : end + 3;
      continue;
    }
    const tag = readTag(s, lt);
    if (tag && !tag.closing && SKIP_CONTENT.has(tag.name) && s[tag.end - 2] !== '/') {
      out += s.slice(i, lt);
      i = skipElement(s, tag.end, tag.name);
      continue;
    }
    out += s.slice(i, lt + 1);
    i = lt + 1;
  }
  return out + s.slice(i);
}

/** Inline HTML inside Markdown: tags removed, but the Markdown's own line breaks kept. */
function htmlWithLines(s: string): string {
  return stripRawElements(s)
    .split('\n')
    .map((line) => (/<[a-zA-Z!/?]/.test(line) || line.includes('&') ? htmlToText(line) : line))
    .join('\n');
}
