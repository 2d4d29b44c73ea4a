// A .zip of documents → the documents, in the worker. Each entry is checked by its name like a file
// picked by hand (unsupported formats, archives inside the archive and paths that climb out of it are
// listed with their reason, never silently dropped; macOS "__MACOSX" forks and hidden files are
// skipped), then inflated with a limit: MAX_ZIP_TOTAL_BYTES for all of them together, counted first
// with nothing kept (past it the archive is refused as a zip bomb and nothing of it is imported, so
// memory never holds more than one step of a bomb), then each entry within its format's file limit.
import { MAX_ZIP_ENTRIES, MAX_ZIP_TOTAL_BYTES } from './limits';
import { inflatesWithin, listZip, readEntry, systemEntry, unsafePath } from './formats/zip';
import { classifyFile, isKind, limitFor, type FileKind, type RefuseCode } from './read-file';
import type { FailCode } from './extract';

export interface ArchiveFile {
  /** Path inside the archive. */
  path: string;
  kind: FileKind;
  bytes: ArrayBuffer;
}

export interface ArchiveRefusal {
  path: string;
  code: RefuseCode | FailCode;
  /** Declared (or, when it lied, reached) size of the entry. */
  size: number;
  limit?: number;
}

export type Unzipped = { ok: true; files: ArchiveFile[]; refused: ArchiveRefusal[] } | { ok: false; code: FailCode; detail?: string };

export function unzipArchive(bytes: Uint8Array): Unzipped {
  const listing = listZip(bytes, MAX_ZIP_ENTRIES);
  if (!listing.ok)
    return listing.code === 'zip-too-many'
      ? { ok: false, code: 'zip-too-many', detail: listing.detail }
      : { ok: false, code: 'zip-broken', detail: listing.detail };
  const entries = listing.entries.filter((e) => !e.directory && !systemEntry(e.name));
  if (entries.length === 0) return { ok: false, code: 'zip-empty' };
  // Claims first: an archive whose entries say they hold more than the total limit is refused unread.
  const declared = entries.reduce((n, e) => n + e.declaredSize, 0);
  if (declared > MAX_ZIP_TOTAL_BYTES) return { ok: false, code: 'zip-bomb', detail: String(declared) };
  const wanted = new Set(
    entries.filter((e) => !unsafePath(e.name) && isKind(classifyFile(e.name)) && classifyFile(e.name) !== 'zip').map((e) => e.name),
  );
  const within = inflatesWithin(bytes, MAX_ZIP_TOTAL_BYTES, (name) => wanted.has(name));
  if (!within.ok && within.code === 'zip-bomb') return { ok: false, code: 'zip-bomb', detail: within.detail };
  const files: ArchiveFile[] = [];
  const refused: ArchiveRefusal[] = [];
  let total = 0;
  for (const entry of entries) {
    const path = entry.name;
    if (unsafePath(path)) {
      refused.push({ path, code: 'unsafe-path', size: entry.declaredSize });
      continue;
    }
    const kind = classifyFile(path);
    if (kind === 'zip') {
      refused.push({ path, code: 'nested-archive', size: entry.declaredSize });
      continue;
    }
    if (!isKind(kind)) {
      refused.push({ path, code: kind, size: entry.declaredSize });
      continue;
    }
    if (entry.declaredSize === 0 && entry.compressedSize <= 2) {
      refused.push({ path, code: 'empty', size: 0 });
      continue;
    }
    const limit = Math.min(limitFor(kind), MAX_ZIP_TOTAL_BYTES - total);
    const data = readEntry(bytes, entry, limit);
    if (!data.ok) {
      // The entry went past what is left of the total: the whole archive is a bomb.
      if (data.code === 'too-big' && limit < limitFor(kind))
        return { ok: false, code: 'zip-bomb', detail: String(total + Number(data.detail ?? 0)) };
      refused.push({
        path,
        code: data.code,
        size: Math.max(entry.declaredSize, Number(data.detail ?? 0) || 0),
        limit: data.code === 'too-big' ? limitFor(kind) : undefined,
      });
      continue;
    }
    total += data.data.length;
    const buffer =
      data.data.buffer.byteLength === data.data.length && data.data.byteOffset === 0
        ? (data.data.buffer as ArrayBuffer)
        : (data.data.slice().buffer as ArrayBuffer);
    files.push({ path, kind, bytes: buffer });
  }
  return { ok: true, files, refused };
}
