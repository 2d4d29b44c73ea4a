// What a file really is, from its first bytes, whatever its name says: a ".doc" saved by an old site
// is often a web page, a ".pdf" may be a photo. The import reads a misnamed file by what it is when
// it can (with a note), and otherwise says what it found.

/** What the bytes are (an OLE file told apart as Excel or PowerPoint). The UI words each one (import.real.*). */
export const REAL_KINDS = [
  'pdf',
  'zip',
  'cfb',
  'excel',
  'powerpoint',
  'rtf',
  'html',
  'png',
  'jpeg',
  'gif',
  'tiff',
  'bmp',
  'webp',
  'rar',
  '7z',
  'gzip',
  'text',
  'unknown',
] as const;
export type RealKind = (typeof REAL_KINDS)[number];

const SIGNATURES: [number[], RealKind][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'gif'],
  [[0x49, 0x49, 0x2a, 0x00], 'tiff'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'tiff'],
  [[0x42, 0x4d], 'bmp'],
  [[0x50, 0x4b, 0x03, 0x04], 'zip'],
  [[0x50, 0x4b, 0x05, 0x06], 'zip'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'cfb'],
  [[0x52, 0x61, 0x72, 0x21], 'rar'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z'],
  [[0x1f, 0x8b], 'gzip'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'rtf'],
];

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** Index of `needle` (ASCII) in the first `within` bytes, or -1. */
export function findAscii(bytes: Uint8Array, needle: string, from = 0, within = bytes.length): number {
  const end = Math.min(bytes.length, from + within) - needle.length;
  const first = needle.charCodeAt(0);
  outer: for (let i = from; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

export function sniff(bytes: Uint8Array): RealKind {
  for (const [sig, kind] of SIGNATURES) if (startsWith(bytes, sig)) return kind;
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  // PDF readers accept "%PDF-" anywhere in the first kilobyte (some generators prepend junk); a file
  // cut short after "%PDF" is still a PDF (a broken one).
  if (findAscii(bytes, '%PDF-', 0, 1024) >= 0 || startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  // Text-like: markup or plain text (UTF-16 with a BOM, or no NUL bytes in the first 4 KB).
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) return 'unknown';
  const sample = utf16 ? new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head) : new TextDecoder('latin1').decode(head);
  const start = sample
    .replace(/^\uFEFF|^ï»¿/, '')
    .trimStart()
    .slice(0, 1024)
    .toLowerCase();
  if (start.startsWith('{\\rtf')) return 'rtf';
  if (
    /^(<!doctype html|<html|<head|<body|<meta|<\?xml[^>]*>\s*<html|<!--)/.test(start) ||
    /<html[\s>]/.test(start) ||
    (/^mime-version:/m.test(start) && /content-type:\s*multipart\/related/.test(start))
  )
    return 'html';
  return 'text';
}
