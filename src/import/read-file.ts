// Which files the import takes, checked by name and size before anything is read. The encoding of a
// text is never guessed from its name: the worker detects it from the bytes (decodeBytes), and a
// document whose bytes are another format than its name says is read as what it is (extract.ts).
import { SOURCE_FORMATS, type SourceFormat } from '../lib/types';
import {
  MAX_DOC_FILE_BYTES,
  MAX_DOCX_FILE_BYTES,
  MAX_ODT_FILE_BYTES,
  MAX_PDF_FILE_BYTES,
  MAX_TEXT_FILE_BYTES,
  MAX_ZIP_FILE_BYTES,
} from './limits';

/** How the worker turns the file's bytes into text (a zip: into more files). */
export type FileKind = SourceFormat | 'zip';
const FILE_KINDS: readonly FileKind[] = [...SOURCE_FORMATS, 'zip'];

/** Why a file was refused before reading; the UI words it (import.refuse.*). */
export const REFUSE_CODES = ['empty', 'too-big', 'unsupported'] as const;
export type RefuseCode = (typeof REFUSE_CODES)[number];

export type Precheck = { ok: true; kind: FileKind } | { ok: false; code: RefuseCode; limit?: number };

const KINDS: Record<string, FileKind> = {
  txt: 'text',
  text: 'text',
  csv: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  mht: 'html',
  mhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
  doc: 'doc',
  dot: 'doc',
  rtf: 'rtf',
  odt: 'odt',
  zip: 'zip',
};

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
  return KINDS[ext] ?? 'unsupported';
}

const LIMITS: Record<FileKind, number> = {
  text: MAX_TEXT_FILE_BYTES,
  markdown: MAX_TEXT_FILE_BYTES,
  html: MAX_TEXT_FILE_BYTES,
  docx: MAX_DOCX_FILE_BYTES,
  odt: MAX_ODT_FILE_BYTES,
  pdf: MAX_PDF_FILE_BYTES,
  doc: MAX_DOC_FILE_BYTES,
  rtf: MAX_DOC_FILE_BYTES,
  zip: MAX_ZIP_FILE_BYTES,
};

export function limitFor(kind: FileKind): number {
  return LIMITS[kind];
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

export function isKind(k: string): k is FileKind {
  return (FILE_KINDS as readonly string[]).includes(k);
}

/** The `accept` attribute of the file input. */
export const ACCEPT =
  '.txt,.text,.md,.markdown,.html,.htm,.mht,.docx,.doc,.pdf,.rtf,.odt,.zip,text/plain,text/markdown,text/html,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword,application/pdf,' +
  'application/rtf,text/rtf,application/vnd.oasis.opendocument.text,application/zip';

/** The name a file is listed and stored under: its path inside the folder picked or dropped, if any. */
export function displayName(file: File): string {
  return file.webkitRelativePath || file.name;
}

/**
 * Files dropped on the page, folders included (walked recursively; hidden files skipped). A file from
 * inside a dropped folder is named by its path ("Резолюции/2023/томск.pdf").
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
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    const path = entry.fullPath.replace(/^\/+/, '');
    // The File keeps its bytes where they are (a Blob part is not copied); only its name changes.
    out.push(path && path !== file.name ? new File([file], path, { type: file.type, lastModified: file.lastModified }) : file);
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
