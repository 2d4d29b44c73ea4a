// File bytes → the text the parser reads. Runs in the worker (and in the unit tests under Node): no
// DOM. Each format's reader is imported only when a file of that format arrives: mammoth (.docx,
// ≈ 100 KB gzip), pdf.js (PDF), cfb (.doc); RTF and .odt readers are small and ours (formats/).
// A file is read by what its bytes are, not only by its name: a ".doc" that is a web page, an RTF or
// a .docx is read as such, with a note saying so; a ".pdf" that is a photo is refused saying what it is.
import { decodeBytes } from '../lib/parse/decode';
import { htmlToText, markdownToText } from './html-text';
import { MAX_TEXT_CHARS } from './limits';
import type { FileKind } from './read-file';
import { sniff, type RealKind } from './formats/sniff';
import { findEntry, inflatesWithin, isZip, listZip } from './formats/zip';

/**
 * A .docx's XML parts (text, styles, numbering, relationships), inflated, all together: past this it
 * is a zip bomb, refused before mammoth unpacks anything. Pictures are not counted (not unpacked).
 */
export const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024;

/** Why a file could not be read; the UI words it (import.fail.*). `detail` is already in Russian. */
export type FailCode =
  | 'decode'
  | 'docx-broken'
  | 'docx-not-zip'
  | 'no-text'
  | 'too-long'
  | 'crash'
  | 'timeout'
  | 'pdf-encrypted'
  | 'pdf-broken'
  | 'pdf-truncated'
  | 'pdf-no-text'
  | 'pdf-too-many-pages'
  | 'doc-encrypted'
  | 'doc-broken'
  | 'doc-old'
  | 'docx-encrypted'
  | 'rtf-broken'
  | 'odt-broken'
  | 'odt-encrypted'
  | 'wrong-format'
  | 'too-big'
  | 'zip-broken'
  | 'zip-bomb'
  | 'zip-too-many'
  | 'zip-empty'
  | 'zip-method'
  | 'entry-encrypted'
  | 'unsafe-path'
  | 'nested-archive';

/**
 * Something the user should know about a file that was read: it was not what its name said
 * (read-as, detail: what it was), or some of its PDF pages had no text (detail: "3/10").
 */
export type Note = { code: 'read-as'; detail: RealKind } | { code: 'pdf-scanned-pages'; detail: string };

export type Extracted = { ok: true; text: string; encoding: string | null; note?: Note } | { ok: false; code: FailCode; detail?: string };

type Raw = { ok: true; text: string; encoding?: string | null; note?: Note } | { ok: false; code: FailCode; detail?: string };

/** Pages read so far, for a long document. */
export type OnProgress = (done: number, total: number) => void;

export async function extractText(kind: FileKind, bytes: Uint8Array, onProgress?: OnProgress): Promise<Extracted> {
  let raw: Raw;
  if (kind === 'text' || kind === 'markdown' || kind === 'html') raw = decodeText(kind, bytes);
  else if (kind === 'docx') raw = await readDocx(bytes);
  else if (kind === 'zip') raw = { ok: false, code: 'crash', detail: 'archive' };
  else raw = await readDocument(kind, bytes, onProgress);
  if (!raw.ok) return raw;
  const text = raw.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, code: 'no-text' };
  if (text.length > MAX_TEXT_CHARS) return { ok: false, code: 'too-long', detail: String(text.length) };
  return raw.note ? { ok: true, text, encoding: raw.encoding ?? null, note: raw.note } : { ok: true, text, encoding: raw.encoding ?? null };
}

function decodeText(kind: 'text' | 'markdown' | 'html', bytes: Uint8Array): Raw {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, code: 'decode', detail: decoded.message };
  const text = kind === 'html' ? htmlToText(decoded.text) : kind === 'markdown' ? markdownToText(decoded.text) : decoded.text;
  return { ok: true, text, encoding: decoded.encoding };
}

async function readDocx(bytes: Uint8Array): Promise<Raw> {
  if (!isZip(bytes)) {
    // A password-protected .docx is an OLE file holding the encrypted package; a Word 97 file renamed
    // .docx is read as what it is.
    if (sniff(bytes) === 'cfb') return withNote(await readAs('cfb', bytes), 'cfb');
    const decoded = decodeBytes(bytes);
    return { ok: false, code: 'docx-not-zip', detail: decoded.ok ? undefined : decoded.message };
  }
  return docxToText(bytes);
}

/** .docx → text with mammoth, once its XML is known to inflate to a sane size. */
async function docxToText(bytes: Uint8Array): Promise<Raw> {
  const guard = inflatesWithin(bytes, MAX_DOCX_XML_BYTES, (name) => /\.(xml|rels)$/i.test(name));
  if (!guard.ok && guard.code === 'zip-bomb') return { ok: false, code: 'zip-bomb', detail: guard.detail };
  return mammothText(bytes);
}

/** What each of these kinds is, in bytes. */
const EXPECTED: Record<'pdf' | 'doc' | 'rtf' | 'odt', RealKind> = { pdf: 'pdf', doc: 'cfb', rtf: 'rtf', odt: 'zip' };

async function readDocument(kind: 'pdf' | 'doc' | 'rtf' | 'odt', bytes: Uint8Array, onProgress?: OnProgress): Promise<Raw> {
  const real = sniff(bytes);
  if (real === EXPECTED[kind]) return readAs(real, bytes, onProgress, kind);
  return withNote(await readAs(real, bytes, onProgress), real);
}

const withNote = (raw: Raw, real: RealKind): Raw => (raw.ok ? { ...raw, note: { code: 'read-as', detail: real } } : raw);

/** Reads bytes that are `real`; `named` is the kind the file's name gave, when it agrees. */
async function readAs(real: RealKind, bytes: Uint8Array, onProgress?: OnProgress, named?: FileKind): Promise<Raw> {
  switch (real) {
    case 'pdf': {
      const { pdfToText } = await import('./formats/pdf');
      const r = await pdfToText(bytes, onProgress);
      if (!r.ok) return r;
      return r.emptyPages > 0
        ? { ok: true, text: r.text, note: { code: 'pdf-scanned-pages', detail: `${r.emptyPages}/${r.pages}` } }
        : { ok: true, text: r.text };
    }
    case 'cfb': {
      const { docToText } = await import('./formats/doc');
      return docToText(bytes);
    }
    case 'rtf': {
      const { rtfToText } = await import('./formats/rtf');
      return rtfToText(bytes);
    }
    case 'zip': {
      // .odt or .docx: told apart by what the archive holds.
      const listing = listZip(bytes, 10_000);
      if (listing.ok && listing.entries.some((e) => e.name.startsWith('word/'))) return docxToText(bytes);
      if (listing.ok && findEntry(listing.entries, 'content.xml')) {
        const { odtToText } = await import('./formats/odt');
        return odtToText(bytes);
      }
      return named === 'odt'
        ? { ok: false, code: 'odt-broken', detail: listing.ok ? 'no content.xml' : listing.code }
        : { ok: false, code: 'wrong-format', detail: 'zip' };
    }
    case 'html': {
      const decoded = decodeBytes(bytes);
      if (!decoded.ok) return { ok: false, code: 'wrong-format', detail: 'html' };
      const { mhtmlToHtml } = await import('./formats/mhtml');
      return { ok: true, text: htmlToText(mhtmlToHtml(decoded.text)), encoding: decoded.encoding };
    }
    case 'text': {
      const decoded = decodeBytes(bytes);
      if (!decoded.ok) return { ok: false, code: 'wrong-format', detail: 'unknown' };
      return { ok: true, text: decoded.text, encoding: decoded.encoding };
    }
    default:
      return { ok: false, code: 'wrong-format', detail: real };
  }
}

async function mammothText(bytes: Uint8Array): Promise<Raw> {
  const mod = await import('mammoth');
  // A CommonJS module: its exports arrive as `default` from the bundle, directly under some loaders.
  const mammoth = mod.default ?? (mod as unknown as typeof mod.default);
  // The browser build of mammoth reads `arrayBuffer`, the Node build `buffer`: give both.
  const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const input = { arrayBuffer: ab, buffer: bytes } as unknown as Parameters<typeof mammoth.extractRawText>[0];
  try {
    const result = await mammoth.extractRawText(input);
    // mammoth separates paragraphs by an empty line; keep single line breaks between them instead,
    // as in the .txt sources (the parser reads headings and list items line by line).
    const text = result.value.replace(/\n\n/g, '\n').replace(/\n{3,}/g, '\n\n');
    return { ok: true, text, encoding: null };
  } catch (err) {
    return { ok: false, code: 'docx-broken', detail: err instanceof Error ? err.message : String(err) };
  }
}
