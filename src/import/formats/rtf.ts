// RTF → text, one pass over the bytes. Cyrillic comes in both forms Word, WordPad and LibreOffice
// write: `\'d0` bytes in the code page of the current font (`\fcharset204` → Windows-1251) or of the
// document (`\ansicpg1251`), and `\u1056?` Unicode escapes, whose `\ucN` fallback characters are
// skipped. Groups that hold no body text (font and colour tables, styles, pictures, objects, headers
// and footers, footnotes, comments, field instructions, any `\*` destination) are skipped whole.

export type RtfResult = { ok: true; text: string } | { ok: false; code: 'rtf-broken'; detail?: string };

/** \fcharset → code page. */
const CHARSET_CP: Record<number, number> = {
  0: 1252,
  1: 0,
  2: 0,
  77: 10000,
  128: 932,
  129: 949,
  134: 936,
  136: 950,
  161: 1253,
  162: 1254,
  163: 1258,
  177: 1255,
  178: 1256,
  186: 1257,
  204: 1251,
  222: 874,
  238: 1250,
  255: 437,
};

const SKIP_DESTINATIONS = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'object',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'footnote',
  'annotation',
  'fldinst',
  'xmlnstbl',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'generator',
  'themedata',
  'colorschememapping',
  'datastore',
  'latentstyles',
  'pgdsctbl',
  'revtbl',
  'filetbl',
  'nonshppict',
  'shpinst',
  'bkmkstart',
  'bkmkend',
  'ftnsep',
  'ftnsepc',
  'aftnsep',
  'aftnsepc',
  'private',
  'template',
  'userprops',
  'docvar',
  'atnid',
  'atnauthor',
  'atrfstart',
  'atrfend',
  'protusertbl',
  'passwordhash',
  'mmathPr',
  'wgrffmtfilter',
  'falt',
  'panose',
]);

const SYMBOLS: Record<string, string> = {
  par: '\n',
  sect: '\n',
  page: '\n',
  line: '\n',
  row: '\n',
  tab: '\t',
  cell: '\t',
  nestcell: '\t',
  lbr: '\n',
  emdash: '—',
  endash: '–',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
  bullet: '•',
  emspace: ' ',
  enspace: ' ',
  qmspace: ' ',
  zwj: '',
  zwnj: '',
  ltrmark: '',
  rtlmark: '',
};

interface State {
  /** Code page of the current text (from the font, else the document's). */
  cp: number;
  /** \ucN: fallback characters after each \uN. */
  uc: number;
  skip: boolean;
  hidden: boolean;
  /** Inside the font table: the font being described. */
  fontTable: boolean;
}

const decoders = new Map<number, TextDecoder>();
function decodeCp(bytes: number[], cp: number): string {
  let d = decoders.get(cp);
  if (!d) {
    const label =
      cp === 10000
        ? 'macintosh'
        : cp === 437
          ? 'ibm866'
          : cp === 932
            ? 'shift_jis'
            : cp === 936
              ? 'gbk'
              : cp === 949
                ? 'euc-kr'
                : cp === 950
                  ? 'big5'
                  : `windows-${cp}`;
    try {
      d = new TextDecoder(label);
    } catch {
      d = new TextDecoder('windows-1252');
    }
    decoders.set(cp, d);
  }
  return d.decode(Uint8Array.from(bytes));
}

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const hexValue = (c: number) => (isDigit(c) ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1);

export function rtfToText(bytes: Uint8Array): RtfResult {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 16))
    .replace(/^\uFEFF|^ï»¿/, '')
    .trimStart();
  if (!head.startsWith('{\\rtf')) return { ok: false, code: 'rtf-broken', detail: 'not rtf' };
  let docCp = 1252;
  let defaultFont = -1;
  const fontCp = new Map<number, number>();
  let currentFontNumber = -1;

  let state: State = { cp: 1252, uc: 1, skip: false, hidden: false, fontTable: false };
  const stack: State[] = [];
  const out: string[] = [];
  let pendingBytes: number[] = [];
  let pendingCp = 1252;
  let surrogate = 0;
  let toSkip = 0; // fallback characters still to skip after \uN
  /** The next control word opens this group's destination (right after "{" or "{\*"). */
  let groupStart = false;
  let starred = false;

  const flushBytes = () => {
    if (pendingBytes.length) {
      out.push(decodeCp(pendingBytes, pendingCp));
      pendingBytes = [];
    }
  };
  const emit = (s: string) => {
    if (state.skip || state.hidden) return;
    flushBytes();
    out.push(s);
  };
  const emitByte = (b: number) => {
    if (state.skip || state.hidden) return;
    if (pendingBytes.length && pendingCp !== state.cp) flushBytes();
    pendingCp = state.cp;
    pendingBytes.push(b);
  };

  const n = bytes.length;
  let i = 0;
  let depth = 0;
  while (i < n) {
    const c = bytes[i];
    if (c === 0x7b) {
      // {
      stack.push({ ...state });
      depth++;
      groupStart = true;
      starred = false;
      i++;
      continue;
    }
    if (c === 0x7d) {
      // }
      flushBytes();
      const closing = state;
      state = stack.pop() ?? state;
      // Once the font table is read, text in the default font takes that font's code page.
      if (closing.fontTable && !state.fontTable) state.cp = fontCp.get(defaultFont) ?? docCp;
      depth--;
      toSkip = 0;
      groupStart = false;
      i++;
      if (depth === 0) break;
      continue;
    }
    if (c === 0x0d || c === 0x0a) {
      i++;
      continue;
    }
    if (c !== 0x5c) {
      // plain character
      groupStart = false;
      if (toSkip > 0) {
        toSkip--;
        i++;
        continue;
      }
      if (c === 0x09) emit('\t');
      else if (c < 0x80) emit(String.fromCharCode(c));
      else emitByte(c);
      i++;
      continue;
    }
    // A backslash: control symbol or control word.
    const next = bytes[i + 1];
    if (next === undefined) break;
    if (next === 0x27) {
      // \'xx
      const hi = hexValue(bytes[i + 2]);
      const lo = hexValue(bytes[i + 3]);
      i += 4;
      groupStart = false;
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      if (hi >= 0 && lo >= 0) emitByte(hi * 16 + lo);
      continue;
    }
    if (!isLetter(next)) {
      i += 2;
      if (next === 0x2a) {
        // \*
        starred = true;
        continue;
      }
      groupStart = false;
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      if (next === 0x5c || next === 0x7b || next === 0x7d) emit(String.fromCharCode(next));
      else if (next === 0x7e)
        emit('\u00a0'); // \~
      else if (next === 0x5f)
        emit('-'); // \_ non-breaking hyphen
      else if (next === 0x2d)
        emit(''); // \- optional hyphen
      else if (next === 0x0a || next === 0x0d) emit('\n'); // "\" + line break = \par
      continue;
    }
    // Control word: letters, an optional signed number, an optional space delimiter.
    let j = i + 1;
    while (j < n && isLetter(bytes[j]) && j - i < 40) j++;
    const word = String.fromCharCode(...bytes.subarray(i + 1, j));
    let param: number | null = null;
    if (j < n && (bytes[j] === 0x2d || isDigit(bytes[j]))) {
      let k = j + (bytes[j] === 0x2d ? 1 : 0);
      while (k < n && isDigit(bytes[k]) && k - j < 12) k++;
      param = Number(String.fromCharCode(...bytes.subarray(j, k)));
      j = k;
    }
    if (bytes[j] === 0x20) j++;
    i = j;
    const opensGroup = groupStart;
    groupStart = false;

    if (word === 'bin') {
      // raw binary data follows
      i += Math.max(0, param ?? 0);
      continue;
    }
    if (opensGroup && word === 'fonttbl') {
      // Read for its code pages (\fN … \fcharsetM), never shown.
      state.fontTable = true;
      state.skip = true;
      continue;
    }
    if (opensGroup && (starred || SKIP_DESTINATIONS.has(word))) {
      state.skip = true;
      continue;
    }
    if (word === 'u' && param !== null) {
      const unit = param < 0 ? param + 65536 : param;
      if (unit >= 0xd800 && unit <= 0xdbff) surrogate = unit;
      else if (unit >= 0xdc00 && unit <= 0xdfff && surrogate) {
        emit(String.fromCharCode(surrogate, unit));
        surrogate = 0;
      } else emit(String.fromCharCode(unit));
      toSkip = state.uc;
      continue;
    }
    if (toSkip > 0) {
      toSkip--;
      continue;
    }
    switch (word) {
      case 'ansicpg':
        if (param && param > 0) docCp = param;
        if (defaultFont < 0 || !fontCp.has(defaultFont)) state.cp = docCp;
        break;
      case 'deff':
        defaultFont = param ?? 0;
        break;
      case 'uc':
        state.uc = Math.max(0, param ?? 1);
        break;
      case 'f':
        if (state.fontTable) currentFontNumber = param ?? 0;
        else state.cp = fontCp.get(param ?? 0) ?? docCp;
        break;
      case 'fcharset':
        if (state.fontTable && currentFontNumber >= 0) {
          const cp = CHARSET_CP[param ?? 0];
          // ANSI (0) and "default" follow the document's \ansicpg: Russian WordPad files mark fonts so.
          fontCp.set(currentFontNumber, cp === undefined || cp === 1252 || cp === 0 ? docCp : cp);
        }
        break;
      case 'cpg':
        if (state.fontTable && currentFontNumber >= 0 && param) fontCp.set(currentFontNumber, param);
        break;
      case 'plain':
        state.cp = fontCp.get(defaultFont) ?? docCp;
        state.hidden = false;
        break;
      case 'v':
        state.hidden = param !== 0;
        break;
      case 'pard':
        break;
      default: {
        const sym = SYMBOLS[word];
        if (sym !== undefined) emit(sym);
      }
    }
  }
  flushBytes();
  if (depth > 0 && out.length === 0) return { ok: false, code: 'rtf-broken', detail: 'unterminated' };
  const text = out
    .join('')
    .replace(/\r\n?/g, '\n')
    // Word writes a list item's number as "1.\tab": the parser reads "1. ".
    .replace(/^([ \t]*(?:\d{1,3}[.)]|[-•·–—]))\t+/gm, '$1 ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
  return { ok: true, text };
}
