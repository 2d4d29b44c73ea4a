// Reading zip files (archives of documents, and the .odt container) without trusting them. The central
// directory is read by hand; an entry is inflated in small steps (fflate's streaming Inflate) while its
// real output is counted, so a "zip bomb" — a few kilobytes that claim, or really expand, to gigabytes —
// is stopped at the limit instead of exhausting the worker's memory, whatever its headers say.
// Names are decoded as the archivers that wrote them meant (UTF-8 flag, Info-ZIP Unicode path, else
// UTF-8 when valid, else the Russian DOS code page cp866 of Windows' own "Send to → Compressed folder").
import { Inflate } from 'fflate';

export interface ZipEntry {
  /** Path inside the archive, "/"-separated, as written (checked by `unsafePath`). */
  name: string;
  method: number;
  /** Flag bit 0: the entry is encrypted (a password-protected archive). */
  encrypted: boolean;
  compressedSize: number;
  /** What the header claims; never trusted for memory, only to refuse early. */
  declaredSize: number;
  /** Offset of the local file header. */
  offset: number;
  directory: boolean;
}

export type ZipListing = { ok: true; entries: ZipEntry[] } | { ok: false; code: 'zip-broken' | 'zip-too-many'; detail?: string };

export type EntryData =
  | { ok: true; data: Uint8Array }
  /** too-big: the real output passed `limit` (inflating stopped there). */
  | { ok: false; code: 'too-big' | 'zip-broken' | 'entry-encrypted' | 'zip-method'; detail?: string };

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Does it start like a zip (local header, or the end record of an empty archive)? */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)
  );
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const cp866 = new TextDecoder('ibm866');

function decodeName(raw: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder('utf-8').decode(raw);
  if (raw.every((b) => b < 0x80)) return String.fromCharCode(...raw);
  try {
    return utf8Strict.decode(raw);
  } catch {
    return cp866.decode(raw);
  }
}

/** The archive's table of contents, or why it cannot be read. At most `maxEntries` entries. */
export function listZip(bytes: Uint8Array, maxEntries: number): ZipListing {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  // The end-of-central-directory record: the last one in the final 64 KB + 22 bytes (after the comment).
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, code: 'zip-broken', detail: 'no-end-record' };
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === EOCD64_LOCATOR) {
    const at = Number(view.getBigUint64(eocd - 20 + 8, true));
    if (at + 56 > n || view.getUint32(at, true) !== EOCD64) return { ok: false, code: 'zip-broken', detail: 'zip64' };
    count = Number(view.getBigUint64(at + 32, true));
    cdSize = Number(view.getBigUint64(at + 40, true));
    cdOffset = Number(view.getBigUint64(at + 48, true));
  }
  if (cdOffset + cdSize > n) return { ok: false, code: 'zip-broken', detail: 'central-directory' };
  if (count > maxEntries) return { ok: false, code: 'zip-too-many', detail: String(count) };
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > n || view.getUint32(p, true) !== CENTRAL) return { ok: false, code: 'zip-broken', detail: 'entry' };
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let declaredSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let offset = view.getUint32(p + 42, true);
    if (p + 46 + nameLen + extraLen > n) return { ok: false, code: 'zip-broken', detail: 'entry' };
    const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
    let name = decodeName(rawName, (flags & 0x800) !== 0);
    // Extra fields: zip64 sizes (0x0001), Info-ZIP Unicode path (0x7075).
    for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen;) {
      const id = view.getUint16(e, true);
      const len = view.getUint16(e + 2, true);
      const body = e + 4;
      if (body + len > n) break;
      if (id === 0x0001) {
        let q = body;
        const read64 = () => {
          const v = q + 8 <= body + len ? Number(view.getBigUint64(q, true)) : -1;
          q += 8;
          return v;
        };
        if (declaredSize === 0xffffffff) declaredSize = read64();
        if (compressedSize === 0xffffffff) compressedSize = read64();
        if (offset === 0xffffffff) offset = read64();
      } else if (id === 0x7075 && len > 5 && bytes[body] === 1) {
        name = new TextDecoder('utf-8').decode(bytes.subarray(body + 5, body + len));
      }
      e = body + len;
    }
    if (declaredSize < 0 || compressedSize < 0 || offset < 0) return { ok: false, code: 'zip-broken', detail: 'zip64' };
    name = name.replace(/\\/g, '/');
    entries.push({
      name,
      method,
      encrypted: (flags & 1) !== 0,
      compressedSize,
      declaredSize,
      offset,
      directory: name.endsWith('/'),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries };
}

/** A path that climbs out of the archive ("../", "/etc", "C:\"): refused, whatever it holds. */
export function unsafePath(name: string): boolean {
  return name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.split('/').some((part) => part === '..');
}

/** Entries a person did not put there on purpose: macOS resource forks, hidden files. Skipped silently. */
export function systemEntry(name: string): boolean {
  return name.startsWith('__MACOSX/') || name.split('/').some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}

/** Input is fed to the inflater in steps this size: one step inflates to at most ~1 000× as much. */
const STEP = 16 * 1024;

class LimitReached extends Error {}

/**
 * The entry's bytes, inflated while counting: past `limit` bytes of real output, inflating stops and
 * the entry is refused as too big (the declared size is checked first, so an honest large entry is
 * refused without inflating anything).
 */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): EntryData {
  if (entry.encrypted) return { ok: false, code: 'entry-encrypted' };
  if (entry.declaredSize > limit) return { ok: false, code: 'too-big', detail: String(entry.declaredSize) };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return { ok: false, code: 'zip-broken', detail: 'local-header' };
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return { ok: false, code: 'zip-broken', detail: 'truncated' };
  const packed = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (packed.length > limit) return { ok: false, code: 'too-big', detail: String(packed.length) };
    return { ok: true, data: packed.slice() };
  }
  if (entry.method !== 8) return { ok: false, code: 'zip-method', detail: String(entry.method) };
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new LimitReached();
    chunks.push(chunk);
  });
  try {
    for (let i = 0; i < packed.length; i += STEP)
      inflater.push(packed.subarray(i, Math.min(i + STEP, packed.length)), i + STEP >= packed.length);
    if (packed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof LimitReached) return { ok: false, code: 'too-big', detail: String(total) };
    return { ok: false, code: 'zip-broken', detail: err instanceof Error ? err.message : String(err) };
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return { ok: true, data: out };
}

/**
 * Does the sum of the real inflated sizes of the entries `which` selects stay within `limit`? Counted
 * while inflating, output discarded: a .docx is checked so before mammoth (JSZip) unpacks its XML,
 * which it would do whole, whatever the headers claim.
 */
export function inflatesWithin(
  bytes: Uint8Array,
  limit: number,
  which: (name: string) => boolean,
): { ok: true } | { ok: false; code: 'zip-bomb' | 'zip-broken'; detail?: string } {
  const listing = listZip(bytes, 100_000);
  if (!listing.ok) return { ok: false, code: 'zip-broken', detail: listing.code };
  let left = limit;
  for (const entry of listing.entries) {
    if (entry.directory || !which(entry.name)) continue;
    if (entry.declaredSize > left) return { ok: false, code: 'zip-bomb', detail: String(limit - left + entry.declaredSize) };
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const at = entry.offset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return { ok: false, code: 'zip-broken', detail: 'local-header' };
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const packed = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
    if (entry.method === 0) {
      left -= packed.length;
      if (left < 0) return { ok: false, code: 'zip-bomb', detail: String(limit - left) };
      continue;
    }
    if (entry.method !== 8) continue;
    let used = 0;
    const inflater = new Inflate((chunk) => {
      used += chunk.length;
      if (used > left) throw new LimitReached();
    });
    try {
      for (let i = 0; i < packed.length; i += STEP)
        inflater.push(packed.subarray(i, Math.min(i + STEP, packed.length)), i + STEP >= packed.length);
    } catch (err) {
      if (err instanceof LimitReached) return { ok: false, code: 'zip-bomb', detail: String(limit - left + used) };
      // A damaged entry is the reader's to report (mammoth says which part is broken).
    }
    left -= used;
  }
  return { ok: true };
}

/** One named entry (exact path) of a container such as .odt, or null when absent. */
export function findEntry(entries: readonly ZipEntry[], name: string): ZipEntry | null {
  return entries.find((e) => e.name === name) ?? null;
}
