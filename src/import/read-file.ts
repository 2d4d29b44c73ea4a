// Which files the import takes, checked by name and size before anything is read. The encoding of a
// text is never guessed from its name: the worker detects it from the bytes (decodeBytes).
import { MAX_DOCX_FILE_BYTES, MAX_TEXT_FILE_BYTES } from './limits';

/** How the worker turns the file's bytes into text. */
export type FileKind = 'text' | 'markdown' | 'html' | 'docx';

/** Why a file was refused before reading; the UI words it (import.refuse.*). */
export const REFUSE_CODES = ['empty', 'too-big', 'unsupported', 'old-word', 'pdf', 'rtf', 'odt'] as const;
export type RefuseCode = (typeof REFUSE_CODES)[number];

export type Precheck =
  | { ok: true; kind: FileKind }
  | { ok: false; code: RefuseCode; limit?: number };

const KINDS: Record<string, FileKind> = {
  txt: 'text', text: 'text', csv: 'text',
  md: 'markdown', markdown: 'markdown',
  html: 'html', htm: 'html', xhtml: 'html',
  docx: 'docx',
};

// Formats people do save resolutions in, each refused with advice on what to do instead.
const KNOWN_OTHER: Record<string, RefuseCode> = { doc: 'old-word', pdf: 'pdf', rtf: 'rtf', odt: 'odt' };

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * The file's kind by its extension. A file without an extension is read as text (the decoder refuses
 * binary content); an unknown extension is refused.
 */
export function classifyFile(name: string): FileKind | RefuseCode {
  const ext = extensionOf(name);
  if (ext === '') return 'text';
  return KINDS[ext] ?? KNOWN_OTHER[ext] ?? 'unsupported';
}

export function limitFor(kind: FileKind): number {
  return kind === 'docx' ? MAX_DOCX_FILE_BYTES : MAX_TEXT_FILE_BYTES;
}

/** Name and size only: cheap, so a thousand files are sorted out at once. */
export function precheck(file: { name: string; size: number; type?: string }): Precheck {
  const kind = classifyFile(file.name);
  if (!isKind(kind)) return { ok: false, code: kind };
  if (file.size === 0) return { ok: false, code: 'empty' };
  const limit = limitFor(kind);
  if (file.size > limit) return { ok: false, code: 'too-big', limit };
  return { ok: true, kind };
}

function isKind(k: FileKind | RefuseCode): k is FileKind {
  return k === 'text' || k === 'markdown' || k === 'html' || k === 'docx';
}

/** The `accept` attribute of the file input. */
export const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Files dropped on the page, folders included (walked recursively; hidden files skipped).
 * Falls back to `dataTransfer.files` where entries are not supported.
 */
export async function droppedFiles(dt: DataTransfer): Promise<File[]> {
  const entries = [...dt.items]
    .filter((i) => i.kind === 'file')
    .map((i) => (typeof i.webkitGetAsEntry === 'function' ? i.webkitGetAsEntry() : null));
  if (entries.length === 0 || entries.some((e) => e === null)) return [...dt.files];
  const out: File[] = [];
  for (const entry of entries) await walk(entry!, out);
  return out;
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.name.startsWith('.')) return;
  if (entry.isFile) {
    out.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)));
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns the listing in batches (100 in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, out);
  }
}
