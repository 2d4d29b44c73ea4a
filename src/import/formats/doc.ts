// Word 97–2003 (.doc) → text. The file is an OLE compound file (read with SheetJS `cfb`, made for
// exactly that); inside, the text is found as Word itself finds it ([MS-DOC] 2.4.1): the File
// Information Block at the start of the "WordDocument" stream points to the piece table (Clx) in the
// "0Table" or "1Table" stream, and each piece is a run of characters, UTF-16 or "compressed" 8-bit
// (Windows-1252). Only the main document (ccpText characters) is taken: not headers, footnotes or
// comments. Field instructions (HYPERLINK "…", PAGE) are dropped and their results kept.
//
// The same container holds other things a ".doc" may really be: a password-protected .docx (an
// "EncryptedPackage" stream), an Excel or PowerPoint file; each gets its own answer.
import { read as readCfb, find as findCfb, type CFB$Container } from 'cfb';

export type DocResult =
  | { ok: true; text: string }
  | { ok: false; code: 'doc-encrypted' | 'doc-broken' | 'doc-old' | 'docx-encrypted' | 'wrong-format'; detail?: string };

const stream = (cfb: CFB$Container, name: string): Uint8Array | null => {
  const entry = findCfb(cfb, name);
  if (!entry || !entry.content) return null;
  return entry.content instanceof Uint8Array ? entry.content : Uint8Array.from(entry.content);
};

/** Opens the compound file, or says why not. */
export function openCompound(bytes: Uint8Array): { ok: true; cfb: CFB$Container } | { ok: false; detail: string } {
  try {
    return { ok: true, cfb: readCfb(bytes, { type: 'array' }) };
  } catch (err) {
    return { ok: false, detail: err instanceof Error ? err.message : String(err) };
  }
}

/** What else a compound file can be: a password-protected Office 2007+ document, Excel, PowerPoint. */
export function compoundKind(cfb: CFB$Container): 'word' | 'encrypted-ooxml' | 'excel' | 'powerpoint' | 'other' {
  if (findCfb(cfb, 'WordDocument')) return 'word';
  if (findCfb(cfb, 'EncryptedPackage') || findCfb(cfb, 'EncryptionInfo')) return 'encrypted-ooxml';
  if (findCfb(cfb, 'Workbook') || findCfb(cfb, 'Book')) return 'excel';
  if (findCfb(cfb, 'PowerPoint Document')) return 'powerpoint';
  return 'other';
}

const cp1252 = new TextDecoder('windows-1252');
const utf16 = new TextDecoder('utf-16le');

export function docToText(bytes: Uint8Array): DocResult {
  const opened = openCompound(bytes);
  if (!opened.ok) return { ok: false, code: 'doc-broken', detail: opened.detail };
  const kind = compoundKind(opened.cfb);
  if (kind === 'encrypted-ooxml') return { ok: false, code: 'docx-encrypted' };
  if (kind !== 'word') return { ok: false, code: 'wrong-format', detail: kind === 'other' ? 'cfb' : kind };
  const word = stream(opened.cfb, 'WordDocument')!;
  if (word.length < 0x1aa) return { ok: false, code: 'doc-broken', detail: 'fib' };
  const fib = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (fib.getUint16(0, true) !== 0xa5ec) return { ok: false, code: 'doc-broken', detail: 'fib' };
  const nFib = fib.getUint16(2, true);
  // Word 6.0 and 95 (nFib 101–105) keep their text another way; Word 97 and later have nFib ≥ 193.
  if (nFib < 0xc1) return { ok: false, code: 'doc-old' };
  const flags = fib.getUint16(0x0a, true);
  if (flags & 0x0100) return { ok: false, code: 'doc-encrypted' };
  const table = stream(opened.cfb, flags & 0x0200 ? '1Table' : '0Table');
  if (!table) return { ok: false, code: 'doc-broken', detail: 'table' };
  const ccpText = fib.getInt32(0x4c, true);
  const fcClx = fib.getUint32(0x1a2, true);
  const lcbClx = fib.getUint32(0x1a6, true);
  if (ccpText < 0 || fcClx + lcbClx > table.length || lcbClx === 0) return { ok: false, code: 'doc-broken', detail: 'clx' };
  try {
    const raw = pieces(word, table.subarray(fcClx, fcClx + lcbClx), ccpText);
    return { ok: true, text: cleanWordText(raw) };
  } catch (err) {
    return { ok: false, code: 'doc-broken', detail: err instanceof Error ? err.message : String(err) };
  }
}

/** The first `ccp` characters of the document, piece by piece. */
function pieces(word: Uint8Array, clx: Uint8Array, ccp: number): string {
  const view = new DataView(clx.buffer, clx.byteOffset, clx.byteLength);
  let p = 0;
  // Prc entries (formatting) come first: 0x01, a 2-byte size, the data.
  while (p < clx.length && clx[p] === 0x01) p += 3 + view.getInt16(p + 1, true);
  if (clx[p] !== 0x02) throw new Error('no piece table');
  const lcb = view.getUint32(p + 1, true);
  const plc = p + 5;
  if (plc + lcb > clx.length || (lcb - 4) % 12 !== 0) throw new Error('piece table size');
  const n = (lcb - 4) / 12;
  const parts: string[] = [];
  let taken = 0;
  for (let i = 0; i < n && taken < ccp; i++) {
    const cpStart = view.getUint32(plc + 4 * i, true);
    const cpEnd = view.getUint32(plc + 4 * (i + 1), true);
    if (cpEnd < cpStart) throw new Error('piece order');
    const count = Math.min(cpEnd - cpStart, ccp - taken);
    const pcd = plc + 4 * (n + 1) + 8 * i;
    const fcValue = view.getUint32(pcd + 2, true);
    const compressed = (fcValue & 0x40000000) !== 0;
    const fc = fcValue & 0x3fffffff;
    if (compressed) {
      const at = fc / 2;
      if (at + count > word.length) throw new Error('piece outside the document');
      parts.push(cp1252.decode(word.subarray(at, at + count)));
    } else {
      if (fc + 2 * count > word.length) throw new Error('piece outside the document');
      parts.push(utf16.decode(word.subarray(fc, fc + 2 * count)));
    }
    taken += count;
  }
  return parts.join('');
}

/**
 * Word's special characters → plain text: paragraph marks to line breaks, table cell marks to tabs
 * (a row's end, two marks in a row, to a line break), field instructions dropped (their results
 * kept), non-breaking hyphens kept, optional hyphens and object anchors dropped.
 */
export function cleanWordText(raw: string): string {
  let out = '';
  // Fields nest: for each open field, whether its instruction part is still running.
  const fields: boolean[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    const code = ch.charCodeAt(0);
    if (code === 0x13) {
      fields.push(true);
      continue;
    }
    if (code === 0x14) {
      if (fields.length) fields[fields.length - 1] = false;
      continue;
    }
    if (code === 0x15) {
      fields.pop();
      continue;
    }
    if (fields.some((inInstruction) => inInstruction)) continue;
    if (ch === '\r' || code === 0x0b || code === 0x0c) out += '\n';
    else if (code === 0x07) {
      if (raw.charCodeAt(i + 1) === 0x07) {
        out += '\n';
        i++;
      } else out += '\t';
    } else if (code === 0x1e) out += '-';
    else if (code === 0x1f) continue;
    else if (code < 0x20 && ch !== '\t' && ch !== '\n') continue;
    else out += ch;
  }
  return out.replace(/[ \t]+\n/g, '\n');
}
