// File bytes → the text the parser reads. Runs in the worker (and in the unit tests under Node): no
// DOM. mammoth (≈ 100 KB gzip) is imported only when a .docx arrives.
import { decodeBytes } from '../lib/parse/decode';
import { htmlToText, markdownToText } from './html-text';
import { MAX_TEXT_CHARS } from './limits';
import type { FileKind } from './read-file';

/** Why a file could not be read; the UI words it (import.fail.*). `detail` is already in Russian. */
export type FailCode = 'decode' | 'docx-broken' | 'docx-not-zip' | 'no-text' | 'too-long' | 'crash' | 'timeout';

export type Extracted =
  | { ok: true; text: string; encoding: string | null }
  | { ok: false; code: FailCode; detail?: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export async function extractText(kind: FileKind, bytes: Uint8Array): Promise<Extracted> {
  let text: string;
  let encoding: string | null = null;
  if (kind === 'docx') {
    if (!ZIP.every((b, i) => bytes[i] === b)) {
      const decoded = decodeBytes(bytes);
      return { ok: false, code: 'docx-not-zip', detail: decoded.ok ? undefined : decoded.message };
    }
    const docx = await docxToText(bytes);
    if (!docx.ok) return docx;
    text = docx.text;
  } else {
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return { ok: false, code: 'decode', detail: decoded.message };
    encoding = decoded.encoding;
    text = kind === 'html' ? htmlToText(decoded.text) : kind === 'markdown' ? markdownToText(decoded.text) : decoded.text;
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, code: 'no-text' };
  if (text.length > MAX_TEXT_CHARS) return { ok: false, code: 'too-long', detail: String(text.length) };
  return { ok: true, text, encoding };
}

async function docxToText(bytes: Uint8Array): Promise<Extracted> {
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
